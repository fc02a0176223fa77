import { categoryIndicatorIds, type Indicator, type IndicatorNode, type Project, type Unit } from "@ducha/schema";

/** The top-level node (pillar, 一级指标) of a node or indicator parent id. */
export function pillarOf(project: Project, parent: string): string {
  const nodes = new Map(project.system.nodes.map((n) => [n.id, n]));
  let id = parent;
  const seen = new Set<string>();
  for (let node = nodes.get(id); node?.parent !== undefined && !seen.has(node.id); node = nodes.get(id)) {
    seen.add(node.id);
    id = node.parent;
  }
  return id;
}

/** Top-level nodes (pillars) in declaration order. */
export function pillars(project: Project): IndicatorNode[] {
  return project.system.nodes.filter((n) => n.parent === undefined);
}

/**
 * The leaf indicators a unit is assessed on (分类考核): its category's allow-list of nodes/indicators
 * minus exclusions (`@ducha/schema` `categoryIndicatorIds`, the rule scoring applies); all indicators
 * without a category.
 */
export function assessedIndicators(project: Project, unit: Unit): Set<string> {
  const category = unit.category === undefined ? undefined : project.categories?.find((c) => c.id === unit.category);
  return new Set(categoryIndicatorIds(project.system, category));
}
/** The units an assessment covers: the plan's list, else every unit with `assessed !== false`. */
export function assessedUnits(project: Project): Unit[] {
  const ids = project.plan.units;
  if (ids === undefined) return project.units.filter((u) => u.assessed !== false);
  const byId = new Map(project.units.map((u) => [u.id, u]));
  return ids.flatMap((id) => {
    const unit = byId.get(id);
    return unit === undefined ? [] : [unit];
  });
}

/** Allowed codes of a qualitative (grade-map keys), task (task-status keys) or boolean indicator. */
export function indicatorCodes(indicator: Indicator, taskDefaults: readonly string[]): string[] | undefined {
  if (indicator.kind === "qualitative" && indicator.scoring.method === "grade-map")
    return Object.keys(indicator.scoring.map);
  if (indicator.kind === "task")
    return indicator.scoring.method === "task-status" && indicator.scoring.map !== undefined
      ? Object.keys(indicator.scoring.map)
      : [...taskDefaults];
  if (indicator.kind === "boolean") return ["true", "false"];
  return undefined;
}
