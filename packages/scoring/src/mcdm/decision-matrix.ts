import type { NumericInput } from "../internal/decimal.js";

/**
 * A decision matrix (决策矩阵): rows = alternatives (被考核单位), columns = criteria (指标); cells
 * are numbers, decimal strings or Decimals.
 *
 * @example
 * ```ts
 * import type { NumericMatrix } from "@ducha/scoring";
 *
 * const matrix: NumericMatrix = [
 *   [105, "3.2", 10],
 *   [110, "2.9", 15],
 * ];
 * ```
 * @since 0.1.0
 */
export type NumericMatrix = readonly (readonly NumericInput[])[];

/**
 * Whether a criterion is better when higher (`"benefit"`, 正向指标) or when lower (`"cost"`, 逆向指标).
 *
 * @example
 * ```ts
 * import type { CriterionDirection } from "@ducha/scoring";
 *
 * const directions: CriterionDirection[] = ["benefit", "cost"];
 * ```
 * @since 0.1.0
 */
export type CriterionDirection = "benefit" | "cost";
