import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { maxOf, minOf, readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeDistanceToTarget}.
 *
 * @since 0.1.0
 */
export interface DistanceToTargetOptions extends DirectionalOptions {
  /** Target value (目标值). Required. */
  readonly target: NumericInput;
  /** Cap scores above 1 (values beyond the target) at 1, flagged `"capped"`. Defaults to `false` (as COINr). */
  readonly capMax?: boolean;
}

/**
 * Distance to target (COINr `n_dist2targ`, in the COINr versions whose `n_dist2targ` takes a `direction`):
 *
 * - benefit: `(x − x_min) / (t − x_min)`
 * - cost:    `(x_max − x) / (x_max − t)`
 *
 * The worst observed value scores 0 and the target scores 1; values beyond the target score
 * above 1 unless `capMax` (then 1, flagged `"capped"`). x_min / x_max are taken from the data.
 * Difference from COINr: a target on the wrong side of the data (t < x_min for benefit,
 * t > x_max for cost), which COINr only warns about (producing negative scores), is an error here.
 *
 * @returns scores ≥ 0 (≤ 1 with `capMax`); params `target`, `min` (benefit) or `max` (cost)
 * @throws {@link ScoringError} `all_missing`, `zero_range` (t equals the worst value), `target_out_of_range`
 * @example
 * ```ts
 * import { normalizeDistanceToTarget } from "@ducha/scoring";
 *
 * // min 20, target 80: (50 − 20)/(80 − 20) = 0.5; 100 → 4/3 capped to 1
 * normalizeDistanceToTarget([20, 50, 100], { target: 80, capMax: true }).values.map(String); // ["0", "0.5", "1"]
 * ```
 * @since 0.1.0
 */
export function normalizeDistanceToTarget(
  values: readonly (NumericInput | null)[],
  options: DistanceToTargetOptions,
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  if (options.target === undefined) fail("missing_target", "expected a target", [...path, "target"]);
  const t = toDecimal(options.target, [...path, "target"]);
  const capMax = options.capMax ?? false;
  const column = readColumn(values, path);
  requirePresent(column, path);
  const worst = direction === "benefit" ? minOf(column.present) : maxOf(column.present);
  if (t.equals(worst)) {
    fail("zero_range", `target equals the worst observed value ${worst}; distance to target is undefined`, [
      ...path,
      "target",
    ]);
  }
  if (direction === "benefit" ? t.lessThan(worst) : t.greaterThan(worst)) {
    fail(
      "target_out_of_range",
      `target ${t} lies on the wrong side of the worst observed value ${worst} for a ${direction} indicator`,
      [...path, "target"],
    );
  }
  const flags = initialFlags(values);
  const out = column.values.map((x, i): Dec | null => {
    if (x === null) return null;
    // COINr n_dist2targ: (x − minx)/(targ − minx); direction −1: (maxx − x)/(maxx − targ)
    const y = direction === "benefit" ? x.minus(worst).div(t.minus(worst)) : worst.minus(x).div(worst.minus(t));
    if (capMax && y.greaterThan(1)) {
      flags[i]?.push("capped");
      return new D(1);
    }
    return y;
  });
  return {
    method: "distance-to-target",
    values: out,
    flags,
    params: direction === "benefit" ? { target: t, min: worst } : { target: t, max: worst },
  };
}
