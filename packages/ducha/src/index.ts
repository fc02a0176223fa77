/**
 * `ducha` — the Ducha (督查) SDK facade. Each underlying package is re-exported as a namespace so
 * that names never collide; the packages stay usable on their own. The most used functions are
 * also exported by name, with the SDK's own workflow functions: {@link loadProject} →
 * {@link importData} → {@link assess} → {@link explain} / {@link formatRankingTable} /
 * {@link exportResults}.
 *
 * @packageDocumentation
 */

export * as accountability from "@ducha/accountability";
export type { ImportIssue, ImportStats } from "@ducha/io";
export * as io from "@ducha/io";
export { formatImportIssue, ImportError, knownReferences, plausibleBounds } from "@ducha/io";
export type { Observation, Project, ValidateOptions, ValidationIssue, ValidationResult } from "@ducha/schema";
export * as schema from "@ducha/schema";
export { DuchaError, formatIssues, formatPath, isDuchaError, validateProject } from "@ducha/schema";
export type { AssessmentResult, Explanation, ScoredUnit, TraceStep, UnitResult } from "@ducha/scoring";
export * as scoring from "@ducha/scoring";
export { explain, ScoringError } from "@ducha/scoring";
export type { AnalyseOptions, AnalysisKind, AnalysisProgress, ProjectAnalysis } from "./sdk/analyse.js";
export { ANALYSIS_KINDS, analyse, DEFAULT_ANALYSES, DEFAULT_UNCERTAINTY_SPEC } from "./sdk/analyse.js";
export type { JsonValue } from "./sdk/analysis-json.js";
export { analysisToJson } from "./sdk/analysis-json.js";
export { analysisReportData } from "./sdk/analysis-report.js";
export type { AssessOptions } from "./sdk/assess.js";
export { assess } from "./sdk/assess.js";
export { AssessmentInputError } from "./sdk/assessment-input-error.js";
export type { ExportFormat, ExportResultsOptions } from "./sdk/export-results.js";
export { exportFormatOf, exportResults } from "./sdk/export-results.js";
export type { ImportDataOptions, ImportDataResult, ImportFormat, ImportProgress } from "./sdk/import-data.js";
export { importData } from "./sdk/import-data.js";
export { loadProject } from "./sdk/load-project.js";
export type { ExtraObservation } from "./sdk/merge-observations.js";
export { mergeObservations } from "./sdk/merge-observations.js";
export type { MonitorOptions, MonitorResult } from "./sdk/monitor.js";
export { monitor } from "./sdk/monitor.js";
export type { ProjectFileErrorCode } from "./sdk/project-file-error.js";
export { ProjectFileError } from "./sdk/project-file-error.js";
export type { RankingOptions, RankingRow } from "./sdk/ranking.js";
export { formatRankingTable, rankingRows } from "./sdk/ranking.js";
export type { ResultsFileOptions } from "./sdk/results-files.js";
export { resultsMarkdownReport, resultsReport, resultsWorkbook } from "./sdk/results-files.js";
export type {
  IndicatorScoreJson,
  InsufficientUnitJson,
  NodeScoreJson,
  ResultsJson,
  ScoredUnitJson,
} from "./sdk/results-json.js";
export { resultsToJson } from "./sdk/results-json.js";
export { UnsupportedFormatError } from "./sdk/unsupported-format-error.js";
export { VERSION } from "./version.js";
