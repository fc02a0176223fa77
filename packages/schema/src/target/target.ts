import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { IsoDateSchema } from "../common/iso-date.js";
import { PeriodIdSchema } from "../period/period.js";

/**
 * How a child unit's target relates to its parent's (目标分解): children `sum` to the parent,
 * a `weighted` share, `each-at-least` the parent (rates), or the parent is the `min` of children.
 *
 * @since 0.1.0
 */
export const DecompositionRuleSchema = z.enum(["sum", "weighted", "each-at-least", "min"]);

/**
 * A target (目标值) for an indicator in a period. Its scope is one unit (`unit`), every unit of a
 * category (`category`), or every unit (neither); the most specific target applies.
 *
 * @since 0.1.0
 */
export const TargetSchema = z.strictObject({
  indicator: IdSchema,
  period: PeriodIdSchema,
  unit: IdSchema.optional(),
  category: IdSchema.optional(),
  /** 基期值 — the baseline value. */
  baseline: DecimalValueSchema.optional(),
  /** 目标值 — the target value. */
  target: DecimalValueSchema.optional(),
  /** Stretch target (奋斗目标). */
  stretch: DecimalValueSchema.optional(),
  /** Target range for 适度 indicators. */
  range: z.strictObject({ low: DecimalValueSchema, high: DecimalValueSchema }).optional(),
  deadline: IsoDateSchema.optional(),
  /** Milestones (节点目标): expected cumulative value by a date. */
  milestones: z
    .array(z.strictObject({ date: IsoDateSchema, value: DecimalValueSchema }))
    .max(366)
    .optional(),
  /** Where this target comes from when decomposed from a parent unit's target. */
  decomposedFrom: z
    .strictObject({ unit: IdSchema, rule: DecompositionRuleSchema, share: DecimalValueSchema.optional() })
    .optional(),
});
/** A target. @since 0.1.0 */
export type Target = z.infer<typeof TargetSchema>;
