import type { Project } from "@ducha/schema";
import { ScoringError } from "../errors.js";
import { createPrng } from "./prng.js";
import { createUncertaintyModel, type UncertaintyModel, type UncertaintyModelOptions } from "./uncertainty-model.js";
import type { UncertaintySpec } from "./uncertainty-spec.js";

/**
 * Options of {@link runMonteCarlo}.
 *
 * @since 0.1.0
 */
export interface MonteCarloOptions {
  /** Number of replications N ≥ 1. */
  readonly replications: number;
  /** Seed of the xoshiro128** generator ({@link createPrng}); the same seed gives the same result. */
  readonly seed: number;
  /**
   * Called with (done, total) about every 1 % of the replications and at the end, e.g. for a
   * progress bar. Defaults to none.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * One unit's rank distribution over the replications.
 *
 * @since 0.1.0
 */
export interface UnitUncertainty {
  readonly unit: string;
  /** Rank in the nominal assessment (the project as declared). */
  readonly nominalRank: number;
  /** Total in the nominal assessment. */
  readonly nominalScore: number;
  /** Median rank (R `quantile` type 7, as COINr). */
  readonly medianRank: number;
  /** 5 % quantile of the rank (the better end of the 90 % interval). */
  readonly rankLow: number;
  /** 95 % quantile of the rank (the worse end). */
  readonly rankHigh: number;
  readonly meanRank: number;
  /** Mean total over the replications. */
  readonly meanScore: number;
  /** Share of replications giving each grade band (by band id), when the plan grades. */
  readonly gradeProbabilities?: Readonly<Record<string, number>>;
}

/**
 * The result of {@link runMonteCarlo}.
 *
 * @since 0.1.0
 */
export interface MonteCarloResult {
  readonly replications: number;
  readonly seed: number;
  readonly dimensions: UncertaintyModel["dimensions"];
  /** Per unit, in the order of the model's units. */
  readonly units: readonly UnitUncertainty[];
  /** Ranks per replication: row r holds the ranks of replication r (N × units). */
  readonly ranks: Float64Array;
}

/** Quantile of sorted values by linear interpolation (Hyndman & Fan 1996 type 7, R's default). */
function quantile7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * Monte Carlo uncertainty analysis (不确定性分析), as COINr `get_sensitivity(SA_type = "UA")` and
 * Saisana, Saltelli & Tarantola (2005, J. R. Stat. Soc. A 168(2), "Uncertainty and sensitivity
 * analysis techniques as tools for the quality assessment of composite indicators"): draw N points
 * u ~ U[0, 1)^d of the model's uncertain inputs with a seeded xoshiro128** generator, evaluate the
 * composite for each and summarise every unit's rank distribution — nominal rank, median, 5–95 %
 * interval (quantile type 7), mean, and the probability of each grade.
 *
 * Reproducible: the same model, replications and seed give identical results on every machine.
 *
 * @param input - an {@link UncertaintyModel}, or a project with its {@link UncertaintySpec}
 * @param options - replications, seed, progress callback
 * @returns per-unit rank statistics and the rank matrix
 * @example
 * ```ts
 * import { runMonteCarlo } from "@ducha/scoring";
 *
 * declare const project: import("@ducha/schema").Project;
 * const r = runMonteCarlo(
 *   { project, spec: { weights: { perturbation: "uniform", spread: 0.25 } } },
 *   { replications: 1000, seed: 1, onProgress: (done, total) => console.log(`${done}/${total}`) },
 * );
 * for (const u of r.units) console.log(u.unit, u.nominalRank, u.medianRank, `[${u.rankLow}, ${u.rankHigh}]`);
 * ```
 * @since 0.1.0
 */
export function runMonteCarlo(
  input: UncertaintyModel | { project: Project; spec: UncertaintySpec; options?: UncertaintyModelOptions },
  options: MonteCarloOptions,
): MonteCarloResult {
  const model = "project" in input ? createUncertaintyModel(input.project, input.spec, input.options) : input;
  const R = options.replications;
  if (!Number.isSafeInteger(R) || R < 1)
    throw new ScoringError("invalid_option", `replications must be an integer ≥ 1, got ${R}`, {
      path: ["options", "replications"],
    });
  if (!Number.isFinite(options.seed))
    throw new ScoringError("invalid_option", `seed must be a finite number, got ${options.seed}`, {
      path: ["options", "seed"],
    });
  const N = model.units.length;
  const d = model.dimensions.length;
  const bands = model.bands ?? [];
  const graded = bands.length > 0 && model.evaluateInto !== undefined;
  const rng = createPrng(options.seed);
  const ranks = new Float64Array(R * N);
  const scoreSum = new Float64Array(N);
  const gradeCounts = graded ? new Int32Array(N * bands.length) : undefined;
  const u = new Float64Array(d);
  const scores = new Float64Array(N);
  const grades = graded ? new Int32Array(N) : undefined;
  const every = Math.max(1, Math.floor(R / 100));
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < d; k++) u[k] = rng.next();
    const row = ranks.subarray(r * N, (r + 1) * N);
    if (model.evaluateInto !== undefined) model.evaluateInto(u, scores, row, grades);
    else {
      const out = model.evaluate(u);
      scores.set(out.scores);
      row.set(out.ranks);
    }
    for (let k = 0; k < N; k++) scoreSum[k] = (scoreSum[k] as number) + (scores[k] as number);
    if (gradeCounts !== undefined && grades !== undefined)
      for (let k = 0; k < N; k++) {
        const g = grades[k] as number;
        if (g >= 0) gradeCounts[k * bands.length + g] = (gradeCounts[k * bands.length + g] as number) + 1;
      }
    if (options.onProgress !== undefined && ((r + 1) % every === 0 || r + 1 === R)) options.onProgress(r + 1, R);
  }
  const column = new Float64Array(R);
  const units: UnitUncertainty[] = model.units.map((unit, k) => {
    let sum = 0;
    for (let r = 0; r < R; r++) {
      const x = ranks[r * N + k] as number;
      column[r] = x;
      sum += x;
    }
    column.sort();
    const stats: UnitUncertainty = {
      unit,
      nominalRank: model.nominal.ranks[k] as number,
      nominalScore: model.nominal.scores[k] as number,
      medianRank: quantile7(column, 0.5),
      rankLow: quantile7(column, 0.05),
      rankHigh: quantile7(column, 0.95),
      meanRank: sum / R,
      meanScore: (scoreSum[k] as number) / R,
    };
    if (gradeCounts === undefined) return stats;
    const probabilities: Record<string, number> = {};
    bands.forEach((b, g) => {
      probabilities[b] = (gradeCounts[k * bands.length + g] as number) / R;
    });
    return { ...stats, gradeProbabilities: probabilities };
  });
  return { replications: R, seed: options.seed, dimensions: model.dimensions, units, ranks };
}
