import { ScoringError } from "../errors.js";
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
 * Result of {@link merecWeights}.
 *
 * @since 0.1.0
 */
export interface MerecWeightsResult extends WeightResult {
  /** Overall performance Sᵢ of each alternative. */
  readonly performance: Dec[];
  /** Removal effect Eⱼ of each criterion. */
  readonly removalEffect: Dec[];
}

/**
 * MEREC weights (基于准则移除效应的客观赋权, Method based on the Removal Effects of Criteria, Keshavarz-Ghorabaee, Amiri, Zavadskas,
 * Turskis & Antucheviciene 2021, Symmetry 13(4):525), matching pymcdm `merec_weights`.
 *
 * nᵢⱼ = minᵢ xᵢⱼ / xᵢⱼ (benefit) or xᵢⱼ / maxᵢ xᵢⱼ (cost);
 * Sᵢ = ln(1 + (1/n) Σⱼ |ln nᵢⱼ|); S′ᵢⱼ = ln(1 + (1/n) Σₖ≠ⱼ |ln nᵢₖ|);
 * Eⱼ = Σᵢ |S′ᵢⱼ − Sᵢ|; wⱼ = Eⱼ / Σₖ Eₖ (n = number of criteria, also in S′).
 *
 * @param matrix - decision matrix of strictly positive values, rows = alternatives, columns = criteria
 * @param directions - one direction per criterion
 * @returns weights (sum exactly 1), performances and removal effects
 * @throws ScoringError `non_positive_value` for a value ≤ 0, `weights_undefined` if every Eⱼ is 0
 * @example
 * ```ts
 * import { merecWeights } from "@ducha/scoring";
 *
 * const { weights } = merecWeights(
 *   [[450, 8000, 54, 145], [10, 9100, 2, 160], [100, 8200, 31, 153], [220, 9300, 1, 162], [5, 8400, 23, 158]],
 *   ["benefit", "benefit", "cost", "cost"],
 * );
 * weights.map((w) => w.toFixed(4)); // ["0.5752", "0.0141", "0.4016", "0.0091"]
 * ```
 * @since 0.1.0
 */
export function merecWeights(matrix: NumericMatrix, directions: readonly CriterionDirection[]): MerecWeightsResult {
  const x = readMatrix(matrix);
  const n = (x[0] as Dec[]).length;
  const dirs = readDirections(directions, n);
  x.forEach((row, i) => {
    row.forEach((v, j) => {
      if (!v.greaterThan(0)) {
        throw new ScoringError("non_positive_value", `MEREC needs values > 0; matrix[${i}][${j}] is ${v.toString()}`, {
          path: ["matrix", i, j],
        });
      }
    });
  });
  const extremes = Array.from({ length: n }, (_, j) => minMax(column(x, j)));
  // |ln nᵢⱼ| per cell.
  const absLn = x.map((row) =>
    row.map((v, j) => {
      const { min, max } = extremes[j] as { min: Dec; max: Dec };
      const normalised = dirs[j] === "cost" ? v.div(max) : min.div(v);
      return normalised.ln().abs();
    }),
  );
  const nD = new D(n);
  const performance = absLn.map((row) => sumExact(row).div(nD).plus(1).ln());
  const removalEffect = Array.from({ length: n }, (_, j) =>
    sumSorted(
      absLn.map((row, i) => {
        const without = sumExact(row.filter((_, k) => k !== j));
        return without
          .div(nD)
          .plus(1)
          .ln()
          .minus(performance[i] as Dec)
          .abs();
      }),
    ),
  );
  if (removalEffect.every((e) => e.isZero())) {
    throw new ScoringError(
      "weights_undefined",
      "every removal effect is 0 (no variation); MEREC weights are undefined",
      {
        path: ["matrix"],
      },
    );
  }
  return { weights: toUnitSum(removalEffect), performance, removalEffect };
}
