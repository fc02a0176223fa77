import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";
import { PeriodIdSchema } from "../period/period.js";

/**
 * A rater group (考评主体): the leading group (考核领导小组), the public/service recipients
 * (服务对象), peers, superiors. Its ratings are averaged after dropping the `trimHighest` highest
 * and `trimLowest` lowest (去掉最高分和最低分), then combined with the other groups by `weight`.
 *
 * @since 0.1.0
 */
export const RaterGroupSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  weight: DecimalValueSchema,
  trimHighest: z.int().min(0).max(100).optional(),
  trimLowest: z.int().min(0).max(100).optional(),
  /** Fewest ratings (after trimming) needed for the group to count. Defaults to 1. */
  minRatings: z.int().min(1).max(100000).optional(),
});
/** A rater group. @since 0.1.0 */
export type RaterGroup = z.infer<typeof RaterGroupSchema>;

/**
 * A bonus or deduction item (加分/扣分项) with per-occurrence points and an optional cap.
 *
 * @since 0.1.0
 */
export const AdjustmentItemSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  type: z.enum(["bonus", "deduction"]),
  /** Points per occurrence (a positive decimal; deductions are subtracted). */
  points: DecimalValueSchema,
  /** Most points this item can add or remove in total. */
  cap: DecimalValueSchema.optional(),
});
/** A bonus/deduction item. @since 0.1.0 */
export type AdjustmentItem = z.infer<typeof AdjustmentItemSchema>;

/**
 * What a veto (一票否决) does: cap the grade ("cannot be 优秀"), zero a node, zero the total, or
 * exclude the unit from ranking.
 *
 * @since 0.1.0
 */
export const VetoEffectSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("cap-grade"), grade: IdSchema }),
  z.strictObject({ type: z.literal("zero-node"), node: IdSchema }),
  z.strictObject({ type: z.literal("zero-total") }),
  z.strictObject({ type: z.literal("exclude-from-ranking") }),
]);

/**
 * A veto rule (一票否决). It fires on a recorded veto event, or when a listed binding indicator
 * (约束性指标) misses its target.
 *
 * @since 0.1.0
 */
export const VetoRuleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  trigger: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("event") }),
    z.strictObject({ type: z.literal("binding-missed"), indicators: z.array(IdSchema).min(1) }),
  ]),
  effect: VetoEffectSchema,
});
/** A veto rule. @since 0.1.0 */
export type VetoRule = z.infer<typeof VetoRuleSchema>;

/**
 * A grade band (等次): a minimum score and an optional quota — at most `maxShare` (e.g. `"0.2"`)
 * of the assessed units and/or at most `maxCount` units. Bands are listed best first.
 *
 * @since 0.1.0
 */
export const GradeBandSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  minScore: DecimalValueSchema,
  maxShare: DecimalValueSchema.optional(),
  maxCount: z.int().min(0).optional(),
});
/** A grade band. @since 0.1.0 */
export type GradeBand = z.infer<typeof GradeBandSchema>;

/**
 * Grading (评定等次). Units are graded best band first by score; a band's quota is applied by rank.
 * `quotaTies` decides ties at the quota boundary: `"exclude"` (default — all tied units drop to the
 * next band, so the quota is never exceeded) or `"include"` (all tied units stay).
 * `quotaScope`: quotas counted over all units or within each category. Defaults to `"all"`.
 *
 * @since 0.1.0
 */
export const GradingSchema = z.strictObject({
  bands: z.array(GradeBandSchema).min(1).max(20),
  quotaTies: z.enum(["exclude", "include"]).optional(),
  quotaScope: z.enum(["all", "category"]).optional(),
});

/**
 * Missing-data policy: `exclude-reweight` (drop the indicator and re-weight its siblings),
 * `zero` (score 0 with a flag), `carry-forward` (the last earlier period's value),
 * `category-mean` (mean of the unit's category). Never a silent zero.
 *
 * @since 0.1.0
 */
export const MissingDataPolicySchema = z.enum(["exclude-reweight", "zero", "carry-forward", "category-mean"]);
/** A missing-data policy. @since 0.1.0 */
export type MissingDataPolicy = z.infer<typeof MissingDataPolicySchema>;

/**
 * Rounding of published figures (四舍五入 by default): decimals and mode, applied only at the end.
 *
 * @since 0.1.0
 */
export const RoundingSchema = z.strictObject({
  decimals: z.int().min(0).max(10),
  mode: z.enum(["half-up", "half-even", "down", "up"]),
});

/**
 * An assessment plan (考核办法): which system, period and units are assessed and the rules:
 * raters, bonus/deduction, veto, grading with quotas, missing data and rounding.
 *
 * @since 0.1.0
 */
export const AssessmentPlanSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** The indicator system id. */
  system: IdSchema,
  period: PeriodIdSchema,
  /** Units assessed; every unit with `assessed !== false` when absent. */
  units: z.array(IdSchema).optional(),
  raterGroups: z.array(RaterGroupSchema).optional(),
  /** Indicators whose value is the combination of rater groups' ratings. */
  ratedIndicators: z.array(IdSchema).optional(),
  adjustments: z.array(AdjustmentItemSchema).optional(),
  /** Caps on the total bonus and total deduction per unit. */
  adjustmentCaps: z
    .strictObject({ bonus: DecimalValueSchema.optional(), deduction: DecimalValueSchema.optional() })
    .optional(),
  vetoes: z.array(VetoRuleSchema).optional(),
  grading: GradingSchema.optional(),
  missingData: z
    .strictObject({
      default: MissingDataPolicySchema,
      perIndicator: z.record(IdSchema, MissingDataPolicySchema).optional(),
    })
    .optional(),
  ranking: z.strictObject({ ties: z.enum(["competition", "dense"]) }).optional(),
  rounding: RoundingSchema.optional(),
});
/** An assessment plan. @since 0.1.0 */
export type AssessmentPlan = z.infer<typeof AssessmentPlanSchema>;
