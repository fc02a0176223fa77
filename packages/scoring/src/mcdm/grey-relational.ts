import { ScoringError } from "../errors.js";
import { competitionRanks } from "../internal/competition-rank.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import {
  type CriterionDirection,
  type NumericMatrix,
  readDirections,
  readMatrix,
  readWeights,
  sumExact,
} from "../internal/matrix.js";
import { minMaxNormalize } from "./column-normalize.js";

/**
 * Options of {@link greyRelational}.
 *
 * @since 0.1.0
 */
export interface GreyRelationalOptions {
  /** Distinguishing coefficient ρ ∈ (0, 1] (分辨系数). Defaults to 0.5. */
  readonly rho?: NumericInput;
}

/**
 * Result of {@link greyRelational}.
 *
 * @since 0.1.0
 */
export interface GreyRelationalResult {
  /** Grey relational grade γᵢ = Σⱼ wⱼ ξᵢⱼ (灰色关联度); higher is better. */
  readonly grades: Dec[];
  /** Competition ranks by grade: 1 = best, ties share a rank. */
  readonly ranks: number[];
  /** Grey relational coefficients ξᵢⱼ (灰色关联系数). */
  readonly coefficients: Dec[][];
  /** The weights used (the input divided by its sum). */
  readonly weights: Dec[];
  /** Constant columns: normalised to 1 (equal to the reference) for every alternative. */
  readonly constantCriteria: number[];
}

/**
 * Grey relational analysis ranking (灰色关联分析, Deng 1982, "Control problems of grey systems",
 * *Systems & Control Letters* 1(5):288–294).
 *
 * Values are min-max normalised by direction (benefit (x − min)/(max − min), cost (max − x)/(max − min));
 * the reference sequence is the ideal 1 on every criterion; Δᵢⱼ = |1 − zᵢⱼ|;
 * ξᵢⱼ = (Δmin + ρ Δmax)/(Δᵢⱼ + ρ Δmax) with Δmin, Δmax over the whole matrix (两级最小差/最大差);
 * γᵢ = Σⱼ wⱼ ξᵢⱼ with weights divided by their sum. Matches JMcDM `grey` (Yıldırım & Önder 2015).
 * If every Δ is 0 (all alternatives ideal everywhere) every ξ is 1.
 *
 * @param matrix - decision matrix, rows = alternatives (m ≥ 2), columns = criteria
 * @param weights - one weight per criterion, ≥ 0, not all zero
 * @param directions - one direction per criterion
 * @param options - ρ
 * @returns grades, ranks and coefficients
 * @example
 * ```ts
 * import { greyRelational } from "@ducha/scoring";
 *
 * const { grades, ranks } = greyRelational([[10, 3], [8, 5], [12, 4]], [0.5, 0.5], ["benefit", "cost"]);
 * ```
 * @since 0.1.0
 */
export function greyRelational(
  matrix: NumericMatrix,
  weights: readonly NumericInput[],
  directions: readonly CriterionDirection[],
  options: GreyRelationalOptions = {},
): GreyRelationalResult {
  const x = readMatrix(matrix, "matrix", 2);
  const n = (x[0] as Dec[]).length;
  const dirs = readDirections(directions, n);
  const w = readWeights(weights, n);
  const rho = toDecimal(options.rho ?? "0.5", ["options", "rho"]);
  if (!rho.greaterThan(0) || rho.greaterThan(1)) {
    throw new ScoringError("invalid_rho", `rho must be in (0, 1], got ${rho.toString()}`, { path: ["options", "rho"] });
  }
  const { values: z, constantCriteria } = minMaxNormalize(x, dirs);
  const one = new D(1);
  const delta = z.map((row) => row.map((v) => one.minus(v).abs()));
  let deltaMin = (delta[0] as Dec[])[0] as Dec;
  let deltaMax = deltaMin;
  for (const row of delta) {
    for (const d of row) {
      if (d.lessThan(deltaMin)) deltaMin = d;
      if (d.greaterThan(deltaMax)) deltaMax = d;
    }
  }
  const rhoMax = rho.times(deltaMax);
  const coefficients = delta.map((row) =>
    row.map((d) => (deltaMax.isZero() ? new D(1) : deltaMin.plus(rhoMax).div(d.plus(rhoMax)))),
  );
  const grades = coefficients.map((row) => sumExact(row.map((xi, j) => xi.times(w[j] as Dec))));
  return { grades, ranks: competitionRanks(grades, true), coefficients, weights: w, constantCriteria };
}
