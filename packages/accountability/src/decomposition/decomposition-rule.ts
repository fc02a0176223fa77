/**
 * Which way an indicator is better (指标方向): `"higher_is_better"` (正向) or `"lower_is_better"` (逆向).
 * "More demanding" below means larger for higher-is-better and smaller for lower-is-better.
 *
 * @example
 * ```ts
 * import type { TargetDirection } from "@ducha/accountability";
 *
 * const pm25: TargetDirection = "lower_is_better";
 * ```
 * @since 0.1.0
 */
export type TargetDirection = "higher_is_better" | "lower_is_better";

/**
 * How a parent unit's target relates to its child units' targets (目标分解规则):
 *
 * | kind | meaning | check |
 * | --- | --- | --- |
 * | `sum` | additive quantity (GDP, 吨, 个): children add up to the parent | Σ children = parent |
 * | `weighted` | rate or intensity whose parent value is the weighted mean of the children (森林覆盖率 by land area, 能耗强度 by GDP) | Σ wᵢ·tᵢ / Σ wᵢ = parent |
 * | `each-at-least` | rate every child must reach itself (达标率、覆盖率) | each child at least as demanding as the parent |
 * | `min` | additive quantity with a floor (合计不低于; a cap for lower-is-better): over-allocation allowed | Σ children at least as demanding as the parent |
 *
 * `basis` (for `sum` and `min`) says how {@link decomposeTarget} allocates: `"share"` — given
 * fractions summing to exactly 1; `"base"` — proportional to a base value such as last year's actual
 * (基期值). `checkDecomposition` ignores it.
 *
 * @example
 * ```ts
 * import type { DecompositionRule } from "@ducha/accountability";
 *
 * const byLastYear: DecompositionRule = { kind: "sum", basis: "base" };
 * const rate: DecompositionRule = { kind: "each-at-least" };
 * ```
 * @since 0.1.0
 */
export type DecompositionRule =
  | { readonly kind: "sum"; readonly basis: "share" | "base" }
  | { readonly kind: "min"; readonly basis: "share" | "base" }
  | { readonly kind: "weighted" }
  | { readonly kind: "each-at-least" };
