import type { Project } from "@ducha/schema";
import {
  aggregateFloat,
  createWorkspace,
  type FloatAggregationChoice,
  type FloatWorkspace,
} from "./aggregate-float.js";
import { type FloatScoreData, normalizeStage, prepareRaw } from "./float-data.js";
import { compileFloatModel, type FloatCompileOptions, type FloatModel } from "./float-model.js";
import { gradeFloat } from "./grade-float.js";
import { rankFloat } from "./rank-float.js";
import { roundFloat } from "./round-float.js";

/**
 * The float scoring of a {@link FloatModel}: per-unit arrays in the order of `units` (sorted ids).
 * Units with no usable indicator (`insufficient_data` in the exact engine) have `scored` 0 and 0 in
 * every numeric array; units not ranked (insufficient or excluded by a veto) have rank 0 and grade
 * `null`. Nothing is NaN.
 *
 * @since 0.1.0
 */
export interface FloatAssessment {
  /** Unit ids, sorted. */
  readonly units: readonly string[];
  /** 1 when the unit has a score, 0 for insufficient data. */
  readonly scored: Uint8Array;
  /** Weighted score before bonus/deduction (points scale for 分值制 systems). */
  readonly base: Float64Array;
  /** Final total (综合得分): base + net adjustments, after veto effects. */
  readonly totals: Float64Array;
  /** The total rounded per the plan (default 2 decimals, 四舍五入). */
  readonly published: Float64Array;
  /** Rank among ranked units (1 = best), 0 when not ranked. */
  readonly ranks: Int32Array;
  /** Rank within the unit's category, 0 when not ranked. */
  readonly categoryRanks: Int32Array;
  /** Grade band id (等次), `null` when the plan does not grade or the unit is not ranked. */
  readonly grades: readonly (string | null)[];
  /** Inner node scores per node id: `present` is 0 where the node has no score for the unit. */
  readonly nodes: Readonly<Record<string, { readonly scores: Float64Array; readonly present: Uint8Array }>>;
}

/**
 * Everything of one evaluation that the Monte Carlo loop reads, in reusable buffers.
 * @internal
 */
export interface FloatEvaluation {
  readonly ws: FloatWorkspace;
  readonly scored: Uint8Array;
  readonly totals: Float64Array;
  readonly published: Float64Array;
  /** 1 for units that are ranked (scored and not excluded by a veto). */
  readonly ranked: Uint8Array;
}

/** @internal */
export function createEvaluation(model: FloatModel): FloatEvaluation {
  const U = model.units.length;
  return {
    ws: createWorkspace(model),
    scored: new Uint8Array(U),
    totals: new Float64Array(U),
    published: new Float64Array(U),
    ranked: new Uint8Array(U),
  };
}

/**
 * Totals of one evaluation: aggregation, points scale, adjustments, zero-total vetoes, rounding.
 * @internal
 */
export function evaluateTotals(
  model: FloatModel,
  data: FloatScoreData,
  choice: FloatAggregationChoice,
  ev: FloatEvaluation,
): void {
  aggregateFloat(model, data, choice, ev.ws);
  const { decimals, mode } = model.rounding;
  const root = ev.ws.root;
  const v = data.vetoes;
  for (let u = 0; u < root.length; u++) {
    const r = root[u] as number;
    if (Number.isNaN(r)) {
      ev.scored[u] = 0;
      ev.totals[u] = 0;
      ev.published[u] = 0;
      ev.ranked[u] = 0;
      continue;
    }
    const total = v.zeroTotal[u] === 1 ? 0 : r * model.pointsScale + (model.adjustment[u] as number);
    ev.scored[u] = 1;
    ev.totals[u] = total;
    ev.published[u] = roundFloat(total, decimals, mode);
    ev.ranked[u] = v.excluded[u] === 1 ? 0 : 1;
  }
}

/**
 * Options of {@link scoreFloatModel}.
 *
 * @since 0.1.0
 */
export interface FloatScoreOptions {
  /** Whether to return inner node scores. Defaults to `true`. */
  readonly nodeScores?: boolean;
}

/**
 * Scores a compiled {@link FloatModel} in binary floating point: the same pipeline as
 * `scoreAssessment` — missing-data policy, pre-transforms, normalisation per scoring rule,
 * weighted aggregation up each category's tree (weights re-normalised over the kept children),
 * points scale, bonus/deduction, vetoes, rounding, competition/dense ranking overall and within
 * category, grading with quotas and caps — without the trace. Agrees with the exact engine to
 * 1e-9 relative on totals and node scores (tested); discrete decisions (rounding ties, band
 * thresholds, tied ranks) count values within 1e-11 relative of the boundary as on it. One known
 * difference: with the directed rounding modes `"up"` and `"down"`, the exact engine rounds the
 * residue of its 50-digit arithmetic (a weighted mean that is exactly 50 may be 50.000…001 and
 * publish as 50.1 with `"up"`), while the float path publishes 50.0.
 *
 * @param model - from {@link compileFloatModel}
 * @param options - see {@link FloatScoreOptions}
 * @returns per-unit arrays in the order of `model.units`
 * @example
 * ```ts
 * import { compileFloatModel, scoreFloatModel } from "@ducha/scoring";
 *
 * declare const project: import("@ducha/schema").Project;
 * const r = scoreFloatModel(compileFloatModel(project));
 * r.units.forEach((u, k) => console.log(u, r.published[k], r.ranks[k], r.grades[k]));
 * ```
 * @since 0.1.0
 */
export function scoreFloatModel(model: FloatModel, options: FloatScoreOptions = {}): FloatAssessment {
  const data = normalizeStage(model, prepareRaw(model));
  const ev = createEvaluation(model);
  evaluateTotals(model, data, {}, ev);
  const U = model.units.length;
  const basis = model.rankOn === "published" ? ev.published : ev.totals;
  const ranksF = rankFloat(basis, ev.ranked, model.ties);
  const ranks = Int32Array.from(ranksF);
  const categoryRanks = model.groups.length === 1 ? Int32Array.from(ranks) : new Int32Array(U);
  const byCategory = new Map<string | undefined, number[]>();
  for (let u = 0; u < U; u++) {
    if (ev.ranked[u] !== 1) continue;
    const list = byCategory.get(model.categories[u]) ?? [];
    list.push(u);
    byCategory.set(model.categories[u], list);
  }
  if (model.groups.length > 1)
    for (const list of byCategory.values()) {
      const vals = Float64Array.from(list, (u) => basis[u] as number);
      const r = rankFloat(vals, undefined, model.ties);
      list.forEach((u, k) => {
        categoryRanks[u] = r[k] as number;
      });
    }
  let grades: (string | null)[] = new Array(U).fill(null);
  if (model.floatBands.length > 0) {
    const g = gradeFloat(
      basis,
      ev.ranked,
      model.quotaScope,
      data.vetoes.cap,
      model.floatBands,
      model.quotaTies,
      new Map(),
    );
    grades = Array.from(g, (b) => (b < 0 ? null : (model.bands[b] as string)));
  }
  const nodes: Record<string, { scores: Float64Array; present: Uint8Array }> = {};
  if (options.nodeScores !== false) {
    model.groups.forEach((group, gi) => {
      group.nodes.forEach((node, k) => {
        if (node.id === "") return;
        let entry = nodes[node.id];
        if (entry === undefined) {
          entry = { scores: new Float64Array(U), present: new Uint8Array(U) };
          nodes[node.id] = entry;
        }
        const s = ev.ws.nodeScores[gi]?.[k] as Float64Array;
        for (let j = 0; j < group.units.length; j++) {
          const v = s[j] as number;
          if (!Number.isNaN(v)) {
            entry.scores[group.units[j] as number] = v;
            entry.present[group.units[j] as number] = 1;
          }
        }
      });
    });
  }
  const base = new Float64Array(U);
  for (let u = 0; u < U; u++) if (ev.scored[u] === 1) base[u] = (ev.ws.root[u] as number) * model.pointsScale;
  return {
    units: model.units,
    scored: ev.scored,
    base,
    totals: ev.totals,
    published: ev.published,
    ranks,
    categoryRanks,
    grades,
    nodes,
  };
}

/**
 * Compiles and scores a project in one call: `scoreFloatModel(compileFloatModel(project, options))`.
 * Use the two steps when scoring the same project repeatedly.
 *
 * @param project - a project that passed `validateProject`
 * @param options - compile and score options
 * @returns the float assessment
 * @example
 * ```ts
 * import { scoreAssessmentFloat } from "@ducha/scoring";
 *
 * declare const project: import("@ducha/schema").Project;
 * const { units, totals } = scoreAssessmentFloat(project);
 * ```
 * @since 0.1.0
 */
export function scoreAssessmentFloat(
  project: Project,
  options: FloatCompileOptions & FloatScoreOptions = {},
): FloatAssessment {
  return scoreFloatModel(compileFloatModel(project, options), options);
}
