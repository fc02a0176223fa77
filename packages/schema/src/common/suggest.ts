/**
 * Levenshtein edit distance between two strings (insertions, deletions, substitutions).
 *
 * @example
 * ```ts
 * editDistance("GDP_gr", "gdp_growth"); // 7
 * ```
 * @since 0.1.0
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The closest known id to an unknown one, for "did you mean …?" messages: case-insensitive
 * Levenshtein distance, prefix matches preferred, accepted when the distance is at most
 * max(2, 40 % of the longer id). Ties go to the alphabetically first id, so the answer is
 * deterministic.
 *
 * @param unknown - the id that was not found
 * @param candidates - the known ids
 * @returns the suggestion, or `undefined` when nothing is close
 * @example
 * ```ts
 * suggestId("GDP_gr", ["gdp_growth", "forest_cover"]); // "gdp_growth"
 * ```
 * @since 0.1.0
 */
export function suggestId(unknown: string, candidates: Iterable<string>): string | undefined {
  const u = unknown.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const l = c.toLowerCase();
    let d = editDistance(u, l);
    if (l.startsWith(u) || u.startsWith(l)) d = Math.min(d, Math.abs(l.length - u.length) * 0.5);
    const limit = Math.max(2, 0.4 * Math.max(u.length, l.length));
    if (d <= limit && (d < bestScore || (d === bestScore && best !== undefined && c < best))) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}
