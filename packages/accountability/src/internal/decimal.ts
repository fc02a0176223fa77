import { Decimal } from "decimal.js";

/**
 * The private Decimal constructor every accountability computation uses: 50 significant digits,
 * half-up rounding, never exponential notation in `toString()`. A clone, so a host application's
 * global decimal.js settings cannot change results.
 *
 * @internal
 */
export const D = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
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
export type Dec = Decimal;

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;

/**
 * Exact decimal of a project-file number (decimal string or finite number); `undefined` otherwise.
 *
 * @internal
 */
export function toDec(value: unknown): Dec | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? new D(value) : undefined;
  if (typeof value === "string" && DECIMAL_RE.test(value.trim())) return new D(value.trim());
  if (Decimal.isDecimal(value)) return value.isFinite() ? new D(value) : undefined;
  return undefined;
}
