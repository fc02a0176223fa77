/**
 * `@ducha/io/report` — printable, self-contained HTML reports (inline CSS and SVG charts, no
 * scripts, no network) and Markdown reports of an assessment.
 *
 * @packageDocumentation
 */

export { renderHtmlReport } from "./render-html-report.js";
export { renderMarkdownReport } from "./render-markdown-report.js";
export type {
  ProgressStatus,
  ReportAction,
  ReportOptions,
  ReportProgressItem,
} from "./report-options.js";
