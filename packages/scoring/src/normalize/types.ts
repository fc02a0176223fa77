import type { Dec } from "../internal/decimal.js";

/**
 * Indicator direction (指标方向): `"benefit"` — higher is better (正向指标);
 * `"cost"` — lower is better (逆向指标). Target/range indicators (适度指标) use the
 * `distance-to-target` or `target-range` methods instead.
 *
 * @since 0.1.0
 */
export type Direction = "benefit" | "cost";

/**
 * What happened to one value during normalisation, so that the trace can say why:
 * - `missing` — the input was `null`; the output is `null`.
 * - `clamped` — the raw value lay outside fixed goalposts and was clamped to the nearer one.
 * - `capped` — a ratio/score exceeded its cap (e.g. 超额完成 above 100 %) and was limited to it.
 * - `floored` — a score fell below its floor (usually 0, 扣完为止) and was set to it.
 * - `outside_range` — a target-range value lay outside `[lower, upper]` and lost points.
 * - `no_band` — no band matched; the `otherwise` score was used.
 *
 * @since 0.1.0
 */
export type NormalizeFlag = "missing" | "clamped" | "capped" | "floored" | "outside_range" | "no_band";

/**
 * The result of normalising one indicator column: values aligned with the input, per-index flags,
 * and every parameter actually used (goalposts, mean, sd, …) so the engine can record each step.
 *
 * @since 0.1.0
 */
export interface NormalizeResult {
  /** The method that produced the values. */
  readonly method: NormalizeMethod;
  /** Normalised values aligned with the input; `null` where the input was missing. */
  readonly values: readonly (Dec | null)[];
  /** Per-index flags (empty array = nothing notable). */
  readonly flags: readonly (readonly NormalizeFlag[])[];
  /** Parameters actually used, by name (e.g. `lower`, `upper`, `mean`, `sd`), as Decimals. */
  readonly params: Readonly<Record<string, Dec>>;
}

/**
 * The normalisation methods `normalize()` accepts.
 *
 * @since 0.1.0
 */
export type NormalizeMethod =
  | "min-max"
  | "efficacy-coefficient"
  | "completion-ratio"
  | "distance-to-target"
  | "target-range"
  | "z-score"
  | "rank"
  | "max"
  | "sum"
  | "vector"
  | "bands"
  | "linear-deduction"
  | "grade-map"
  | "task-status"
  | "boolean";

/**
 * Options every method accepts.
 *
 * @since 0.1.0
 */
export interface BaseNormalizeOptions {
  /** Error path prefix; a value's index is appended. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Options for direction-aware methods.
 *
 * @since 0.1.0
 */
export interface DirectionalOptions extends BaseNormalizeOptions {
  /** `"benefit"` (higher is better) or `"cost"` (lower is better). Defaults to `"benefit"`. */
  readonly direction?: Direction;
}
