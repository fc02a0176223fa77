import type { Dec, NumericInput } from "../internal/decimal.js";
import { allEqual, readColumn, requirePresent, sumCanonical } from "./column.js";

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

/**
 * Mean of a non-empty list of Decimals (order-independent). The mean of equal values is that value,
 * exactly (Σx/n rounded to 50 digits need not be: seven copies of 200/7 average to …857143, not
 * …8571429), so that their deviations from the mean are exactly 0.
 */
export function meanOf(values: readonly Dec[]): Dec {
  if (allEqual(values)) return values[0] as Dec;
  return sumCanonical(values).div(values.length);
}
