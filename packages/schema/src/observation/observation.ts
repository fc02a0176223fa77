import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { PeriodIdSchema } from "../period/period.js";

/**
 * Status of an observation: 上报 reported, 核实 verified, estimated, or missing (with a reason).
 *
 * @since 0.1.0
 */
export const ObservationStatusSchema = z.enum(["reported", "verified", "estimated", "missing"]);
/** Observation status. @since 0.1.0 */
export type ObservationStatus = z.infer<typeof ObservationStatusSchema>;

/**
 * An actual value (实际值/完成值) of an indicator (or auxiliary series) for a unit in a period.
 * `value` is a decimal string (or finite number) for quantitative data, a grade code (`"A"`,
 * `"较好"`) for qualitative data, a task status (`"done"`, `"late"`, `"not-done"`) for tasks,
 * a boolean for yes/no indicators, and `null` only when `status` is `"missing"`.
 *
 * @since 0.1.0
 */
export const ObservationSchema = z.strictObject({
  unit: IdSchema,
  indicator: IdSchema,
  period: PeriodIdSchema,
  value: z.union([DecimalValueSchema, IdSchema, z.boolean(), z.null()]),
  /** Defaults to `"reported"`. */
  status: ObservationStatusSchema.optional(),
  missingReason: z.string().max(500).optional(),
  source: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
});
/** An observation. @since 0.1.0 */
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * One rater's score for a unit (考评打分) from a rater group (leading group, public, peers …).
 *
 * @since 0.1.0
 */
export const RatingSchema = z.strictObject({
  unit: IdSchema,
  indicator: IdSchema,
  period: PeriodIdSchema,
  group: IdSchema,
  rater: IdSchema.optional(),
  score: DecimalValueSchema,
});
/** A rating. @since 0.1.0 */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * A recorded bonus or deduction occurrence (加分/扣分) for a unit, e.g. a national award or a
 * verified violation. `points` overrides the item's points per occurrence; `count` multiplies.
 *
 * @since 0.1.0
 */
export const AdjustmentRecordSchema = z.strictObject({
  unit: IdSchema,
  adjustment: IdSchema,
  period: PeriodIdSchema,
  count: z.int().min(1).max(1_000_000).optional(),
  points: DecimalValueSchema.optional(),
  note: z.string().max(2000).optional(),
  evidence: z.array(z.string().max(500)).max(100).optional(),
});
/** A bonus/deduction record. @since 0.1.0 */
export type AdjustmentRecord = z.infer<typeof AdjustmentRecordSchema>;

/**
 * A veto event (一票否决事项) that happened to a unit, e.g. a major environmental incident.
 *
 * @since 0.1.0
 */
export const VetoEventSchema = z.strictObject({
  unit: IdSchema,
  veto: IdSchema,
  period: PeriodIdSchema,
  date: z.string().max(40).optional(),
  note: z.string().max(2000).optional(),
  evidence: z.array(z.string().max(500)).max(100).optional(),
});
/** A veto event. @since 0.1.0 */
export type VetoEvent = z.infer<typeof VetoEventSchema>;
