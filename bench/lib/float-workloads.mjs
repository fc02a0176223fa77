// Workloads of the float fast path and the Monte Carlo uncertainty analysis, with their
// hand-written Float64Array baselines (run by cpu-child.mjs, which also measures CPU time).
import { validateProject } from "@ducha/schema";
import {
  compileFloatModel,
  createUncertaintyModel,
  runMonteCarlo,
  scoreAssessmentFloat,
  scoreFloatModel,
} from "@ducha/scoring";
import { scoreFloat } from "./float-baseline.mjs";
import { mulberry32 } from "./prng.mjs";
import { generateProject } from "./project.mjs";

/** The generated benchmark project after `validateProject`. */
function validProject(args) {
  const v = validateProject(JSON.parse(JSON.stringify(generateProject(args))));
  if (!v.ok) throw new Error(`generated project is invalid: ${JSON.stringify(v.issues.slice(0, 3))}`);
  return v.value;
}

/** ±25 % uniform noise on every node and indicator weight (COINr-style weight perturbation). */
export const MC_SPREAD = 0.25;
export const MC_SEED = 20241125;

/** Summary shared by the float path and its baseline: totals, ranks and grade counts by unit. */
function summarizeFloat(units, totals, ranks, grades) {
  const counts = {};
  for (const g of grades) counts[g] = (counts[g] ?? 0) + 1;
  return {
    grades: counts,
    totals: Object.fromEntries(units.map((u, k) => [u, totals[k]])),
    ranks: Object.fromEntries(units.map((u, k) => [u, ranks[k]])),
  };
}

/**
 * The hand-written Monte Carlo baseline: min-max columns once (as float-baseline.mjs), then per
 * replication ±25 % uniform weight factors (mulberry32), the weighted arithmetic tree with weights
 * normalised per parent, rounding to 2 decimals and competition ranks by sort; rank sums per unit.
 */
function monteCarloBaseline(project, replications, seed) {
  const units = project.units
    .filter((u) => u.assessed !== false)
    .map((u) => u.id)
    .sort();
  const U = units.length;
  const unitIndex = new Map(units.map((id, k) => [id, k]));
  const indicators = project.system.indicators;
  const indIndex = new Map(indicators.map((ind, k) => [ind.id, k]));
  const columns = indicators.map(() => new Float64Array(U));
  for (const o of project.observations) {
    const u = unitIndex.get(o.unit);
    const i = indIndex.get(o.indicator);
    if (u !== undefined && i !== undefined && o.period === project.plan.period) columns[i][u] = Number(o.value);
  }
  const scores = new Map();
  indicators.forEach((ind, i) => {
    const x = columns[i];
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let u = 0; u < U; u++) {
      if (x[u] < lo) lo = x[u];
      if (x[u] > hi) hi = x[u];
    }
    const s = new Float64Array(U);
    const cost = ind.direction === "lower-better";
    for (let u = 0; u < U; u++) s[u] = (100 * (cost ? hi - x[u] : x[u] - lo)) / (hi - lo);
    scores.set(ind.id, s);
  });
  const children = new Map([["", []]]);
  const items = [];
  const add = (parent, id, weight) => {
    const key = parent ?? "";
    if (!children.has(key)) children.set(key, []);
    children.get(key).push({ id, weight: Number(weight ?? 1), item: items.length });
    items.push(id);
  };
  for (const n of project.system.nodes) add(n.parent, n.id, n.weight);
  for (const ind of indicators) add(ind.parent, ind.id, ind.weight);
  const factors = new Float64Array(items.length);
  const nodeScore = (id) => {
    const kids = children.get(id) ?? [];
    let sum = 0;
    for (const k of kids) sum += k.weight * factors[k.item];
    const out = new Float64Array(U);
    for (const k of kids) {
      const s = scores.get(k.id) ?? nodeScore(k.id);
      const w = (k.weight * factors[k.item]) / sum;
      for (let u = 0; u < U; u++) out[u] += w * s[u];
    }
    return out;
  };
  const rand = mulberry32(seed);
  const rankSum = new Float64Array(U);
  const order = new Int32Array(U);
  const published = new Float64Array(U);
  for (let r = 0; r < replications; r++) {
    for (let k = 0; k < items.length; k++) factors[k] = 1 + MC_SPREAD * (2 * rand() - 1);
    const totals = nodeScore("");
    for (let u = 0; u < U; u++) {
      published[u] = Math.round(totals[u] * 100) / 100;
      order[u] = u;
    }
    order.sort((a, b) => published[b] - published[a]);
    let rank = 0;
    for (let p = 0; p < U; p++) {
      const u = order[p];
      if (p === 0 || published[order[p - 1]] !== published[u]) rank = p + 1;
      rankSum[u] += rank;
    }
  }
  return { units, meanRank: rankSum.map((s) => s / replications) };
}

export const floatWorkloads = {
  /** `scoreAssessmentFloat`: compile the project into columns, then score (min-max, tree, rank, grade). */
  async "score-float-ducha"(args) {
    const project = validProject(args);
    return {
      items: project.observations.length,
      run: () => scoreAssessmentFloat(project, { nodeScores: false }),
      summarize: (r) => summarizeFloat(r.units, r.totals, r.ranks, r.grades),
    };
  },
  /** `scoreFloatModel` on a model compiled in the setup: the per-evaluation cost a simulation pays. */
  async "score-float-model"(args) {
    const project = validProject(args);
    const model = compileFloatModel(project);
    return {
      items: project.observations.length,
      run: () => scoreFloatModel(model, { nodeScores: false }),
      summarize: (r) => summarizeFloat(r.units, r.totals, r.ranks, r.grades),
    };
  },
  /** The hand-written baseline `float-baseline.mjs` (parse, min-max, tree, round, rank, grade). */
  async "score-float-baseline"(args) {
    const project = validProject(args);
    return {
      items: project.observations.length,
      run: () => scoreFloat(project),
      summarize: (r) => summarizeFloat(r.units, r.totals, r.ranks, r.grades),
    };
  },
  /** `createUncertaintyModel` + `runMonteCarlo`: N replications with ±25 % uniform weight noise. */
  async "monte-carlo-ducha"(args) {
    const project = validProject(args);
    let progressCalls = 0;
    return {
      items: args.replications,
      run: () => {
        progressCalls = 0;
        const model = createUncertaintyModel(project, { weights: { perturbation: "uniform", spread: MC_SPREAD } });
        return runMonteCarlo(model, {
          replications: args.replications,
          seed: MC_SEED,
          onProgress: () => {
            progressCalls++;
          },
        });
      },
      summarize: (r) => ({
        dimensions: r.dimensions.length,
        progressCalls,
        meanRank: Object.fromEntries(r.units.map((u) => [u.unit, u.meanRank])),
        widestInterval: Math.max(...r.units.map((u) => u.rankHigh - u.rankLow)),
      }),
    };
  },
  /** Baseline of monte-carlo: the hand-written loop above. */
  async "monte-carlo-baseline"(args) {
    const project = validProject(args);
    return {
      items: args.replications,
      run: () => monteCarloBaseline(project, args.replications, MC_SEED),
      summarize: (r) => ({ meanRank: Object.fromEntries(r.units.map((u, k) => [u, r.meanRank[k]])) }),
    };
  },
};
