const TRIGGER = /^'*[=+\-@\t\r]/;

/**
 * Escapes a text cell against formula injection (CSV injection, OWASP): text starting with `=`, `+`,
 * `-`, `@`, tab or carriage return gets a leading `'`, so spreadsheets show it as text instead of
 * running it. Text that already starts with `'`s followed by such a character gets one more `'`, so
 * {@link unescapeFormula} restores every input exactly. Other text is unchanged.
 *
 * Only text cells are escaped: `toCsv` writes genuine numbers (`-3.5`) unescaped.
 *
 * @param text - a text cell
 * @returns the escaped text
 * @example
 * ```ts
 * import { escapeFormula } from "@ducha/io/csv";
 *
 * escapeFormula("=SUM(A1:A9)"); // "'=SUM(A1:A9)"
 * escapeFormula("abc"); // "abc"
 * ```
 * @since 0.1.0
 */
export function escapeFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * Reverses {@link escapeFormula}: removes one leading `'` before `'`s and a formula trigger.
 *
 * @param text - a cell read from a file
 * @returns the original text
 * @example
 * ```ts
 * import { unescapeFormula } from "@ducha/io/csv";
 *
 * unescapeFormula("'=SUM(A1:A9)"); // "=SUM(A1:A9)"
 * ```
 * @since 0.1.0
 */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && TRIGGER.test(text) ? text.slice(1) : text;
}
