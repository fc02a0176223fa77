import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { toUnitSum } from "../internal/unit-sum.js";
import type { WeightResult } from "./equal.js";

/**
 * Options of {@link combineWeights}.
 *
 * @since 0.1.0
 */
export interface CombineWeightsOptions {
  /**
   * `"multiplicative"` (乘法合成): wⱼ = sⱼ·oⱼ / Σₖ sₖ·oₖ; `"linear"` (线性加权):
   * wⱼ = α·sⱼ + (1 − α)·oⱼ. Defaults to `"multiplicative"`.
   */
  readonly method?: "multiplicative" | "linear";
  /** Share α of the subjective weights in the linear combination, 0 ≤ α ≤ 1. Defaults to 0.5. */
  readonly alpha?: NumericInput;
}

/**
 * Combines subjective (主观, e.g. AHP) and objective (客观, e.g. entropy/CRITIC) weights into
 * combined weights (组合赋权). Both inputs are first divided by their own sums.
 *
 * @param subjective - subjective weights, one per criterion, ≥ 0
 * @param objective - objective weights, same length, ≥ 0
 * @param options - method and α
 * @returns the combined weights (sum exactly 1)
 * @throws ScoringError `invalid_weights` (length mismatch), `invalid_alpha`, `weights_sum_zero`
 * @example
 * ```ts
 * import { combineWeights } from "@ducha/scoring";
 *
 * combineWeights([0.5, 0.5], [0.2, 0.8]).weights.map(String); // ["0.2", "0.8"]
 * combineWeights([0.5, 0.5], [0.2, 0.8], { method: "linear", alpha: 0.5 }).weights.map(String); // ["0.35", "0.65"]
 * ```
 * @since 0.1.0
 */
export function combineWeights(
  subjective: readonly NumericInput[],
  objective: readonly NumericInput[],
  options: CombineWeightsOptions = {},
): WeightResult & { method: "multiplicative" | "linear"; alpha: Dec | undefined } {
  if (subjective.length !== objective.length || subjective.length === 0) {
    throw new ScoringError(
      "invalid_weights",
      `subjective (${subjective.length}) and objective (${objective.length}) weights must have the same, non-zero length`,
      { path: ["objective"] },
    );
  }
  const s = toUnitSum(
    subjective.map((v, j) => toDecimal(v, ["subjective", j])),
    ["subjective"],
  );
  const o = toUnitSum(
    objective.map((v, j) => toDecimal(v, ["objective", j])),
    ["objective"],
  );
  const method = options.method ?? "multiplicative";
  if (method === "linear") {
    const alpha = toDecimal(options.alpha ?? "0.5", ["options", "alpha"]);
    if (alpha.lessThan(0) || alpha.greaterThan(1)) {
      throw new ScoringError("invalid_alpha", `alpha must be in [0, 1], got ${alpha.toString()}`, {
        path: ["options", "alpha"],
      });
    }
    const beta = new D(1).minus(alpha);
    return {
      weights: toUnitSum(s.map((sj, j) => alpha.times(sj).plus(beta.times(o[j] as Dec)))),
      method,
      alpha,
    };
  }
  if (method !== "multiplicative") {
    throw new ScoringError(
      "invalid_method",
      `method must be "multiplicative" or "linear", got ${JSON.stringify(method)}`,
      {
        path: ["options", "method"],
      },
    );
  }
  return { weights: toUnitSum(s.map((sj, j) => sj.times(o[j] as Dec))), method, alpha: undefined };
}
