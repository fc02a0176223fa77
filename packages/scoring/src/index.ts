/**
 * `@ducha/scoring` — exact, explainable scoring.
 *
 * @packageDocumentation
 */
export { ScoringError } from "./errors.js";
export type {
  GradeAssignment,
  GradeBandSpec,
  GradeCandidate,
  GradeOptions,
  GradeReason,
} from "./grade/assign-grades.js";
export { assignGrades } from "./grade/assign-grades.js";
export type { Dec as Decimal, NumericInput } from "./internal/decimal.js";
export type { CriterionDirection, NumericMatrix } from "./mcdm/decision-matrix.js";
export type { GreyRelationalOptions, GreyRelationalResult } from "./mcdm/grey-relational.js";
export { greyRelational } from "./mcdm/grey-relational.js";
export type { TopsisOptions, TopsisResult } from "./mcdm/topsis.js";
export { topsis } from "./mcdm/topsis.js";
export type { VikorCompromise, VikorOptions, VikorResult } from "./mcdm/vikor.js";
export { vikor } from "./mcdm/vikor.js";
export type { RankOptions } from "./rank/rank.js";
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
export type {
  AdjustmentCaps,
  AdjustmentItemResult,
  AdjustmentItemSpec,
  AdjustmentRecordInput,
  AdjustmentResult,
} from "./rules/adjustments.js";
export { applyAdjustments } from "./rules/adjustments.js";
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
