import type { Project } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";
import { escapeHtml } from "../internal/html-escape.js";
import { fixedText, rankText } from "./analysis-charts.js";
import { analysisData } from "./analysis-data.js";
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
 * breakdown, grade distribution, lagging indicators (短板), progress and actions when given, and the
 * robustness analysis (rank intervals, Sobol' indices, correlations) when `options.analysis` is given. Text is
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
  const analysis = analysisData(options.analysis, data, project);
  if (analysis.rankIntervals !== undefined) {
    const sorted = [...analysis.rankIntervals].sort((a, b) => a.nominal - b.nominal || (a.unit < b.unit ? -1 : 1));
    out.push(
      `## ${L.rankIntervals}`,
      "",
      table(
        [L.unit, L.nominal, L.median, "5 %", "95 %"],
        sorted.map((d) => [d.label, rankText(d.nominal), rankText(d.median), rankText(d.p05), rankText(d.p95)]),
        [1, 2, 3, 4],
      ),
      "",
    );
  }
  if (analysis.sobol !== undefined) {
    const ci = (c: { low: number; high: number } | undefined) =>
      c === undefined ? "—" : `${fixedText(c.low, 3)} – ${fixedText(c.high, 3)}`;
    out.push(
      `## ${L.sobol}`,
      "",
      table(
        [L.input, "S", "S CI", "ST", "ST CI"],
        analysis.sobol.map((d) => [
          d.label,
          fixedText(d.first, 3),
          ci(d.firstCi),
          fixedText(d.total, 3),
          ci(d.totalCi),
        ]),
        [1, 2, 3, 4],
      ),
      "",
    );
  }
  if (analysis.correlations !== undefined) {
    const c = analysis.correlations;
    const value = (v: unknown) =>
      v === null || v === undefined
        ? "—"
        : fixedText(typeof v === "number" ? v : (v as { toNumber(): number }).toNumber(), 2);
    out.push(
      `## ${L.correlations}`,
      "",
      table(
        ["", ...c.labels],
        c.labels.map((label, i) => [label, ...c.ids.map((_, j) => value(c.values[i]?.[j]))]),
        c.ids.map((_, j) => j + 1),
      ),
      "",
    );
  }
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
