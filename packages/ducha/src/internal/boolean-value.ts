/** Cell texts read as `true` for boolean (是/否) indicators. */
export const TRUE_TOKENS: readonly string[] = [
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
];
/** Cell texts read as `false` for boolean (是/否) indicators. */
export const FALSE_TOKENS: readonly string[] = [
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
];

/** A boolean indicator's text value as a boolean; any other value (already boolean, null, unknown text) unchanged. */
export function toBooleanValue<T>(value: T): T | boolean {
  if (typeof value !== "string") return value;
  if (TRUE_TOKENS.includes(value)) return true;
  if (FALSE_TOKENS.includes(value)) return false;
  return value;
}
