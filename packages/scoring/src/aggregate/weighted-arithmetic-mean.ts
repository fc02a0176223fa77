import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { sumCanonical } from "../stats/column.js";
import { excludeAndReweight } from "./exclude-and-reweight.js";
import type { AggregateOptions, AggregateResult } from "./types.js";

/**
 * Weighted arithmetic mean (加权算术平均 / 线性加权和), the default, fully compensatory aggregation:
 * `y = Σ wᵢ xᵢ / Σ wᵢ` (COINr `a_amean`; OECD/JRC Handbook on Constructing Composite Indicators, 2008).
 * Weights are relative and re-normalised to sum to 1.
 *
 * @param values - inputs (e.g. normalised indicator scores), `null` for missing
 * @param weights - one non-negative weight per input
 * @returns the mean, the weights used and excluded inputs
 * @throws {@link ScoringError} `weights_sum_zero`, `negative_weight`, `length_mismatch`, `missing_value`
 *   (with `missing: "error"`, the default), `all_missing`
 * @example
 * ```ts
 * import { weightedArithmeticMean } from "@ducha/scoring";
 *
 * weightedArithmeticMean([80, 60], [3, 1]).value.toString(); // "75"
 * weightedArithmeticMean([80, null, 60], [1, 1, 1], { missing: "exclude" }).value.toString(); // "70"
 * ```
 * @since 0.1.0
 */
export function weightedArithmeticMean(
  values: readonly (NumericInput | null)[],
  weights: readonly NumericInput[],
  options: AggregateOptions = {},
): AggregateResult {
  const r = excludeAndReweight(values, weights, { missing: options.missing ?? "error", path: options.path ?? [] });
  // COINr a_amean: w <- w/sum(w); sum(w*x). Computed as Σwx / Σw (one division, so equal inputs
  // give exactly that value).
  const w = r.kept.map((i) => toDecimal(weights[i] as NumericInput));
  const numerator = sumCanonical(r.kept.map((i, k) => (r.values[i] as Dec).times(w[k] as Dec)));
  const value = numerator.div(sumCanonical(w));
  return { value, weights: r.weights, excluded: r.excluded };
}
