import type { Dec, NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent, sumCanonical } from "./column.js";

/**
 * Arithmetic mean of the non-missing values (均值): `μ = Σx / n`. `null` entries are ignored.
 *
 * @param values - numbers, with `null` for missing values
 * @param path - error path prefix. Defaults to `["values"]`.
 * @returns the exact mean (50 significant digits)
 * @throws {@link ScoringError} `all_missing` if no value is present; `invalid_number` for a bad entry
 * @example
 * ```ts
 * import { mean } from "@ducha/scoring";
 *
 * mean([1, 2, null, 6]).toString(); // "3"
 * ```
 * @since 0.1.0
 */
export function mean(values: readonly (NumericInput | null)[], path: readonly (string | number)[] = ["values"]): Dec {
  const column = readColumn(values, path);
  requirePresent(column, path);
  return meanOf(column.present);
}

/** Mean of a non-empty list of Decimals (order-independent). */
export function meanOf(values: readonly Dec[]): Dec {
  return sumCanonical(values).div(values.length);
}
