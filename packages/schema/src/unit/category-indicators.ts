import type { IndicatorSystem } from "../system/indicator-system.js";
import type { Category } from "./unit.js";

/**
 * The leaf indicators a category assesses (分类考核): every indicator of the system when the
 * category is `undefined` or has no `indicators` allow-list, else those the allow-list covers, minus
 * those `excludeIndicators` covers. A list covers an indicator when it names the indicator itself or
 * any node above it (a whole pillar or sub-pillar). Ids that name nothing cover nothing (validation
 * reports them). The result is in the system's declaration order.
 *
 * This is the one rule scoring, monitoring, templates and import all apply.
 *
 * @param system - the indicator system
 * @param category - the unit's category, or `undefined` for a unit without one
 * @returns the assessed indicator ids
 * @example
 * ```ts
 * import { categoryIndicatorIds, type IndicatorSystem } from "@ducha/schema";
 * declare const system: IndicatorSystem;
 * // A department is assessed on the whole "duty" pillar and one indicator.
 * const ids = categoryIndicatorIds(system, { id: "dept", name: { zh: "部门" }, indicators: ["duty", "satisfaction"] });
 * ```
 * @since 0.1.0
 */
export function categoryIndicatorIds(system: IndicatorSystem, category: Category | undefined): string[] {
  const all = system.indicators.map((i) => i.id);
  if (category === undefined || (category.indicators === undefined && category.excludeIndicators === undefined)) {
    return all;
  }
  const parentOf = new Map<string, string | undefined>();
  for (const n of system.nodes) parentOf.set(n.id, n.parent);
  const covers = (list: ReadonlySet<string>, id: string, parent: string | undefined): boolean => {
    if (list.has(id)) return true;
    const seen = new Set<string>();
    let cur = parent;
    while (cur !== undefined && !seen.has(cur)) {
      if (list.has(cur)) return true;
      seen.add(cur);
      cur = parentOf.get(cur);
    }
    return false;
  };
  const allow = category.indicators === undefined ? undefined : new Set(category.indicators);
  const deny = new Set(category.excludeIndicators ?? []);
  const out: string[] = [];
  for (const ind of system.indicators) {
    if (allow !== undefined && !covers(allow, ind.id, ind.parent)) continue;
    if (deny.size > 0 && covers(deny, ind.id, ind.parent)) continue;
    out.push(ind.id);
  }
  return out;
}
