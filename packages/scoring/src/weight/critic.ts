import { ScoringError } from "../errors.js";
import { pearson, spearman } from "../internal/correlation.js";
import { D, type Dec } from "../internal/decimal.js";
import {
  type CriterionDirection,
  column,
  minMax,
  type NumericMatrix,
  readDirections,
  readMatrix,
  sumExact,
  sumSorted,
} from "../internal/matrix.js";
import { toUnitSum } from "../internal/unit-sum.js";
import type { WeightResult } from "./equal.js";

/**
 * Options of {@link criticWeights}.
 *
 * @since 0.1.0
 */
export interface CriticWeightsOptions {
  /** Correlation between criteria: Pearson's r or Spearman's ρ (average ranks for ties). Defaults to `"pearson"`. */
  readonly correlation?: "pearson" | "spearman";
  /**
   * Standard deviation σⱼ of the normalised column: `"sample"` (n − 1, pymcdm `critic_weights`) or
   * `"population"` (n). The choice scales every σⱼ by the same factor, so the weights are identical;
   * only the reported `sd` differs. Defaults to `"sample"`.
   */
  readonly sd?: "population" | "sample";
}

/**
 * Result of {@link criticWeights}.
 *
 * @since 0.1.0
 */
export interface CriticWeightsResult extends WeightResult {
  /** Standard deviation σⱼ of each normalised criterion. */
  readonly sd: Dec[];
  /** Correlation matrix rⱼₖ of the normalised criteria (0 where a constant column makes it undefined). */
  readonly correlation: Dec[][];
  /** Information content Cⱼ = σⱼ Σₖ (1 − rⱼₖ). */
  readonly information: Dec[];
  /** Indices of constant columns: σⱼ = 0, so Cⱼ = 0; their correlations are undefined and set to 0. */
  readonly constantCriteria: number[];
}

/**
 * CRITIC weights (CRITIC 权重法, CRiteria Importance Through Intercriteria Correlation, Diakoulaki, Mavrotas &
 * Papayannakis 1995): a criterion weighs more when it varies more and correlates less with the others.
 *
 * zᵢⱼ = min-max normalised value (benefit (x − min)/(max − min), cost (max − x)/(max − min));
 * Cⱼ = σⱼ Σₖ (1 − rⱼₖ); wⱼ = Cⱼ / Σₖ Cₖ.
 *
 * Without `directions` every column is treated as benefit, exactly like pymcdm `critic_weights`
 * (which ignores criteria types); with directions, cost columns are reflected as in Diakoulaki et al.,
 * which flips the sign of their correlations with benefit columns. pymcdm returns NaN when a column
 * is constant; here such a column gets Cⱼ = 0, its correlations are taken as 0 and it is listed in
 * `constantCriteria`.
 *
 * @param matrix - decision matrix, rows = alternatives (m ≥ 2), columns = criteria
 * @param directions - criterion directions; defaults to all `"benefit"` (pymcdm behaviour)
 * @param options - correlation and standard-deviation variants
 * @returns weights (sum exactly 1) and diagnostics
 * @throws ScoringError `weights_undefined` if every column is constant
 * @example
 * ```ts
 * import { criticWeights } from "@ducha/scoring";
 *
 * const { weights } = criticWeights([[5000, 3, 3], [680, 5, 3], [2000, 3, 2], [600, 4, 3]]);
 * ```
 * @since 0.1.0
 */
export function criticWeights(
  matrix: NumericMatrix,
  directions?: readonly CriterionDirection[],
  options: CriticWeightsOptions = {},
): CriticWeightsResult {
  const x = readMatrix(matrix, "matrix", 2);
  const m = x.length;
  const n = (x[0] as Dec[]).length;
  const dirs = readDirections(directions, n);
  const correlationKind = options.correlation ?? "pearson";
  const sdKind = options.sd ?? "sample";
  if (correlationKind !== "pearson" && correlationKind !== "spearman") {
    throw new ScoringError("invalid_method", `correlation must be "pearson" or "spearman"`, {
      path: ["options", "correlation"],
    });
  }
  if (sdKind !== "sample" && sdKind !== "population") {
    throw new ScoringError("invalid_method", `sd must be "sample" or "population"`, { path: ["options", "sd"] });
  }
  const constantCriteria: number[] = [];
  // Min-max normalisation by direction; a constant column becomes all ones (pymcdm `minmax_normalization`).
  const z = Array.from({ length: n }, (_, j) => {
    const values = column(x, j);
    const { min, max } = minMax(values);
    if (min.equals(max)) {
      constantCriteria.push(j);
      return values.map(() => new D(1));
    }
    const range = max.minus(min);
    return values.map((v) => (dirs[j] === "cost" ? max.minus(v) : v.minus(min)).div(range));
  });
  const divisor = new D(sdKind === "sample" ? m - 1 : m);
  const sd = z.map((values) => {
    const mean = sumSorted(values).div(m);
    return sumSorted(values.map((v) => v.minus(mean).pow(2)))
      .div(divisor)
      .sqrt();
  });
  const corr = correlationKind === "pearson" ? pearson : spearman;
  const correlation = z.map((zj, j) => z.map((zk, k) => (j === k ? new D(1) : (corr(zj, zk as Dec[]) ?? new D(0)))));
  const information = sd.map((s, j) => s.times(sumExact((correlation[j] as Dec[]).map((r) => new D(1).minus(r)))));
  if (information.every((c) => c.isZero())) {
    throw new ScoringError(
      "weights_undefined",
      "every criterion has zero information content; CRITIC weights are undefined",
      {
        path: ["matrix"],
      },
    );
  }
  return { weights: toUnitSum(information), sd, correlation, information, constantCriteria };
}
