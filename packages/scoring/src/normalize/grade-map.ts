import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { DEFAULT_PATH, fail, initialFlags } from "./shared.js";
import type { BaseNormalizeOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeGradeMap}.
 *
 * @since 0.1.0
 */
export interface GradeMapOptions extends BaseNormalizeOptions {
  /** Score per grade, e.g. `{ A: 100, B: 80, C: 60, D: 40 }` or `{ 好: 100, 较好: 80, 一般: 60, 差: 40 }`. Required. */
  readonly scores: Readonly<Record<string, NumericInput>>;
}

/**
 * Grade map for qualitative indicators (定性指标): each grade is replaced by its score. Grades are
 * matched exactly (after trimming surrounding whitespace). An unknown grade is an error, never 0.
 *
 * @param values - grades, `null` for missing
 * @returns scores; params: one entry per grade
 * @throws {@link ScoringError} `all_missing`, `invalid_grade_map` (empty map), `unknown_grade` (with the value's path)
 * @example
 * ```ts
 * import { normalizeGradeMap } from "@ducha/scoring";
 *
 * normalizeGradeMap(["A", "C", null], { scores: { A: 100, B: 80, C: 60 } }).values.map(String); // ["100", "60", "null"]
 * ```
 * @since 0.1.0
 */
export function normalizeGradeMap(values: readonly (string | null)[], options: GradeMapOptions): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const map = readScoreMap(options.scores, [...path, "scores"], "invalid_grade_map");
  return {
    method: "grade-map",
    values: mapLabels(values, map, path, "unknown_grade", "grade"),
    flags: initialFlags(values),
    params: Object.fromEntries(map),
  };
}

/** Reads a label → score map; throws `code` if it is empty. */
export function readScoreMap(
  scores: Readonly<Record<string, NumericInput>> | undefined,
  path: readonly (string | number)[],
  code: string,
): Map<string, Dec> {
  if (scores === undefined || scores === null || typeof scores !== "object") {
    fail(code, "expected a map from label to score", path);
  }
  const entries = Object.keys(scores).map((k): [string, Dec] => [
    k.trim(),
    toDecimal(scores[k] as NumericInput, [...path, k]),
  ]);
  if (entries.length === 0) fail(code, "expected at least one label in the map", path);
  const map = new Map(entries);
  if (map.size !== entries.length) fail(code, "two labels are the same after trimming whitespace", path);
  return map;
}

/** Maps labels through a score map; nulls stay null; unknown labels throw `code`. */
export function mapLabels(
  values: readonly (string | null)[],
  map: ReadonlyMap<string, Dec>,
  path: readonly (string | number)[],
  code: string,
  what: string,
): (Dec | null)[] {
  if (!Array.isArray(values)) fail("invalid_values", `expected an array of ${what}s or null`, path);
  if (values.every((v) => v === null)) fail("all_missing", "every value is missing", path);
  const known = [...map.keys()].map((k) => JSON.stringify(k)).join(", ");
  return values.map((v, i) => {
    if (v === null) return null;
    const score = typeof v === "string" ? map.get(v.trim()) : undefined;
    if (score === undefined) {
      fail(code, `unknown ${what} ${JSON.stringify(v)}; expected one of ${known}`, [...path, i]);
    }
    return score;
  });
}
