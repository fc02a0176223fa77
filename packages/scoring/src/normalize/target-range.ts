import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readOption } from "./shared.js";
import type { BaseNormalizeOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeTargetRange}.
 *
 * @since 0.1.0
 */
export interface TargetRangeOptions extends BaseNormalizeOptions {
  /** Lower end of the ideal range. Required. */
  readonly lower: NumericInput;
  /** Upper end of the ideal range (≥ lower). Required. */
  readonly upper: NumericInput;
  /**
   * Distance outside the range at which the score reaches 0 (> 0): one number for both sides, or
   * `{ below, above }`. Required.
   */
  readonly tolerance: NumericInput | { readonly below: NumericInput; readonly above: NumericInput };
  /** Score inside the range. Defaults to `100`. */
  readonly fullScore?: NumericInput;
}

/**
 * Target range (适度指标, "moderate" indicators such as a population growth rate or a debt ratio
 * that should stay within a band): full score inside `[lower, upper]`, linear decay outside,
 * reaching 0 at the tolerance distance and floored there:
 *
 * - `x < lower`: `full · max(0, 1 − (lower − x) / tolBelow)`
 * - `lower ≤ x ≤ upper`: `full`
 * - `x > upper`: `full · max(0, 1 − (x − upper) / tolAbove)`
 *
 * Values outside the range are flagged `"outside_range"`, and also `"floored"` when beyond the
 * tolerance. A trapezoidal membership function, as used for 适度指标 in Chinese assessment practice;
 * not direction-aware (the range defines "good").
 *
 * @returns scores in `[0, fullScore]`; params `lower`, `upper`, `toleranceBelow`, `toleranceAbove`, `fullScore`
 * @throws {@link ScoringError} `all_missing`, `invalid_range` (lower > upper), `invalid_tolerance` (≤ 0)
 * @example
 * ```ts
 * import { normalizeTargetRange } from "@ducha/scoring";
 *
 * // ideal 3–5 %, 0 points 2 points away: 2 → 50, 4 → 100, 8 → 0
 * normalizeTargetRange([2, 4, 8], { lower: 3, upper: 5, tolerance: 2 }).values.map(String); // ["50", "100", "0"]
 * ```
 * @since 0.1.0
 */
export function normalizeTargetRange(
  values: readonly (NumericInput | null)[],
  options: TargetRangeOptions,
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  if (options.lower === undefined || options.upper === undefined) {
    fail("missing_option", "expected lower and upper", path);
  }
  const lower = toDecimal(options.lower, [...path, "lower"]);
  const upper = toDecimal(options.upper, [...path, "upper"]);
  if (lower.greaterThan(upper))
    fail("invalid_range", `expected lower ≤ upper, got ${lower} > ${upper}`, [...path, "lower"]);
  const tol = options.tolerance;
  if (tol === undefined) fail("missing_option", "expected a tolerance", [...path, "tolerance"]);
  const isSplit = typeof tol === "object" && tol !== null && "below" in tol;
  const below = toDecimal(isSplit ? tol.below : (tol as NumericInput), [
    ...path,
    "tolerance",
    ...(isSplit ? ["below"] : []),
  ]);
  const above = toDecimal(isSplit ? tol.above : (tol as NumericInput), [
    ...path,
    "tolerance",
    ...(isSplit ? ["above"] : []),
  ]);
  for (const [name, v] of [
    ["below", below],
    ["above", above],
  ] as const) {
    if (!v.greaterThan(0)) fail("invalid_tolerance", `expected tolerance > 0, got ${v}`, [...path, "tolerance", name]);
  }
  const full = readOption(options.fullScore, 100, path, "fullScore");
  const column = readColumn(values, path);
  requirePresent(column, path);
  const flags = initialFlags(values);
  const out = column.values.map((x, i): Dec | null => {
    if (x === null) return null;
    if (x.greaterThanOrEqualTo(lower) && x.lessThanOrEqualTo(upper)) return full;
    flags[i]?.push("outside_range");
    const share = x.lessThan(lower)
      ? new D(1).minus(lower.minus(x).div(below))
      : new D(1).minus(x.minus(upper).div(above));
    if (share.lessThan(0)) {
      flags[i]?.push("floored");
      return new D(0);
    }
    return full.times(share);
  });
  return {
    method: "target-range",
    values: out,
    flags,
    params: { lower, upper, toleranceBelow: below, toleranceAbove: above, fullScore: full },
  };
}
