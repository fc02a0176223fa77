import type { DueAction, ProgressItem } from "@ducha/accountability";
import type { ReportAction, ReportAnalysis, ReportOptions, ReportProgressItem } from "@ducha/io/report";
import { renderHtmlReport, renderMarkdownReport } from "@ducha/io/report";
import type { Project } from "@ducha/schema";
import { type AssessmentResult, explain } from "@ducha/scoring";
import type { MonitorResult } from "./monitor.js";

/**
 * Options of {@link resultsReport} and {@link resultsWorkbook}.
 *
 * @since 0.1.0
 */
export interface ResultsFileOptions {
  /** Language of names and labels. Defaults to `"zh"`. */
  readonly lang?: "zh" | "en";
  /** Monitoring (from {@link monitor}) to show traffic lights and actions in the report. Defaults to none. */
  readonly monitoring?: MonitorResult;
  /** Report title. Defaults to the plan's name. */
  readonly title?: string;
  /**
   * Robustness analysis charts (rank intervals, Sobol' indices, correlation heatmap), e.g.
   * `analysisReportData(analyse(…))`. Defaults to none (sections left out).
   */
  readonly analysis?: ReportAnalysis;
}

function progressItems(items: readonly ProgressItem[], lang: "zh" | "en"): ReportProgressItem[] {
  return items.map((i) => ({ unit: i.unit, indicator: i.indicator, status: i.colour, note: i.message[lang] }));
}

function reportActions(actions: readonly DueAction[]): ReportAction[] {
  return actions.map((a) => ({
    unit: a.unit,
    action: a.action,
    target: a.target.ids.length > 0 ? a.target.ids.join(", ") : a.target.role,
    message: a.message,
  }));
}

/**
 * The self-contained HTML report for the leading group (考核领导小组): ranking, pillar breakdown,
 * grade distribution, lagging indicators (短板), bar and radar charts as inline SVG and — with
 * monitoring — traffic lights and the accountability actions due. No network access needed.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { assess, monitor, resultsReport } from "ducha";
 *
 * declare const project: import("ducha").Project;
 * const result = assess(project);
 * writeFileSync("report.html", resultsReport(result, project, { monitoring: monitor(project, "2024-12-31", { result }) }));
 * ```
 * @since 0.1.0
 */
export function resultsReport(result: AssessmentResult, project: Project, options: ResultsFileOptions = {}): string {
  return renderHtmlReport(result, project, reportOptions(options));
}

/** The report options of the io package from {@link ResultsFileOptions}. */
function reportOptions(options: ResultsFileOptions): ReportOptions {
  const lang = options.lang ?? "zh";
  return {
    lang,
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.monitoring === undefined
      ? {}
      : {
          progress: progressItems(options.monitoring.progress.items, lang),
          actions: reportActions(options.monitoring.actions),
        }),
    ...(options.analysis === undefined ? {} : { analysis: options.analysis }),
  };
}

/**
 * The same report as {@link resultsReport} as Markdown text (tables instead of charts), e.g. for a
 * wiki or a pull request.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { assess, resultsMarkdownReport } from "ducha";
 *
 * declare const project: import("ducha").Project;
 * writeFileSync("report.md", resultsMarkdownReport(assess(project), project, { lang: "en" }));
 * ```
 * @since 0.1.0
 */
export function resultsMarkdownReport(
  result: AssessmentResult,
  project: Project,
  options: ResultsFileOptions = {},
): string {
  return renderMarkdownReport(result, project, reportOptions(options));
}

/**
 * The results workbook (Excel): ranking, node and indicator scores, bonus/deduction and vetoes,
 * the full trace of every score and the settings, with number formats; text cells are escaped
 * against formula injection. Loads exceljs only when called.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { assess, resultsWorkbook } from "ducha";
 *
 * declare const project: import("ducha").Project;
 * writeFileSync("results.xlsx", await resultsWorkbook(assess(project), project));
 * ```
 * @since 0.1.0
 */
export async function resultsWorkbook(
  result: AssessmentResult,
  project: Project,
  options: Pick<ResultsFileOptions, "lang"> = {},
): Promise<Uint8Array> {
  const { writeResultsWorkbook } = await import("@ducha/io/xlsx");
  return writeResultsWorkbook(result, project, { lang: options.lang ?? "zh", explain });
}
