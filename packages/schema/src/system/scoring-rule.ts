import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";

/** Fixed goalposts [low, high] (L, U) for min-max and efficacy-coefficient scoring. */
const GoalpostsSchema = z.strictObject({ low: DecimalValueSchema, high: DecimalValueSchema });

/** Output range of a normalisation, e.g. `{ min: 0, max: 100 }`. */
const RangeSchema = z.strictObject({ min: DecimalValueSchema, max: DecimalValueSchema });

/**
 * 完成率 — completion ratio: higher-is-better `x / t`; lower-is-better `t / x` (`"inverse"`) or
 * `(2t − x) / t` (`"reflected"`); score = full × min(ratio, cap), cap defaults to 1.
 *
 * @since 0.1.0
 */
export const CompletionRatioRuleSchema = z.strictObject({
  method: z.literal("completion-ratio"),
  /** Variant for lower-is-better indicators. Defaults to `"inverse"`. */
  variant: z.enum(["inverse", "reflected"]).optional(),
  /** Upper limit of the ratio (超额完成 bonus limited), e.g. `"1.2"`. Defaults to 1. */
  cap: DecimalValueSchema.optional(),
});

/**
 * 功效系数法 — efficacy coefficient: `60 + 40 × (x − L)/(U − L)` (positive) or
 * `60 + 40 × (U − x)/(U − L)` (negative); L/U from data (min/max across units) or fixed.
 *
 * @since 0.1.0
 */
export const EfficacyCoefficientRuleSchema = z.strictObject({
  method: z.literal("efficacy-coefficient"),
  /** Fixed goalposts; from the data (min/max across assessed units) when absent. */
  goalposts: GoalpostsSchema.optional(),
  /** Score at the worst goalpost. Defaults to 60. */
  base: DecimalValueSchema.optional(),
  /** Points between worst and best goalposts. Defaults to 40. */
  span: DecimalValueSchema.optional(),
});

/**
 * Min–max `(x − L)/(U − L)` rescaled to a range (default 0–100); fixed goalposts clamp (flagged).
 *
 * @since 0.1.0
 */
export const MinMaxRuleSchema = z.strictObject({
  method: z.literal("min-max"),
  goalposts: GoalpostsSchema.optional(),
  range: RangeSchema.optional(),
});

/**
 * z-score `(x − mean)/sd`, optionally rescaled to a mean and sd (e.g. 100 and 10).
 *
 * @since 0.1.0
 */
export const ZScoreRuleSchema = z.strictObject({
  method: z.literal("z-score"),
  /** Sample (n − 1) or population (n) standard deviation. Defaults to `"sample"`. */
  sd: z.enum(["sample", "population"]).optional(),
  mean: DecimalValueSchema.optional(),
  scale: DecimalValueSchema.optional(),
});

/**
 * Rank among assessed units (best = 1), competition (1224) or dense (1223).
 *
 * @since 0.1.0
 */
export const RankRuleSchema = z.strictObject({
  method: z.literal("rank"),
  ties: z.enum(["competition", "dense"]).optional(),
});

/**
 * Distance to target (COINr `n_dist2targ`): `(x − L)/(t − L)` capped at 1, L = data minimum.
 *
 * @since 0.1.0
 */
export const DistanceToTargetRuleSchema = z.strictObject({
  method: z.literal("distance-to-target"),
  cap: DecimalValueSchema.optional(),
});

/**
 * Target range: full score inside [low, high] (from the target), linear decay outside, reaching
 * 0 at `tolerance` beyond the range.
 *
 * @since 0.1.0
 */
export const TargetRangeRuleSchema = z.strictObject({
  method: z.literal("target-range"),
  tolerance: DecimalValueSchema,
});

/**
 * Simple ratio normalisations as pymcdm defines them: `x/max`, `x/Σx`, `x/√Σx²`.
 *
 * @since 0.1.0
 */
export const RatioNormalizationRuleSchema = z.strictObject({
  method: z.enum(["max", "sum", "vector"]),
});

/** One step band: applies when the basis lies in [min, max) (bounds optional). */
const BandSchema = z.strictObject({
  min: DecimalValueSchema.optional(),
  max: DecimalValueSchema.optional(),
  score: DecimalValueSchema,
});

/**
 * Step bands, e.g. completion ≥ 95 % → 100, ≥ 85 % → 80 … on the value or on the completion ratio
 * (in percent). Bands are checked in order; the first match wins.
 *
 * @since 0.1.0
 */
export const BandsRuleSchema = z.strictObject({
  method: z.literal("bands"),
  basis: z.enum(["value", "completion-percent"]),
  bands: z.array(BandSchema).min(1).max(100),
  /** Score when no band matches; an error-level issue when absent and nothing matches. */
  otherwise: DecimalValueSchema.optional(),
});

/**
 * Linear deduction per unit of shortfall with a floor: "完成目标得满分，每低1个百分点扣0.5分，
 * 扣完为止" → `{ full: 100, rate: 0.5, per: 1, basis: "completion-percent" }`.
 *
 * @since 0.1.0
 */
export const LinearDeductionRuleSchema = z.strictObject({
  method: z.literal("linear-deduction"),
  basis: z.enum(["value", "completion-percent"]),
  full: DecimalValueSchema,
  rate: DecimalValueSchema,
  per: DecimalValueSchema.optional(),
  floor: DecimalValueSchema.optional(),
});

/**
 * Qualitative grade → score map (定性), e.g. `{ A: 100, B: 80, C: 60, D: 40 }` or
 * `{ 好: 100, 较好: 80, 一般: 60, 差: 0 }`.
 *
 * @since 0.1.0
 */
export const GradeMapRuleSchema = z.strictObject({
  method: z.literal("grade-map"),
  map: z.record(IdSchema, DecimalValueSchema),
});

/**
 * Task/milestone status → score (工作任务): done = full, late = half, not done = 0 by default.
 *
 * @since 0.1.0
 */
export const TaskStatusRuleSchema = z.strictObject({
  method: z.literal("task-status"),
  map: z.record(IdSchema, DecimalValueSchema).optional(),
});

/**
 * Boolean indicator (yes/no) → score.
 *
 * @since 0.1.0
 */
export const BooleanRuleSchema = z.strictObject({
  method: z.literal("boolean"),
  whenTrue: DecimalValueSchema.optional(),
  whenFalse: DecimalValueSchema.optional(),
});

/**
 * The value already is a score on the indicator's scale (e.g. a satisfaction survey 0–100).
 *
 * @since 0.1.0
 */
export const DirectRuleSchema = z.strictObject({
  method: z.literal("direct"),
  range: RangeSchema.optional(),
});

/**
 * How a leaf indicator's value becomes a score — a discriminated union on `method`.
 * The scoring package implements each method exactly; see its documentation for formulas.
 *
 * @since 0.1.0
 */
export const ScoringRuleSchema = z.discriminatedUnion("method", [
  CompletionRatioRuleSchema,
  EfficacyCoefficientRuleSchema,
  MinMaxRuleSchema,
  ZScoreRuleSchema,
  RankRuleSchema,
  DistanceToTargetRuleSchema,
  TargetRangeRuleSchema,
  RatioNormalizationRuleSchema,
  BandsRuleSchema,
  LinearDeductionRuleSchema,
  GradeMapRuleSchema,
  TaskStatusRuleSchema,
  BooleanRuleSchema,
  DirectRuleSchema,
]);

/** A scoring rule; see {@link ScoringRuleSchema}. @since 0.1.0 */
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
/** The name of a scoring method. @since 0.1.0 */
export type ScoringMethod = ScoringRule["method"];

/**
 * A pre-transform applied to raw values before normalisation: denominate by another series
 * (per capita, per GDP), clamp, natural log, COINr's log with offset, or skew/kurtosis-driven
 * winsorisation.
 *
 * @since 0.1.0
 */
export const TransformSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("denominate"),
    /** Indicator or auxiliary series id whose value divides this one. */
    by: IdSchema,
    /** Multiplier after division (e.g. 10000 for "per 10,000 people"). Defaults to 1. */
    scale: DecimalValueSchema.optional(),
  }),
  z.strictObject({
    type: z.literal("clamp"),
    min: DecimalValueSchema.optional(),
    max: DecimalValueSchema.optional(),
  }),
  z.strictObject({ type: z.literal("log") }),
  z.strictObject({ type: z.literal("log-offset") }),
  z.strictObject({
    type: z.literal("winsorize"),
    maxPoints: z.int().min(0).max(1000).optional(),
    skewThreshold: DecimalValueSchema.optional(),
    kurtosisThreshold: DecimalValueSchema.optional(),
  }),
]);

/** A pre-transform; see {@link TransformSchema}. @since 0.1.0 */
export type Transform = z.infer<typeof TransformSchema>;
