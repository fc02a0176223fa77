/**
 * Quantile of an ascending-sorted, non-empty float array by R's default "type 7" rule (Hyndman &
 * Fan 1996, definition 7; also NumPy's default `linear`): `h = (n − 1)·p`,
 * `Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`.
 */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}
