import { ScoringError } from "../errors.js";
import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { fmt, readColumn, sumCanonical } from "../stats/column.js";
import type { MissingPolicy } from "./types.js";

/**
 * The result of {@link excludeAndReweight}.
 *
 * @since 0.1.0
 */
export interface ReweightResult {
  /** The values, aligned with the input; `null` where excluded. */
  readonly values: readonly (Dec | null)[];
  /** Weights re-normalised over the kept inputs to sum to 1; `null` for excluded inputs. */
  readonly weights: readonly (Dec | null)[];
  /** Indices of the kept inputs, ascending. */
  readonly kept: readonly number[];
  /** Indices of the excluded (missing) inputs, ascending. */
  readonly excluded: readonly number[];
}

/**
 * Missing-data treatment "exclude and re-weight" (剔除缺失项并重新分配权重): drops `null` values
 * and rescales the remaining weights to sum to 1, `w'_i = w_i / Σ_{kept} w_j`. This is what COINr
 * `a_amean`/`a_gmean` do implicitly with `NA`s; here it is explicit and reported.
 *
 * Weights are relative (any non-negative numbers, not all zero over the kept inputs).
 *
 * @param values - inputs, `null` for missing
 * @param weights - one non-negative weight per input
 * @param options - `missing: "error"` throws on the first `null` instead; `path` prefixes error paths
 * @returns kept/excluded indices and the re-normalised weights
 * @throws {@link ScoringError} `length_mismatch`, `negative_weight`, `weights_sum_zero`, `all_missing`, `missing_value`
 * @example
 * ```ts
 * import { excludeAndReweight } from "@ducha/scoring";
 *
 * const r = excludeAndReweight([80, null, 60], [0.6, 0.2, 0.2]);
 * r.excluded; // [1]
 * r.weights.map(String); // ["0.75", "null", "0.25"]
 * ```
 * @since 0.1.0
 */
export function excludeAndReweight(
  values: readonly (NumericInput | null)[],
  weights: readonly NumericInput[],
  options: { readonly missing?: MissingPolicy; readonly path?: readonly (string | number)[] } = {},
): ReweightResult {
  const path = options.path ?? [];
  const missing = options.missing ?? "exclude";
  const column = readColumn(values, [...path, "values"]);
  if (!Array.isArray(weights) || weights.length !== values.length) {
    throw new ScoringError(
      "length_mismatch",
      `expected ${values.length} weights at ${fmt([...path, "weights"])}, got ${Array.isArray(weights) ? weights.length : typeof weights}`,
      { path: [...path, "weights"] },
    );
  }
  const w = weights.map((x, i) => {
    const d = toDecimal(x, [...path, "weights", i]);
    if (d.lessThan(0)) {
      throw new ScoringError("negative_weight", `expected a weight ≥ 0 at ${fmt([...path, "weights", i])}, got ${d}`, {
        path: [...path, "weights", i],
      });
    }
    return d;
  });
  if (sumCanonical(w).isZero()) {
    throw new ScoringError("weights_sum_zero", `weights at ${fmt([...path, "weights"])} sum to zero`, {
      path: [...path, "weights"],
    });
  }
  const excluded = column.values.flatMap((v, i) => (v === null ? [i] : []));
  if (excluded.length > 0 && missing === "error") {
    const i = excluded[0] as number;
    throw new ScoringError(
      "missing_value",
      `value at ${fmt([...path, "values", i])} is missing; choose missing: "exclude" to drop it and re-weight`,
      { path: [...path, "values", i] },
    );
  }
  if (column.present.length === 0) {
    throw new ScoringError("all_missing", `every value at ${fmt([...path, "values"])} is missing`, {
      path: [...path, "values"],
    });
  }
  const kept = column.presentIndices;
  const keptSum = sumCanonical(kept.map((i) => w[i] as Dec));
  if (keptSum.isZero()) {
    throw new ScoringError(
      "weights_sum_zero",
      `the weights of the non-missing values at ${fmt([...path, "weights"])} sum to zero`,
      { path: [...path, "weights"] },
    );
  }
  return {
    values: column.values,
    weights: column.values.map((v, i) => (v === null ? null : (w[i] as Dec).div(keptSum))),
    kept,
    excluded,
  };
}
