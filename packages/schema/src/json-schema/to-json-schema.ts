import { z } from "zod";
import { ProjectSchema, SCHEMA_VERSION } from "../project/project.js";

/**
 * The `$id` of the published project JSON Schema.
 *
 * @since 0.1.0
 */
export const PROJECT_SCHEMA_ID = `https://ducha.dev/schema/ducha-project.v${SCHEMA_VERSION}.schema.json`;

/**
 * Exports the project file format as JSON Schema (draft 2020-12), generated from the zod
 * schemas, for editors and other languages. Cross-reference checks (unknown ids, cycles, sums)
 * cannot be expressed in JSON Schema; {@link validateProject} does those.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from "@ducha/schema";
 *
 * const schema = toJsonSchema();
 * console.log(schema.$schema); // "https://json-schema.org/draft/2020-12/schema"
 * ```
 * @since 0.1.0
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ProjectSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return {
    $schema: schema.$schema,
    $id: PROJECT_SCHEMA_ID,
    title: "Ducha project",
    description: "A Ducha (督查) assessment project: indicator system, units, targets, observations and plan.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
