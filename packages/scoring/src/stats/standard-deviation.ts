import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { allEqual, fmt, type PathPrefix, readColumn, requirePresent, sumCanonical } from "./column.js";
import { meanOf } from "./mean.js";

/** Which standard deviation: `"sample"` divides by n − 1 (R `sd()`), `"population"` by n. */
export type StandardDeviationKind = "sample" | "population";

/** Options for {@link standardDeviation}. */
export interface StandardDeviationOptions {
  /** Sample (n − 1, as R `stats::sd` and COINr) or population (n). Defaults to `"sample"`. */
  readonly kind?: StandardDeviationKind;
  /** Error path prefix. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Standard deviation of the non-missing values (标准差):
 * sample `s = √(Σ(x − μ)² / (n − 1))` (R `stats::sd`, used by COINr `n_zscore`) or
 * population `σ = √(Σ(x − μ)² / n)`. `null` entries are ignored.
 *
 * @returns the standard deviation; `0` for constant data
 * @throws {@link ScoringError} `all_missing`; `insufficient_data` for a sample SD of fewer than 2 values
 * @example
 * ```ts
 * import { standardDeviation } from "@ducha/scoring";
 *
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], { kind: "population" }).toString(); // "2"
 * ```
 * @since 0.1.0
 */
export function standardDeviation(
  values: readonly (NumericInput | null)[],
  options: StandardDeviationOptions = {},
): Dec {
  const path = options.path ?? ["values"];
  const column = readColumn(values, path);
  requirePresent(column, path);
  return standardDeviationOf(column.present, options.kind ?? "sample", path);
}

/** Standard deviation of a list of present Decimals. */
export function standardDeviationOf(values: readonly Dec[], kind: StandardDeviationKind, path: PathPrefix): Dec {
  const n = values.length;
  const divisor = kind === "sample" ? n - 1 : n;
  if (divisor < 1) {
    throw new ScoringError(
      "insufficient_data",
      `expected at least ${kind === "sample" ? 2 : 1} non-missing values for a ${kind} standard deviation at ${fmt(path)}, got ${n}`,
      { path },
    );
  }
  // Equal values have no spread: exactly 0, decided by comparison, not by a rounding residue.
  if (allEqual(values)) return new D(0);
  const mu = meanOf(values);
  return sumCanonical(values.map((x) => x.minus(mu).pow(2)))
    .div(divisor)
    .sqrt();
}
