import { D, type Dec } from "../internal/decimal.js";

/**
 * Which side of the Tukey (1977) fences `[Q1 − k·IQR, Q3 + k·IQR]` a value lies, decided exactly:
 * the quartiles (R type 7: `Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`, `h = (count − 1)·p`)
 * and fences are recomputed with enough digits to be exact, since the 50-digit fence can be rounded
 * onto a value that is strictly outside the exact fence (Q3 = 1.0…01 at 50 digits gives
 * Q3 + 1.5·IQR = 2.50…025, rounded to 2.50…03, and a value 2.50…03 is above the fence).
 *
 * @param sortedAt - the i-th smallest present value (0-based)
 * @param count - how many values are present (≥ 1)
 * @param k - the fence multiplier
 * @returns a function giving `"low"`, `"high"` or `undefined` (inside the fences)
 */
export function exactFenceSide(
  sortedAt: (i: number) => Dec,
  count: number,
  k: Dec,
): (v: Dec) => "low" | "high" | undefined {
  const at = (p: number) => {
    const h = (count - 1) * p; // p ∈ {0.25, 0.75}: h is a multiple of 0.25, exact in binary
    const lo = Math.floor(h);
    return { a: sortedAt(lo), b: sortedAt(Math.min(lo + 1, count - 1)), frac: h - lo };
  };
  const q1 = at(0.25);
  const q3 = at(0.75);
  // Enough digits for every intermediate to be exact: twice the span of digit positions of the
  // inputs (products double it), plus a margin for the quarter fractions.
  let top = 0;
  let bottom = 0;
  for (const d of [q1.a, q1.b, q3.a, q3.b, k]) {
    if (d.isZero()) continue;
    top = Math.max(top, d.e);
    bottom = Math.min(bottom, d.e - d.sd() + 1);
  }
  const X = D.clone({ precision: 2 * (top - bottom + 1) + 20 });
  const quartile = (q: { a: Dec; b: Dec; frac: number }) =>
    new X(q.a).plus(new X(q.frac).times(new X(q.b).minus(new X(q.a))));
  const lower = quartile(q1);
  const upper = quartile(q3);
  const spread = new X(k).times(upper.minus(lower));
  const low = lower.minus(spread);
  const high = upper.plus(spread);
  return (v) => (v.lessThan(low) ? "low" : v.greaterThan(high) ? "high" : undefined);
}
