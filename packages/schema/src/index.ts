/**
 * `@ducha/schema` — zod schemas, types and validation for Ducha (督查) projects: indicator
 * systems (指标体系), units (被考核单位), periods (考核周期), targets (目标值), observations (实际值),
 * assessment plans (考核办法), responsibilities (责任分工) and accountability rules (责任追究).
 *
 * @packageDocumentation
 */

export type {
  AccountabilityAction,
  AccountabilityRule,
  EscalateAfter,
  FactCondition,
  RuleCondition,
} from "./accountability/accountability-rule.js";
export {
  AccountabilityActionSchema,
  AccountabilityRuleSchema,
  EscalateAfterSchema,
  FactConditionSchema,
  RuleConditionSchema,
} from "./accountability/accountability-rule.js";
export { addDays, dayNumber, daysBetween, fromDayNumber } from "./common/day-number.js";
export type { DecimalValue } from "./common/decimal-value.js";
export {
  DecimalStringSchema,
  DecimalValueSchema,
  isDecimalString,
  MAX_DECIMAL_EXPONENT,
  MAX_DECIMAL_LENGTH,
} from "./common/decimal-value.js";
export type { Id } from "./common/id.js";
// common building blocks
export { FORBIDDEN_IDS, IdSchema } from "./common/id.js";
export { daysInMonth, IsoDateSchema, IsoDateTimeSchema, isIsoDate } from "./common/iso-date.js";
export type { TextPosition } from "./common/json-position.js";
export { findJsonSyntaxError, locateJsonError, positionAt } from "./common/json-position.js";
export type { LocalizedText } from "./common/localized-text.js";
export { LocalizedTextSchema, localize } from "./common/localized-text.js";
export { editDistance, suggestId } from "./common/suggest.js";
export type { DuchaErrorOptions, JsonPath } from "./errors/ducha-error.js";
// errors
export { DuchaError, isDuchaError } from "./errors/ducha-error.js";
export { PROJECT_SCHEMA_ID, toJsonSchema } from "./json-schema/to-json-schema.js";
export type { AdjustmentRecord, Observation, ObservationStatus, Rating, VetoEvent } from "./observation/observation.js";
export {
  AdjustmentRecordSchema,
  ObservationSchema,
  ObservationStatusSchema,
  RatingSchema,
  VetoEventSchema,
} from "./observation/observation.js";
export type { Period, PeriodType } from "./period/period.js";
// periods
export {
  comparePeriods,
  formatPeriod,
  isPeriodId,
  PeriodIdSchema,
  parsePeriod,
  periodContains,
  periodEnd,
  periodStart,
  previousPeriod,
  subPeriods,
} from "./period/period.js";
export type {
  AdjustmentItem,
  AssessmentPlan,
  GradeBand,
  MissingDataPolicy,
  RaterGroup,
  VetoRule,
} from "./plan/assessment-plan.js";
// plan, responsibilities, rules
export {
  AdjustmentItemSchema,
  AssessmentPlanSchema,
  GradeBandSchema,
  GradingSchema,
  MissingDataPolicySchema,
  RaterGroupSchema,
  RoundingSchema,
  VetoEffectSchema,
  VetoRuleSchema,
} from "./plan/assessment-plan.js";
export { loadProject } from "./project/load-project.js";
export type { ProjectMigration } from "./project/migrate.js";
export { migrateProject, registerMigration } from "./project/migrate.js";
export type { Project } from "./project/project.js";
// project file
export { ProjectSchema, SCHEMA_VERSION } from "./project/project.js";
export type { Responsibility } from "./responsibility/responsibility.js";
export { ResponsibilitySchema } from "./responsibility/responsibility.js";
export type { Direction, Indicator, IndicatorKind } from "./system/indicator.js";
export { DirectionSchema, FrequencySchema, IndicatorKindSchema, IndicatorSchema } from "./system/indicator.js";
export type { IndicatorSystem } from "./system/indicator-system.js";
export { AuxiliarySeriesSchema, IndicatorSystemSchema } from "./system/indicator-system.js";
export type { AggregationMethod, IndicatorNode } from "./system/node.js";
export { AggregationMethodSchema, IndicatorNodeSchema } from "./system/node.js";
export type { ScoringMethod, ScoringRule, Transform } from "./system/scoring-rule.js";
// indicator system
export {
  BandsRuleSchema,
  BooleanRuleSchema,
  CompletionRatioRuleSchema,
  DirectRuleSchema,
  DistanceToTargetRuleSchema,
  EfficacyCoefficientRuleSchema,
  GradeMapRuleSchema,
  LinearDeductionRuleSchema,
  MinMaxRuleSchema,
  RankRuleSchema,
  RatioNormalizationRuleSchema,
  ScoringRuleSchema,
  TargetRangeRuleSchema,
  TaskStatusRuleSchema,
  TransformSchema,
  ZScoreRuleSchema,
} from "./system/scoring-rule.js";
export type { Target } from "./target/target.js";
export { DecompositionRuleSchema, TargetSchema } from "./target/target.js";
export { categoryIndicatorIds } from "./unit/category-indicators.js";
export type { Category, Person, Unit } from "./unit/unit.js";
// units, targets, observations
export { CategorySchema, PersonSchema, UnitSchema } from "./unit/unit.js";
export type { ValidationIssue, ValidationIssueCode } from "./validate/issue.js";
// validation
export { formatIssues, formatPath } from "./validate/issue.js";
export type { ValidationLimits } from "./validate/limits.js";
export { DEFAULT_LIMITS } from "./validate/limits.js";
export { DEFAULT_TASK_STATUSES } from "./validate/semantic.js";
export type { ValidateOptions, ValidationResult } from "./validate/validate-project.js";
export { validateProject, validateWith } from "./validate/validate-project.js";
export { VERSION } from "./version.js";
