import { type ValidateOptions, validateProject } from "@ducha/schema";
import { type AssessmentResult, type ScoreOptions, scoreAssessment } from "@ducha/scoring";
import { AssessmentInputError } from "./assessment-input-error.js";
import { type ExtraObservation, mergeObservations } from "./merge-observations.js";

/**
 * Options of {@link assess}: the scoring options of `scoreAssessment` (`aggregators`, `rankOn`)
 * and the validation limits of `validateProject` (`limits`).
 *
 * @example
 * ```ts
 * import type { AssessOptions } from "ducha";
 *
 * const options: AssessOptions = { rankOn: "exact", limits: { maxDepth: 32 } };
 * ```
 * @since 0.1.0
 */
export interface AssessOptions extends ScoreOptions, ValidateOptions {}

/**
 * Validates a project, merges extra observations into it and scores it (考核评分) — the one call
 * from a project file (plus imported data) to ranked, graded, explainable results.
 *
 * 1. The project is validated with `validateProject`; errors throw {@link AssessmentInputError}
 *    carrying every issue (paths point into the project as given). Warnings do not stop scoring.
 * 2. `observations` are merged with {@link mergeObservations}: an extra observation for the same
 *    unit × indicator × period **replaces** the project's one; boolean text values (`"是"`,
 *    `"true"` …) become booleans. The merged project is validated again (issue paths then point
 *    into the merged observation list: kept project observations first, then the extras).
 * 3. `scoreAssessment` from `@ducha/scoring` scores it: exact decimals, missing-data policies,
 *    bonus/deduction, vetoes, rounding, ranks and quota grades. Scoring problems throw
 *    `ScoringError`.
 *
 * @param project - a project (typed or parsed JSON; `loadProject(file).value` or any object)
 * @param observations - extra observations, e.g. `importData(…).observations`. Defaults to none.
 * @param options - scoring options and validation limits. Defaults to the defaults of both.
 * @returns the assessment result (units sorted by rank)
 * @throws {@link AssessmentInputError} when the project or the merged observations are invalid
 * @example
 * ```ts
 * import { assess, importData, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const imported = await importData("2024.csv", { project: loaded.value });
 *   const result = assess(loaded.value, imported.observations);
 *   for (const u of result.units) if (u.status === "scored") console.log(u.rank, u.unit, u.published.toFixed(2));
 * }
 * ```
 * @since 0.1.0
 */
export function assess(
  project: object,
  observations: Iterable<ExtraObservation> = [],
  options: AssessOptions = {},
): AssessmentResult {
  const validateOptions: ValidateOptions = options.limits === undefined ? {} : { limits: options.limits };
  const checked = validateProject(project, validateOptions);
  if (!checked.ok) throw new AssessmentInputError(checked.issues);
  const extra = [...observations];
  let valid = checked.value;
  if (extra.length > 0) {
    const merged = validateProject(mergeObservations(checked.value, extra), validateOptions);
    if (!merged.ok) throw new AssessmentInputError(merged.issues);
    valid = merged.value;
  }
  const scoreOptions: ScoreOptions = {
    ...(options.aggregators === undefined ? {} : { aggregators: options.aggregators }),
    ...(options.rankOn === undefined ? {} : { rankOn: options.rankOn }),
  };
  return scoreAssessment(valid, scoreOptions);
}
