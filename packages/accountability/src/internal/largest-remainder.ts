import { compareCodeUnits } from "./compare.js";
import { D, type Dec } from "./decimal.js";

/**
 * Largest-remainder (Hamilton) apportionment of `total` (which must be a whole number of units
 * 10^-decimals) in proportion to `weights` (≥ 0, positive sum):
 * 1. exact quota qᵢ = total · wᵢ / Σw, in units uᵢ = qᵢ · 10^decimals;
 * 2. every child gets ⌊uᵢ⌋ units;
 * 3. the R = total·10^decimals − Σ⌊uᵢ⌋ leftover units go one each to the R children with the largest
 *    fractional parts uᵢ − ⌊uᵢ⌋; ties broken by larger quota, then by key in UTF-16 order.
 * The allocations add up to `total` exactly and each differs from its quota by less than one unit.
 */
export function largestRemainder(
  total: Dec,
  items: readonly { readonly key: string; readonly weight: Dec }[],
  decimals: number,
): { allocations: Dec[]; quotas: Dec[]; remainderUnits: number; recipients: string[] } {
  const scale = new D(10).pow(decimals);
  const weightSum = items.reduce((s, i) => s.plus(i.weight), new D(0));
  const totalUnits = total.times(scale);
  const quotas = items.map((i) => total.times(i.weight).div(weightSum));
  const units = quotas.map((q) => q.times(scale));
  const floors = units.map((u) => u.floor());
  const remainderUnits = totalUnits.minus(floors.reduce((s, f) => s.plus(f), new D(0))).toNumber();
  const order = items
    .map((item, index) => ({ index, key: item.key, frac: (units[index] as Dec).minus(floors[index] as Dec) }))
    .sort(
      (a, b) =>
        b.frac.comparedTo(a.frac) ||
        (quotas[b.index] as Dec).comparedTo(quotas[a.index] as Dec) ||
        compareCodeUnits(a.key, b.key),
    );
  const recipients: string[] = [];
  const extra = new Set<number>();
  for (const entry of order.slice(0, remainderUnits)) {
    extra.add(entry.index);
    recipients.push(entry.key);
  }
  const allocations = floors.map((f, i) => (extra.has(i) ? f.plus(1) : f).div(scale));
  return { allocations, quotas, remainderUnits, recipients };
}
