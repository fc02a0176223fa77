import type { Decimal } from "decimal.js";

/**
 * What public functions accept as a number: a finite JS number, a decimal string (`"12.5"`, `"1e3"`)
 * or a decimal.js `Decimal`. Same shape as `NumericInput` in `@ducha/scoring` (without fractions).
 *
 * @example
 * ```ts
 * import type { NumericInput } from "@ducha/accountability";
 *
 * const values: NumericInput[] = [12.5, "1369.1", "1e3"];
 * ```
 * @since 0.1.0
 */
export type NumericInput = number | string | Decimal;
