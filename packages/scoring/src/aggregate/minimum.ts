import { ScoringError } from "../errors.js";
import type { Dec, NumericInput } from "../internal/decimal.js";
import { fmt, minOf, readColumn } from "../stats/column.js";
import type { MissingPolicy } from "./types.js";

/**
 * The result of {@link minimum}.
 *
 * @since 0.1.0
 */
export interface MinimumResult {
  /** The smallest value. */
  readonly value: Dec;
  /** Indices holding the minimum (all of them when tied), ascending. */
  readonly at: readonly number[];
  /** Indices of excluded (missing) inputs, ascending. */
  readonly excluded: readonly number[];
}

/**
 * Minimum (短板/木桶原理), the non-compensatory aggregation: `y = min xᵢ` — a unit is as good as
 * its weakest component. Weights do not apply.
 *
 * @param options - `missing`: `"error"` (default) or `"exclude"`; `path` prefixes error paths
 * @returns the minimum, where it occurs, and excluded inputs
 * @throws {@link ScoringError} `missing_value` (default policy), `all_missing`
 * @example
 * ```ts
 * import { minimum } from "@ducha/scoring";
 *
 * minimum([80, 55, 90]).value.toString(); // "55"
 * ```
 * @since 0.1.0
 */
export function minimum(
  values: readonly (NumericInput | null)[],
  options: { readonly missing?: MissingPolicy; readonly path?: readonly (string | number)[] } = {},
): MinimumResult {
  const path = options.path ?? [];
  const column = readColumn(values, [...path, "values"]);
  const excluded = column.values.flatMap((v, i) => (v === null ? [i] : []));
  if (column.present.length === 0) {
    throw new ScoringError("all_missing", `every value at ${fmt([...path, "values"])} is missing`, {
      path: [...path, "values"],
    });
  }
  if (excluded.length > 0 && (options.missing ?? "error") === "error") {
    const i = excluded[0] as number;
    throw new ScoringError("missing_value", `value at ${fmt([...path, "values", i])} is missing`, {
      path: [...path, "values", i],
    });
  }
  const value = minOf(column.present);
  const at = column.values.flatMap((v, i) => (v?.equals(value) ? [i] : []));
  return { value, at, excluded };
}
