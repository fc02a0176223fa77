import { D, type Dec } from "../internal/decimal.js";
import { type RoundDecimalOptions, roundDecimal } from "./round-decimal.js";

/**
 * Significant digits a computed result keeps before it is rounded for publication by
 * {@link roundPublished}: 10 guard digits below the engine's 50.
 *
 * @since 0.1.0
 */
export const PUBLISHED_GUARD_DIGITS = 40;

/**
 * Rounds a computed result for publication (公布分值): first to {@link PUBLISHED_GUARD_DIGITS}
 * significant digits (half-up), then to the published decimals with the plan's mode
 * ({@link roundDecimal}).
 *
 * Why: the engine works with 50 significant digits, so a result built from divisions that do not
 * terminate (weights of 1/3, a mean over 3 raters) carries a residue in its last digits — the
 * exact mean of 85.125, 85 and 85.25 is 85.125, but Σ xᵢ · (1/3) at 50 digits is
 * 85.12499999…9. Rounded as is, 四舍五入 would publish 85.12 and truncation (`"down"`) would turn
 * an exact 50 computed as 49.999…9 into 49.99. The guard step removes residues below the 40th
 * significant digit, which arithmetic on inputs of up to ~20 significant digits cannot produce as a
 * genuine difference, so the published figure is the one the exact formula gives. Full precision
 * stays in the result and the trace.
 *
 * @param value - a computed result (finite)
 * @param options - decimals (defaults to 2) and mode (defaults to `"half-up"`), as {@link roundDecimal}
 * @returns the published figure
 * @example
 * ```ts
 * import { roundDecimal, roundPublished } from "@ducha/scoring";
 * import { Decimal } from "decimal.js";
 *
 * const D50 = Decimal.clone({ precision: 50 });
 * const third = new D50(1).div(3);
 * const mean = new D50("85.125").times(third).plus(new D50("85").times(third)).plus(new D50("85.25").times(third));
 * mean.toString(); // "85.124999999999999999999999999999999999999999999999"
 * roundDecimal(mean).toString(); // "85.12"
 * roundPublished(mean).toString(); // "85.13"
 * ```
 * @since 0.1.0
 */
export function roundPublished(value: Dec, options: RoundDecimalOptions = {}): Dec {
  // Invalid values and options get roundDecimal's errors.
  if (!D.isDecimal(value) || !value.isFinite()) return roundDecimal(value, options);
  return roundDecimal(value.toSignificantDigits(PUBLISHED_GUARD_DIGITS, D.ROUND_HALF_UP), options);
}
