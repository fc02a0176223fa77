import { ScoringError } from "../errors.js";
import type { Dec, NumericInput } from "../internal/decimal.js";
import { allEqual, fmt, type PathPrefix, readColumn, sumCanonical } from "./column.js";
import { meanOf } from "./mean.js";

/**
 * Sample excess kurtosis (峰度), the bias-adjusted "type 2" estimator G2 used by Excel `KURT`,
 * SAS/SPSS, `e1071::kurtosis(type = 2)` and COINr `kurt()`:
 *
 * `r = n · Σd⁴ / (Σd²)²`, `G2 = ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3))`, with `d = x − mean(x)`.
 *
 * A normal distribution has G2 ≈ 0 (excess kurtosis). `null` entries are ignored.
 *
 * @param values - numbers, with `null` for missing values
 * @param path - error path prefix. Defaults to `["values"]`.
 * @returns G2 (50 significant digits)
 * @throws {@link ScoringError} `insufficient_data` with fewer than 4 present values (as COINr);
 *   `zero_variance` if all present values are equal
 * @example
 * ```ts
 * import { kurtosis } from "@ducha/scoring";
 *
 * kurtosis([1, 2, 3, 4, 10]).toString(); // "3.152" (Excel KURT gives the same)
 * ```
 * @since 0.1.0
 */
export function kurtosis(
  values: readonly (NumericInput | null)[],
  path: readonly (string | number)[] = ["values"],
): Dec {
  return kurtosisOf(readColumn(values, path).present, path);
}

/** G2 of present Decimals; see {@link kurtosis}. */
export function kurtosisOf(values: readonly Dec[], path: PathPrefix): Dec {
  const n = values.length;
  if (n < 4) {
    throw new ScoringError(
      "insufficient_data",
      `expected at least 4 non-missing values for kurtosis at ${fmt(path)}, got ${n}`,
      { path },
    );
  }
  // Constant values are decided by comparison: Σd² of equal values can carry a rounding residue.
  if (allEqual(values)) {
    throw new ScoringError("zero_variance", `kurtosis is undefined for constant values at ${fmt(path)}`, { path });
  }
  const mu = meanOf(values);
  const d = values.map((x) => x.minus(mu));
  const m2 = sumCanonical(d.map((v) => v.pow(2)));
  const m4 = sumCanonical(d.map((v) => v.pow(4)));
  // e1071::kurtosis type 2 / COINr kurt(): r = n·Σd⁴/(Σd²)²; ((n+1)(r−3)+6)(n−1)/((n−2)(n−3))
  const r = m4.times(n).div(m2.pow(2));
  return r
    .minus(3)
    .times(n + 1)
    .plus(6)
    .times(n - 1)
    .div((n - 2) * (n - 3));
}
