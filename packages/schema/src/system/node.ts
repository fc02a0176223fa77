import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";

/**
 * How a node combines its children's scores: weighted arithmetic mean (default, compensatory),
 * weighted geometric mean (less compensatory), points sum (分值 add up), minimum, or a custom
 * method registered with the scoring package under `custom:<name>`.
 *
 * @since 0.1.0
 */
export const AggregationMethodSchema = z.union([
  z.enum(["weighted-arithmetic", "weighted-geometric", "points-sum", "minimum"]),
  z.string().regex(/^custom:[a-z][a-z0-9_-]{0,40}$/, { message: "expected custom:<name>" }),
]);
/** Aggregation method. @since 0.1.0 */
export type AggregationMethod = z.infer<typeof AggregationMethodSchema>;

/**
 * An inner node of the indicator tree: a pillar (一级指标), sub-pillar (二级指标) … Top-level
 * nodes have no `parent`; leaves are {@link IndicatorSchema | indicators} that name a node as parent.
 *
 * @since 0.1.0
 */
export const IndicatorNodeSchema = z.strictObject({
  id: IdSchema,
  parent: IdSchema.optional(),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Relative weight among siblings, a positive decimal. */
  weight: DecimalValueSchema.optional(),
  /** Points (分值); when given, the children's points should add up to this. */
  points: DecimalValueSchema.optional(),
  /** How the children are combined. Defaults to the system's aggregation. */
  aggregation: AggregationMethodSchema.optional(),
});
/** An inner node. @since 0.1.0 */
export type IndicatorNode = z.infer<typeof IndicatorNodeSchema>;
