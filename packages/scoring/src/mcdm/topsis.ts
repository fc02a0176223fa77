import { ScoringError } from "../errors.js";
import { competitionRanks } from "../internal/competition-rank.js";
import type { Dec, NumericInput } from "../internal/decimal.js";
import {
  type CriterionDirection,
  column,
  minMax,
  type NumericMatrix,
  readDirections,
  readMatrix,
  readWeights,
  sumExact,
} from "../internal/matrix.js";
import { minMaxNormalize, vectorNormalize } from "./column-normalize.js";

/**
 * Options of {@link topsis}.
 *
 * @since 0.1.0
 */
export interface TopsisOptions {
  /**
   * Column normalisation before weighting: `"vector"` xᵢⱼ/√Σᵢxᵢⱼ² (classic TOPSIS, Hwang & Yoon 1981),
   * `"min-max"` by direction (the default of pymcdm `TOPSIS`), or `"none"` (values already comparable).
   * Defaults to `"vector"`.
   */
  readonly normalization?: "vector" | "min-max" | "none";
}

/**
 * Result of {@link topsis}.
 *
 * @since 0.1.0
 */
export interface TopsisResult {
  /** Relative closeness Cᵢ = Dᵢ⁻ / (Dᵢ⁺ + Dᵢ⁻) ∈ [0, 1] (贴近度); higher is better. */
  readonly closeness: Dec[];
  /** Competition ranks by closeness: 1 = best, ties share a rank. */
  readonly ranks: number[];
  /** Euclidean distance Dᵢ⁺ to the positive ideal solution. */
  readonly distanceToIdeal: Dec[];
  /** Euclidean distance Dᵢ⁻ to the negative ideal solution. */
  readonly distanceToAntiIdeal: Dec[];
  /** The weights used (the input divided by its sum). */
  readonly weights: Dec[];
  /** Columns that were all zero (vector) or constant (min-max) and so contribute no distance. */
  readonly constantCriteria: number[];
}

/**
 * TOPSIS ranking (逼近理想解排序法, Technique for Order of Preference by Similarity to Ideal
 * Solution, Hwang & Yoon 1981).
 *
 * vᵢⱼ = wⱼ rᵢⱼ (r: normalised values); ideal vⱼ⁺ = maxᵢ vᵢⱼ for benefit, minᵢ for cost (anti-ideal
 * the opposite; after min-max normalisation every column is benefit); Dᵢ± = √Σⱼ(vᵢⱼ − vⱼ±)²;
 * Cᵢ = Dᵢ⁻/(Dᵢ⁺ + Dᵢ⁻). Square roots in 50-digit decimal. Weights are divided by their sum (C is
 * unchanged by scaling the weights). The default `"vector"` normalisation is classic TOPSIS; pymcdm's
 * `TOPSIS()` defaults to min-max, which gives different closeness values (and can give different
 * ranks) — pass `{ normalization: "min-max" }` to reproduce it.
 *
 * @param matrix - decision matrix, rows = alternatives (m ≥ 2), columns = criteria
 * @param weights - one weight per criterion, ≥ 0, not all zero
 * @param directions - one direction per criterion
 * @param options - normalisation
 * @returns closeness, ranks and the distances
 * @throws ScoringError `no_variation` when every alternative coincides with both ideals (all
 *   alternatives equal on every weighted criterion: closeness is 0/0)
 * @example
 * ```ts
 * import { topsis } from "@ducha/scoring";
 *
 * const { closeness, ranks } = topsis([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], ["cost", "benefit"], {
 *   normalization: "min-max",
 * });
 * closeness.map((c) => c.toFixed(3)); // ["0.500", "0.617", "0.500"]
 * ranks; // [2, 1, 2]
 * ```
 * @since 0.1.0
 */
export function topsis(
  matrix: NumericMatrix,
  weights: readonly NumericInput[],
  directions: readonly CriterionDirection[],
  options: TopsisOptions = {},
): TopsisResult {
  const x = readMatrix(matrix, "matrix", 2);
  const n = (x[0] as Dec[]).length;
  const dirs = readDirections(directions, n);
  const w = readWeights(weights, n);
  const normalization = options.normalization ?? "vector";
  let r: Dec[][];
  let constantCriteria: number[] = [];
  let effective = dirs;
  if (normalization === "vector") {
    ({ values: r, constantCriteria } = vectorNormalize(x));
  } else if (normalization === "min-max") {
    ({ values: r, constantCriteria } = minMaxNormalize(x, dirs));
    effective = dirs.map(() => "benefit");
  } else if (normalization === "none") {
    r = x;
  } else {
    throw new ScoringError(
      "invalid_method",
      `normalization must be "vector", "min-max" or "none", got ${JSON.stringify(normalization)}`,
      {
        path: ["options", "normalization"],
      },
    );
  }
  const v = r.map((row) => row.map((value, j) => value.times(w[j] as Dec)));
  const ideal: Dec[] = [];
  const antiIdeal: Dec[] = [];
  for (let j = 0; j < n; j++) {
    const { min, max } = minMax(column(v, j));
    ideal.push(effective[j] === "cost" ? min : max);
    antiIdeal.push(effective[j] === "cost" ? max : min);
  }
  const distance = (row: Dec[], target: Dec[]): Dec =>
    sumExact(row.map((value, j) => value.minus(target[j] as Dec).pow(2))).sqrt();
  const distanceToIdeal = v.map((row) => distance(row, ideal));
  const distanceToAntiIdeal = v.map((row) => distance(row, antiIdeal));
  const closeness = distanceToAntiIdeal.map((minus, i) => {
    const denominator = minus.plus(distanceToIdeal[i] as Dec);
    if (denominator.isZero()) {
      throw new ScoringError(
        "no_variation",
        `alternative ${i} equals both the ideal and the anti-ideal solution: all alternatives are equal on every weighted criterion, so TOPSIS closeness is undefined`,
        { path: ["matrix", i] },
      );
    }
    return minus.div(denominator);
  });
  return {
    closeness,
    ranks: competitionRanks(closeness, true),
    distanceToIdeal,
    distanceToAntiIdeal,
    weights: w,
    constantCriteria,
  };
}
