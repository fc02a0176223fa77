import { Decimal as DecimalJs } from "decimal.js";
import { ScoringError } from "../errors.js";

/**
 * The Decimal constructor every scoring computation uses: 50 significant digits, half-up rounding,
 * never exponential notation in `toString()` (so results serialise as plain decimal strings).
 * A private clone, so that a host application's global decimal.js settings cannot change results.
 */
export const D = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});

/**
 * A decimal value from decimal.js: every number `@ducha/scoring` returns is one (exact, 50
 * significant digits). Call `.toString()` for a plain decimal string, `.toFixed(2)` to publish.
 *
 * @since 0.1.0
 */
export type Dec = DecimalJs;

/**
 * What public functions accept as a number: a finite JS number, a decimal string (`"85.5"`), a
 * fraction string (`"1/3"`) or a Decimal.
 *
 * @since 0.1.0
 */
export type NumericInput = number | string | DecimalJs;

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?$/;
const FRACTION_RE = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*\/\s*((?:\d+(?:\.\d*)?|\.\d+))\s*$/;
/** Largest decimal exponent accepted in a numeric string; guards against `1e999999999` abuse. */
const MAX_EXPONENT = 1000;

/**
 * Converts input to a Decimal, or throws a {@link ScoringError} with code `invalid_number` saying
 * where (`path`) and what was found. Accepts finite numbers, decimal strings (optional exponent up
 * to ±1000), fraction strings `"1/3"`, and Decimal instances. Rejects NaN, ±Infinity, empty strings.
 */
export function toDecimal(value: NumericInput, path: readonly (string | number)[] = []): Dec {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(value, path);
    return new D(value);
  }
  if (typeof value === "string") {
    const s = value.trim();
    if (DECIMAL_RE.test(s)) {
      const d = new D(s);
      if (Math.abs(d.e) > MAX_EXPONENT) throw invalid(value, path);
      return d;
    }
    const m = FRACTION_RE.exec(s);
    if (m?.[1] !== undefined && m[2] !== undefined) {
      const den = new D(m[2]);
      if (den.isZero()) throw invalid(value, path, "a fraction with a zero denominator");
      return new D(m[1]).div(den);
    }
    throw invalid(value, path);
  }
  if (DecimalJs.isDecimal(value)) {
    if (!value.isFinite()) throw invalid(value.toString(), path);
    return new D(value);
  }
  throw invalid(value, path);
}

function invalid(value: unknown, path: readonly (string | number)[], what = "a finite number"): ScoringError {
  const where = path.length > 0 ? ` at ${path.join(".")}` : "";
  return new ScoringError("invalid_number", `expected ${what}${where}, got ${JSON.stringify(String(value))}`, {
    path,
  });
}
