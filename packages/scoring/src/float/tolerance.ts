/**
 * Comparison tolerance of the float fast path.
 *
 * The float path computes in IEEE-754 binary64, so a value that is exactly on a boundary in the
 * exact (decimal) engine — a total of 87.125 to be rounded half-up, a completion percentage of
 * exactly 97 against a band threshold, two tied totals — may come out a few units in the last
 * place on either side. Wherever the exact engine makes a discrete decision (rounding ties,
 * thresholds, ties between units) the float path treats values within
 * `FLOAT_TOLERANCE · max(1, |x|)` of the boundary as on it. Values that are that close to a
 * boundary without being on it are vanishingly rare in assessment data (inputs have a few
 * decimals); values that are on it are common.
 */
export const FLOAT_TOLERANCE = 1e-11;

/** Whether a and b are equal within the float tolerance (relative, absolute below 1). */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a ≥ b, counting a within the tolerance below b as equal. */
export function atLeast(a: number, b: number): boolean {
  return a >= b || nearlyEqual(a, b);
}
