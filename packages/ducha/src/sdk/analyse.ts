import type { Project } from "@ducha/schema";
import {
  type AssessmentAudit,
  type AssessmentResult,
  type AuditOptions,
  auditAssessment,
  createUncertaintyModel,
  type MonteCarloResult,
  type RemoveOneOptions,
  type RemoveOneResult,
  rankShiftModel,
  removeOneAnalysis,
  runMonteCarlo,
  ScoringError,
  type SobolResult,
  type SobolSampling,
  sobolIndices,
  type UncertaintySpec,
} from "@ducha/scoring";

/**
 * The robustness analyses {@link analyse} can run (稳健性分析): Monte Carlo uncertainty analysis,
 * Sobol' sensitivity analysis, remove-one what-if ranks and the statistical audit.
 *
 * @example
 * ```ts
 * import type { AnalysisKind } from "ducha";
 *
 * const kinds: AnalysisKind[] = ["uncertainty", "audit"];
 * ```
 * @since 0.1.0
 */
export type AnalysisKind = "uncertainty" | "sensitivity" | "remove-one" | "audit";

/**
 * Every {@link AnalysisKind}, in the order {@link analyse} runs them.
 *
 * @example
 * ```ts
 * import { ANALYSIS_KINDS } from "ducha";
 *
 * console.log(ANALYSIS_KINDS.join(", ")); // uncertainty, sensitivity, remove-one, audit
 * ```
 * @since 0.1.0
 */
export const ANALYSIS_KINDS: readonly AnalysisKind[] = ["uncertainty", "sensitivity", "remove-one", "audit"];

/**
 * The analyses run when none are chosen: everything but the (costlier) Sobol' analysis.
 *
 * @example
 * ```ts
 * import { DEFAULT_ANALYSES } from "ducha";
 *
 * console.log(DEFAULT_ANALYSES); // ["uncertainty", "remove-one", "audit"]
 * ```
 * @since 0.1.0
 */
export const DEFAULT_ANALYSES: readonly AnalysisKind[] = ["uncertainty", "remove-one", "audit"];

/**
 * The uncertain choices when none are given: every weight perturbed uniformly by ±25 %.
 *
 * @example
 * ```ts
 * import { DEFAULT_UNCERTAINTY_SPEC } from "ducha";
 *
 * console.log(DEFAULT_UNCERTAINTY_SPEC.weights); // { perturbation: "uniform", spread: 0.25 }
 * ```
 * @since 0.1.0
 */
export const DEFAULT_UNCERTAINTY_SPEC: UncertaintySpec = { weights: { perturbation: "uniform", spread: 0.25 } };

/**
 * Progress of the long-running analyses, for a progress bar: Monte Carlo replications and Sobol'
 * model evaluations done so far.
 *
 * @example
 * ```ts
 * import type { AnalysisProgress } from "ducha";
 *
 * const show = (p: AnalysisProgress) => console.log(`${p.analysis}: ${p.done}/${p.total}`);
 * ```
 * @since 0.1.0
 */
export interface AnalysisProgress {
  readonly analysis: "uncertainty" | "sensitivity";
  readonly done: number;
  readonly total: number;
}

/**
 * Options of {@link analyse}.
 *
 * @example
 * ```ts
 * import type { AnalyseOptions } from "ducha";
 *
 * const options: AnalyseOptions = {
 *   analyses: ["uncertainty", "sensitivity"],
 *   spec: { weights: { perturbation: "dirichlet", concentration: 50 } },
 *   replications: 500,
 *   seed: 7,
 *   sobol: { n: 128, bootstrap: 200 },
 * };
 * ```
 * @since 0.1.0
 */
export interface AnalyseOptions {
  /** Which analyses to run. Defaults to {@link DEFAULT_ANALYSES}. */
  readonly analyses?: readonly AnalysisKind[];
  /** The uncertain choices of the uncertainty and sensitivity analyses. Defaults to {@link DEFAULT_UNCERTAINTY_SPEC}. */
  readonly spec?: UncertaintySpec;
  /** Monte Carlo replications. Defaults to 1000. */
  readonly replications?: number;
  /** Seed of the Monte Carlo draws, the Sobol' design and its bootstrap. Defaults to 1. */
  readonly seed?: number;
  /** Sobol' analysis: base sample size N (N·(k + 2) runs), sampling, bootstrap resamples (0: none) and confidence. Defaults to N = 256, `"random"`, 100 resamples, 0.95. */
  readonly sobol?: {
    readonly n?: number;
    readonly sampling?: SobolSampling;
    readonly bootstrap?: number;
    readonly confidence?: number;
  };
  /** What the remove-one analysis removes. Defaults to `"both"` (pillars, then indicators). */
  readonly remove?: RemoveOneOptions["remove"];
  /** Options of the statistical audit. Defaults to `auditAssessment`'s. */
  readonly audit?: AuditOptions;
  /** Called as replications and evaluations finish (about every 1 %). Defaults to none. */
  readonly onProgress?: (progress: AnalysisProgress) => void;
}

/**
 * What {@link analyse} returns: the settings used and one entry per analysis run.
 *
 * @example
 * ```ts
 * import type { ProjectAnalysis } from "ducha";
 *
 * declare const a: ProjectAnalysis;
 * const widest = Math.max(...(a.uncertainty?.units ?? []).map((u) => u.rankHigh - u.rankLow));
 * ```
 * @since 0.1.0
 */
export interface ProjectAnalysis {
  readonly analyses: readonly AnalysisKind[];
  readonly seed: number;
  readonly spec: UncertaintySpec;
  /** Monte Carlo rank distributions (`runMonteCarlo`), when run. */
  readonly uncertainty?: MonteCarloResult;
  /** Sobol' indices of the uncertain inputs on the mean absolute rank shift (`sobolIndices` ∘ `rankShiftModel`), when run. */
  readonly sensitivity?: SobolResult;
  /** Remove-one what-if ranks (`removeOneAnalysis`), when run. */
  readonly removeOne?: RemoveOneResult;
  /** The statistical audit (`auditAssessment`), when run. */
  readonly audit?: AssessmentAudit;
}

function optionError(message: string, path: (string | number)[]): never {
  throw new ScoringError("invalid_option", message, { path: ["options", ...path] });
}

/**
 * Runs the robustness analyses of an index on a project and its scored result (稳健性分析):
 *
 * - `uncertainty` — Monte Carlo over the uncertain choices (weights ± x % or Dirichlet,
 *   normalisation, aggregation, missing-data policy): nominal, median and 5–95 % rank of every
 *   unit and the probability of each grade (Saisana, Saltelli & Tarantola 2005; COINr
 *   `get_sensitivity(SA_type = "UA")`);
 * - `sensitivity` — first-order and total Sobol' indices of each uncertain input on the mean
 *   absolute rank shift against the nominal ranking (Saltelli et al. 2010 Table 2 (b), Jansen 1999;
 *   COINr `get_sensitivity(SA_type = "SA")`), with bootstrap intervals;
 * - `remove-one` — the ranks without each pillar and each indicator (COINr `remove_elements`);
 * - `audit` — indicator statistics, correlations, collinearity flags and Cronbach's alpha per pillar
 *   (COINr `get_stats`, `get_corr`, `get_corr_flags`, `get_cronbach`).
 *
 * The uncertainty and sensitivity analyses use the float pipeline (one model shared by both);
 * remove-one and the audit are exact. Seeded: the same options give the same result.
 *
 * @param project - a valid project (with any imported observations merged)
 * @param result - its scored result (from {@link assess})
 * @param options - analyses, uncertain choices, sample sizes, seed, progress callback
 * @returns one entry per analysis run
 * @throws `ScoringError` for bad options (`invalid_option`, `invalid_uncertainty_spec`, …) or a
 *   combination of choices that cannot be scored
 * @example
 * ```ts
 * import { analyse, assess, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const a = analyse(loaded.value, assess(loaded.value), { replications: 500, seed: 7 });
 *   for (const u of a.uncertainty?.units ?? []) console.log(u.unit, u.nominalRank, u.rankLow, u.rankHigh);
 * }
 * ```
 * @since 0.1.0
 */
export function analyse(project: Project, result: AssessmentResult, options: AnalyseOptions = {}): ProjectAnalysis {
  const analyses = options.analyses ?? DEFAULT_ANALYSES;
  analyses.forEach((kind, i) => {
    if (!ANALYSIS_KINDS.includes(kind))
      optionError(`unknown analysis '${String(kind)}'; expected ${ANALYSIS_KINDS.join(", ")}`, ["analyses", i]);
  });
  const run = (kind: AnalysisKind) => analyses.includes(kind);
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    optionError(`seed must be an integer from 0 to 4294967295, got ${seed}`, ["seed"]);
  const spec = options.spec ?? DEFAULT_UNCERTAINTY_SPEC;
  const progress = options.onProgress;

  const model = run("uncertainty") || run("sensitivity") ? createUncertaintyModel(project, spec) : undefined;
  let uncertainty: MonteCarloResult | undefined;
  if (model !== undefined && run("uncertainty")) {
    uncertainty = runMonteCarlo(model, {
      replications: options.replications ?? 1000,
      seed,
      ...(progress === undefined
        ? {}
        : { onProgress: (done: number, total: number) => progress({ analysis: "uncertainty", done, total }) }),
    });
  }
  let sensitivity: SobolResult | undefined;
  if (model !== undefined && run("sensitivity")) {
    const n = options.sobol?.n ?? 256;
    const resamples = options.sobol?.bootstrap ?? 100;
    if (!Number.isSafeInteger(resamples) || resamples < 0)
      optionError(`sobol.bootstrap must be an integer ≥ 0, got ${resamples}`, ["sobol", "bootstrap"]);
    const scalar = rankShiftModel(model);
    const total = Number.isSafeInteger(n) && n > 0 ? n * (model.dimensions.length + 2) : 0;
    const every = Math.max(1, Math.floor(total / 100));
    let done = 0;
    sensitivity = sobolIndices(
      progress === undefined
        ? scalar
        : {
            dimensions: scalar.dimensions,
            evaluate: (u) => {
              const y = scalar.evaluate(u);
              done++;
              if (done % every === 0 || done === total) progress({ analysis: "sensitivity", done, total });
              return y;
            },
          },
      {
        n,
        seed,
        ...(options.sobol?.sampling === undefined ? {} : { sampling: options.sobol.sampling }),
        ...(resamples === 0 ? {} : { bootstrap: { resamples, confidence: options.sobol?.confidence ?? 0.95 } }),
      },
    );
  }
  const removeOne = run("remove-one")
    ? removeOneAnalysis(project, options.remove === undefined ? {} : { remove: options.remove })
    : undefined;
  const audit = run("audit") ? auditAssessment(project, result, options.audit) : undefined;
  return {
    analyses: ANALYSIS_KINDS.filter(run),
    seed,
    spec,
    ...(uncertainty === undefined ? {} : { uncertainty }),
    ...(sensitivity === undefined ? {} : { sensitivity }),
    ...(removeOne === undefined ? {} : { removeOne }),
    ...(audit === undefined ? {} : { audit }),
  };
}
