import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import {
  type CriterionDirection,
  column,
  isConstant,
  minMax,
  type NumericMatrix,
  readDirections,
  readMatrix,
  sumSorted,
} from "../internal/matrix.js";
import { toUnitSum } from "../internal/unit-sum.js";
import type { WeightResult } from "./equal.js";

/**
 * Options of {@link entropyWeights}.
 *
 * @since 0.1.0
 */
export interface EntropyWeightsOptions {
  /**
   * How pᵢⱼ is formed. `"sum"`: pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ on the raw values (pymcdm `entropy_weights`,
   * Shannon 1948 / Zeleny 1982). `"min-max"`: the common Chinese textbook variant (熵权法) that first
   * standardises each column by direction — benefit (x − min)/(max − min), cost (max − x)/(max − min)
   * — then forms pᵢⱼ from those. Defaults to `"sum"`.
   */
  readonly normalization?: "sum" | "min-max";
  /** Criterion directions, used by `"min-max"` only. Defaults to all `"benefit"`. */
  readonly directions?: readonly CriterionDirection[];
  /**
   * A constant added to every value before pᵢⱼ is formed (平移, e.g. 0.0001 in many Chinese papers
   * to avoid zeros, or a shift making negative data non-negative). Defaults to 0. After the shift
   * every value must be ≥ 0, otherwise `negative_value` is thrown.
   */
  readonly shift?: NumericInput;
}

/**
 * Result of {@link entropyWeights}.
 *
 * @since 0.1.0
 */
export interface EntropyWeightsResult extends WeightResult {
  /** Entropy eⱼ ∈ [0, 1] of each criterion. */
  readonly entropy: Dec[];
  /** Degree of divergence dⱼ = 1 − eⱼ. */
  readonly divergence: Dec[];
  /** Indices of constant columns: eⱼ = 1, dⱼ = 0, so their weight is exactly 0. */
  readonly constantCriteria: number[];
}

/**
 * Entropy weights (熵权法): criteria whose values vary more across alternatives carry more information
 * and get more weight.
 *
 * pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ; eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ with 0·ln 0 = 0; dⱼ = 1 − eⱼ; wⱼ = dⱼ / Σₖ dₖ
 * (Shannon entropy weighting as in Zeleny 1982 and pymcdm `entropy_weights`). ln is computed in
 * 50-digit decimal. A constant column (all values equal, also all-zero) has eⱼ = 1 exactly and weight 0
 * and is listed in `constantCriteria`. Differences from pymcdm: pymcdm rejects values ≤ 0 (its
 * `sum_normalization` raises), older pymcdm versions set eⱼ = 0 when a column contained a 0; here
 * zeros are allowed with the 0·ln 0 = 0 convention.
 *
 * @param matrix - decision matrix, rows = alternatives (m ≥ 2), columns = criteria
 * @param options - normalisation, directions, shift
 * @returns weights (sum exactly 1), entropies, divergences and constant columns
 * @throws ScoringError `negative_value` (after the shift), `weights_undefined` if every column is
 *   constant, `invalid_matrix` if there are fewer than 2 alternatives
 * @example
 * ```ts
 * import { entropyWeights } from "@ducha/scoring";
 *
 * const { weights } = entropyWeights([[30, 30, 38], [19, 54, 86], [19, 15, 85], [68, 70, 60]]);
 * weights.map((w) => w.toFixed(4));
 * ```
 * @since 0.1.0
 */
export function entropyWeights(matrix: NumericMatrix, options: EntropyWeightsOptions = {}): EntropyWeightsResult {
  const x = readMatrix(matrix, "matrix", 2);
  const m = x.length;
  const n = (x[0] as Dec[]).length;
  const normalization = options.normalization ?? "sum";
  if (normalization !== "sum" && normalization !== "min-max") {
    throw new ScoringError(
      "invalid_method",
      `normalization must be "sum" or "min-max", got ${JSON.stringify(normalization)}`,
      {
        path: ["options", "normalization"],
      },
    );
  }
  const directions = readDirections(options.directions, n);
  const shift = toDecimal(options.shift ?? 0, ["options", "shift"]);
  const lnM = new D(m).ln();
  const entropy: Dec[] = [];
  const constantCriteria: number[] = [];
  for (let j = 0; j < n; j++) {
    const raw = column(x, j);
    if (isConstant(raw)) {
      constantCriteria.push(j);
      entropy.push(new D(1));
      continue;
    }
    let values = raw;
    if (normalization === "min-max") {
      const { min, max } = minMax(raw);
      const range = max.minus(min);
      values = raw.map((v) => (directions[j] === "cost" ? max.minus(v) : v.minus(min)).div(range));
    }
    values = values.map((v, i) => {
      const shifted = v.plus(shift);
      if (shifted.isNegative() && !shifted.isZero()) {
        throw new ScoringError(
          "negative_value",
          `entropy weights need values ≥ 0; matrix[${i}][${j}] is ${shifted.toString()} after the shift (use options.shift)`,
          { path: ["matrix", i, j] },
        );
      }
      return shifted;
    });
    const total = sumSorted(values);
    const terms = values.map((v) => {
      if (v.isZero()) return new D(0); // 0 · ln 0 = 0
      const p = v.div(total);
      return p.times(p.ln());
    });
    let e = sumSorted(terms).neg().div(lnM);
    if (e.greaterThan(1)) e = new D(1);
    entropy.push(e);
  }
  const divergence = entropy.map((e) => new D(1).minus(e));
  if (divergence.every((d) => d.isZero())) {
    throw new ScoringError(
      "weights_undefined",
      "every criterion has entropy 1 (no variation); entropy weights are undefined",
      {
        path: ["matrix"],
      },
    );
  }
  return { weights: toUnitSum(divergence), entropy, divergence, constantCriteria };
}
