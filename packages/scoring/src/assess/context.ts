import {
  type Category,
  categoryIndicatorIds,
  comparePeriods,
  type Indicator,
  type IndicatorNode,
  type Observation,
  type Project,
  parsePeriod,
  periodContains,
  type Target,
  type Unit,
} from "@ducha/schema";
import { ScoringError } from "../errors.js";
import { D, type Dec, toDecimal } from "../internal/decimal.js";

/** A child of a tree node: an inner node or a leaf indicator. */
export interface TreeChild {
  readonly id: string;
  readonly kind: "node" | "indicator";
}

/** Lookups the engine needs, built once per assessment. */
export interface AssessContext {
  readonly project: Project;
  readonly period: string;
  /** Assessed units in id order. */
  readonly units: readonly Unit[];
  readonly categories: ReadonlyMap<string, Category>;
  readonly nodes: ReadonlyMap<string, IndicatorNode>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Children of each node id; `""` is the root. Sorted by id. */
  readonly children: ReadonlyMap<string, readonly TreeChild[]>;
  /** For each category id, the leaf indicators it assesses. */
  readonly assessedBy: ReadonlyMap<string | undefined, ReadonlySet<string>>;
  /** Observations by unit → indicator → period (built on first use: carry-forward, denominators). */
  readonly observations: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Observation>>>;
  /** Position of each assessed unit in {@link AssessContext.units}. */
  readonly unitPos: ReadonlyMap<string, number>;
  /**
   * Observations of exactly the plan period by indicator, then by the unit's position in
   * {@link AssessContext.units} (the hot path: one array read per cell). Observations of units that
   * are not assessed are left out; of duplicates, the last one counts.
   */
  readonly current: ReadonlyMap<string, readonly (Observation | undefined)[]>;
  /** Targets by indicator. */
  readonly targets: ReadonlyMap<string, readonly Target[]>;
}

const ROOT = "";

/**
 * Which indicators each category of the assessed units assesses (分类考核), by category id
 * (`undefined`: units without a category assess every indicator): the allow-list (indicators or
 * whole nodes) minus the exclusions, as @ducha/schema `categoryIndicatorIds` defines it for every
 * package. Shared by the exact engine and the float model; throws `unknown_category`.
 */
export function assessedByCategory(
  project: Project,
  units: readonly Unit[],
  categories: ReadonlyMap<string, Category>,
): Map<string | undefined, Set<string>> {
  const assessedBy = new Map<string | undefined, Set<string>>([
    [undefined, new Set(project.system.indicators.map((i) => i.id))],
  ]);
  for (const u of units) {
    if (u.category === undefined || assessedBy.has(u.category)) continue;
    const cat = categories.get(u.category);
    if (cat === undefined) {
      throw new ScoringError("unknown_category", `unit '${u.id}' has unknown category '${u.category}'`, {
        path: ["units", project.units.indexOf(u), "category"],
      });
    }
    assessedBy.set(cat.id, new Set(categoryIndicatorIds(project.system, cat)));
  }
  return assessedBy;
}

/** Builds the lookups, throwing a {@link ScoringError} for references that do not resolve. */
export function buildContext(project: Project): AssessContext {
  const plan = project.plan;
  if (plan.system !== project.system.id) {
    throw new ScoringError("system_mismatch", `plan refers to system '${plan.system}', not '${project.system.id}'`, {
      path: ["plan", "system"],
    });
  }
  const nodes = new Map(project.system.nodes.map((n) => [n.id, n]));
  const indicators = new Map(project.system.indicators.map((i) => [i.id, i]));
  const children = new Map<string, TreeChild[]>([[ROOT, []]]);
  const add = (parent: string | undefined, child: TreeChild, path: (string | number)[]) => {
    const key = parent ?? ROOT;
    if (parent !== undefined && !nodes.has(parent)) {
      throw new ScoringError("unknown_parent", `unknown parent '${parent}'`, { path });
    }
    const list = children.get(key) ?? [];
    list.push(child);
    children.set(key, list);
  };
  project.system.nodes.forEach((n, i) => {
    add(n.parent, { id: n.id, kind: "node" }, ["system", "nodes", i, "parent"]);
  });
  project.system.indicators.forEach((ind, i) => {
    add(ind.parent, { id: ind.id, kind: "indicator" }, ["system", "indicators", i, "parent"]);
  });
  // Canonical order (by id) so that results do not depend on the order of declaration.
  for (const list of children.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const categories = new Map((project.categories ?? []).map((c) => [c.id, c]));
  const allUnits = new Map(project.units.map((u) => [u.id, u]));
  const unitIds = plan.units ?? project.units.filter((u) => u.assessed !== false).map((u) => u.id);
  const units = unitIds.map((id, i) => {
    const u = allUnits.get(id);
    if (u === undefined) throw new ScoringError("unknown_unit", `unknown unit '${id}'`, { path: ["plan", "units", i] });
    return u;
  });
  units.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const assessedBy = assessedByCategory(project, units, categories);

  const period = plan.period;
  const unitPos = new Map<string, number>();
  units.forEach((u, k) => {
    unitPos.set(u.id, k);
  });
  const current = new Map<string, (Observation | undefined)[]>();
  const all = project.observations ?? [];
  // Indexed loops: this runs once per observation (for…of allocated an iterator result each).
  for (let i = 0; i < all.length; i++) {
    const o = all[i] as Observation;
    if (o.period !== period) continue;
    const k = unitPos.get(o.unit);
    if (k === undefined) continue;
    let byUnit = current.get(o.indicator);
    if (byUnit === undefined) {
      byUnit = new Array(units.length).fill(undefined);
      current.set(o.indicator, byUnit);
    }
    byUnit[k] = o;
  }
  let observations: Map<string, Map<string, Map<string, Observation>>> | undefined;
  const allObservations = () => {
    if (observations !== undefined) return observations;
    observations = new Map();
    for (const o of project.observations ?? []) {
      let byInd = observations.get(o.unit);
      if (byInd === undefined) {
        byInd = new Map();
        observations.set(o.unit, byInd);
      }
      let byPeriod = byInd.get(o.indicator);
      if (byPeriod === undefined) {
        byPeriod = new Map();
        byInd.set(o.indicator, byPeriod);
      }
      byPeriod.set(o.period, o);
    }
    return observations;
  };
  const targets = new Map<string, Target[]>();
  for (const t of project.targets ?? []) {
    const list = targets.get(t.indicator) ?? [];
    list.push(t);
    targets.set(t.indicator, list);
  }
  return {
    project,
    period,
    units,
    categories,
    nodes,
    indicators,
    children,
    assessedBy,
    get observations() {
      return allObservations();
    },
    unitPos,
    current,
    targets,
  };
}

/** The observation of a unit × indicator for exactly the plan period. */
export function observationFor(ctx: AssessContext, unit: string, indicator: string): Observation | undefined {
  const k = ctx.unitPos.get(unit);
  return k === undefined ? undefined : ctx.current.get(indicator)?.[k];
}

/**
 * The latest observation with a value strictly before the plan period, of the same granularity
 * (carry forward, 沿用上期数据).
 */
export function lastEarlierObservation(ctx: AssessContext, unit: string, indicator: string): Observation | undefined {
  const byPeriod = ctx.observations.get(unit)?.get(indicator);
  if (byPeriod === undefined) return undefined;
  const type = parsePeriod(ctx.period)?.type;
  let best: Observation | undefined;
  for (const [period, o] of byPeriod) {
    if (o.value === null || parsePeriod(period)?.type !== type || comparePeriods(period, ctx.period) >= 0) continue;
    if (best === undefined || comparePeriods(period, best.period) > 0) best = o;
  }
  return best;
}

/**
 * The target that applies to a unit (unit-specific over category over all units) for an
 * indicator in the plan period (or a period containing it).
 */
export function targetFor(ctx: AssessContext, unit: Unit, indicator: string): Target | undefined {
  return bestTarget(ctx.targets.get(indicator) ?? [], ctx.period, unit);
}

/**
 * The most specific of an indicator's targets for a unit in a period (or a period containing it):
 * unit-specific over category over all units; of equally specific ones, the first. Shared by the
 * exact engine and the float model.
 */
export function bestTarget(targets: readonly Target[], period: string, unit: Unit): Target | undefined {
  let best: Target | undefined;
  let bestRank = -1;
  for (const t of targets) {
    if (!(t.period === period || periodContains(t.period, period))) continue;
    let rank: number;
    if (t.unit !== undefined) {
      if (t.unit !== unit.id) continue;
      rank = 2;
    } else if (t.category !== undefined) {
      if (t.category !== unit.category) continue;
      rank = 1;
    } else rank = 0;
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}

/** A leaf's or node's declared weight for a unit (category override, then weight, then points, then 1). */
export function weightFor(
  ctx: AssessContext,
  unit: Unit,
  item: { id: string; weight?: unknown; points?: unknown },
): Dec {
  const override = unit.category === undefined ? undefined : ctx.categories.get(unit.category)?.weights?.[item.id];
  const raw = override ?? item.weight ?? item.points;
  return raw === undefined ? new D(1) : toDecimal(raw as string | number);
}
