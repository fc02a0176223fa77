import { z } from "zod";
import { IdSchema } from "../common/id.js";
import { IsoDateSchema } from "../common/iso-date.js";

/**
 * A responsibility assignment (责任分工): for a goal (node), indicator or task, the lead leader
 * (分管领导/牵头领导), lead unit (牵头单位), supporting units (配合单位) and deadline.
 *
 * @since 0.1.0
 */
export const ResponsibilitySchema = z.strictObject({
  subject: z.strictObject({ kind: z.enum(["goal", "indicator", "task"]), id: IdSchema }),
  /** Person id of the lead leader. */
  leadLeader: IdSchema.optional(),
  leadUnit: IdSchema,
  supportingUnits: z.array(IdSchema).max(1000),
  deadline: IsoDateSchema.optional(),
});
/** A responsibility assignment. @since 0.1.0 */
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
