import { ScoringError } from "../errors.js";
import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { fmt, fromHigh, H } from "../stats/column.js";
import { excludeAndReweight } from "./exclude-and-reweight.js";
import type { AggregateOptions, AggregateResult } from "./types.js";

/**
 * Weighted geometric mean (加权几何平均), a less compensatory aggregation (as in the UNDP Human
 * Development Index since 2010): `y = exp(Σ wᵢ ln xᵢ / Σ wᵢ) = Π xᵢ^(wᵢ/Σw)` (COINr `a_gmean`).
 *
 * Zero or negative inputs are an error (`non_positive_value`, with the input's path), as in COINr:
 * normalise onto a strictly positive scale first (e.g. min-max onto [1, 100]).
 * Computed with 80-digit ln/exp and rounded to 50 significant digits.
 *
 * @returns the geometric mean, the weights used and excluded inputs
 * @throws {@link ScoringError} `non_positive_value`, `weights_sum_zero`, `negative_weight`,
 *   `length_mismatch`, `missing_value` (with `missing: "error"`, the default), `all_missing`
 * @example
 * ```ts
 * import { weightedGeometricMean } from "@ducha/scoring";
 *
 * weightedGeometricMean([4, 9], [1, 1]).value.toString(); // "6"
 * ```
 * @since 0.1.0
 */
export function weightedGeometricMean(
  values: readonly (NumericInput | null)[],
  weights: readonly NumericInput[],
  options: AggregateOptions = {},
): AggregateResult {
  const path = options.path ?? [];
  const r = excludeAndReweight(values, weights, { missing: options.missing ?? "error", path });
  for (const i of r.kept) {
    const x = r.values[i] as Dec;
    if (!x.greaterThan(0)) {
      throw new ScoringError(
        "non_positive_value",
        `the geometric mean needs values > 0; got ${x} at ${fmt([...path, "values", i])} (normalise onto a positive scale first)`,
        { path: [...path, "values", i] },
      );
    }
  }
  // COINr a_gmean: exp(sum(w * log(x)) / sum(w))
  const w = r.kept.map((i) => new H(toDecimal(weights[i] as NumericInput)));
  const terms = r.kept.map((i, k) => new H(r.values[i] as Dec).ln().times(w[k] as Dec)).sort((a, b) => a.comparedTo(b));
  let logSum = new H(0);
  for (const t of terms) logSum = logSum.plus(t);
  let wSum = new H(0);
  for (const x of [...w].sort((a, b) => a.comparedTo(b))) wSum = wSum.plus(x);
  const value = fromHigh(logSum.div(wSum).exp());
  return { value, weights: r.weights, excluded: r.excluded };
}
