import type { Unit } from "@ducha/schema";
import { weightedGeometricMean } from "../aggregate/weighted-geometric-mean.js";
import { ScoringError } from "../errors.js";
import { D, type Dec } from "../internal/decimal.js";
import type { DecimalColumn } from "../internal/decimal-column.js";
import { mul } from "../internal/decimal-kernel.js";
import { lazyProperty } from "../internal/lazy-property.js";
import { WeightedSum } from "../internal/weighted-sum.js";

import { type AssessContext, weightFor } from "./context.js";
import { type Cell, cellAt, hasScore, type IndicatorColumn, indicatorScore, scoreOf } from "./score-indicator.js";
import type { IndicatorScore, NodeScore, ScoreFlag } from "./types.js";

/**
 * A custom aggregation method, registered under `custom:<name>`: receives the kept children's
 * scores and their weights (normalised to sum to 1, same order) and returns the node's score.
 *
 * @since 0.1.0
 */
export type CustomAggregator = (scores: readonly Dec[], weights: readonly Dec[]) => Dec;

const ZERO = new D(0);
const ONE = new D(1);

/** A normalised weight shape: the sum of the kept children's weights and each kept weight / sum. */
interface Shape {
  readonly sum: Dec;
  readonly normalized: readonly Dec[];
}

/** One child of a node in a category's aggregation plan. */
interface PlanChild {
  readonly id: string;
  /** The declared weight (category override, weight, points or 1). */
  readonly weight: Dec;
  /** The indicator's column, for a leaf. */
  readonly column: IndicatorColumn | undefined;
  /** The inner node, otherwise. */
  readonly node: PlanNode | undefined;
  /** Global weight when no child anywhere is excluded (shared by the category's units). */
  fullGlobal: Dec | undefined;
}

/** An inner node (or the root `""`) that has at least one applicable child for a category. */
interface PlanNode {
  readonly id: string;
  /** Pre-order position, to keep per-unit results in an array. */
  readonly index: number;
  readonly method: string;
  readonly linearMethod: boolean;
  readonly kids: readonly PlanChild[];
  /** The weight shape when every child is kept. */
  readonly full: Shape;
}

/** The tree as it applies to one unit category, built once per category. */
interface CategoryPlan {
  readonly root: PlanNode | undefined;
  readonly size: number;
}

/** Per-assessment caches: the aggregation plan per category and normalised weight shapes. */
export interface AggregationCache {
  readonly plans: Map<string, CategoryPlan>;
  readonly shapes: Map<string, Shape>;
}

/** A fresh {@link AggregationCache}; one per `scoreAssessment` call. */
export function createAggregationCache(): AggregationCache {
  return { plans: new Map(), shapes: new Map() };
}

const NO_FLAGS: readonly ScoreFlag[] = Object.freeze([]);
/** Stands, in a node's list of child scores, for a leaf score held in its column's off-heap scores. */
const IN_COLUMN: Dec = new D(0);
/** The weighted-sum registers (one suffices: a node accumulates after all its children are done). */
const ACC = new WeightedSum();

/** Child i's score, materialising a leaf score held in its column. */
function resolveScore(kids: readonly PlanChild[], scores: readonly (Dec | null)[], i: number, pos: number): Dec | null {
  const x = scores[i] ?? null;
  if (x !== IN_COLUMN) return x;
  const column = (kids[i] as PlanChild).column as IndicatorColumn;
  return scoreOf(column, cellAt(column, pos) as Cell);
}
const NO_CHILDREN: NodeScore["children"] = Object.freeze([]);

function shapeOf(weights: readonly Dec[]): Shape {
  let sum = new D(0);
  for (const w of weights) sum = sum.plus(w);
  return { sum, normalized: sum.isZero() ? [] : weights.map((w) => w.div(sum)) };
}

/** Builds the category's plan: the applicable children of each node, with their declared weights. */
function buildPlan(ctx: AssessContext, unit: Unit, columns: ReadonlyMap<string, IndicatorColumn>): CategoryPlan {
  const assessed = ctx.assessedBy.get(unit.category) ?? new Set<string>();
  const system = ctx.project.system;
  const weights = new Map<string, Dec>();
  let size = 0;
  const build = (id: string): PlanNode | undefined => {
    const node = id === "" ? undefined : ctx.nodes.get(id);
    const method =
      (id === "" ? system.aggregation : (node?.aggregation ?? system.aggregation)) ?? "weighted-arithmetic";
    const index = size++;
    const kids: PlanChild[] = [];
    for (const child of ctx.children.get(id) ?? []) {
      if (child.kind === "indicator") {
        if (!assessed.has(child.id)) continue;
        const column = columns.get(child.id);
        const ind = ctx.indicators.get(child.id);
        if (column === undefined || ind === undefined) continue;
        let w = weights.get(child.id);
        if (w === undefined) {
          w = weightFor(ctx, unit, ind);
          weights.set(child.id, w);
        }
        kids.push({ id: child.id, weight: w, column, node: undefined, fullGlobal: undefined });
      } else {
        const sub = build(child.id);
        if (sub === undefined) continue; // not applicable to this category
        const n = ctx.nodes.get(child.id);
        kids.push({
          id: child.id,
          weight: weightFor(ctx, unit, n ?? { id: child.id }),
          column: undefined,
          node: sub,
          fullGlobal: undefined,
        });
      }
    }
    if (kids.length === 0) {
      size--;
      return undefined;
    }
    return {
      id,
      index,
      method,
      linearMethod: method === "weighted-arithmetic" || method === "points-sum",
      kids,
      full: shapeOf(kids.map((k) => k.weight)),
    };
  };
  const root = build("");
  return { root, size };
}

/** A node's result for one unit, with `globalWeight` filled in by the walk from the root. */
type MutableNodeScore = { -readonly [K in keyof NodeScore]: NodeScore[K] };

/** What {@link aggregateUnit} returns for one unit. */
export interface UnitAggregation {
  readonly root: Dec | null;
  readonly nodes: Record<string, NodeScore>;
  /** Flags of the unit's leaf cells (the unit's flags are these plus the nodes' flags). */
  readonly cellFlags: ReadonlySet<ScoreFlag>;
  /** Leaf indicator ids whose score is `null` (excluded), in tree order. */
  readonly excluded: readonly string[];
  /**
   * Builds the unit's indicator results (weights, global weights, contributions) in tree order.
   * Called on demand: a large assessment keeps its per-cell trace as columns until asked.
   */
  readonly indicators: () => Record<string, IndicatorScore>;
}

const EMPTY_FLAGS: ReadonlySet<ScoreFlag> = new Set();

/** Aggregates one unit's indicator scores up the tree, recording every node's score and weights. */
export function aggregateUnit(
  ctx: AssessContext,
  unit: Unit,
  pos: number,
  columns: ReadonlyMap<string, IndicatorColumn>,
  zeroNodes: ReadonlySet<string>,
  aggregators: Readonly<Record<string, CustomAggregator>>,
  cache: AggregationCache = createAggregationCache(),
): UnitAggregation {
  const cat = unit.category ?? "";
  let plan = cache.plans.get(cat);
  if (plan === undefined) {
    plan = buildPlan(ctx, unit, columns);
    cache.plans.set(cat, plan);
  }
  const nodes: Record<string, NodeScore> = {};
  const results: MutableNodeScore[] = new Array(plan.size);
  const weightsUsed: (readonly (Dec | null)[])[] = new Array(plan.size);
  let anyExcluded = false;
  let cellFlags: Set<ScoreFlag> | undefined;
  const excluded: string[] = [];
  const visit = (pn: PlanNode): Dec | null => {
    const kids = pn.kids;
    const n = kids.length;
    const scores: (Dec | null)[] = new Array(n);
    let keptCount = 0;
    for (let i = 0; i < n; i++) {
      const k = kids[i] as PlanChild;
      let sc: Dec | null;
      if (k.node !== undefined) sc = visit(k.node);
      else {
        // A score held off-heap in its column is read there when needed (IN_COLUMN stands for it).
        const column = k.column as IndicatorColumn;
        const kk = column.kOf[pos] as number;
        if (kk < 0) sc = null;
        else {
          const cell = column.kept[kk];
          sc = cell === undefined || cell.inColumn ? IN_COLUMN : cell.score;
        }
      }
      scores[i] = sc;
      if (sc !== null) keptCount++;
    }
    if (keptCount < n) anyExcluded = true;
    let flags: ScoreFlag[] | undefined;
    let score: Dec | null = null;
    // Re-normalised weights; identical for every unit of a category with the same children kept.
    let shape = pn.full;
    if (keptCount < n) {
      let mask = "";
      for (let i = 0; i < n; i++) mask += scores[i] === null ? "0" : "1";
      const shapeKey = `${cat}\u0000${pn.id}\u0000${mask}`;
      const cached = cache.shapes.get(shapeKey);
      if (cached === undefined) {
        const kept: Dec[] = [];
        for (let i = 0; i < n; i++) if (scores[i] !== null) kept.push((kids[i] as PlanChild).weight);
        shape = shapeOf(kept);
        cache.shapes.set(shapeKey, shape);
      } else shape = cached;
    }
    const weightSum = shape.sum;
    const w = shape.normalized;
    const id = pn.id;
    const method = pn.method;
    if (keptCount > 0) {
      if (weightSum.isZero()) {
        throw new ScoringError(
          "weights_sum_zero",
          `weights below '${id || "root"}' sum to zero for unit '${unit.id}'`,
          {
            path: ["system", "nodes", id],
          },
        );
      }
      if (pn.linearMethod) {
        // Σ wᵢ·sᵢ with weights re-normalised over the kept children (COINr a_amean; 分值 as weights).
        // acc = acc.plus(x.times(w)) digit for digit, in registers (WeightedSum), from 0.
        const acc = ACC;
        acc.reset();
        let j = 0;
        for (let i = 0; i < n; i++) {
          const x = scores[i];
          if (x === null || x === undefined) continue;
          const wj = w[j++] as Dec;
          if (x === IN_COLUMN) {
            const column = (kids[i] as PlanChild).column as IndicatorColumn;
            acc.addProductAt(column.scores as DecimalColumn, column.kOf[pos] as number, wj);
          } else acc.addProduct(x, wj);
        }
        score = acc.value();
      } else {
        const s: Dec[] = [];
        for (let i = 0; i < n; i++) {
          const x = resolveScore(kids, scores, i, pos);
          if (x !== null) s.push(x);
        }
        if (method === "weighted-geometric") {
          // Π sᵢ^wᵢ (COINr a_gmean); a zero score makes the product 0 (flagged), negatives are an error.
          if (s.some((x) => x.isZero())) {
            score = new D(0);
            flags = ["geometric_zero"];
          } else score = weightedGeometricMean(s, w, { path: ["nodes", id] }).value;
        } else if (method === "minimum") {
          score = s.reduce((m, x) => (x.lessThan(m) ? x : m));
        } else {
          const name = method.slice("custom:".length);
          const fn = aggregators[name];
          if (fn === undefined) {
            throw new ScoringError(
              "unknown_aggregation",
              `aggregation '${method}' is not registered (options.aggregators)`,
              {
                path: ["system", "nodes", id, "aggregation"],
              },
            );
          }
          score = fn(s, w);
        }
      }
    }
    if (zeroNodes.has(id)) {
      score = new D(0);
      if (flags === undefined) flags = ["node_zeroed"];
      else flags.push("node_zeroed");
    }
    // The weights used, by child (null = excluded): the shape's own array when every child is kept.
    const zeroSum = weightSum.isZero();
    let used: readonly (Dec | null)[] = w;
    if (keptCount < n || zeroSum) {
      const list: (Dec | null)[] = new Array(n);
      let j = 0;
      for (let i = 0; i < n; i++) list[i] = scores[i] === null || zeroSum ? null : (w[j++] as Dec);
      used = list;
    }
    weightsUsed[pn.index] = used;
    const result: MutableNodeScore = {
      node: id,
      aggregation: method,
      score,
      children: NO_CHILDREN,
      flags: flags ?? NO_FLAGS,
      globalWeight: ZERO,
    };
    // One entry per child is built when first read (the leaf nodes have most of the tree's children).
    lazyProperty(result, "children", () => {
      const children: { id: string; score: Dec | null; weight: Dec | null }[] = new Array(n);
      for (let i = 0; i < n; i++)
        children[i] = {
          id: (kids[i] as PlanChild).id,
          score: resolveScore(kids, scores, i, pos),
          weight: used[i] ?? null,
        };
      return children;
    });
    results[pn.index] = result;
    return score;
  };

  const rootNode = plan.root;
  const root = rootNode === undefined ? null : visit(rootNode);
  const shared = !anyExcluded;
  /** Global weight of a kept child: the parent's global weight × the child's normalised weight. */
  const globalOf = (k: PlanChild, global: Dec, weight: Dec | null): Dec => {
    if (weight === null) return new D(0);
    if (!shared) return mul(global, weight);
    // Every unit of the category without exclusions shares the same product.
    let g = k.fullGlobal;
    if (g === undefined) {
      g = mul(global, weight);
      k.fullGlobal = g;
    }
    return g;
  };
  // Inner nodes' global weights, and the leaf cells' flags (the per-cell results are built on demand).
  const walk = (pn: PlanNode, global: Dec) => {
    const n = results[pn.index] as MutableNodeScore;
    if (pn.id !== "") {
      n.globalWeight = global;
      nodes[pn.id] = n;
    }
    const kids = pn.kids;
    const used = weightsUsed[pn.index] as readonly (Dec | null)[];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i] as PlanChild;
      if (k.node !== undefined) {
        walk(k.node, globalOf(k, global, used[i] ?? null));
        continue;
      }
      const column = k.column as IndicatorColumn;
      const kk = column.kOf[pos] as number;
      const cell = kk < 0 ? undefined : column.kept[kk];
      if (cell === undefined) continue; // not assessed, or a plain cell: scored, no flags
      if (!hasScore(cell)) excluded.push(k.id);
      const flags = cell.flags;
      if (flags !== null && flags.length > 0) {
        if (cellFlags === undefined) cellFlags = new Set();
        for (const f of flags) cellFlags.add(f);
      }
    }
  };
  if (rootNode !== undefined) walk(rootNode, ONE);
  // The per-cell results, in the same tree order: weight fields from the node results above.
  const indicators = (): Record<string, IndicatorScore> => {
    const out: Record<string, IndicatorScore> = {};
    const leaves = (pn: PlanNode, global: Dec, linear: boolean) => {
      const isLinear = linear && pn.linearMethod;
      const kids = pn.kids;
      const used = weightsUsed[pn.index] as readonly (Dec | null)[];
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i] as PlanChild;
        if (k.node !== undefined) {
          leaves(k.node, (results[k.node.index] as MutableNodeScore).globalWeight, isLinear);
          continue;
        }
        const column = k.column as IndicatorColumn;
        const cell = cellAt(column, pos);
        if (cell === undefined) continue;
        const g = globalOf(k, global, used[i] ?? null);
        const score = scoreOf(column, cell);
        const contribution = isLinear && score !== null ? mul(score, g) : null;
        out[k.id] = indicatorScore(column, cell, k.weight, g, contribution, score);
      }
    };
    if (rootNode !== undefined) leaves(rootNode, ONE, true);
    return out;
  };
  return { root, nodes, cellFlags: cellFlags ?? EMPTY_FLAGS, excluded, indicators };
}
