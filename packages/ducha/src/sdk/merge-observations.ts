import { toBooleanValue } from "@ducha/io";
import type { Observation, Project } from "@ducha/schema";

/**
 * An observation to merge into a project: the project schema's `Observation`, which also accepts
 * what `@ducha/io` importers return (`value` a decimal string, a code or `null`).
 *
 * @example
 * ```ts
 * import type { ExtraObservation } from "ducha";
 *
 * const obs: ExtraObservation = { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "6.1", status: "verified" };
 * ```
 * @since 0.1.0
 */
export type ExtraObservation = Observation;

const key = (o: { unit: string; indicator: string; period: string }) =>
  `${o.unit}\u0000${o.indicator}\u0000${o.period}`;

/**
 * Merges extra observations (e.g. from an import, 导入数据) into a project and returns a new
 * project; the input is not modified.
 *
 * - An extra observation for the same unit × indicator × period **replaces** the project's one
 *   (imported data is newer than what the project file holds).
 * - The merged list is: the project's observations that were not replaced, in their order, then
 *   the extra observations in the order given. Two extra observations with the same key are both
 *   kept, so validation reports the duplicate instead of one silently winning.
 * - For boolean (是/否) indicators, text values such as `"true"`, `"是"`, `"1"` / `"false"`, `"否"`,
 *   `"0"` become `true` / `false` (importers read every cell as text).
 *
 * @param project - the project (need not be validated yet)
 * @param extra - observations to merge in
 * @returns a new project object sharing everything but `observations`
 * @example
 * ```ts
 * import { loadProject, mergeObservations } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const merged = mergeObservations(loaded.value, [
 *     { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "6.1", status: "verified" },
 *   ]);
 *   console.log(merged.observations?.length);
 * }
 * ```
 * @since 0.1.0
 */
export function mergeObservations(project: Project, extra: Iterable<ExtraObservation>): Project {
  const booleans = new Set(
    (project.system?.indicators ?? []).filter((i) => i.kind === "boolean").map((indicator) => indicator.id),
  );
  const added: Observation[] = [];
  for (const o of extra) {
    added.push(booleans.has(o.indicator) ? { ...o, value: toBooleanValue(o.value) } : o);
  }
  const replaced = new Set(added.map(key));
  const kept = (project.observations ?? []).filter((o) => !replaced.has(key(o)));
  return { ...project, observations: [...kept, ...added] };
}
