import type { Dec } from "../internal/decimal.js";

/**
 * What to do with missing (`null`) inputs when aggregating: `"error"` throws `missing_value` with
 * the input's path; `"exclude"` drops them and re-normalises the remaining weights (缺失剔除并重新
 * 归一化权重), reporting which were excluded.
 *
 * @since 0.1.0
 */
export type MissingPolicy = "error" | "exclude";

/**
 * Options shared by the weighted aggregators.
 *
 * @since 0.1.0
 */
export interface AggregateOptions {
  /** Missing-data treatment. Defaults to `"error"` (never silently re-weighted). */
  readonly missing?: MissingPolicy;
  /** Error path prefix. Defaults to `[]` (paths are `["values", i]` / `["weights", i]`). */
  readonly path?: readonly (string | number)[];
}

/**
 * The result of a weighted aggregation: the value, the normalised weights actually used, and
 * which inputs were excluded.
 *
 * @since 0.1.0
 */
export interface AggregateResult {
  /** The aggregate. */
  readonly value: Dec;
  /** Weights used, re-normalised to sum to 1, aligned with the input; `null` for excluded inputs. */
  readonly weights: readonly (Dec | null)[];
  /** Indices of excluded (missing) inputs, ascending. */
  readonly excluded: readonly number[];
}
