import type { Unit } from "@ducha/schema";
import { weightedGeometricMean } from "../aggregate/weighted-geometric-mean.js";
import { ScoringError } from "../errors.js";
import { D, type Dec } from "../internal/decimal.js";
import { type AssessContext, weightFor } from "./context.js";
import type { IndicatorColumn } from "./score-indicator.js";
import type { IndicatorScore, NodeScore, ScoreFlag } from "./types.js";

/**
 * A custom aggregation method, registered under `custom:<name>`: receives the kept children's
 * scores and their weights (normalised to sum to 1, same order) and returns the node's score.
 *
 * @since 0.1.0
 */
export type CustomAggregator = (scores: readonly Dec[], weights: readonly Dec[]) => Dec;

/** Per-assessment caches of parsed weights, normalised weight shapes and global weights (by category). */
export interface AggregationCache {
  readonly weights: Map<string, Dec>;
  readonly shapes: Map<string, { readonly sum: Dec; readonly normalized: readonly Dec[] }>;
  readonly globals: Map<string, Map<string, Dec>>;
}

/** A fresh {@link AggregationCache}; one per `scoreAssessment` call. */
export function createAggregationCache(): AggregationCache {
  return { weights: new Map(), shapes: new Map(), globals: new Map() };
}

interface Aggregated {
  readonly score: Dec | null;
  /** Whether any node on the way down is non-linear (geometric/minimum/custom). */
  readonly linear: boolean;
}

/** Aggregates one unit's indicator scores up the tree, recording every node's score and weights. */
export function aggregateUnit(
  ctx: AssessContext,
  unit: Unit,
  pos: number,
  columns: ReadonlyMap<string, IndicatorColumn>,
  zeroNodes: ReadonlySet<string>,
  aggregators: Readonly<Record<string, CustomAggregator>>,
  cache: AggregationCache = createAggregationCache(),
): { root: Dec | null; nodes: Record<string, NodeScore>; indicators: Record<string, IndicatorScore> } {
  const assessed = ctx.assessedBy.get(unit.category) ?? new Set<string>();
  const system = ctx.project.system;
  const nodes: Record<string, NodeScore> = {};
  const indicators: Record<string, IndicatorScore> = {};
  const pendingNodes = new Map<string, Omit<NodeScore, "globalWeight">>();
  const cat = unit.category ?? "";
  /** Weight of an item for this unit's category, parsed once per category (hot path). */
  const weightOf = (item: { id: string; weight?: unknown; points?: unknown }): Dec => {
    const key = `${cat}\u0000${item.id}`;
    let w = cache.weights.get(key);
    if (w === undefined) {
      w = weightFor(ctx, unit, item);
      cache.weights.set(key, w);
    }
    return w;
  };
  let anyExcluded = false;

  const visit = (id: string): Aggregated | undefined => {
    const node = id === "" ? undefined : ctx.nodes.get(id);
    const method =
      (id === "" ? system.aggregation : (node?.aggregation ?? system.aggregation)) ?? "weighted-arithmetic";
    const kids: { id: string; score: Dec | null; weight: Dec; linear: boolean }[] = [];
    for (const child of ctx.children.get(id) ?? []) {
      if (child.kind === "indicator") {
        if (!assessed.has(child.id)) continue;
        const cell = columns.get(child.id)?.cells[pos];
        const ind = ctx.indicators.get(child.id);
        if (cell === undefined || ind === undefined) continue;
        kids.push({ id: child.id, score: cell.score, weight: weightOf(ind), linear: true });
      } else {
        const r = visit(child.id);
        if (r === undefined) continue; // not applicable to this unit's category
        const n = ctx.nodes.get(child.id);
        kids.push({
          id: child.id,
          score: r.score,
          weight: weightFor(ctx, unit, n ?? { id: child.id }),
          linear: r.linear,
        });
      }
    }
    if (kids.length === 0) return undefined;
    const kept = kids.filter((k) => k.score !== null);
    if (kept.length < kids.length) anyExcluded = true;
    const flags: ScoreFlag[] = [];
    let score: Dec | null = null;
    // Re-normalised weights; identical for every unit of a category with the same children kept.
    const shapeKey = `${cat}\u0000${id}\u0000${kids.map((k) => (k.score === null ? "0" : "1")).join("")}`;
    let shape = cache.shapes.get(shapeKey);
    if (shape === undefined) {
      const sum = kept.reduce((acc, k) => acc.plus(k.weight), new D(0));
      shape = { sum, normalized: sum.isZero() ? [] : kept.map((k) => k.weight.div(sum)) };
      cache.shapes.set(shapeKey, shape);
    }
    const weightSum = shape.sum;
    const normalized = shape.normalized;
    if (kept.length > 0) {
      if (weightSum.isZero()) {
        throw new ScoringError(
          "weights_sum_zero",
          `weights below '${id || "root"}' sum to zero for unit '${unit.id}'`,
          {
            path: ["system", "nodes", id],
          },
        );
      }
      const w = normalized;
      const s = kept.map((k) => k.score as Dec);
      if (method === "weighted-arithmetic" || method === "points-sum") {
        // Σ wᵢ·sᵢ with weights re-normalised over the kept children (COINr a_amean; 分值 as weights).
        score = s.reduce((acc, x, i) => acc.plus(x.times(w[i] as Dec)), new D(0));
      } else if (method === "weighted-geometric") {
        // Π sᵢ^wᵢ (COINr a_gmean); a zero score makes the product 0 (flagged), negatives are an error.
        if (s.some((x) => x.isZero())) {
          score = new D(0);
          flags.push("geometric_zero");
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
    if (zeroNodes.has(id)) {
      score = new D(0);
      flags.push("node_zeroed");
    }
    let j = 0;
    pendingNodes.set(id, {
      node: id,
      aggregation: method,
      score,
      children: kids.map((k) => ({
        id: k.id,
        score: k.score,
        weight: k.score === null || weightSum.isZero() ? null : (normalized[j++] as Dec),
      })),
      flags,
    });
    const linear = (method === "weighted-arithmetic" || method === "points-sum") && kids.every((k) => k.linear);
    return { score, linear };
  };

  const root = visit("");
  // Global weights: product of re-normalised weights from the root down; contributions where linear.
  // Units of a category with nothing excluded share them, so they are computed once per category.
  const globals = anyExcluded ? new Map<string, Dec>() : (cache.globals.get(cat) ?? new Map<string, Dec>());
  if (!anyExcluded) cache.globals.set(cat, globals);
  const globalOf = (parent: string, child: string, global: Dec, weight: Dec | null): Dec => {
    if (weight === null) return new D(0);
    const key = `${parent}\u0000${child}`;
    let g = globals.get(key);
    if (g === undefined) {
      g = global.times(weight);
      globals.set(key, g);
    }
    return g;
  };
  const walk = (id: string, global: Dec, linear: boolean) => {
    const n = pendingNodes.get(id);
    if (n === undefined) return;
    const isLinear = linear && (n.aggregation === "weighted-arithmetic" || n.aggregation === "points-sum");
    if (id !== "") nodes[id] = { ...n, globalWeight: global };
    for (const c of n.children) {
      const g = globalOf(id, c.id, global, c.weight);
      const cell = columns.get(c.id)?.cells[pos];
      if (cell !== undefined && !ctx.nodes.has(c.id)) {
        const ind = ctx.indicators.get(c.id);
        cell.weight = weightOf(ind ?? { id: c.id });
        cell.globalWeight = g;
        cell.contribution = isLinear && cell.score !== null ? cell.score.times(g) : null;
        indicators[c.id] = cell;
      } else walk(c.id, g, isLinear);
    }
  };
  walk("", new D(1), true);
  return { root: root?.score ?? null, nodes, indicators };
}
