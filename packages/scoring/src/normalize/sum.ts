import type { Dec, NumericInput } from "../internal/decimal.js";
import { fromHigh, H, readColumn, requirePresent, sumCanonical } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeSum}.
 *
 * @since 0.1.0
 */
export interface SumOptions extends DirectionalOptions {}

/**
 * Sum normalisation (归一化 / 比重法), pymcdm `sum_normalization`:
 *
 * - benefit: `x / Σx`
 * - cost:    `(1/x) / Σ(1/x)`
 *
 * Values must be strictly positive, as pymcdm requires. The non-missing outputs sum to 1.
 *
 * @returns shares in (0, 1]; params `sum` (Σx for benefit, Σ(1/x) for cost)
 * @throws {@link ScoringError} `all_missing`, `non_positive_value`
 * @example
 * ```ts
 * import { normalizeSum } from "@ducha/scoring";
 *
 * normalizeSum([1, 3]).values.map(String); // ["0.25", "0.75"]
 * normalizeSum([1, 3], { direction: "cost" }).values.map(String); // ["0.75", "0.25"]
 * ```
 * @since 0.1.0
 */
export function normalizeSum(values: readonly (NumericInput | null)[], options: SumOptions = {}): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const column = readColumn(values, path);
  requirePresent(column, path);
  column.values.forEach((x, i) => {
    if (x !== null && !x.greaterThan(0)) {
      fail("non_positive_value", `sum normalisation expects values > 0, got ${x}`, [...path, i]);
    }
  });
  // Cost terms 1/x are summed with 80 digits so that e.g. (1/1)/(1/1 + 1/3) rounds to exactly 0.75.
  const inverses = column.present.map((x) => new H(1).div(new H(x))).sort((a, b) => a.comparedTo(b));
  let inverseSum = new H(0);
  for (const v of inverses) inverseSum = inverseSum.plus(v);
  const sum = direction === "benefit" ? sumCanonical(column.present) : fromHigh(inverseSum);
  const out = column.values.map((x): Dec | null => {
    if (x === null) return null;
    // pymcdm sum_normalization: x / Σx; cost (1/x) / Σ(1/x)
    return direction === "benefit" ? x.div(sum) : fromHigh(new H(1).div(new H(x)).div(inverseSum));
  });
  return { method: "sum", values: out, flags: initialFlags(values), params: { sum } };
}
