import type { Project } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";
import { escapeHtml } from "../internal/html-escape.js";
import { reportLabels } from "./render-html-report.js";
import { reportData } from "./report-data.js";
import type { ReportOptions } from "./report-options.js";

/** A Markdown table cell: HTML-escaped, pipes escaped, on one line. */
const cell = (text: string) => escapeHtml(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const table = (headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []) =>
  [
    `| ${headers.map(cell).join(" | ")} |`,
    `| ${headers.map((_, i) => (right.includes(i) ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");

/**
 * Renders the report as Markdown tables (for issues, wikis and chat): summary, ranking, per-pillar
 * breakdown, grade distribution, lagging indicators (短板), progress and actions when given. Text is
 * HTML-escaped and `|` escaped, so cells cannot break the table or inject markup.
 *
 * @param result - from `scoreAssessment` (`@ducha/scoring`)
 * @param project - the project that was scored
 * @param options - as for `renderHtmlReport`
 * @returns Markdown text
 * @example
 * ```ts
 * import { renderMarkdownReport } from "@ducha/io/report";
 * import { scoreAssessment } from "@ducha/scoring";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * console.log(renderMarkdownReport(scoreAssessment(project), project, { lang: "en" }));
 * ```
 * @since 0.1.0
 */
export function renderMarkdownReport(result: AssessmentResult, project: Project, options: ReportOptions = {}): string {
  const data = reportData(result, project, options);
  const L = reportLabels(data.lang);
  const out: string[] = [`# ${cell(data.title)}`, ""];
  out.push(`- ${cell(`${L.period}: ${data.period}`)}`, `- ${cell(`${L.units}: ${data.rows.length}`)}`, "");
  out.push(`## ${L.ranking}`, "");
  out.push(
    table(
      [L.rank, L.unit, L.category, L.total, L.grade],
      data.rows.map((r) => [r.rank, r.name, r.category, r.total, r.grade]),
      [0, 3],
    ),
    "",
  );
  out.push(`## ${L.pillars}`, "");
  out.push(
    table(
      [L.unit, ...data.pillars.map((p) => p.name), L.total],
      data.rows.map((r) => [r.name, ...r.pillars.map((p) => p.text), r.total]),
      data.pillars.map((_, i) => i + 1).concat([data.pillars.length + 1]),
    ),
    "",
  );
  out.push(
    `## ${L.grades}`,
    "",
    table(
      [L.grade, L.count],
      data.grades.map((g) => [g.name, String(g.count)]),
      [1],
    ),
    "",
  );
  out.push(
    `## ${L.lagging}`,
    "",
    table(
      [L.unit, L.indicators],
      data.rows.map((r) => [
        r.name,
        r.lagging.map((l) => `${data.indicatorName(l.indicator)} ${l.score}`).join(data.lang === "zh" ? "；" : "; "),
      ]),
    ),
    "",
  );
  if (options.progress !== undefined && options.progress.length > 0) {
    out.push(
      `## ${L.progress}`,
      "",
      table(
        [L.unit, L.indicator, L.status, L.note],
        options.progress.map((p) => [
          data.unitName(p.unit),
          data.indicatorName(p.indicator),
          `${{ green: "🟢", yellow: "🟡", red: "🔴", grey: "⚪" }[p.status]} ${L.statuses[p.status]}`,
          p.note ?? "",
        ]),
      ),
      "",
    );
  }
  if (options.actions !== undefined && options.actions.length > 0) {
    out.push(
      `## ${L.actions}`,
      "",
      table(
        [L.unit, L.action, L.target, L.reason],
        options.actions.map((a) => [data.unitName(a.unit), a.action, a.target, a.message[data.lang]]),
      ),
      "",
    );
  }
  return out.join("\n");
}
