import { Decimal as DecimalJs } from "decimal.js";
import { accountabilityError } from "../errors.js";
import type { NumericInput } from "../numeric-input.js";

export type { NumericInput };

/**
 * The Decimal constructor every accountability computation uses: 50 significant digits, half-up
 * rounding, never exponential notation in `toString()`. A private clone (same settings as
 * `@ducha/scoring`), so a host application's global decimal.js settings cannot change results.
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
 * A decimal value from decimal.js (exact, 50 significant digits): every number in progress items and
 * triggering facts is one. Call `.toString()` for a plain decimal string, `.toFixed(2)` to publish.
 *
 * @example
 * ```ts
 * import type { Dec } from "@ducha/accountability";
 *
 * const show = (d: Dec) => `${d.times(100).toFixed(2)}%`;
 * ```
 * @since 0.1.0
 */
export type Dec = DecimalJs;

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?$/;
const MAX_EXPONENT = 1000;

/** Converts to a Decimal or throws `invalid_number` with the path. */
export function toDecimal(value: unknown, path: readonly (string | number)[] = []): Dec {
  const d = tryDecimal(value);
  if (d === undefined) {
    const where = path.length > 0 ? path.join(".") : "";
    const shown = JSON.stringify(String(value));
    throw accountabilityError(
      "invalid_number",
      {
        zh: `${where ? `${where} 处` : ""}应为有限数值，实际为 ${shown}`,
        en: `expected a finite number${where ? ` at ${where}` : ""}, got ${shown}`,
      },
      path,
    );
  }
  return d;
}

/** Converts to a Decimal, or `undefined` when the value is not a finite number. */
export function tryDecimal(value: unknown): Dec | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? new D(value) : undefined;
  if (typeof value === "string") {
    const s = value.trim();
    if (!DECIMAL_RE.test(s)) return undefined;
    const d = new D(s);
    return Math.abs(d.e) > MAX_EXPONENT ? undefined : d;
  }
  if (DecimalJs.isDecimal(value)) return value.isFinite() ? new D(value) : undefined;
  return undefined;
}

/**
 * Exact decimal of a project-file number (decimal string or finite number); `undefined` otherwise.
 * Same as {@link tryDecimal}.
 *
 * @internal
 */
export const toDec = tryDecimal;
