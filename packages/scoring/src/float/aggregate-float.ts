import { ScoringError } from "../errors.js";
import { type FloatScoreData, groupColumn, groupMissing } from "./float-data.js";
import type { FloatAggregation, FloatModel, FloatTreeNode } from "./float-model.js";

/**
 * Aggregation choices of one evaluation: weight factors per model item and an aggregation method
 * replacing the declared one (on every node, or on the listed node ids; `""` is the root).
 * @internal
 */
export interface FloatAggregationChoice {
  readonly factors?: Float64Array | undefined;
  readonly method?: FloatAggregation | undefined;
  readonly methodNodes?: ReadonlySet<string> | undefined;
}

/**
 * Reusable buffers of {@link aggregateFloat} (one per model; evaluations do not allocate).
 * @internal
 */
export interface FloatWorkspace {
  /** Per group, per tree node: the node's score per group unit (NaN = no kept child). */
  readonly nodeScores: Float64Array[][];
  readonly nodeMissing: Uint8Array[];
  readonly num: Float64Array;
  readonly den: Float64Array;
  readonly cnt: Int32Array;
  readonly weights: Float64Array;
  /** Root score per model unit (NaN = insufficient data). */
  readonly root: Float64Array;
}

/** @internal */
export function createWorkspace(model: FloatModel): FloatWorkspace {
  let maxKids = 1;
  let maxUnits = 1;
  for (const g of model.groups) {
    maxUnits = Math.max(maxUnits, g.units.length);
    for (const n of g.nodes) maxKids = Math.max(maxKids, n.kids.length);
  }
  return {
    nodeScores: model.groups.map((g) => g.nodes.map(() => new Float64Array(g.units.length))),
    nodeMissing: model.groups.map((g) => new Uint8Array(g.nodes.length)),
    num: new Float64Array(maxUnits),
    den: new Float64Array(maxUnits),
    cnt: new Int32Array(maxUnits),
    weights: new Float64Array(maxKids),
    root: new Float64Array(model.units.length),
  };
}

/**
 * Aggregates normalised scores up each category's tree into `ws.root` (per model unit) and
 * `ws.nodeScores`. Per node, over the kept children (score present), weights re-normalised
 * (exclude-and-reweight):
 * - weighted arithmetic / points: Σ wᵢsᵢ / Σ wᵢ (COINr `a_amean`);
 * - weighted geometric: exp(Σ wᵢ ln sᵢ / Σ wᵢ), 0 when a child scores 0 (COINr `a_gmean`);
 * - minimum: min sᵢ.
 * A node without kept children has no score (NaN); zero-node vetoes set it to 0.
 * @internal
 */
export function aggregateFloat(
  model: FloatModel,
  data: FloatScoreData,
  choice: FloatAggregationChoice,
  ws: FloatWorkspace,
): void {
  const factors = choice.factors;
  model.groups.forEach((group, g) => {
    const nG = group.units.length;
    const scores = ws.nodeScores[g] as Float64Array[];
    const nodeMissing = ws.nodeMissing[g] as Uint8Array;
    const leafMissing = groupMissing(model, data, g);
    group.nodes.forEach((node, k) => {
      const out = scores[k] as Float64Array;
      const m = node.kids.length;
      const w = ws.weights;
      let wsum = 0;
      let anyMissing = false;
      for (let i = 0; i < m; i++) {
        const wi =
          (node.weights[i] as number) * (factors === undefined ? 1 : (factors[node.kidItems[i] as number] as number));
        w[i] = wi;
        wsum += wi;
        const kid = node.kids[i] as number;
        if (kid >= 0 ? leafMissing[kid] === 1 : nodeMissing[-kid - 1] === 1) anyMissing = true;
      }
      const method =
        choice.method !== undefined && (choice.methodNodes === undefined || choice.methodNodes.has(node.id))
          ? choice.method
          : node.method;
      const col = (i: number): Float64Array => {
        const kid = node.kids[i] as number;
        return kid >= 0 ? groupColumn(model, data, g, kid) : (scores[-kid - 1] as Float64Array);
      };
      if ((method === "weighted-arithmetic" || method === "points-sum") && !anyMissing) {
        if (wsum === 0) weightsSumZero(node, group.units[0] ?? 0, model);
        // Fast path: every unit keeps every child, weights normalised once.
        const a0 = (w[0] as number) / wsum;
        const c0 = col(0);
        for (let j = 0; j < nG; j++) out[j] = a0 * (c0[j] as number);
        for (let i = 1; i < m; i++) {
          const a = (w[i] as number) / wsum;
          const ci = col(i);
          for (let j = 0; j < nG; j++) out[j] = (out[j] as number) + a * (ci[j] as number);
        }
        nodeMissing[k] = 0;
      } else if (method === "weighted-arithmetic" || method === "points-sum") {
        const { num, den, cnt } = ws;
        num.fill(0, 0, nG);
        den.fill(0, 0, nG);
        cnt.fill(0, 0, nG);
        for (let i = 0; i < m; i++) {
          const wi = w[i] as number;
          const ci = col(i);
          for (let j = 0; j < nG; j++) {
            const v = ci[j] as number;
            if (!Number.isNaN(v)) {
              num[j] = (num[j] as number) + wi * v;
              den[j] = (den[j] as number) + wi;
              cnt[j] = (cnt[j] as number) + 1;
            }
          }
        }
        let missing = 0;
        for (let j = 0; j < nG; j++) {
          if (cnt[j] === 0) {
            out[j] = Number.NaN;
            missing = 1;
          } else if (den[j] === 0) weightsSumZero(node, group.units[j] as number, model);
          else out[j] = (num[j] as number) / (den[j] as number);
        }
        nodeMissing[k] = missing;
      } else {
        let missing = 0;
        const cols: Float64Array[] = [];
        for (let i = 0; i < m; i++) cols.push(col(i));
        for (let j = 0; j < nG; j++) {
          let count = 0;
          let W = 0;
          let acc = 0;
          let zero = false;
          let negative = false;
          let min = Number.POSITIVE_INFINITY;
          for (let i = 0; i < m; i++) {
            const v = (cols[i] as Float64Array)[j] as number;
            if (Number.isNaN(v)) continue;
            count++;
            const wi = w[i] as number;
            W += wi;
            if (v < min) min = v;
            if (v === 0) zero = true;
            else if (v < 0) negative = true;
            else acc += wi * Math.log(v);
          }
          if (count === 0) {
            out[j] = Number.NaN;
            missing = 1;
            continue;
          }
          if (W === 0) weightsSumZero(node, group.units[j] as number, model);
          if (method === "minimum") out[j] = min;
          else if (zero) out[j] = 0;
          else if (negative) {
            throw new ScoringError(
              "non_positive_value",
              `weighted geometric mean at '${node.id || "root"}' needs scores > 0 (unit '${model.units[group.units[j] as number]}')`,
              { path: ["nodes", node.id] },
            );
          } else out[j] = Math.exp(acc / W);
        }
        nodeMissing[k] = missing;
      }
      const zero = data.vetoes.zeroNodes.get(node.id);
      if (zero !== undefined) {
        let missing = 0;
        for (let j = 0; j < nG; j++) {
          if (zero[group.units[j] as number] === 1) out[j] = 0;
          if (Number.isNaN(out[j] as number)) missing = 1;
        }
        nodeMissing[k] = missing;
      }
    });
    const root = scores[group.nodes.length - 1];
    const isRoot = group.nodes[group.nodes.length - 1]?.id === "";
    for (let j = 0; j < nG; j++)
      ws.root[group.units[j] as number] = isRoot && root !== undefined ? (root[j] as number) : Number.NaN;
  });
}

function weightsSumZero(node: FloatTreeNode, unit: number, model: FloatModel): never {
  throw new ScoringError(
    "weights_sum_zero",
    `weights below '${node.id || "root"}' sum to zero for unit '${model.units[unit]}'`,
    { path: ["system", "nodes", node.id] },
  );
}
