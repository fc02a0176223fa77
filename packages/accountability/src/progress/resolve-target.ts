import { categoryIndicatorIds, type Project, type Target } from "@ducha/schema";

/**
 * The target (目标值) that applies to a unit and indicator in a period: a target scoped to the
 * unit wins over one scoped to the unit's category (分类考核), which wins over a target for every
 * unit. Only targets for exactly `period` are considered.
 *
 * @param project - the project
 * @param unit - assessed unit id
 * @param indicator - indicator id
 * @param period - target period id, e.g. `"2024"`
 * @returns the most specific target, or `undefined` when none applies
 * @example
 * ```ts
 * import { resolveTarget } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * resolveTarget(project, "c_mei", "new_jobs", "2024")?.target; // "1.2" (the county target)
 * ```
 * @since 0.1.0
 */
export function resolveTarget(project: Project, unit: string, indicator: string, period: string): Target | undefined {
  const category = project.units.find((u) => u.id === unit)?.category;
  let best: Target | undefined;
  let bestRank = -1;
  for (const t of project.targets ?? []) {
    if (t.indicator !== indicator || t.period !== period) continue;
    let rank: number;
    if (t.unit !== undefined) {
      if (t.unit !== unit) continue;
      rank = 2;
    } else if (t.category !== undefined) {
      if (t.category !== category) continue;
      rank = 1;
    } else rank = 0;
    // first target of the highest rank wins; validation reports duplicate scopes
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Whether a unit is assessed on an indicator under its category's indicator selection
 * (`indicators` allow-list or `excludeIndicators`, either naming indicators or tree nodes).
 *
 * @internal
 */
export function indicatorApplies(project: Project, unit: string, indicator: string): boolean {
  const categoryId = project.units.find((u) => u.id === unit)?.category;
  const category = project.categories?.find((c) => c.id === categoryId);
  if (category === undefined) return true;
  return categoryIndicatorIds(project.system, category).includes(indicator);
}

/** The indicator id followed by its parent node ids up to the root. @internal */
export function ancestorIds(project: Project, indicator: string): string[] {
  const out = [indicator];
  const ind = project.system.indicators.find((i) => i.id === indicator);
  let parent = ind?.parent;
  const seen = new Set<string>(out);
  while (parent !== undefined && !seen.has(parent)) {
    out.push(parent);
    seen.add(parent);
    parent = project.system.nodes.find((n) => n.id === parent)?.parent;
  }
  return out;
}
