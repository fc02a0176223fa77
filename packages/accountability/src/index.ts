/**
 * `@ducha/accountability`.
 *
 * @packageDocumentation
 */

export type { Dec } from "./internal/decimal.js";
// progress monitoring (进度监测与预警)
export type { CurvePoint, ProgressCurve } from "./progress/expected-share.js";
export { expectedShare } from "./progress/expected-share.js";
export type {
  ExpectedBasis,
  MonitorOptions,
  ObservedValue,
  ProgressItem,
  ProgressReport,
  SkippedPair,
} from "./progress/monitor-progress.js";
export { monitorProgress } from "./progress/monitor-progress.js";
export { ProgressError } from "./progress/progress-error.js";
export type { ProgressSeriesOptions, ProgressSnapshot } from "./progress/progress-series.js";
export { progressSeries } from "./progress/progress-series.js";
export type { BilingualText, ProgressColour, ProgressStatus, ProgressThresholds } from "./progress/progress-status.js";
export { DEFAULT_THRESHOLDS, statusColour } from "./progress/progress-status.js";
export { resolveTarget } from "./progress/resolve-target.js";
// accountability rules (责任追究)
export type {
  AccountabilityFacts,
  ProgressSnapshotFacts,
  SupervisionItemFacts,
  UnitResultFacts,
} from "./rules/accountability-facts.js";
export type { DueAction, EvaluateRulesOptions, TriggerFact } from "./rules/evaluate-rules.js";
export { evaluateRules } from "./rules/evaluate-rules.js";
export type { ActionSubject, ActionTarget } from "./rules/resolve-responsible.js";
export { resolveResponsible } from "./rules/resolve-responsible.js";
export { VERSION } from "./version.js";
