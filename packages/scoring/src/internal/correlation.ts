import { scaledCrossSums } from "../stats/scaled-integers.js";
import { D, type Dec } from "./decimal.js";
import { compare } from "./decimal-register.js";
import { sumSorted } from "./matrix.js";

/** Whether the list has two different values (decided by comparison, exactly). */
function varies(values: readonly Dec[]): boolean {
  const first = values[0];
  if (first === undefined) return false;
  for (let i = 1; i < values.length; i++) if (compare(values[i] as Dec, first) !== 0) return true;
  return false;
}

/**
 * Pearson's r of two equally long lists, or `undefined` when either list is constant (r is 0/0).
 * r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²) — the same value as pymcdm `pearson` (its population
 * covariance over population standard deviations; the n factors cancel).
 *
 * Constancy is decided before any arithmetic, by comparing the values: the 50-digit mean of equal
 * values need not equal them (seven copies of 200/7), and the deviations' rounding residue would
 * otherwise give r = 1 for a constant list with itself. A list with two different values has a
 * deviation ≠ 0 (x − x̄ of two different 50-digit numbers is never rounded to 0), so Σ(x−x̄)² > 0.
 */
export function pearson(x: readonly Dec[], y: readonly Dec[]): Dec | undefined {
  if (!varies(x) || !varies(y)) return undefined;
  const n = new D(x.length);
  const mx = sumSorted(x).div(n);
  const my = sumSorted(y).div(n);
  const dx = x.map((v) => v.minus(mx));
  const dy = y.map((v) => v.minus(my));
  const sxy = sumSorted(dx.map((v, i) => v.times(dy[i] as Dec)));
  const sxx = sumSorted(dx.map((v) => v.times(v)));
  const syy = sumSorted(dy.map((v) => v.times(v)));
  const r = sxy.div(sxx.times(syy).sqrt());
  // |r| = 1 exactly (y an exact affine function of x) is decided in integers: the 50-digit r of
  // x and 100 − x can be −0.99…91, which would make e.g. standardised alpha −2·10⁴⁹ instead of undefined.
  if (r.abs().greaterThan(NEAR_ONE) && isPerfectlyCorrelated(x, y)) return new D(r.isNegative() ? -1 : 1);
  // Clamp the last-digit rounding so that |r| ≤ 1 exactly.
  if (r.greaterThan(1)) return new D(1);
  if (r.lessThan(-1)) return new D(-1);
  return r;
}

/** Above this, |r| may be 1 up to rounding and is checked exactly. */
const NEAR_ONE = new D("0.9999999999999999999999999999999999999999");

/**
 * Whether |r| = 1 exactly: Sxy² = Sxx·Syy (Cauchy–Schwarz equality) over the scaled deviations
 * e = n·X − ΣX of the values as integers (no rounded mean).
 */
function isPerfectlyCorrelated(x: readonly Dec[], y: readonly Dec[]): boolean {
  const { sxy, sxx, syy } = scaledCrossSums(x, y);
  return sxy * sxy === sxx * syy;
}

/**
 * Average ranks (1 = smallest value; tied values share the mean of the ranks they span, as R
 * `rank(ties.method = "average")`), for Spearman's ρ. Sorts once, O(n log n): a run of equal
 * values at sorted positions start … end − 1 (0-based) spans ranks start + 1 … end, whose mean is
 * (start + 1 + end) / 2 — the same as counting, for each value, `less + (equal + 1) / 2`.
 */
export function averageRanks(values: readonly Dec[]): number[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => compare(values[a] as Dec, values[b] as Dec));
  const ranks = new Array<number>(n);
  let start = 0;
  while (start < n) {
    const v = values[order[start] as number] as Dec;
    let end = start + 1;
    while (end < n && compare(values[order[end] as number] as Dec, v) === 0) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}

/**
 * Spearman's ρ: Pearson's r of the average ranks (ties share the mean rank), `undefined` when
 * either list is constant (its ranks are then all equal).
 */
export function spearman(x: readonly Dec[], y: readonly Dec[]): Dec | undefined {
  if (!varies(x) || !varies(y)) return undefined;
  return pearson(
    averageRanks(x).map((r) => new D(r)),
    averageRanks(y).map((r) => new D(r)),
  );
}
