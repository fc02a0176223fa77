import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { compare } from "../internal/decimal-register.js";

/** A path prefix, e.g. `["indicators", "gdp"]`; an index is appended for per-value errors. */
export type PathPrefix = readonly (string | number)[];

/** A column of optional numbers read into Decimals; `null` marks a missing value. */
export interface Column {
  /** Aligned with the input: a Decimal, or `null` where the input was missing. */
  readonly values: readonly (Dec | null)[];
  /** The present values in input order. */
  readonly present: readonly Dec[];
  /** The indices of the present values. */
  readonly presentIndices: readonly number[];
}

/**
 * Reads a column of `NumericInput | null` into Decimals, throwing `invalid_number` with
 * `[...path, index]` for anything that is not a finite number. `undefined` is treated as an error,
 * not as missing (only `null` means missing).
 */
export function readColumn(values: readonly (NumericInput | null)[], path: PathPrefix): Column {
  if (!Array.isArray(values)) {
    throw new ScoringError("invalid_values", `expected an array of numbers or null at ${fmt(path)}`, { path });
  }
  const out: (Dec | null)[] = [];
  const present: Dec[] = [];
  const presentIndices: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      out.push(null);
      return;
    }
    const d = toDecimal(v, [...path, i]);
    out.push(d);
    present.push(d);
    presentIndices.push(i);
  });
  return { values: out, present, presentIndices };
}

/** Throws `all_missing` when a column has no present value. */
export function requirePresent(column: Column, path: PathPrefix, what = "at least one non-missing value"): void {
  if (column.present.length === 0) {
    throw new ScoringError("all_missing", `expected ${what} at ${fmt(path)}, but every value is missing`, { path });
  }
}

/**
 * Sums Decimals in a canonical (ascending) order, so that the rounded 50-digit result does not
 * depend on the order of the inputs.
 */
export function sumCanonical(values: readonly Dec[]): Dec {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  let s = new D(0);
  for (const v of sorted) s = s.plus(v);
  return s;
}

/**
 * Whether every value of the list is equal (true for an empty or one-element list), decided
 * exactly by comparison — not from a variance, whose 50-digit rounding residue can be non-zero
 * for equal values (the mean of seven copies of 200/7 is not 200/7 at 50 digits).
 */
export function allEqual(values: readonly Dec[]): boolean {
  const first = values[0];
  if (first === undefined) return true;
  for (let i = 1; i < values.length; i++) if (compare(values[i] as Dec, first) !== 0) return false;
  return true;
}

/** The smallest of a non-empty list (the first of equal ones; `compare` allocates nothing). */
export function minOf(values: readonly Dec[]): Dec {
  let m = values[0] as Dec;
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as Dec;
    if (compare(v, m) < 0) m = v;
  }
  return m;
}

/** The largest of a non-empty list (the first of equal ones). */
export function maxOf(values: readonly Dec[]): Dec {
  let m = values[0] as Dec;
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as Dec;
    if (compare(v, m) > 0) m = v;
  }
  return m;
}

/** Formats a path for messages: `values.3` or `(root)`. */
export function fmt(path: readonly (string | number)[]): string {
  return path.length > 0 ? path.join(".") : "(root)";
}

/** An 80-digit Decimal constructor for intermediate results that are rounded back to 50 digits. */
export const H = D.clone({ precision: 80 });

/** Rounds a high-precision intermediate back to a 50-significant-digit Decimal. */
export function fromHigh(value: InstanceType<typeof H>): Dec {
  return new D(value.toSignificantDigits(50).toString());
}
