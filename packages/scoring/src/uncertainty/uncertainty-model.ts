import type { MissingDataPolicy, Project, ScoringRule } from "@ducha/schema";
import { ScoringError } from "../errors.js";
import { type FloatRawStage, type FloatScoreData, normalizeStage, prepareRaw } from "../float/float-data.js";
import { compileFloatModel, type FloatAggregation, type FloatCompileOptions } from "../float/float-model.js";
import { gradeFloat } from "../float/grade-float.js";
import { rankFloat } from "../float/rank-float.js";
import { createEvaluation, evaluateTotals } from "../float/score-float.js";
import { toDecimal } from "../internal/decimal.js";
import { inverseGammaP } from "./inverse-gamma.js";
import type { UncertaintySpec } from "./uncertainty-spec.js";

/**
 * One uncertain input of an {@link UncertaintyModel}: a coordinate of the unit cube.
 *
 * @since 0.1.0
 */
export interface UncertaintyDimension {
  /** `weight:<item id>`, `normalization`, `aggregation` or `missing-data`. */
  readonly id: string;
  /** `"weight"` (continuous) or `"categorical"` (alternative k chosen by ⌊u·K⌋). */
  readonly kind: string;
  /** What the coordinate controls, for reports. */
  readonly description: string;
}

/**
 * A replicate evaluator over the unit cube, for Monte Carlo uncertainty analysis and Sobol
 * sensitivity analysis (Saisana, Saltelli & Tarantola 2005; COINr `get_sensitivity`): each
 * uncertain input is one coordinate u ∈ [0, 1) — a weight dimension per perturbed weight, one
 * categorical dimension per discrete choice (alternative ⌊u·K⌋ of K). `evaluate(u)` returns the
 * units' totals and ranks (1 = best; ties per the plan) for that point.
 *
 * `units` are the units ranked in the nominal assessment; ranks are among them. A replicate in
 * which one of them has no score or is excluded from ranking throws {@link ScoringError}
 * `unranked_in_replicate`.
 *
 * @since 0.1.0
 */
export interface UncertaintyModel {
  readonly units: readonly string[];
  readonly dimensions: readonly { id: string; kind: string; description: string }[];
  readonly nominal: { scores: Float64Array; ranks: Float64Array };
  evaluate(u: Float64Array): { scores: Float64Array; ranks: Float64Array };
  /** Grade band ids, best first, when the plan grades (used by {@link runMonteCarlo} for grade probabilities). */
  readonly bands?: readonly string[];
  /** Grade band index per unit in the nominal assessment, when the plan grades. */
  readonly nominalGrades?: Int32Array;
  /** Allocation-free evaluation into caller buffers; `grades` (band index per unit) is filled when the plan grades. */
  evaluateInto?(u: Float64Array, scores: Float64Array, ranks: Float64Array, grades?: Int32Array): void;
}

/**
 * Options of {@link createUncertaintyModel}.
 *
 * @since 0.1.0
 */
export interface UncertaintyModelOptions extends FloatCompileOptions {}

type Choice<T> = { readonly dim: number; readonly values: readonly T[] } | undefined;

const categorical = (u: number, k: number) => Math.min(k - 1, Math.max(0, Math.floor(u * k)));
const label = (r: ScoringRule | "nominal") => (r === "nominal" ? "nominal" : r.method);

function specError(message: string, path: (string | number)[]): never {
  throw new ScoringError("invalid_uncertainty_spec", message, { path: ["spec", ...path] });
}

/**
 * Builds the replicate evaluator of a project under declared uncertain choices. The project is
 * compiled once ({@link compileFloatModel}); normalised score matrices are cached per
 * (missing-data policy, normalisation) combination, so a replicate that only perturbs weights is
 * a weighted aggregation over cached columns plus ranking. Every combination of the categorical
 * choices is evaluated once here with nominal weights, so a combination that cannot be scored
 * (e.g. a geometric mean over negative z-scores) fails now, naming the combination.
 *
 * @param project - a validated project
 * @param spec - the uncertain choices; see {@link UncertaintySpec}
 * @param options - rank basis
 * @returns the model
 * @throws ScoringError `invalid_uncertainty_spec`, `unsupported_in_float`, or the engine's error for a combination
 * @example
 * ```ts
 * import { createUncertaintyModel } from "@ducha/scoring";
 *
 * declare const project: import("@ducha/schema").Project;
 * const model = createUncertaintyModel(project, { weights: { perturbation: "uniform", spread: 0.2 } });
 * const u = new Float64Array(model.dimensions.length).fill(0.5); // the centre: nominal weights
 * const { ranks } = model.evaluate(u);
 * ```
 * @since 0.1.0
 */
export function createUncertaintyModel(
  project: Project,
  spec: UncertaintySpec = {},
  options: UncertaintyModelOptions = {},
): UncertaintyModel {
  const model = compileFloatModel(project, options);
  const dimensions: UncertaintyDimension[] = [];
  const itemIndex = new Map(model.items.map((id, k) => [id, k]));

  // Weight dimensions: a factor per model item, from one coordinate (uniform) or a group (Dirichlet).
  const uniform: { dim: number; item: number }[] = [];
  const dirichlet: { dims: number[]; items: number[]; shape: number[]; nominal: number[] }[] = [];
  let spread = 0;
  const w = spec.weights;
  if (w?.perturbation === "uniform") {
    spread = w.spread;
    if (!(Number.isFinite(spread) && spread >= 0 && spread < 1))
      specError(`weights.spread must be in [0, 1), got ${spread}`, ["weights", "spread"]);
    (w.items ?? model.items).forEach((id, i) => {
      const item = itemIndex.get(id);
      if (item === undefined) specError(`unknown node or indicator '${id}'`, ["weights", "items", i]);
      uniform.push({ dim: dimensions.length, item });
      dimensions.push({
        id: `weight:${id}`,
        kind: "weight",
        description: `weight of '${id}' × (1 ± ${spread}) (uniform)`,
      });
    });
  } else if (w?.perturbation === "dirichlet") {
    const kappa = w.concentration;
    if (!(Number.isFinite(kappa) && kappa > 0))
      specError(`weights.concentration must be > 0, got ${kappa}`, ["weights", "concentration"]);
    const system = project.system;
    const byParent = new Map<string, { id: string; weight: number }[]>();
    const declared = (x: { weight?: string | number | undefined; points?: string | number | undefined }) =>
      x.weight ?? x.points;
    for (const x of [...system.nodes, ...system.indicators]) {
      const list = byParent.get(x.parent ?? "") ?? [];
      const raw = declared(x);
      list.push({ id: x.id, weight: raw === undefined ? 1 : toDecimal(raw).toNumber() });
      byParent.set(x.parent ?? "", list);
    }
    const groups = w.groups ?? [...byParent.keys()].filter((g) => (byParent.get(g)?.length ?? 0) >= 2).sort();
    groups.forEach((g, gi) => {
      const kids = (byParent.get(g) ?? []).slice().sort((a, b) => (a.id < b.id ? -1 : 1));
      if (kids.length < 2)
        specError(`group '${g}' needs at least 2 children for Dirichlet weights`, ["weights", "groups", gi]);
      const sum = kids.reduce((s, k) => s + k.weight, 0);
      if (!(sum > 0)) specError(`weights of group '${g}' sum to zero`, ["weights", "groups", gi]);
      const entry = { dims: [] as number[], items: [] as number[], shape: [] as number[], nominal: [] as number[] };
      for (const k of kids) {
        const nominal = k.weight / sum;
        entry.dims.push(dimensions.length);
        entry.items.push(itemIndex.get(k.id) as number);
        entry.shape.push(kappa * nominal);
        entry.nominal.push(nominal);
        dimensions.push({
          id: `weight:${k.id}`,
          kind: "weight",
          description: `weight of '${k.id}' in '${g || "top level"}' ~ Dirichlet(κ = ${kappa}, nominal ${nominal.toPrecision(4)})`,
        });
      }
      dirichlet.push(entry);
    });
  }

  const choice = <T>(values: readonly T[] | undefined, id: string, describe: (v: T) => string): Choice<T> => {
    if (values === undefined) return undefined;
    if (values.length === 0) specError(`${id} needs at least one alternative`, [id, "alternatives"]);
    dimensions.push({ id, kind: "categorical", description: `${id}: ${values.map(describe).join(" | ")}` });
    return { dim: dimensions.length - 1, values };
  };
  const policyChoice = choice<MissingDataPolicy>(spec.missingData?.alternatives, "missing-data", (v) => v);
  const normChoice = choice<ScoringRule | "nominal">(spec.normalization?.alternatives, "normalization", label);
  const aggChoice = choice<FloatAggregation>(spec.aggregation?.alternatives, "aggregation", (v) => v);
  const normOnly = spec.normalization?.indicators === undefined ? undefined : new Set(spec.normalization.indicators);
  normOnly?.forEach((id) => {
    if (!model.indicatorIds.includes(id)) specError(`unknown indicator '${id}'`, ["normalization", "indicators"]);
  });
  const aggNodes = spec.aggregation?.nodes === undefined ? undefined : new Set(spec.aggregation.nodes);

  // Cached stages: raw values per policy, normalised columns per (policy, normalisation).
  const raws = new Map<number, FloatRawStage>();
  const datas = new Map<string, FloatScoreData>();
  const dataFor = (p: number, n: number): FloatScoreData => {
    const key = `${p}|${n}`;
    let data = datas.get(key);
    if (data === undefined) {
      let raw = raws.get(p);
      if (raw === undefined) {
        raw = prepareRaw(model, p < 0 ? undefined : policyChoice?.values[p]);
        raws.set(p, raw);
      }
      const rule = n < 0 ? undefined : normChoice?.values[n];
      data = normalizeStage(model, raw, rule === "nominal" ? undefined : rule, normOnly);
      datas.set(key, data);
    }
    return data;
  };

  // Nominal assessment: the set of units ranked, their totals and ranks.
  const ev = createEvaluation(model);
  const nominalData = dataFor(-1, -1);
  evaluateTotals(model, nominalData, {}, ev);
  const subset: number[] = [];
  for (let u = 0; u < model.units.length; u++) if (ev.ranked[u] === 1) subset.push(u);
  const units = subset.map((u) => model.units[u] as string);
  const N = subset.length;
  const basisOf = () => (model.rankOn === "published" ? ev.published : ev.totals);
  const graded = model.floatBands.length > 0;
  const scope = Int32Array.from(subset, (u) => model.quotaScope[u] as number);
  const allIncluded = new Uint8Array(N).fill(1);
  const quotaCache = new Map<string, number>();
  const basis = new Float64Array(N);
  const cap = new Int32Array(N);

  const factors = new Float64Array(model.items.length);
  const gammas: number[] = [];
  const finish = (data: FloatScoreData, scores: Float64Array, ranks: Float64Array, grades: Int32Array | undefined) => {
    const b = basisOf();
    for (let k = 0; k < N; k++) {
      const u = subset[k] as number;
      if (ev.ranked[u] !== 1) {
        throw new ScoringError(
          "unranked_in_replicate",
          `unit '${model.units[u]}' is ranked in the nominal assessment but not in this replicate (no usable data or excluded by a veto)`,
          { path: ["units", model.units[u] as string] },
        );
      }
      scores[k] = ev.totals[u] as number;
      basis[k] = b[u] as number;
      cap[k] = data.vetoes.cap[u] as number;
    }
    rankFloat(basis, undefined, model.ties, ranks);
    if (grades !== undefined && graded)
      gradeFloat(basis, allIncluded, scope, cap, model.floatBands, model.quotaTies, quotaCache, grades);
  };
  const evaluateInto = (u: Float64Array, scores: Float64Array, ranks: Float64Array, grades?: Int32Array): void => {
    if (u.length !== dimensions.length)
      throw new ScoringError("invalid_point", `expected ${dimensions.length} coordinates, got ${u.length}`, {
        path: ["u"],
      });
    factors.fill(1);
    for (const { dim, item } of uniform) factors[item] = 1 + spread * (2 * (u[dim] as number) - 1);
    for (const g of dirichlet) {
      let sum = 0;
      gammas.length = 0;
      for (let i = 0; i < g.dims.length; i++) {
        // Clamp away from 0 and 1 so that every weight stays positive and finite.
        const ui = Math.min(1 - 1e-12, Math.max(1e-12, u[g.dims[i] as number] as number));
        const x = inverseGammaP(g.shape[i] as number, ui);
        gammas.push(x);
        sum += x;
      }
      for (let i = 0; i < g.dims.length; i++)
        factors[g.items[i] as number] = (gammas[i] as number) / sum / (g.nominal[i] as number);
    }
    const p = policyChoice === undefined ? -1 : categorical(u[policyChoice.dim] as number, policyChoice.values.length);
    const n = normChoice === undefined ? -1 : categorical(u[normChoice.dim] as number, normChoice.values.length);
    const a =
      aggChoice === undefined
        ? undefined
        : aggChoice.values[categorical(u[aggChoice.dim] as number, aggChoice.values.length)];
    const data = dataFor(p, n);
    evaluateTotals(model, data, { factors, method: a, methodNodes: aggNodes }, ev);
    finish(data, scores, ranks, grades);
  };

  // Nominal outputs (the project as declared).
  const nominalScores = new Float64Array(N);
  const nominalRanks = new Float64Array(N);
  const nominalGrades = graded ? new Int32Array(N) : undefined;
  finish(nominalData, nominalScores, nominalRanks, nominalGrades);

  // Every categorical combination once with nominal weights: errors surface here, named.
  const centre = new Float64Array(dimensions.length).fill(0.5);
  const sizes = [policyChoice, normChoice, aggChoice].map((c) => c?.values.length ?? 1);
  const scratch = { s: new Float64Array(N), r: new Float64Array(N) };
  for (let p = 0; p < (sizes[0] as number); p++)
    for (let n = 0; n < (sizes[1] as number); n++)
      for (let a = 0; a < (sizes[2] as number); a++) {
        if (policyChoice !== undefined) centre[policyChoice.dim] = (p + 0.5) / (sizes[0] as number);
        if (normChoice !== undefined) centre[normChoice.dim] = (n + 0.5) / (sizes[1] as number);
        if (aggChoice !== undefined) centre[aggChoice.dim] = (a + 0.5) / (sizes[2] as number);
        try {
          evaluateInto(centre, scratch.s, scratch.r);
        } catch (e) {
          if (!(e instanceof ScoringError)) throw e;
          const parts = [
            policyChoice === undefined ? undefined : `missing data '${policyChoice.values[p]}'`,
            normChoice === undefined ? undefined : `normalisation '${label(normChoice.values[n] as ScoringRule)}'`,
            aggChoice === undefined ? undefined : `aggregation '${aggChoice.values[a]}'`,
          ].filter((x) => x !== undefined);
          throw new ScoringError(e.code, `${e.message} — under the uncertain choice ${parts.join(", ")}`, {
            ...(e.path === undefined ? {} : { path: e.path }),
            cause: e,
          });
        }
      }

  return {
    units,
    dimensions,
    nominal: { scores: nominalScores, ranks: nominalRanks },
    ...(graded ? { bands: model.bands, nominalGrades: nominalGrades as Int32Array } : {}),
    evaluate(u: Float64Array) {
      const scores = new Float64Array(N);
      const ranks = new Float64Array(N);
      evaluateInto(u, scores, ranks);
      return { scores, ranks };
    },
    evaluateInto,
  };
}
