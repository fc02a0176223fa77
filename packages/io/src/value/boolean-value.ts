/**
 * Cell texts read as `true` for boolean (是/否) indicators: true/yes/1/是/√/✓/Y in their usual
 * spellings.
 *
 * @example
 * ```ts
 * import { BOOLEAN_TRUE_TOKENS } from "@ducha/io";
 *
 * BOOLEAN_TRUE_TOKENS.includes("是"); // true
 * ```
 * @since 0.1.0
 */
export const BOOLEAN_TRUE_TOKENS: readonly string[] = Object.freeze([
  "true",
  "TRUE",
  "True",
  "yes",
  "Yes",
  "YES",
  "1",
  "是",
  "√",
  "✓",
  "Y",
  "y",
]);

/**
 * Cell texts read as `false` for boolean (是/否) indicators: false/no/0/否/×/✗/N in their usual
 * spellings.
 *
 * @example
 * ```ts
 * import { BOOLEAN_FALSE_TOKENS } from "@ducha/io";
 *
 * BOOLEAN_FALSE_TOKENS.includes("否"); // true
 * ```
 * @since 0.1.0
 */
export const BOOLEAN_FALSE_TOKENS: readonly string[] = Object.freeze([
  "false",
  "FALSE",
  "False",
  "no",
  "No",
  "NO",
  "0",
  "否",
  "×",
  "✗",
  "N",
  "n",
]);

/**
 * A boolean (是/否) indicator's imported text value as a boolean: a {@link BOOLEAN_TRUE_TOKENS} text is
 * `true`, a {@link BOOLEAN_FALSE_TOKENS} text is `false`; any other value (already a boolean, `null`,
 * a number, an unknown text) is returned unchanged, for validation to report.
 *
 * @param value - an observation value
 * @returns the boolean, or the value unchanged
 * @example
 * ```ts
 * import { toBooleanValue } from "@ducha/io";
 *
 * toBooleanValue("是"); // true
 * toBooleanValue("×"); // false
 * toBooleanValue("maybe"); // "maybe"
 * ```
 * @since 0.1.0
 */
export function toBooleanValue<T>(value: T): T | boolean {
  if (typeof value !== "string") return value;
  if (BOOLEAN_TRUE_TOKENS.includes(value)) return true;
  if (BOOLEAN_FALSE_TOKENS.includes(value)) return false;
  return value;
}
