import { ScoringError } from "../errors.js";
import { competitionRanks } from "../internal/competition-rank.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
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

/**
 * Options of {@link vikor}.
 *
 * @since 0.1.0
 */
export interface VikorOptions {
  /** Weight v ∈ [0, 1] of the group utility S against the individual regret R in Q. Defaults to 0.5. */
  readonly v?: NumericInput;
}

/**
 * The compromise-solution check of VIKOR (Opricovic & Tzeng 2004).
 *
 * @since 0.1.0
 */
export interface VikorCompromise {
  /** DQ = 1/(m − 1). */
  readonly dq: Dec;
  /** C1 acceptable advantage: Q(a″) − Q(a′) ≥ DQ (a′, a″: first and second by Q). */
  readonly acceptableAdvantage: boolean;
  /** C2 acceptable stability: a′ is also ranked first by S or by R. */
  readonly acceptableStability: boolean;
  /**
   * Row indices of the compromise solution(s): [a′] if C1 and C2 hold; a′, a″ if only C2 fails; all
   * a⁽ᵏ⁾ with Q(a⁽ᵏ⁾) − Q(a′) < DQ if C1 fails. Ordered by Q, ties by row index.
   */
  readonly solutions: number[];
}

/**
 * Result of {@link vikor}.
 *
 * @since 0.1.0
 */
export interface VikorResult {
  /** Group utility Sᵢ = Σⱼ wⱼ (f*ⱼ − fᵢⱼ)/(f*ⱼ − f⁻ⱼ); lower is better. */
  readonly S: Dec[];
  /** Individual regret Rᵢ = maxⱼ wⱼ (f*ⱼ − fᵢⱼ)/(f*ⱼ − f⁻ⱼ); lower is better. */
  readonly R: Dec[];
  /** Qᵢ = v (Sᵢ − S*)/(S⁻ − S*) + (1 − v)(Rᵢ − R*)/(R⁻ − R*) ∈ [0, 1]; lower is better. */
  readonly Q: Dec[];
  /** Competition ranks by Q (1 = lowest Q = best). */
  readonly ranks: number[];
  /** Competition ranks by S. */
  readonly ranksS: number[];
  /** Competition ranks by R. */
  readonly ranksR: number[];
  /** Compromise-solution conditions and set. */
  readonly compromise: VikorCompromise;
  /** The weights used (the input divided by its sum). */
  readonly weights: Dec[];
  /** Constant columns (f* = f⁻): their term is 0 for every alternative (pymcdm raises instead). */
  readonly constantCriteria: number[];
}

/**
 * VIKOR compromise ranking (折衷排序法, VIšeKriterijumska Optimizacija I Kompromisno Rešenje, Opricovic 1998;
 * Opricovic & Tzeng 2004, EJOR 156:445–455).
 *
 * f*ⱼ = best value (max for benefit, min for cost), f⁻ⱼ = worst; S, R and Q as in the result fields.
 * Weights are divided by their sum (Q is unchanged by scaling them; S and R are on the unit-sum
 * scale). Degenerate cases are defined instead of producing NaN: a constant criterion contributes 0
 * (flagged in `constantCriteria`); if S⁻ = S* (or R⁻ = R*) that term of Q is 0. pymcdm `VIKOR` uses
 * the same formulas (cost columns turned into max − x) but raises for a constant criterion and
 * does not report the compromise conditions.
 *
 * @param matrix - decision matrix, rows = alternatives (m ≥ 2), columns = criteria
 * @param weights - one weight per criterion, ≥ 0, not all zero
 * @param directions - one direction per criterion
 * @param options - v
 * @returns S, R, Q, ranks and the compromise check
 * @example
 * ```ts
 * import { vikor } from "@ducha/scoring";
 *
 * const { Q, ranks } = vikor([[8, 7], [5, 3], [11, 10]], [0.6, 0.4], ["benefit", "benefit"]);
 * ranks; // [2, 3, 1]
 * ```
 * @since 0.1.0
 */
export function vikor(
  matrix: NumericMatrix,
  weights: readonly NumericInput[],
  directions: readonly CriterionDirection[],
  options: VikorOptions = {},
): VikorResult {
  const x = readMatrix(matrix, "matrix", 2);
  const m = x.length;
  const n = (x[0] as Dec[]).length;
  const dirs = readDirections(directions, n);
  const w = readWeights(weights, n);
  const v = toDecimal(options.v ?? "0.5", ["options", "v"]);
  if (v.lessThan(0) || v.greaterThan(1)) {
    throw new ScoringError("invalid_v", `v must be in [0, 1], got ${v.toString()}`, { path: ["options", "v"] });
  }
  const constantCriteria: number[] = [];
  const best: Dec[] = [];
  const worst: Dec[] = [];
  for (let j = 0; j < n; j++) {
    const { min, max } = minMax(column(x, j));
    if (min.equals(max)) constantCriteria.push(j);
    best.push(dirs[j] === "cost" ? min : max);
    worst.push(dirs[j] === "cost" ? max : min);
  }
  const terms = x.map((row) =>
    row.map((value, j) => {
      const range = (best[j] as Dec).minus(worst[j] as Dec);
      if (range.isZero()) return new D(0);
      return (w[j] as Dec).times((best[j] as Dec).minus(value)).div(range);
    }),
  );
  const S = terms.map((row) => sumExact(row));
  const R = terms.map((row) => row.reduce((a, b) => (b.greaterThan(a) ? b : a)));
  const sRange = minMax(S);
  const rRange = minMax(R);
  const scaled = (value: Dec, range: { min: Dec; max: Dec }): Dec =>
    range.max.equals(range.min) ? new D(0) : value.minus(range.min).div(range.max.minus(range.min));
  const oneMinusV = new D(1).minus(v);
  const Q = S.map((s, i) => v.times(scaled(s, sRange)).plus(oneMinusV.times(scaled(R[i] as Dec, rRange))));
  const ranks = competitionRanks(Q, false);
  const ranksS = competitionRanks(S, false);
  const ranksR = competitionRanks(R, false);
  const order = Q.map((q, i) => ({ q, i })).sort((a, b) => a.q.comparedTo(b.q) || a.i - b.i);
  const first = order[0] as { q: Dec; i: number };
  const second = order[1] as { q: Dec; i: number };
  const dq = new D(1).div(m - 1);
  const acceptableAdvantage = !second.q.minus(first.q).lessThan(dq);
  const acceptableStability = ranksS[first.i] === 1 || ranksR[first.i] === 1;
  let solutions: number[];
  if (!acceptableAdvantage) solutions = order.filter((o) => o.q.minus(first.q).lessThan(dq)).map((o) => o.i);
  else if (!acceptableStability) solutions = [first.i, second.i];
  else solutions = [first.i];
  return {
    S,
    R,
    Q,
    ranks,
    ranksS,
    ranksR,
    compromise: { dq, acceptableAdvantage, acceptableStability, solutions },
    weights: w,
    constantCriteria,
  };
}
