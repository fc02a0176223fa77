/**
 * `@ducha/scoring` — exact, explainable scoring.
 *
 * @packageDocumentation
 */
export type { ReweightResult } from "./aggregate/exclude-and-reweight.js";
export { excludeAndReweight } from "./aggregate/exclude-and-reweight.js";
export type { MinimumResult } from "./aggregate/minimum.js";
export { minimum } from "./aggregate/minimum.js";
export type { PointsSumOptions, PointsSumResult } from "./aggregate/points-sum.js";
export { pointsSum } from "./aggregate/points-sum.js";
export type { AggregateOptions, AggregateResult, MissingPolicy } from "./aggregate/types.js";
export { weightedArithmeticMean } from "./aggregate/weighted-arithmetic-mean.js";
export { weightedGeometricMean } from "./aggregate/weighted-geometric-mean.js";
export type { CustomAggregator } from "./assess/aggregate-unit.js";
export type { ScoreOptions } from "./assess/score-assessment.js";
export { scoreAssessment } from "./assess/score-assessment.js";
export type {
  AdjustmentsApplied,
  AssessmentResult,
  IndicatorScore,
  InsufficientUnit,
  NodeScore,
  ScoredUnit,
  ScoreFlag,
  TransformStep,
  UnitResult,
  VetoApplied,
} from "./assess/types.js";
export type {
  AssessmentAudit,
  AuditOptions,
  CorrelationFlag,
  IndicatorAudit,
  PairCorrelation,
} from "./audit/audit-assessment.js";
export { auditAssessment } from "./audit/audit-assessment.js";
export type { CorrelationMatrix, CorrelationOptions, DataColumn } from "./audit/correlation-matrix.js";
export { correlationMatrix } from "./audit/correlation-matrix.js";
export type { CronbachAlphaResult } from "./audit/cronbach-alpha.js";
export { cronbachAlpha } from "./audit/cronbach-alpha.js";
export type {
  IndicatorStatistics,
  IndicatorStatisticsOptions,
  IqrOutlier,
  StatisticNote,
} from "./audit/indicator-statistics.js";
export { indicatorStatistics } from "./audit/indicator-statistics.js";
export { ScoringError } from "./errors.js";
export type { Explanation, TraceStep } from "./explain/explain.js";
export { explain } from "./explain/explain.js";
export type { FloatCompileOptions, FloatModel } from "./float/float-model.js";
export { compileFloatModel } from "./float/float-model.js";
export type { FloatAssessment, FloatScoreOptions } from "./float/score-float.js";
export { scoreAssessmentFloat, scoreFloatModel } from "./float/score-float.js";
export type {
  GradeAssignment,
  GradeBandSpec,
  GradeCandidate,
  GradeOptions,
  GradeReason,
} from "./grade/assign-grades.js";
export { assignGrades } from "./grade/assign-grades.js";
export type { Dec, Dec as Decimal, NumericInput } from "./internal/decimal.js";
export type { CriterionDirection, NumericMatrix } from "./mcdm/decision-matrix.js";
export type { GreyRelationalOptions, GreyRelationalResult } from "./mcdm/grey-relational.js";
export { greyRelational } from "./mcdm/grey-relational.js";
export type { TopsisOptions, TopsisResult } from "./mcdm/topsis.js";
export { topsis } from "./mcdm/topsis.js";
export type { VikorCompromise, VikorOptions, VikorResult } from "./mcdm/vikor.js";
export { vikor } from "./mcdm/vikor.js";
export type { Band, BandsOptions, BandsResult } from "./normalize/bands.js";
export { normalizeBands } from "./normalize/bands.js";
export type { BooleanOptions } from "./normalize/boolean.js";
export { normalizeBoolean } from "./normalize/boolean.js";
export type { CompletionCostVariant, CompletionRatioOptions } from "./normalize/completion-ratio.js";
export { normalizeCompletionRatio } from "./normalize/completion-ratio.js";
export type { DistanceToTargetOptions } from "./normalize/distance-to-target.js";
export { normalizeDistanceToTarget } from "./normalize/distance-to-target.js";
export type { EfficacyCoefficientOptions } from "./normalize/efficacy-coefficient.js";
export { normalizeEfficacyCoefficient } from "./normalize/efficacy-coefficient.js";
export type { Goalposts } from "./normalize/goalposts.js";
export type { GradeMapOptions } from "./normalize/grade-map.js";
export { normalizeGradeMap } from "./normalize/grade-map.js";
export type { LinearDeductionOptions, StepCounting } from "./normalize/linear-deduction.js";
export { normalizeLinearDeduction } from "./normalize/linear-deduction.js";
export type { MaxOptions } from "./normalize/max.js";
export { normalizeMax } from "./normalize/max.js";
export type { MinMaxOptions } from "./normalize/min-max.js";
export { normalizeMinMax } from "./normalize/min-max.js";
export type {
  NormalizeInput,
  NormalizeMethodWithDefaults,
  NormalizeOptionsArgs,
  NormalizeOptionsByMethod,
} from "./normalize/normalize.js";
export { normalize } from "./normalize/normalize.js";
export type { RankOptions, RankTies } from "./normalize/rank.js";
export { normalizeRank } from "./normalize/rank.js";
export type { SumOptions } from "./normalize/sum.js";
export { normalizeSum } from "./normalize/sum.js";
export type { TargetRangeOptions } from "./normalize/target-range.js";
export { normalizeTargetRange } from "./normalize/target-range.js";
export type { TargetInput } from "./normalize/targets.js";
export type { TaskStatusOptions } from "./normalize/task-status.js";
export { DEFAULT_TASK_STATUS_FRACTIONS, normalizeTaskStatus } from "./normalize/task-status.js";
export type {
  BaseNormalizeOptions,
  Direction,
  DirectionalOptions,
  NormalizeFlag,
  NormalizeMethod,
  NormalizeResult,
} from "./normalize/types.js";
export type { VectorOptions } from "./normalize/vector.js";
export { normalizeVector } from "./normalize/vector.js";
export type { ZScoreOptions } from "./normalize/z-score.js";
export { normalizeZScore } from "./normalize/z-score.js";
export type { RankOptions as RankValuesOptions } from "./rank/rank.js";
export { rankValues } from "./rank/rank.js";
export type {
  CombinedRating,
  CombinedRatingGroup,
  CombineRatingsOptions,
  RaterGroupSpec,
  RatingInput,
} from "./raters/combine-ratings.js";
export { combineRatings } from "./raters/combine-ratings.js";
export type { RoundDecimalOptions, RoundingMode } from "./round/round-decimal.js";
export { roundDecimal } from "./round/round-decimal.js";
export { PUBLISHED_GUARD_DIGITS, roundPublished } from "./round/round-published.js";
export type {
  AdjustmentCaps,
  AdjustmentItemResult,
  AdjustmentItemSpec,
  AdjustmentRecordInput,
  AdjustmentResult,
} from "./rules/adjustments.js";
export { applyAdjustments } from "./rules/adjustments.js";
export type { RankOutputModel, RankShiftOptions } from "./sensitivity/rank-shift.js";
export { meanAbsoluteRankShift, rankShiftModel } from "./sensitivity/rank-shift.js";
export type {
  RemoveOneOptions,
  RemoveOneResult,
  RemoveOneScenario,
  RemoveOneUnit,
} from "./sensitivity/remove-one.js";
export { removeOneAnalysis } from "./sensitivity/remove-one.js";
export type {
  ConfidenceInterval,
  ScalarModel,
  SobolIndex,
  SobolOptions,
  SobolResult,
  SobolSampling,
} from "./sensitivity/sobol-indices.js";
export { sobolIndices } from "./sensitivity/sobol-indices.js";
export type { SobolSequenceOptions } from "./sensitivity/sobol-sequence.js";
export { SOBOL_MAX_DIMENSIONS, sobolSequence } from "./sensitivity/sobol-sequence.js";
export { kurtosis } from "./stats/kurtosis.js";
export { mean } from "./stats/mean.js";
export { skewness } from "./stats/skewness.js";
export type { StandardDeviationKind, StandardDeviationOptions } from "./stats/standard-deviation.js";
export { standardDeviation } from "./stats/standard-deviation.js";
export type { ClampOptions } from "./transform/clamp.js";
export { clamp } from "./transform/clamp.js";
export type { DenominateOptions } from "./transform/denominate.js";
export { denominate } from "./transform/denominate.js";
export { logTransform } from "./transform/log.js";
export type { LogOffsetOptions, LogOffsetVariant } from "./transform/log-offset.js";
export { logOffset } from "./transform/log-offset.js";
export type { TransformFlag, TransformResult } from "./transform/types.js";
export type { WinsorizedPoint, WinsorizeOptions, WinsorizeResult, WinsorizeTreatment } from "./transform/winsorize.js";
export { winsorize } from "./transform/winsorize.js";
export type { MonteCarloOptions, MonteCarloResult, UnitUncertainty } from "./uncertainty/monte-carlo.js";
export { runMonteCarlo } from "./uncertainty/monte-carlo.js";
export type { Prng } from "./uncertainty/prng.js";
export { createPrng } from "./uncertainty/prng.js";
export type {
  UncertaintyDimension,
  UncertaintyModel,
  UncertaintyModelOptions,
} from "./uncertainty/uncertainty-model.js";
export { createUncertaintyModel } from "./uncertainty/uncertainty-model.js";
export type {
  DirichletWeightPerturbation,
  UncertaintySpec,
  UniformWeightPerturbation,
} from "./uncertainty/uncertainty-spec.js";
export { VERSION } from "./version.js";
export type { AhpCompletedEntry, AhpOptions, AhpResult, PairwiseMatrix } from "./weight/ahp.js";
export { ahp } from "./weight/ahp.js";
export { AHP_RANDOM_INDEX } from "./weight/ahp-random-index.js";
export type { CombineWeightsOptions } from "./weight/combine.js";
export { combineWeights } from "./weight/combine.js";
export type { CriticWeightsOptions, CriticWeightsResult } from "./weight/critic.js";
export { criticWeights } from "./weight/critic.js";
export type { EntropyWeightsOptions, EntropyWeightsResult } from "./weight/entropy.js";
export { entropyWeights } from "./weight/entropy.js";
export type { WeightResult } from "./weight/equal.js";
export { equalWeights } from "./weight/equal.js";
export type { MerecWeightsResult } from "./weight/merec.js";
export { merecWeights } from "./weight/merec.js";
export type { PerParentWeights, WeightTreeNode } from "./weight/per-parent.js";
export { normalizeWeightsPerParent } from "./weight/per-parent.js";
export { weightsFromPoints } from "./weight/points.js";
