import { ScoringError } from "../errors.js";
import { D, type Dec } from "../internal/decimal.js";
import { toUnitSum } from "../internal/unit-sum.js";

/**
 * The result of every weighting function: one weight per criterion, each ≥ 0, summing to exactly 1.
 *
 * @since 0.1.0
 */
export interface WeightResult {
  /**
   * One weight per criterion with 40 decimal places, summing to exactly 1: each wⱼ is truncated to
   * 40 places and the few units of 10⁻⁴⁰ lost go to the largest truncated remainders
   * (largest-remainder method, ties to the lower index).
   */
  readonly weights: Dec[];
}

/**
 * Equal weights (等权): wⱼ = 1/n for n criteria — the 并行等重 pillars of the seed document.
 *
 * With 40 decimal places, 1/n is not always exact (1/3); the largest-remainder rule then gives the
 * first criteria one extra unit of 10⁻⁴⁰ so that the weights sum to exactly 1.
 *
 * @param count - number of criteria (a positive integer)
 * @returns the weights
 * @example
 * ```ts
 * import { equalWeights } from "@ducha/scoring";
 *
 * equalWeights(4).weights.map(String); // ["0.25", "0.25", "0.25", "0.25"]
 * ```
 * @since 0.1.0
 */
export function equalWeights(count: number): WeightResult {
  if (!Number.isInteger(count) || count < 1) {
    throw new ScoringError("invalid_count", `count must be a positive integer, got ${String(count)}`, {
      path: ["count"],
    });
  }
  return { weights: toUnitSum(Array.from({ length: count }, () => new D(1))) };
}
