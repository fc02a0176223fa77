import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";

/**
 * An assessed unit (被考核单位): a city, district, county, department, leadership team (领导班子) or
 * person, in a hierarchy through `parent`. `type` is free text; common values are `city`,
 * `district`, `county`, `department`, `leadership-team`, `person`.
 *
 * @since 0.1.0
 */
export const UnitSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  parent: IdSchema.optional(),
  type: z.string().min(1).max(40),
  /** The assessment category (分类考核 group) this unit is assessed in. */
  category: IdSchema.optional(),
  /** Whether this unit is assessed and ranked; a parent such as the city may only aggregate. Defaults to true. */
  assessed: z.boolean().optional(),
});
/** An assessed unit. @since 0.1.0 */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * An assessment category (分类考核): units in it may use a subset of indicators and their own
 * weights. `indicators` (allow-list) or `excludeIndicators` select the subset (whole nodes may be
 * named too); `weights` overrides node or indicator weights/points.
 *
 * @since 0.1.0
 */
export const CategorySchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  indicators: z.array(IdSchema).optional(),
  excludeIndicators: z.array(IdSchema).optional(),
  weights: z.record(IdSchema, DecimalValueSchema).optional(),
});
/** An assessment category. @since 0.1.0 */
export type Category = z.infer<typeof CategorySchema>;

/**
 * A person who can be held responsible: a lead leader (分管领导) or a civil servant.
 *
 * @since 0.1.0
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  title: LocalizedTextSchema.optional(),
  unit: IdSchema.optional(),
});
/** A person. @since 0.1.0 */
export type Person = z.infer<typeof PersonSchema>;
