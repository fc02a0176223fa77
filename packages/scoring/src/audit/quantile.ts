import { D, type Dec } from "../internal/decimal.js";

/**
 * Exact quantile of ascending-sorted, non-empty Decimals by R's default `quantile(type = 7)`
 * (Hyndman & Fan 1996, definition 7): `h = (n − 1)·p`, `Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`.
 */
export function quantileSorted(sorted: readonly Dec[], p: Dec | number): Dec {
  const h = new D(sorted.length - 1).times(p);
  const lo = h.floor().toNumber();
  const frac = h.minus(lo);
  const a = sorted[lo] as Dec;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as Dec;
  return frac.isZero() ? a : a.plus(frac.times(b.minus(a)));
}
