/**
 * `@ducha/io/report` — printable, self-contained HTML reports (inline CSS and SVG charts, no
 * scripts, no network) and Markdown reports of an assessment.
 *
 * @packageDocumentation
 */

export type {
  CorrelationHeatmapData,
  NumberLike,
  RankIntervalDatum,
  SobolBarDatum,
} from "./analysis-charts.js";
export { correlationHeatmap, rankIntervalChart, sobolChart } from "./analysis-charts.js";
export { renderHtmlReport } from "./render-html-report.js";
export { renderMarkdownReport } from "./render-markdown-report.js";
export type {
  ProgressStatus,
  ReportAction,
  ReportAnalysis,
  ReportOptions,
  ReportProgressItem,
} from "./report-options.js";
