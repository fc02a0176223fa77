import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { allEqual, fmt, type PathPrefix, readColumn, sumCanonical } from "./column.js";
import { meanOf } from "./mean.js";

/**
 * Sample skewness (偏度), the bias-adjusted "type 2" estimator G1 used by Excel `SKEW`, SAS/SPSS,
 * `e1071::skewness(type = 2)` and COINr `skew()`:
 *
 * `g1 = √n · Σd³ / (Σd²)^(3/2)`, `G1 = g1 · √(n(n − 1)) / (n − 2)`, with `d = x − mean(x)`.
 *
 * `null` (missing) entries are ignored, as COINr does with `na.rm = TRUE`.
 *
 * @param values - numbers, with `null` for missing values
 * @param path - error path prefix. Defaults to `["values"]`.
 * @returns G1 (50 significant digits)
 * @throws {@link ScoringError} `insufficient_data` with fewer than 3 present values (as COINr);
 *   `zero_variance` if all present values are equal (G1 is undefined, 0/0)
 * @example
 * ```ts
 * import { skewness } from "@ducha/scoring";
 *
 * skewness([1, 2, 3, 4, 10]).toFixed(6); // "1.697056" (= 1.2·√2; Excel SKEW gives the same)
 * ```
 * @since 0.1.0
 */
export function skewness(
  values: readonly (NumericInput | null)[],
  path: readonly (string | number)[] = ["values"],
): Dec {
  return skewnessOf(readColumn(values, path).present, path);
}

/** G1 of present Decimals; see {@link skewness}. */
export function skewnessOf(values: readonly Dec[], path: PathPrefix): Dec {
  const n = values.length;
  if (n < 3) {
    throw new ScoringError(
      "insufficient_data",
      `expected at least 3 non-missing values for skewness at ${fmt(path)}, got ${n}`,
      { path },
    );
  }
  // Constant values are decided by comparison: Σd² of equal values can carry a rounding residue.
  if (allEqual(values)) {
    throw new ScoringError("zero_variance", `skewness is undefined for constant values at ${fmt(path)}`, { path });
  }
  const mu = meanOf(values);
  const d = values.map((x) => x.minus(mu));
  const m2 = sumCanonical(d.map((v) => v.pow(2)));
  const m3 = sumCanonical(d.map((v) => v.pow(3)));
  // e1071::skewness type 2 / COINr skew(): y = √n·Σd³/(Σd²)^(3/2); y·√(n(n−1))/(n−2)
  const g1 = m3.times(sqrtN(n)).div(m2.times(m2.sqrt()));
  return g1.times(sqrtN(n * (n - 1))).div(n - 2);
}

function sqrtN(n: number): Dec {
  return new D(n).sqrt();
}
