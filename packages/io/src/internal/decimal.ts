import { Decimal as DecimalJs } from "decimal.js";

/**
 * The private Decimal constructor of `@ducha/io`: 50 significant digits, half-up, never exponent
 * notation, so `toString()` is always a plain decimal string. A clone, so a host application's global
 * decimal.js settings cannot change imported values.
 */
export const D = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});

/** A decimal.js value made by {@link D}. */
export type Dec = InstanceType<typeof D>;

/** Canonical decimal string: no exponent, no trailing zeros, `"0"` for negative zero. */
export function decimalString(value: Dec): string {
  if (value.isZero()) return "0";
  return value.toFixed();
}
