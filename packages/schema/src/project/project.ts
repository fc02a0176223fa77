import { z } from "zod";
import { AccountabilityRuleSchema } from "../accountability/accountability-rule.js";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";
import {
  AdjustmentRecordSchema,
  ObservationSchema,
  RatingSchema,
  VetoEventSchema,
} from "../observation/observation.js";
import { AssessmentPlanSchema } from "../plan/assessment-plan.js";
import { ResponsibilitySchema } from "../responsibility/responsibility.js";
import { IndicatorSystemSchema } from "../system/indicator-system.js";
import { TargetSchema } from "../target/target.js";
import { CategorySchema, PersonSchema, UnitSchema } from "../unit/unit.js";

/**
 * The project-file format version this package reads and writes.
 *
 * @since 0.1.0
 */
export const SCHEMA_VERSION = 1;

/**
 * A Ducha project file: one indicator system, the units and categories assessed, targets,
 * observations, ratings, bonus/deduction and veto records, the assessment plan, responsibilities,
 * people and accountability rules — everything one assessment needs, in one JSON document.
 *
 * @since 0.1.0
 */
export const ProjectSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  name: LocalizedTextSchema,
  system: IndicatorSystemSchema,
  units: z.array(UnitSchema).min(1),
  categories: z.array(CategorySchema).optional(),
  people: z.array(PersonSchema).optional(),
  targets: z.array(TargetSchema).optional(),
  observations: z.array(ObservationSchema).optional(),
  ratings: z.array(RatingSchema).optional(),
  adjustmentRecords: z.array(AdjustmentRecordSchema).optional(),
  vetoEvents: z.array(VetoEventSchema).optional(),
  plan: AssessmentPlanSchema,
  responsibilities: z.array(ResponsibilitySchema).optional(),
  rules: z.array(AccountabilityRuleSchema).optional(),
});
/** A Ducha project. @since 0.1.0 */
export type Project = z.infer<typeof ProjectSchema>;
