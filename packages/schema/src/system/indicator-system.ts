import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";
import { IndicatorSchema } from "./indicator.js";
import { AggregationMethodSchema, IndicatorNodeSchema } from "./node.js";

/**
 * An auxiliary data series that is collected but not scored (population, GDP as denominator).
 *
 * @since 0.1.0
 */
export const AuxiliarySeriesSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  unit: z.string().max(32).optional(),
});

/**
 * An indicator system (指标体系): a tree of nodes with leaf indicators, each with a weight or points.
 *
 * `weighting: "relative"` — weights are relative among siblings (normalised per parent);
 * `weighting: "points"` — every node and indicator carries points (分值) and the children's points
 * add up to the parent's (and the top level to `totalPoints` when declared, e.g. 100 or 1000).
 *
 * @since 0.1.0
 */
export const IndicatorSystemSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  version: z.string().min(1).max(32),
  description: LocalizedTextSchema.optional(),
  weighting: z.enum(["relative", "points"]),
  totalPoints: DecimalValueSchema.optional(),
  /** Aggregation at the root and default for nodes. Defaults to `"weighted-arithmetic"`. */
  aggregation: AggregationMethodSchema.optional(),
  nodes: z.array(IndicatorNodeSchema),
  indicators: z.array(IndicatorSchema).min(1),
  auxiliaries: z.array(AuxiliarySeriesSchema).optional(),
});
/** An indicator system. @since 0.1.0 */
export type IndicatorSystem = z.infer<typeof IndicatorSystemSchema>;
