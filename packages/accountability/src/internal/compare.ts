/** Locale-independent string order by UTF-16 code units (deterministic on every machine). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
