import { ScoringError } from "../errors.js";
import { sortedQuantile } from "./float-quantile.js";
import { checkSeed, createRandom } from "./random.js";
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from "./sobol-sequence.js";

/**
 * A model with a scalar output over the unit hypercube: `evaluate(u)` with `u ∈ [0, 1)^k`, one
 * coordinate per dimension. An uncertainty model (weights, normalisation, aggregation … mapped from
 * `u`) plugs in through {@link rankShiftModel}, or any function of its scores and ranks.
 *
 * @example
 * ```ts
 * import type { ScalarModel } from "@ducha/scoring";
 *
 * const linear: ScalarModel = { dimensions: [{ id: "x1" }, { id: "x2" }], evaluate: (u) => u[0]! + 2 * u[1]! };
 * ```
 * @since 0.1.0
 */
export interface ScalarModel {
  /** The uncertain inputs, one coordinate of `u` each, in order. */
  readonly dimensions: readonly { readonly id: string }[];
  /**
   * The output for one input point; must be finite. `u` is a view into the design matrix: read it,
   * do not keep or modify it.
   */
  evaluate(u: Float64Array): number;
}

/**
 * How the base matrices A and B are sampled: `"random"` — pseudo-random (seeded xoshiro128**);
 * `"sobol"` — the Sobol' low-discrepancy sequence in 2k dimensions (A = first k columns, B = last k,
 * as Saltelli et al. 2010 §3 recommend), randomised by a seeded digital shift.
 *
 * @since 0.1.0
 */
export type SobolSampling = "random" | "sobol";

/**
 * Options of {@link sobolIndices}.
 *
 * @since 0.1.0
 */
export interface SobolOptions {
  /** Base sample size N (rows of A and B); the model runs N·(k + 2) times. Powers of 2 suit `"sobol"`. */
  readonly n: number;
  /** Seed of the sampling and the bootstrap: the same seed gives the same result. */
  readonly seed: number;
  /** Sampling of A and B. Defaults to `"random"`. */
  readonly sampling?: SobolSampling;
  /**
   * Bootstrap percentile confidence intervals (Efron & Tibshirani 1993; Archer, Saltelli & Sobol'
   * 1997): rows of the design are resampled with replacement `resamples` times (the same rows for
   * every index) and the estimators recomputed; the interval is the `(1 − confidence)/2` and
   * `(1 + confidence)/2` quantiles (R type 7). Defaults to none (no intervals).
   */
  readonly bootstrap?: { readonly resamples: number; readonly confidence: number };
}

/**
 * A percentile confidence interval.
 *
 * @since 0.1.0
 */
export interface ConfidenceInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * First-order and total-effect Sobol' indices of one input.
 *
 * @since 0.1.0
 */
export interface SobolIndex {
  /** The dimension id. */
  readonly id: string;
  /** First-order index S_i (main effect): the share of V(Y) explained by X_i alone. */
  readonly first: number;
  /** Total-effect index S_Ti: the share of V(Y) that involves X_i (alone or with others). */
  readonly total: number;
  /** Bootstrap interval of `first`, when requested. */
  readonly firstCi?: ConfidenceInterval;
  /** Bootstrap interval of `total`, when requested. */
  readonly totalCi?: ConfidenceInterval;
}

/**
 * The result of {@link sobolIndices}: `estimated` with indices, or `constant_output` when the
 * model's output did not vary over the whole design (V(Y) = 0, every index 0/0).
 *
 * @since 0.1.0
 */
export type SobolResult =
  | {
      readonly status: "estimated";
      readonly n: number;
      /** Model runs: N·(k + 2). */
      readonly evaluations: number;
      readonly sampling: SobolSampling;
      readonly seed: number;
      /** Mean of the outputs on A and B. */
      readonly mean: number;
      /** V(Y): sample variance (divisor 2N − 1) of the outputs on A and B. */
      readonly variance: number;
      readonly indices: readonly SobolIndex[];
      /** Bootstrap settings and the resamples whose variance was 0 (left out of the intervals). */
      readonly bootstrap?: { readonly resamples: number; readonly confidence: number; readonly degenerate: number };
    }
  | {
      readonly status: "constant_output";
      readonly n: number;
      readonly evaluations: number;
      readonly sampling: SobolSampling;
      readonly seed: number;
      /** The output, the same on every run. */
      readonly value: number;
    };

/**
 * Variance-based sensitivity indices (Sobol' 1993) of a scalar model, estimated with the Saltelli
 * design and the estimators recommended by Saltelli et al. (2010, "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", Computer
 * Physics Communications 181, Table 2):
 *
 * - design: two independent N × k matrices A and B on [0, 1)^k, and for each i the matrix A_B^(i)
 *   — A with column i taken from B; N·(k + 2) model runs in all;
 * - first order, Table 2 (b) (Saltelli 2010):
 *   `V_i = (1/N) Σ_j f(B)_j · (f(A_B^(i))_j − f(A)_j)`, `S_i = V_i / V(Y)`;
 * - total effect, Table 2 (f) (Jansen 1999):
 *   `V_Ti = (1/(2N)) Σ_j (f(A)_j − f(A_B^(i))_j)²`, `S_Ti = V_Ti / V(Y)`;
 * - `V(Y)`: the sample variance (divisor 2N − 1) of the 2N outputs on A and B, as COINr
 *   `SA_estimate` (`stats::var(c(yA, yB))`).
 *
 * Outputs are centred on their mean before the first-order sum (which leaves its expectation
 * unchanged and reduces its variance; SALib does the same). Estimates carry Monte Carlo error of
 * order 1/√N: small indices may come out slightly negative and are reported as estimated, not
 * clamped. Bootstrap percentile intervals (seeded) show that error.
 *
 * Float arithmetic on purpose: the estimators are Monte Carlo averages whose sampling error
 * (≈ 1/√N, e.g. 10⁻² at N = 10⁴) dwarfs double rounding (≈ 10⁻¹⁶ relative), and they take
 * N·(k + 2) model runs plus the bootstrap's resamples × N × k terms — exact decimals would cost
 * 100× the time for no gain in accuracy. The model itself may be exact or float.
 *
 * @param model - the uncertain inputs and the scalar output
 * @param options - N, seed, sampling, bootstrap
 * @returns the indices, or `constant_output`
 * @throws {@link ScoringError} `invalid_options` (N < 2, no dimensions, bad bootstrap),
 *   `invalid_seed`, `too_many_dimensions` (Sobol' sampling with 2k > 64), `invalid_model_output`
 *   (a non-finite output, with the run's path)
 * @example
 * ```ts
 * import { sobolIndices } from "@ducha/scoring";
 *
 * // Y = X1 + 2·X2 on uniform inputs: S1 = 1/5, S2 = 4/5 (no interactions, so S_Ti = S_i).
 * const result = sobolIndices(
 *   { dimensions: [{ id: "x1" }, { id: "x2" }], evaluate: (u) => u[0]! + 2 * u[1]! },
 *   { n: 4096, seed: 1, sampling: "sobol", bootstrap: { resamples: 200, confidence: 0.95 } },
 * );
 * if (result.status === "estimated") for (const s of result.indices) console.log(s.id, s.first, s.total);
 * ```
 * @since 0.1.0
 */
export function sobolIndices(model: ScalarModel, options: SobolOptions): SobolResult {
  const k = Array.isArray(model?.dimensions) ? model.dimensions.length : 0;
  if (k < 1 || typeof model.evaluate !== "function") {
    throw new ScoringError("invalid_options", "expected a model with at least one dimension and an evaluate function", {
      path: ["model"],
    });
  }
  const n = options.n;
  if (!Number.isInteger(n) || n < 2 || n > 2 ** 24) {
    throw new ScoringError("invalid_options", `expected n to be an integer from 2 to 2^24, got ${String(n)}`, {
      path: ["options", "n"],
    });
  }
  const seed = checkSeed(options.seed, ["options", "seed"]);
  const sampling = options.sampling ?? "random";
  if (sampling !== "random" && sampling !== "sobol") {
    throw new ScoringError("invalid_options", `expected sampling "random" or "sobol", got ${String(sampling)}`, {
      path: ["options", "sampling"],
    });
  }
  const boot = options.bootstrap;
  if (boot !== undefined) {
    if (!Number.isInteger(boot.resamples) || boot.resamples < 2 || boot.resamples > 100000) {
      throw new ScoringError(
        "invalid_options",
        `expected 2 to 100000 bootstrap resamples, got ${String(boot.resamples)}`,
        {
          path: ["options", "bootstrap", "resamples"],
        },
      );
    }
    if (!(typeof boot.confidence === "number" && boot.confidence > 0 && boot.confidence < 1)) {
      throw new ScoringError(
        "invalid_options",
        `expected a bootstrap confidence in (0, 1), got ${String(boot.confidence)}`,
        { path: ["options", "bootstrap", "confidence"] },
      );
    }
  }

  // 1. Design: A and B, N × k each, row-major.
  const a = new Float64Array(n * k);
  const b = new Float64Array(n * k);
  if (sampling === "sobol") {
    if (2 * k > SOBOL_MAX_DIMENSIONS) {
      throw new ScoringError(
        "too_many_dimensions",
        `Sobol' sampling needs 2k ≤ ${SOBOL_MAX_DIMENSIONS} dimensions, got k = ${k}; use sampling "random"`,
        { path: ["model", "dimensions"] },
      );
    }
    const points = sobolSequence(n, 2 * k, { shiftSeed: seed });
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++) {
        a[j * k + i] = points[j * 2 * k + i] as number;
        b[j * k + i] = points[j * 2 * k + k + i] as number;
      }
    }
  } else {
    const random = createRandom(seed);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++) a[j * k + i] = random.next();
      for (let i = 0; i < k; i++) b[j * k + i] = random.next();
    }
  }

  // 2. Model runs: f(A), f(B), f(A_B^(i)) for each i.
  const run = (u: Float64Array, path: (string | number)[]): number => {
    const y = model.evaluate(u);
    if (typeof y !== "number" || !Number.isFinite(y)) {
      throw new ScoringError(
        "invalid_model_output",
        `expected a finite number from the model at ${path.join(".")}, got ${String(y)}`,
        {
          path,
        },
      );
    }
    return y;
  };
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  const fAB = new Float64Array(n * k); // [i · n + j]
  for (let j = 0; j < n; j++) fA[j] = run(a.subarray(j * k, (j + 1) * k), ["A", j]);
  for (let j = 0; j < n; j++) fB[j] = run(b.subarray(j * k, (j + 1) * k), ["B", j]);
  const ab = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < n; j++) {
      ab.set(a.subarray(j * k, (j + 1) * k));
      ab[i] = b[j * k + i] as number;
      fAB[i * n + j] = run(ab, ["AB", i, j]);
    }
  }
  const evaluations = n * (k + 2);

  // 3. Estimates on all rows, then on bootstrap resamples of the rows.
  const all = new Int32Array(n);
  for (let j = 0; j < n; j++) all[j] = j;
  const estimate = estimator(fA, fB, fAB, n, k);
  const full = estimate(all);
  if (full === undefined) {
    return { status: "constant_output", n, evaluations, sampling, seed, value: fA[0] as number };
  }
  let firstCi: ConfidenceInterval[] | undefined;
  let totalCi: ConfidenceInterval[] | undefined;
  let degenerate = 0;
  if (boot !== undefined) {
    // A separate stream, so that adding a bootstrap never changes the point estimates.
    const random = createRandom(seed, 1);
    const firsts: number[][] = Array.from({ length: k }, () => []);
    const totals: number[][] = Array.from({ length: k }, () => []);
    const rows = new Int32Array(n);
    for (let r = 0; r < boot.resamples; r++) {
      for (let j = 0; j < n; j++) rows[j] = random.nextInt(n);
      const e = estimate(rows);
      if (e === undefined) {
        degenerate++;
        continue;
      }
      for (let i = 0; i < k; i++) {
        (firsts[i] as number[]).push(e.first[i] as number);
        (totals[i] as number[]).push(e.total[i] as number);
      }
    }
    const lowP = (1 - boot.confidence) / 2;
    const highP = (1 + boot.confidence) / 2;
    const interval = (values: number[]): ConfidenceInterval => {
      if (values.length === 0) return { low: 0, high: 0 };
      const sorted = Float64Array.from(values).sort();
      return { low: sortedQuantile(sorted, lowP), high: sortedQuantile(sorted, highP) };
    };
    if (degenerate === boot.resamples) {
      throw new ScoringError("invalid_model_output", "every bootstrap resample had a constant output", {
        path: ["options", "bootstrap"],
      });
    }
    firstCi = firsts.map(interval);
    totalCi = totals.map(interval);
  }
  const indices: SobolIndex[] = model.dimensions.map((d, i) => ({
    id: d.id,
    first: full.first[i] as number,
    total: full.total[i] as number,
    ...(firstCi === undefined ? {} : { firstCi: firstCi[i] as ConfidenceInterval }),
    ...(totalCi === undefined ? {} : { totalCi: totalCi[i] as ConfidenceInterval }),
  }));
  return {
    status: "estimated",
    n,
    evaluations,
    sampling,
    seed,
    mean: full.mean,
    variance: full.variance,
    indices,
    ...(boot === undefined
      ? {}
      : { bootstrap: { resamples: boot.resamples, confidence: boot.confidence, degenerate } }),
  };
}

interface Estimate {
  readonly mean: number;
  readonly variance: number;
  readonly first: Float64Array;
  readonly total: Float64Array;
}

/** The Saltelli 2010 / Jansen 1999 estimators over a multiset of rows; `undefined` when V(Y) = 0. */
function estimator(
  fA: Float64Array,
  fB: Float64Array,
  fAB: Float64Array,
  n: number,
  k: number,
): (rows: Int32Array) => Estimate | undefined {
  return (rows) => {
    const m = rows.length;
    let sum = 0;
    for (let r = 0; r < m; r++) {
      const j = rows[r] as number;
      sum += (fA[j] as number) + (fB[j] as number);
    }
    const mean = sum / (2 * m);
    let ss = 0;
    for (let r = 0; r < m; r++) {
      const j = rows[r] as number;
      const da = (fA[j] as number) - mean;
      const db = (fB[j] as number) - mean;
      ss += da * da + db * db;
    }
    const variance = ss / (2 * m - 1);
    // Relative guard: a variance at rounding level of the outputs is a constant output.
    if (!(variance > 0) || variance <= Number.EPSILON * Number.EPSILON * Math.max(1, mean * mean)) return undefined;
    const first = new Float64Array(k);
    const total = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s1 = 0;
      let st = 0;
      const base = i * n;
      for (let r = 0; r < m; r++) {
        const j = rows[r] as number;
        const ya = fA[j] as number;
        const yab = fAB[base + j] as number;
        // Saltelli 2010 Table 2 (b): f(B)·(f(A_B^i) − f(A)), with f(B) centred.
        s1 += ((fB[j] as number) - mean) * (yab - ya);
        // Jansen 1999, Saltelli 2010 Table 2 (f): (f(A) − f(A_B^i))².
        st += (ya - yab) * (ya - yab);
      }
      first[i] = s1 / m / variance;
      total[i] = st / (2 * m) / variance;
    }
    return { mean, variance, first, total };
  };
}
