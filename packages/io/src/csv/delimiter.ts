const CANDIDATES = [",", ";", "\t", "|"] as const;

/**
 * Guesses the field delimiter from the start of a CSV text: the candidate (`,` `;` tab `|`) that
 * occurs most often outside double quotes in the first 10 lines; `,` when none occurs.
 *
 * @param text - the beginning of the decoded file
 * @returns the delimiter
 * @example
 * ```ts
 * import { detectDelimiter } from "@ducha/io/csv";
 *
 * detectDelimiter("unit;indicator;value\na;gdp;1,5"); // ";"
 * ```
 * @since 0.1.0
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  let lines = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n" && ++lines >= 10) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
