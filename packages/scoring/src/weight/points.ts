import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { toUnitSum } from "../internal/unit-sum.js";
import type { WeightResult } from "./equal.js";

/**
 * Weights from points (分值): wⱼ = pⱼ / Σₖ pₖ, e.g. an indicator system whose items are worth 30,
 * 20 and 50 points out of 100 gives 0.3, 0.2 and 0.5.
 *
 * @param points - points per criterion, each ≥ 0, not all zero
 * @returns the weights (sum exactly 1) and the points total
 * @throws ScoringError `negative_weight` for a negative value, `weights_sum_zero` if all are zero
 * @example
 * ```ts
 * import { weightsFromPoints } from "@ducha/scoring";
 *
 * weightsFromPoints([30, 20, 50]).weights.map(String); // ["0.3", "0.2", "0.5"]
 * ```
 * @since 0.1.0
 */
export function weightsFromPoints(points: readonly NumericInput[]): WeightResult & { total: Dec } {
  const values = points.map((p, j) => toDecimal(p, ["points", j]));
  const weights = toUnitSum(values, ["points"]);
  return { weights, total: values.reduce((a, b) => a.plus(b), toDecimal(0)) };
}
