import { ScoringError } from "../errors.js";
import { D, type Dec } from "../internal/decimal.js";

/**
 * Rounding mode of {@link roundDecimal}:
 * - `"half-up"` — 四舍五入: to nearest, a tie (…5) goes away from zero (2.675 → 2.68, −2.675 → −2.68)
 * - `"half-even"` — banker's rounding: to nearest, a tie goes to the even digit (2.665 → 2.66)
 * - `"down"` — truncation toward zero (2.679 → 2.67, −2.679 → −2.67)
 * - `"up"` — away from zero (2.671 → 2.68, −2.671 → −2.68)
 *
 * @since 0.1.0
 */
export type RoundingMode = "half-up" | "half-even" | "down" | "up";

/**
 * Options of {@link roundDecimal}.
 *
 * @since 0.1.0
 */
export interface RoundDecimalOptions {
  /** Decimal places kept, an integer 0…20. Defaults to `2` (published scores). */
  readonly decimals?: number;
  /** Rounding mode; see {@link RoundingMode}. Defaults to `"half-up"` (四舍五入). */
  readonly mode?: RoundingMode;
}

// decimal.js rounding constants (decimal.js docs, "Decimal.rounding"): ROUND_UP 0 (away from zero),
// ROUND_DOWN 1 (toward zero), ROUND_HALF_UP 4 (ties away from zero), ROUND_HALF_EVEN 6.
const MODES: Record<RoundingMode, 0 | 1 | 4 | 6> = {
  up: D.ROUND_UP,
  down: D.ROUND_DOWN,
  "half-up": D.ROUND_HALF_UP,
  "half-even": D.ROUND_HALF_EVEN,
};

/**
 * Rounds a decimal to a number of decimal places (取舍 of published figures). Exact: it works on
 * the decimal digits, so 2.675 → 2.68 with half-up (binary floating point gives 2.67 because
 * `2.675` is stored as 2.67499999…). Apply it only to published results, never to intermediate
 * values (see the `Rounding` setting of an assessment plan).
 *
 * Rule: decimal.js `toDecimalPlaces(decimals, mode)`. Half-up is 四舍五入 as practised in published
 * assessment results (a trailing 5 rounds away from zero). Note that GB/T 8170-2008 《数值修约规则与
 * 极限数值的表示和判定》 prescribes round-half-even (四舍六入五成双) for measurement data: use
 * `mode: "half-even"` where that standard applies.
 *
 * @param value - the decimal to round
 * @param options - decimals (defaults to 2) and mode (defaults to `"half-up"`)
 * @returns the rounded decimal (`toFixed(decimals)` prints it with trailing zeros)
 * @example
 * ```ts
 * import { roundDecimal } from "@ducha/scoring";
 * import { Decimal } from "decimal.js";
 *
 * roundDecimal(new Decimal("2.675")).toString(); // "2.68"
 * roundDecimal(new Decimal("-2.675"), { mode: "down" }).toString(); // "-2.67"
 * roundDecimal(new Decimal("2.665"), { mode: "half-even" }).toString(); // "2.66"
 * ```
 * @since 0.1.0
 */
export function roundDecimal(value: Dec, options: RoundDecimalOptions = {}): Dec {
  const decimals = options.decimals ?? 2;
  const mode = options.mode ?? "half-up";
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new ScoringError("invalid_option", `decimals must be an integer 0…20, got ${String(decimals)}`, {
      path: ["options", "decimals"],
    });
  }
  if (!Object.hasOwn(MODES, mode)) {
    throw new ScoringError(
      "invalid_option",
      `mode must be "half-up", "half-even", "down" or "up", got ${JSON.stringify(mode)}`,
      { path: ["options", "mode"] },
    );
  }
  if (!D.isDecimal(value) || !value.isFinite()) {
    throw new ScoringError("invalid_number", `expected a finite decimal value, got ${String(value)}`, {
      path: ["value"],
    });
  }
  const rounded = new D(value).toDecimalPlaces(decimals, MODES[mode]);
  // Normalise −0 to 0 so that rounding −0.001 never prints "-0".
  return rounded.isZero() ? new D(0) : rounded;
}
