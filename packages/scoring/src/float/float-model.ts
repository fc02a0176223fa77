import {
  comparePeriods,
  type Indicator,
  type MissingDataPolicy,
  type Observation,
  type Project,
  parsePeriod,
  periodContains,
  type ScoringRule,
  type Target,
  type Unit,
} from "@ducha/schema";
import { assessedByCategory, bestTarget } from "../assess/context.js";
import { ScoringError } from "../errors.js";
import { toDecimal } from "../internal/decimal.js";
import { combineRatings } from "../raters/combine-ratings.js";
import { applyAdjustments } from "../rules/adjustments.js";
import { compileBands, type FloatBand } from "./grade-float.js";
import type { CellTargets } from "./normalize-float.js";

/** Indicator kinds with numeric values (the exact engine's `QUANTITATIVE`). */
export const NUMERIC_KINDS: ReadonlySet<string> = new Set(["quantitative", "survey", "event-count"]);

/** Aggregation methods of the float path. */
export type FloatAggregation = "weighted-arithmetic" | "points-sum" | "weighted-geometric" | "minimum";

/**
 * One inner node (or the root `""`) of a category's aggregation tree.
 * @internal
 */
export interface FloatTreeNode {
  readonly id: string;
  readonly method: FloatAggregation;
  /** Per child: ≥ 0 an indicator index, < 0 the tree node `−k − 1` of the same group. */
  readonly kids: Int32Array;
  /** Per child: index into {@link FloatModel.items} (the weight perturbed by a factor). */
  readonly kidItems: Int32Array;
  /** Per child: the declared weight for this category (override → weight → points → 1). */
  readonly weights: Float64Array;
}

/**
 * The aggregation tree as it applies to the units of one category (分类考核), post-order.
 * @internal
 */
export interface FloatGroup {
  readonly category: string | undefined;
  /** Model positions of the group's units, ascending. */
  readonly units: Int32Array;
  /** Whether `units` is 0 … U − 1 (one group for all units). */
  readonly identity: boolean;
  readonly nodes: readonly FloatTreeNode[];
}

/**
 * One indicator compiled for the float path.
 * @internal
 */
export interface FloatIndicator {
  readonly id: string;
  readonly indicator: Indicator;
  readonly numeric: boolean;
  readonly policy: MissingDataPolicy;
  /** 1 where the unit's category assesses the indicator; `undefined` = every unit. */
  readonly assessed: Uint8Array | undefined;
  readonly targets: CellTargets;
  /** Whether any target is declared for the indicator (a binding indicator without targets cannot miss). */
  readonly hasTargets: boolean;
  /** Raw numeric values of the plan period per unit (NaN = missing). */
  readonly raw: Float64Array;
  /** Raw labels (grade codes, task statuses, booleans) for categorical kinds. */
  readonly labels: (string | boolean | null)[] | undefined;
  /** Denominator values per `denominate` transform (by transform index; NaN = none). */
  readonly denominators: ReadonlyMap<number, Float64Array>;
}

/**
 * A validated project compiled once into columns for fast float scoring: units × indicators raw
 * values, targets, the aggregation tree per unit category with weights as `Float64Array`s,
 * adjustments, vetoes and grading. Build it with {@link compileFloatModel}, score it with
 * {@link scoreFloatModel}.
 *
 * @since 0.1.0
 */
export interface FloatModel {
  /** Assessed unit ids, sorted (the order of every per-unit array). */
  readonly units: readonly string[];
  /** Each unit's category (分类), by position. */
  readonly categories: readonly (string | undefined)[];
  /** Indicator ids in id order (the order of the indicator columns). */
  readonly indicatorIds: readonly string[];
  /** Inner node ids of the system, in id order. */
  readonly nodeIds: readonly string[];
  /** Weight items (node and indicator ids): the coordinates of a weight factor vector. */
  readonly items: readonly string[];
  /** Grade band ids, best first (empty when the plan does not grade). */
  readonly bands: readonly string[];
  /** @internal */
  readonly project: Project;
  /** @internal */
  readonly indicators: readonly FloatIndicator[];
  /** @internal */
  readonly groups: readonly FloatGroup[];
  /** @internal Group index and position within the group, per unit. */
  readonly groupOf: Int32Array;
  /** @internal */
  readonly slotOf: Int32Array;
  /** @internal Net bonus − deduction per unit (加分/扣分 after caps). */
  readonly adjustment: Float64Array;
  /** @internal Units with a recorded veto event, by veto id. */
  readonly vetoEvents: ReadonlyMap<string, ReadonlySet<number>>;
  /** @internal Factor turning the root score into the points total (分值制), 1 otherwise. */
  readonly pointsScale: number;
  /** @internal */
  readonly floatBands: readonly FloatBand[];
  /** @internal */
  readonly quotaTies: "exclude" | "include";
  /** @internal Quota scope per unit (category index, or 0 for all). */
  readonly quotaScope: Int32Array;
  /** @internal */
  readonly rounding: { readonly decimals: number; readonly mode: "half-up" | "half-even" | "down" | "up" };
  /** @internal */
  readonly ties: "competition" | "dense";
  /** @internal */
  readonly rankOn: "published" | "exact";
  /** @internal Carried-forward values (latest earlier period of the same granularity), built on demand. */
  carried: Map<number, { raw: Float64Array; labels: (string | boolean | null)[] | undefined }> | undefined;
}

/**
 * Options of {@link compileFloatModel}.
 *
 * @since 0.1.0
 */
export interface FloatCompileOptions {
  /**
   * Whether ranks and grades use the published (rounded) total or the full-precision total, as
   * `ScoreOptions.rankOn` of `scoreAssessment`. Defaults to `"published"`.
   */
  readonly rankOn?: "published" | "exact";
}

const ROOT = "";
/**
 * Whether `Number(s)` reads `s` as `toDecimal` does: `s` starts with a digit, a sign or a point
 * (no blank, `Infinity`, …) and is not a `0x`/`0b`/`0o` literal, which `Number` accepts and
 * `toDecimal` rejects. Everything else takes the `toDecimal` path (same value or the same error).
 */
function plainDecimal(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (!((c0 >= 48 && c0 <= 57) || c0 === 43 || c0 === 45 || c0 === 46)) return false;
  if (c0 !== 48 || s.length < 2) return true;
  const c1 = s.charCodeAt(1) | 0x20; // lower case
  return c1 !== 0x78 && c1 !== 0x62 && c1 !== 0x6f; // x, b, o
}

/** A numeric observation value as a float: plain decimal strings by `Number`, others through `toDecimal`. */
export function toFloat(value: unknown, path: () => (string | number)[]): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && plainDecimal(value)) {
    const x = Number(value);
    if (Number.isFinite(x)) return x;
  }
  if (typeof value === "boolean")
    throw new ScoringError("invalid_value", `expected a number, got ${value}`, { path: path() });
  const x = toDecimal(value as string | number, path()).toNumber();
  if (!Number.isFinite(x))
    throw new ScoringError("float_overflow", `value ${String(value)} is outside the float range`, { path: path() });
  return x;
}

function unsupported(feature: string, path: (string | number)[]): never {
  throw new ScoringError(
    "unsupported_in_float",
    `the float fast path does not support ${feature}; use scoreAssessment (exact) for this project`,
    { path },
  );
}

/**
 * Compiles a validated project (and its observations) into a {@link FloatModel} for fast float
 * scoring (浮点快速评分): reads every observation of the plan period once into per-indicator
 * `Float64Array` columns, resolves targets (unit → category → all units), the units each category
 * assesses, the aggregation tree per category with declared weights (category override → weight →
 * points → 1), bonus/deduction totals after caps, veto events and grade bands.
 *
 * Supports every scoring rule, the `denominate`, `clamp`, `log` and `log-offset` pre-transforms,
 * all four missing-data policies, weighted arithmetic / geometric / points / minimum aggregation,
 * adjustments, vetoes (cap-grade, zero-node, zero-total, exclude-from-ranking), accountability
 * grade caps, rounding, ranking and graded quotas. Anything else (the `winsorize` transform,
 * `custom:` aggregations) throws {@link ScoringError} `unsupported_in_float` naming the feature
 * and its path — never a silently different answer.
 *
 * @param project - a project that passed `validateProject` (and scores with `scoreAssessment`)
 * @param options - rank basis; see {@link FloatCompileOptions}
 * @returns the compiled model
 * @example
 * ```ts
 * import { compileFloatModel, scoreFloatModel } from "@ducha/scoring";
 *
 * declare const project: import("@ducha/schema").Project;
 * const model = compileFloatModel(project);
 * const r = scoreFloatModel(model);
 * console.log(r.units[0], r.totals[0], r.ranks[0]);
 * ```
 * @since 0.1.0
 */
export function compileFloatModel(project: Project, options: FloatCompileOptions = {}): FloatModel {
  const plan = project.plan;
  const system = project.system;
  if (plan.system !== system.id) {
    throw new ScoringError("system_mismatch", `plan refers to system '${plan.system}', not '${system.id}'`, {
      path: ["plan", "system"],
    });
  }
  const period = plan.period;
  const nodes = new Map(system.nodes.map((n) => [n.id, n]));
  const indicatorById = new Map(system.indicators.map((i) => [i.id, i]));
  const children = new Map<string, { id: string; kind: "node" | "indicator" }[]>([[ROOT, []]]);
  const addChild = (parent: string | undefined, id: string, kind: "node" | "indicator", path: (string | number)[]) => {
    if (parent !== undefined && !nodes.has(parent))
      throw new ScoringError("unknown_parent", `unknown parent '${parent}'`, { path });
    const key = parent ?? ROOT;
    const list = children.get(key) ?? [];
    list.push({ id, kind });
    children.set(key, list);
  };
  system.nodes.forEach((n, i) => {
    addChild(n.parent, n.id, "node", ["system", "nodes", i, "parent"]);
  });
  system.indicators.forEach((ind, i) => {
    addChild(ind.parent, ind.id, "indicator", ["system", "indicators", i, "parent"]);
  });
  for (const list of children.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Units (plan.units or every assessed unit), sorted by id.
  const allUnits = new Map(project.units.map((u) => [u.id, u]));
  const unitIds = plan.units ?? project.units.filter((u) => u.assessed !== false).map((u) => u.id);
  const units: Unit[] = unitIds.map((id, i) => {
    const u = allUnits.get(id);
    if (u === undefined) throw new ScoringError("unknown_unit", `unknown unit '${id}'`, { path: ["plan", "units", i] });
    return u;
  });
  units.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const U = units.length;
  const unitPos = new Map(units.map((u, k) => [u.id, k]));

  // Which indicators each category assesses (分类考核): the exact engine's rule (assess/context.ts).
  const categoryById = new Map((project.categories ?? []).map((c) => [c.id, c]));
  const assessedBy = assessedByCategory(project, units, categoryById);

  // Targets per indicator, resolved per unit: unit-specific over category over all units.
  const targetsByInd = new Map<string, Target[]>();
  for (const t of project.targets ?? []) {
    const list = targetsByInd.get(t.indicator) ?? [];
    list.push(t);
    targetsByInd.set(t.indicator, list);
  }
  const targetFor = (unit: Unit, indicator: string): Target | undefined =>
    bestTarget(targetsByInd.get(indicator) ?? [], period, unit);

  // Indicators with at least one assessed unit, in id order.
  const indicatorIds = [...indicatorById.keys()].sort();
  const specs: Omit<FloatIndicator, "raw" | "labels" | "denominators">[] = [];
  // Shared, never written: the targets of indicators without any declared target.
  const noTargets: CellTargets = {
    target: new Float64Array(U).fill(Number.NaN),
    rangeLow: new Float64Array(U).fill(Number.NaN),
    rangeHigh: new Float64Array(U).fill(Number.NaN),
    rangeKey: new Array(U).fill(undefined),
  };
  const columnIndex = new Map<string, number>();
  const unitCategories = [...new Set(units.map((u) => u.category))];
  const categoryOf = Int32Array.from(units, (u) => unitCategories.indexOf(u.category));
  for (const id of indicatorIds) {
    const ind = indicatorById.get(id) as Indicator;
    const byCategory = unitCategories.map((c) => assessedBy.get(c)?.has(id) ?? false);
    if (!byCategory.includes(true)) continue;
    let mask: Uint8Array | undefined;
    if (byCategory.includes(false)) mask = Uint8Array.from(categoryOf, (c) => (byCategory[c] ? 1 : 0));
    const path = ["system", "indicators", id];
    ind.transforms?.forEach((t, k) => {
      if (t.type === "winsorize") unsupported("the 'winsorize' pre-transform", [...path, "transforms", k]);
    });
    const hasTargets = targetsByInd.has(id);
    const target = hasTargets ? new Float64Array(U).fill(Number.NaN) : noTargets.target;
    const rangeLow = hasTargets ? new Float64Array(U).fill(Number.NaN) : noTargets.rangeLow;
    const rangeHigh = hasTargets ? new Float64Array(U).fill(Number.NaN) : noTargets.rangeHigh;
    const keys: (string | undefined)[] | undefined = hasTargets ? new Array(U).fill(undefined) : undefined;
    const rangeKey = keys ?? noTargets.rangeKey;
    if (hasTargets) {
      for (let k = 0; k < U; k++) {
        if (mask !== undefined && mask[k] === 0) continue;
        const t = targetFor(units[k] as Unit, id);
        if (t?.target !== undefined) target[k] = toDecimal(t.target, ["targets", id]).toNumber();
        if (t?.range !== undefined) {
          rangeLow[k] = toDecimal(t.range.low, ["targets", id]).toNumber();
          rangeHigh[k] = toDecimal(t.range.high, ["targets", id]).toNumber();
          if (keys !== undefined) keys[k] = `${String(t.range.low)}\u0000${String(t.range.high)}`;
        }
      }
    }
    columnIndex.set(id, specs.length);
    specs.push({
      id,
      indicator: ind,
      numeric: NUMERIC_KINDS.has(ind.kind),
      policy: plan.missingData?.perIndicator?.[id] ?? plan.missingData?.default ?? "exclude-reweight",
      assessed: mask,
      targets: { target, rangeLow, rangeHigh, rangeKey },
      hasTargets,
    });
  }

  // Raw values of the plan period: one pass over the observations (the last one of a cell wins).
  const raws = specs.map(() => new Float64Array(U).fill(Number.NaN));
  const labels = specs.map((s) => (s.numeric ? undefined : (new Array(U).fill(null) as (string | boolean | null)[])));
  const auxNeeded = new Map<string, Float64Array>();
  for (const s of specs)
    for (const t of s.indicator.transforms ?? [])
      if (t.type === "denominate" && !auxNeeded.has(t.by)) auxNeeded.set(t.by, new Float64Array(U).fill(Number.NaN));
  const rated = new Set(plan.ratedIndicators ?? []);
  const observations = project.observations ?? [];
  const hasAux = auxNeeded.size > 0;
  const skipColumn = Uint8Array.from(specs, (s) => (rated.has(s.id) ? 1 : 0));
  for (let k = 0; k < observations.length; k++) {
    const o = observations[k] as Observation;
    if (o.period !== period) continue;
    const u = unitPos.get(o.unit);
    if (u === undefined) continue;
    const aux = hasAux ? auxNeeded.get(o.indicator) : undefined;
    if (aux !== undefined) {
      const v = o.value;
      aux[u] =
        v === null || typeof v === "boolean"
          ? Number.NaN
          : toFloat(v, () => ["observations", o.unit, o.indicator, period]);
    }
    const c = columnIndex.get(o.indicator);
    if (c === undefined) continue;
    const s = specs[c] as (typeof specs)[number];
    if (skipColumn[c] === 1 || (s.assessed !== undefined && s.assessed[u] === 0)) continue;
    const present = o.value !== null && o.status !== "missing";
    if (s.numeric) {
      (raws[c] as Float64Array)[u] = present
        ? toFloat(o.value, () => ["observations", o.unit, o.indicator, period])
        : Number.NaN;
    } else {
      (labels[c] as (string | boolean | null)[])[u] = present ? categoricalValue(s.indicator, o.value, o) : null;
    }
  }
  // Rated indicators (考评主体): the combined rating of the rater groups, computed exactly.
  if (rated.size > 0) {
    const groups = (plan.raterGroups ?? []).map((g) => ({
      id: g.id,
      weight: g.weight,
      ...(g.trimHighest === undefined ? {} : { trimHighest: g.trimHighest }),
      ...(g.trimLowest === undefined ? {} : { trimLowest: g.trimLowest }),
      ...(g.minRatings === undefined ? {} : { minRatings: g.minRatings }),
    }));
    for (const id of rated) {
      const c = columnIndex.get(id);
      if (c === undefined) continue;
      const s = specs[c] as (typeof specs)[number];
      if (!s.numeric) unsupported(`rated ${s.indicator.kind} indicators`, ["plan", "ratedIndicators"]);
      const byUnit = new Map<string, { group: string; rater?: string; score: string | number }[]>();
      for (const r of project.ratings ?? []) {
        if (r.indicator !== id || r.period !== period) continue;
        const list = byUnit.get(r.unit) ?? [];
        list.push(
          r.rater === undefined
            ? { group: r.group, score: r.score }
            : { group: r.group, rater: r.rater, score: r.score },
        );
        byUnit.set(r.unit, list);
      }
      for (let u = 0; u < U; u++) {
        if (s.assessed !== undefined && s.assessed[u] === 0) continue;
        const combined = combineRatings(byUnit.get((units[u] as Unit).id) ?? [], groups);
        if (combined.status === "ok") (raws[c] as Float64Array)[u] = combined.value.toNumber();
      }
    }
  }
  const indicators: FloatIndicator[] = specs.map((s, c) => {
    const denominators = new Map<number, Float64Array>();
    s.indicator.transforms?.forEach((t, k) => {
      if (t.type === "denominate") denominators.set(k, auxNeeded.get(t.by) as Float64Array);
    });
    return { ...s, raw: raws[c] as Float64Array, labels: labels[c], denominators };
  });

  // Weight items and the aggregation tree per category.
  const items = [...system.nodes.map((n) => n.id), ...system.indicators.map((i) => i.id)];
  const itemIndex = new Map(items.map((id, k) => [id, k]));
  const categoriesInOrder = [...new Set(units.map((u) => u.category))];
  const groupOf = new Int32Array(U);
  const slotOf = new Int32Array(U);
  const groups: FloatGroup[] = categoriesInOrder.map((cat, g) => {
    const members: number[] = [];
    units.forEach((u, k) => {
      if (u.category === cat) {
        groupOf[k] = g;
        slotOf[k] = members.length;
        members.push(k);
      }
    });
    const assessed = assessedBy.get(cat) ?? new Set<string>();
    const override = cat === undefined ? undefined : categoryById.get(cat)?.weights;
    const weightOf = (item: { id: string; weight?: unknown; points?: unknown }, path: (string | number)[]) => {
      const raw = override?.[item.id] ?? item.weight ?? item.points;
      return raw === undefined ? 1 : toDecimal(raw as string | number, path).toNumber();
    };
    const tree: FloatTreeNode[] = [];
    const build = (id: string): number | undefined => {
      const node = id === ROOT ? undefined : nodes.get(id);
      const method =
        (id === ROOT ? system.aggregation : (node?.aggregation ?? system.aggregation)) ?? "weighted-arithmetic";
      if (method.startsWith("custom:"))
        unsupported(
          `custom aggregation '${method}'`,
          id === ROOT ? ["system", "aggregation"] : ["system", "nodes", id, "aggregation"],
        );
      const kids: number[] = [];
      const kidItems: number[] = [];
      const weights: number[] = [];
      for (const child of children.get(id) ?? []) {
        if (child.kind === "indicator") {
          const c = columnIndex.get(child.id);
          if (!assessed.has(child.id) || c === undefined) continue;
          kids.push(c);
          weights.push(
            weightOf(indicatorById.get(child.id) as Indicator, ["system", "indicators", child.id, "weight"]),
          );
        } else {
          const sub = build(child.id);
          if (sub === undefined) continue;
          kids.push(-sub - 1);
          weights.push(weightOf(nodes.get(child.id) ?? { id: child.id }, ["system", "nodes", child.id, "weight"]));
        }
        kidItems.push(itemIndex.get(child.id) as number);
      }
      if (kids.length === 0) return undefined;
      tree.push({
        id,
        method: method as FloatAggregation,
        kids: Int32Array.from(kids),
        kidItems: Int32Array.from(kidItems),
        weights: Float64Array.from(weights),
      });
      return tree.length - 1;
    };
    build(ROOT);
    return {
      category: cat,
      units: Int32Array.from(members),
      identity: categoriesInOrder.length === 1,
      nodes: tree,
    };
  });

  // Bonus/deduction (加分/扣分) per unit after item and total caps, computed exactly.
  const adjustment = new Float64Array(U);
  const adjustmentItems = (plan.adjustments ?? []).map((a) => ({
    id: a.id,
    type: a.type,
    points: a.points,
    ...(a.cap === undefined ? {} : { cap: a.cap }),
  }));
  const caps = plan.adjustmentCaps;
  const recordsByUnit = new Map<string, { adjustment: string; count?: number; points?: string | number }[]>();
  for (const r of project.adjustmentRecords ?? []) {
    if (!periodContains(period, r.period)) continue;
    const list = recordsByUnit.get(r.unit) ?? [];
    list.push({
      adjustment: r.adjustment,
      ...(r.count === undefined ? {} : { count: r.count }),
      ...(r.points === undefined ? {} : { points: r.points }),
    });
    recordsByUnit.set(r.unit, list);
  }
  units.forEach((u, k) => {
    const recs = recordsByUnit.get(u.id) ?? [];
    if (recs.length === 0 && adjustmentItems.length === 0) return;
    adjustment[k] = applyAdjustments(recs, adjustmentItems, {
      ...(caps?.bonus === undefined ? {} : { bonus: caps.bonus }),
      ...(caps?.deduction === undefined ? {} : { deduction: caps.deduction }),
    }).net.toNumber();
  });

  const vetoEvents = new Map<string, Set<number>>();
  for (const e of project.vetoEvents ?? []) {
    const u = unitPos.get(e.unit);
    if (u === undefined || !periodContains(period, e.period)) continue;
    const set = vetoEvents.get(e.veto) ?? new Set<number>();
    set.add(u);
    vetoEvents.set(e.veto, set);
  }

  let pointsScale = 1;
  if (system.weighting === "points") {
    let top = 0;
    for (const c of children.get(ROOT) ?? []) {
      const item = c.kind === "node" ? nodes.get(c.id) : indicatorById.get(c.id);
      if (item?.points !== undefined) top += toDecimal(item.points).toNumber();
    }
    pointsScale = (system.totalPoints === undefined ? top : toDecimal(system.totalPoints).toNumber()) / 100;
  }

  const grading = plan.grading;
  const quotaScope = new Int32Array(U);
  if (grading?.quotaScope === "category") {
    const scopes = new Map<string, number>();
    units.forEach((u, k) => {
      if (u.category === undefined) return;
      let s = scopes.get(u.category);
      if (s === undefined) {
        s = scopes.size + 1;
        scopes.set(u.category, s);
      }
      quotaScope[k] = s;
    });
  }
  return {
    units: units.map((u) => u.id),
    categories: units.map((u) => u.category),
    indicatorIds: indicators.map((i) => i.id),
    nodeIds: system.nodes.map((n) => n.id).sort(),
    items,
    bands: grading?.bands.map((b) => b.id) ?? [],
    project,
    indicators,
    groups,
    groupOf,
    slotOf,
    adjustment,
    vetoEvents,
    pointsScale,
    floatBands: grading === undefined ? [] : compileBands(grading.bands),
    quotaTies: grading?.quotaTies ?? "exclude",
    quotaScope,
    rounding: { decimals: plan.rounding?.decimals ?? 2, mode: plan.rounding?.mode ?? "half-up" },
    ties: plan.ranking?.ties ?? "competition",
    rankOn: options.rankOn ?? "published",
    carried: undefined,
  };
}

function categoricalValue(ind: Indicator, value: unknown, o: Observation): string | boolean {
  if (ind.kind === "boolean") {
    if (typeof value !== "boolean")
      throw new ScoringError("invalid_value", `expected true or false, got ${JSON.stringify(value)}`, {
        path: ["observations", o.unit, o.indicator, o.period],
      });
    return value;
  }
  return String(value);
}

/**
 * Carried-forward values (沿用上期数据) of an indicator: per unit the latest observation with a value
 * strictly before the plan period and of the same granularity (NaN / null when there is none).
 * @internal
 */
export function carriedValues(
  model: FloatModel,
  c: number,
): { raw: Float64Array; labels: (string | boolean | null)[] | undefined } {
  if (model.carried === undefined) {
    model.carried = new Map();
    const period = model.project.plan.period;
    const type = parsePeriod(period)?.type;
    const unitPos = new Map(model.units.map((u, k) => [u, k]));
    const colOf = new Map(model.indicators.map((s, k) => [s.id, k]));
    const best = new Map<string, Observation>();
    for (const o of model.project.observations ?? []) {
      if (o.value === null || o.period === period) continue;
      if (!colOf.has(o.indicator) || !unitPos.has(o.unit)) continue;
      if (parsePeriod(o.period)?.type !== type || comparePeriods(o.period, period) >= 0) continue;
      const key = `${o.indicator}\u0000${o.unit}`;
      const prev = best.get(key);
      if (prev === undefined || comparePeriods(o.period, prev.period) >= 0) best.set(key, o);
    }
    for (const [key, o] of best) {
      const k = colOf.get(o.indicator) as number;
      const s = model.indicators[k] as FloatIndicator;
      let entry = model.carried.get(k);
      if (entry === undefined) {
        entry = {
          raw: new Float64Array(model.units.length).fill(Number.NaN),
          labels: s.numeric ? undefined : new Array(model.units.length).fill(null),
        };
        model.carried.set(k, entry);
      }
      const u = unitPos.get(key.slice(key.indexOf("\u0000") + 1)) as number;
      if (s.numeric) entry.raw[u] = toFloat(o.value, () => ["observations", o.unit, o.indicator, o.period]);
      else (entry.labels as (string | boolean | null)[])[u] = categoricalValue(s.indicator, o.value, o);
    }
  }
  return (
    model.carried.get(c) ?? {
      raw: new Float64Array(model.units.length).fill(Number.NaN),
      labels: model.indicators[c]?.numeric ? undefined : new Array(model.units.length).fill(null),
    }
  );
}

/** The scoring rule an indicator is scored with (the override for numeric indicators, if any). */
export function ruleOf(s: FloatIndicator, override: ScoringRule | undefined): ScoringRule {
  return override !== undefined && s.numeric ? override : s.indicator.scoring;
}
