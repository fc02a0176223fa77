import { averageRanks } from "./competition-rank.js";
import { D, type Dec } from "./decimal.js";
import { sumSorted } from "./matrix.js";

/**
 * Pearson's r of two equally long lists, or `undefined` when either list is constant (r is 0/0).
 * r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²) — the same value as pymcdm `pearson` (its population
 * covariance over population standard deviations; the n factors cancel).
 */
export function pearson(x: readonly Dec[], y: readonly Dec[]): Dec | undefined {
  const n = new D(x.length);
  const mx = sumSorted(x).div(n);
  const my = sumSorted(y).div(n);
  const dx = x.map((v) => v.minus(mx));
  const dy = y.map((v) => v.minus(my));
  const sxy = sumSorted(dx.map((v, i) => v.times(dy[i] as Dec)));
  const sxx = sumSorted(dx.map((v) => v.times(v)));
  const syy = sumSorted(dy.map((v) => v.times(v)));
  if (sxx.isZero() || syy.isZero()) return undefined;
  const r = sxy.div(sxx.times(syy).sqrt());
  // Clamp the last-digit rounding so that |r| ≤ 1 exactly.
  if (r.greaterThan(1)) return new D(1);
  if (r.lessThan(-1)) return new D(-1);
  return r;
}

/** Spearman's ρ: Pearson's r of the average ranks (ties share the mean rank). */
export function spearman(x: readonly Dec[], y: readonly Dec[]): Dec | undefined {
  return pearson(
    averageRanks(x).map((r) => new D(r)),
    averageRanks(y).map((r) => new D(r)),
  );
}
