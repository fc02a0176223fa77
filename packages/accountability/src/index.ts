/**
 * `@ducha/accountability` — responsibility matrix (责任分工), target decomposition (目标分解),
 * supervision items (督查事项) and a hash-chained audit log (审计日志).
 *
 * @packageDocumentation
 */

export type { AuditEntry, AuditEntryInput, AuditKind } from "./audit/audit-entry.js";
export { AUDIT_GENESIS_HASH } from "./audit/audit-entry.js";
export { hashAuditEntry } from "./audit/audit-hash.js";
export type { AuditLog, AuditLogHead, AuditLogOptions } from "./audit/audit-log.js";
export { appendAuditEntry, auditLogHead, createAuditLog, resumeAuditLog } from "./audit/audit-log.js";
export type { JsonValue } from "./audit/canonical-json.js";
export { canonicalJson } from "./audit/canonical-json.js";
export type {
  AuditProblem,
  AuditProblemCode,
  AuditVerification,
  VerifyAuditLogOptions,
} from "./audit/verify-audit-log.js";
export { verifyAuditLog } from "./audit/verify-audit-log.js";
export type { Clock } from "./clock.js";
export { systemClock } from "./clock.js";
export type {
  CheckDecompositionOptions,
  DecompositionCheck,
  DecompositionChildTarget,
  DecompositionProblem,
  DecompositionProblemCode,
} from "./decomposition/check-decomposition.js";
export { checkDecomposition } from "./decomposition/check-decomposition.js";
export type {
  DecomposedChildTarget,
  DecomposeTargetInput,
  DecompositionChildInput,
  DecompositionResult,
} from "./decomposition/decompose-target.js";
export { decomposeTarget } from "./decomposition/decompose-target.js";
export type { DecompositionRule, TargetDirection } from "./decomposition/decomposition-rule.js";
export type { AccountabilityErrorOptions } from "./errors.js";
export { AccountabilityError } from "./errors.js";
export type { Dec } from "./internal/decimal.js";
export type { LocalizedMessage } from "./localized-message.js";
export type { NumericInput } from "./numeric-input.js";
export type { AssessPeopleOptions, PersonAssessment } from "./people/assess-people.js";
export { assessPeople, CIVIL_SERVANT_GRADES } from "./people/assess-people.js";
// progress monitoring (进度监测与预警)
export type { CurvePoint, ProgressCurve } from "./progress/expected-share.js";
export { expectedShare } from "./progress/expected-share.js";
export type { IncrementSum } from "./progress/increment-total.js";
export type {
  ExpectedBasis,
  MonitorOptions,
  ObservedValue,
  ProgressItem,
  ProgressReport,
  SkippedPair,
} from "./progress/monitor-progress.js";
export { monitorProgress } from "./progress/monitor-progress.js";
export type { MonitorTableOptions, ProgressTable } from "./progress/monitor-table.js";
export { monitorProgressTable, PROGRESS_STATUSES } from "./progress/monitor-table.js";
export type {
  ObservationColumns,
  ObservationRow,
  ObservationValueClass,
} from "./progress/observation-columns.js";
export { ObservationColumnsBuilder, observationColumns } from "./progress/observation-columns.js";
export { ProgressError } from "./progress/progress-error.js";
export type { ProgressSeriesOptions, ProgressSnapshot } from "./progress/progress-series.js";
export { progressSeries } from "./progress/progress-series.js";
export type { BilingualText, ProgressColour, ProgressStatus, ProgressThresholds } from "./progress/progress-status.js";
export { DEFAULT_THRESHOLDS, statusColour } from "./progress/progress-status.js";
export { resolveTarget } from "./progress/resolve-target.js";
export type {
  Responsibility,
  ResponsibilitySubject,
  ResponsibilitySubjectKind,
} from "./responsibility/responsibility.js";
export { RESPONSIBILITY_SUBJECT_KINDS } from "./responsibility/responsibility.js";
export type {
  ResponsibilityAssignment,
  ResponsibilityIndex,
  ResponsibilityIssue,
  ResponsibilityIssueCode,
  ResponsibilityMatrix,
  ResponsibilityRole,
  UnitResponsibilities,
} from "./responsibility/responsibility-index.js";
export { createResponsibilityIndex } from "./responsibility/responsibility-index.js";
// accountability rules (责任追究)
export type {
  AccountabilityFacts,
  ProgressSnapshotFacts,
  SupervisionItemFacts,
  UnitResultFacts,
} from "./rules/accountability-facts.js";
export type { DueAction, EarlierAction, EvaluateRulesOptions, TriggerFact } from "./rules/evaluate-rules.js";
export { evaluateRules } from "./rules/evaluate-rules.js";
export { supervisionItemFacts, unitResultFacts } from "./rules/facts-from.js";
export type { ActionSubject, ActionTarget } from "./rules/resolve-responsible.js";
export { resolveResponsible } from "./rules/resolve-responsible.js";
export type { RefreshOverdueOptions, TransitionContext } from "./supervision/apply-transition.js";
export { applyTransition, refreshOverdue, urgeCount } from "./supervision/apply-transition.js";
export type {
  LaggingIndicatorInput,
  SupervisedTask,
  SupervisionItemInput,
  SupervisionItemOptions,
  SupervisionTitle,
} from "./supervision/create-supervision-item.js";
export {
  createSupervisionItem,
  supervisionItemFromLaggingIndicator,
  supervisionItemFromTask,
} from "./supervision/create-supervision-item.js";
export { supervisionAuditInput } from "./supervision/supervision-audit-input.js";
export { SupervisionError } from "./supervision/supervision-error.js";
export type {
  SupervisionItem,
  SupervisionSource,
  SupervisionTransitionRecord,
} from "./supervision/supervision-item.js";
export {
  IsoInstantSchema,
  SupervisionEventSchema,
  SupervisionItemSchema,
  SupervisionSourceSchema,
  SupervisionStateSchema,
  SupervisionTransitionRecordSchema,
} from "./supervision/supervision-item.js";
export type { SupervisionEvent, SupervisionState } from "./supervision/supervision-state.js";
export {
  allowedEvents,
  isTerminalState,
  SUPERVISION_EVENT_LABELS,
  SUPERVISION_EVENTS,
  SUPERVISION_STATE_LABELS,
  SUPERVISION_STATES,
  SUPERVISION_TRANSITIONS,
} from "./supervision/supervision-state.js";
export { VERSION } from "./version.js";
