import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { sumExact } from "../internal/matrix.js";
import { toUnitSum } from "../internal/unit-sum.js";
import { completeAhpMatrix } from "./ahp-completion.js";
import { AHP_RANDOM_INDEX } from "./ahp-random-index.js";
import type { WeightResult } from "./equal.js";

/**
 * A pairwise comparison matrix (判断矩阵): aᵢⱼ = how much more important criterion i is than j on
 * Saaty's 1–9 scale, as numbers, decimal strings or fractions (`"1/3"`); `null` marks a missing
 * judgement and must be `null` at both (i, j) and (j, i).
 *
 * @since 0.1.0
 */
export type PairwiseMatrix = readonly (readonly (NumericInput | null)[])[];

/**
 * Options of {@link ahp}.
 *
 * @since 0.1.0
 */
export interface AhpOptions {
  /**
   * Random index table RI(n) for CR = CI/RI: a name from {@link AHP_RANDOM_INDEX} or a custom
   * table indexed by n − 1 (RI for n = 1 first). Defaults to `"saaty"`.
   */
  readonly randomIndex?: "saaty" | "donegan-dodd" | "alonso-lamata" | readonly NumericInput[];
  /** The matrix is `consistent` when CR ≤ threshold (Saaty 1980: 0.1). Defaults to 0.1. */
  readonly threshold?: NumericInput;
  /**
   * How weights are derived: `"eigenvector"` (Saaty's principal right eigenvector) or
   * `"geometric-mean"` (row geometric means, Crawford & Williams 1985). λmax, CI and CR are always those
   * of the matrix (its Perron eigenvalue). Defaults to `"eigenvector"`.
   */
  readonly method?: "eigenvector" | "geometric-mean";
  /**
   * Largest accepted |aᵢⱼ·aⱼᵢ − 1|, so that rounded reciprocals such as 0.333 for 1/3 are accepted.
   * Only the upper triangle is then used: aⱼᵢ is replaced by exactly 1/aᵢⱼ. Defaults to 0.01.
   */
  readonly reciprocalTolerance?: NumericInput;
}

/**
 * One judgement filled in by the optimal completion.
 *
 * @since 0.1.0
 */
export interface AhpCompletedEntry {
  /** Row i (i < j). */
  readonly row: number;
  /** Column j. */
  readonly column: number;
  /** The completed aᵢⱼ (aⱼᵢ = 1/aᵢⱼ). */
  readonly value: Dec;
}

/**
 * Result of {@link ahp}.
 *
 * @since 0.1.0
 */
export interface AhpResult extends WeightResult {
  /** Principal (Perron) eigenvalue λmax of the matrix (≥ n), to 30 decimal places. */
  readonly lambdaMax: Dec;
  /** Consistency index CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
  readonly ci: Dec;
  /** Consistency ratio CR = CI/RI(n); 0 for n ≤ 2. */
  readonly cr: Dec;
  /** Whether CR ≤ threshold (一致性检验通过). */
  readonly consistent: boolean;
  /** The RI(n) used. */
  readonly randomIndex: Dec;
  /** The matrix used: upper triangle as given, lower triangle exact reciprocals, missing entries completed. */
  readonly matrix: Dec[][];
  /** Entries filled in by the optimal completion (empty for a complete matrix). */
  readonly completed: AhpCompletedEntry[];
  /** Power-iteration steps used for the principal eigenvector. */
  readonly iterations: number;
}

/** Power iteration stops when no component of the sum-1 eigenvector changes by this much or more. */
const EIGEN_TOLERANCE = new D("1e-30");
const MAX_ITERATIONS = 100_000;

/**
 * Analytic hierarchy process weights (层次分析法, Saaty 1977, 1980): principal eigenvector of a
 * pairwise comparison matrix, with λmax, CI = (λmax − n)/(n − 1) and CR = CI/RI.
 *
 * The eigenvector is computed by power iteration in 50-digit decimal arithmetic, w ← Aw / Σ(Aw),
 * until no component changes by 1e-30 or more; λmax = Σᵢ (Aw)ᵢ at convergence (Σw = 1), reported to
 * 30 decimal places (the accuracy of the iteration). By Perron–Frobenius λmax ≥ n for positive
 * reciprocal matrices (Saaty 1977), so a value below n by rounding is reported as n. For n ≤ 2 the matrix is always consistent: CI = CR = 0.
 *
 * Incomplete matrices (`null` entries) are first completed so that λmax is minimal (Bozóki, Fülöp &
 * Rónyai 2010, cyclic coordinates; see the `completed` entries); the known comparisons must connect
 * all criteria.
 *
 * @param matrix - square pairwise comparison matrix, positive, diagonal 1, reciprocal
 * @param options - random index table, threshold, weight method, reciprocal tolerance
 * @returns weights (sum exactly 1), λmax, CI, CR, whether consistent, the matrix used
 * @throws ScoringError `ahp_not_square`, `ahp_invalid_diagonal`, `ahp_not_positive`,
 *   `ahp_not_reciprocal` (path `["matrix", i, j]` of the disagreeing lower-triangle entry),
 *   `ahp_incomplete_disconnected`, `ahp_random_index_unavailable`
 * @example
 * ```ts
 * import { ahp } from "@ducha/scoring";
 *
 * const result = ahp([
 *   [1, 3, 5],
 *   ["1/3", 1, 3],
 *   ["1/5", "1/3", 1],
 * ]);
 * result.weights.map((w) => w.toFixed(3)); // ["0.637", "0.258", "0.105"]
 * result.consistent; // true
 * ```
 * @since 0.1.0
 */
export function ahp(matrix: PairwiseMatrix, options: AhpOptions = {}): AhpResult {
  const n = Array.isArray(matrix) ? matrix.length : 0;
  if (n === 0)
    throw new ScoringError("ahp_not_square", "the AHP matrix must have at least one row", { path: ["matrix"] });
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new ScoringError(
        "ahp_not_square",
        `the AHP matrix must be ${n} × ${n}; row ${i} has ${Array.isArray(row) ? row.length : 0} entries`,
        {
          path: ["matrix", i],
        },
      );
    }
  });
  const tolerance = toDecimal(options.reciprocalTolerance ?? "0.01", ["options", "reciprocalTolerance"]);
  const cells: (Dec | null)[][] = matrix.map((row, i) =>
    row.map((cell, j) => {
      if (cell === null) {
        if (i === j) {
          throw new ScoringError("ahp_invalid_diagonal", `matrix[${i}][${i}] must be 1, got null`, {
            path: ["matrix", i, j],
          });
        }
        return null;
      }
      const d = toDecimal(cell, ["matrix", i, j]);
      if (i === j && !d.equals(1)) {
        throw new ScoringError("ahp_invalid_diagonal", `matrix[${i}][${i}] must be 1, got ${d.toString()}`, {
          path: ["matrix", i, j],
        });
      }
      if (!d.greaterThan(0)) {
        throw new ScoringError("ahp_not_positive", `matrix[${i}][${j}] must be > 0, got ${d.toString()}`, {
          path: ["matrix", i, j],
        });
      }
      return d;
    }),
  );
  // Reciprocity: keep the upper triangle, replace the lower triangle by exact reciprocals.
  const a: Dec[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => new D(1)));
  const missing: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const upper = (cells[i] as (Dec | null)[])[j] ?? null;
      const lower = (cells[j] as (Dec | null)[])[i] ?? null;
      if (upper === null || lower === null) {
        if (upper !== lower) {
          throw new ScoringError(
            "ahp_not_reciprocal",
            `matrix[${j}][${i}] and matrix[${i}][${j}]: a missing judgement must be null on both sides`,
            { path: ["matrix", j, i] },
          );
        }
        missing.push([i, j]);
        continue;
      }
      if (upper.times(lower).minus(1).abs().greaterThan(tolerance)) {
        throw new ScoringError(
          "ahp_not_reciprocal",
          `matrix[${j}][${i}] = ${lower.toString()} must be 1/matrix[${i}][${j}] = 1/${upper.toString()} (tolerance ${tolerance.toString()})`,
          { path: ["matrix", j, i] },
        );
      }
      (a[i] as Dec[])[j] = upper;
      (a[j] as Dec[])[i] = new D(1).div(upper);
    }
  }
  const completed: AhpCompletedEntry[] = [];
  if (missing.length > 0) {
    assertConnected(n, missing);
    const floats = a.map((row) => row.map((v) => v.toNumber()));
    for (const [i, j] of missing) {
      (floats[i] as number[])[j] = Number.NaN;
      (floats[j] as number[])[i] = Number.NaN;
    }
    const values = completeAhpMatrix(floats, missing);
    missing.forEach(([i, j], k) => {
      const value = new D(String(values[k]));
      (a[i] as Dec[])[j] = value;
      (a[j] as Dec[])[i] = new D(1).div(value);
      completed.push({ row: i, column: j, value });
    });
  }
  const { vector, lambda, iterations } = principalEigen(a);
  const nD = new D(n);
  // λmax is accurate to about the iteration tolerance, so it is reported to 30 decimal places.
  const rounded = lambda.toDecimalPlaces(30);
  const lambdaMax = rounded.lessThan(nD) ? nD : rounded;
  const table = randomIndexTable(options.randomIndex ?? "saaty");
  const threshold = toDecimal(options.threshold ?? "0.1", ["options", "threshold"]);
  let ci = new D(0);
  let cr = new D(0);
  let randomIndex = new D(0);
  if (n > 2) {
    const ri = table[n - 1];
    if (ri === undefined || !ri.greaterThan(0)) {
      throw new ScoringError("ahp_random_index_unavailable", `the random index table has no positive RI for n = ${n}`, {
        path: ["options", "randomIndex"],
      });
    }
    randomIndex = ri;
    ci = lambdaMax.minus(nD).div(n - 1);
    cr = ci.div(ri);
  }
  const method = options.method ?? "eigenvector";
  let raw: Dec[];
  if (method === "eigenvector") raw = vector;
  else if (method === "geometric-mean")
    raw = a.map((row) =>
      sumExact(row.map((v) => v.ln()))
        .div(nD)
        .exp(),
    );
  else {
    throw new ScoringError(
      "invalid_method",
      `method must be "eigenvector" or "geometric-mean", got ${JSON.stringify(method)}`,
      {
        path: ["options", "method"],
      },
    );
  }
  return {
    weights: toUnitSum(raw),
    lambdaMax,
    ci,
    cr,
    consistent: !cr.greaterThan(threshold),
    randomIndex,
    matrix: a,
    completed,
    iterations,
  };
}

function randomIndexTable(option: NonNullable<AhpOptions["randomIndex"]>): Dec[] {
  if (typeof option === "string") {
    const table = AHP_RANDOM_INDEX[option as keyof typeof AHP_RANDOM_INDEX];
    if (table === undefined) {
      throw new ScoringError("invalid_method", `unknown random index table ${JSON.stringify(option)}`, {
        path: ["options", "randomIndex"],
      });
    }
    return table.map((v) => new D(v));
  }
  return option.map((v, k) => toDecimal(v, ["options", "randomIndex", k]));
}

function principalEigen(a: readonly (readonly Dec[])[]): { vector: Dec[]; lambda: Dec; iterations: number } {
  const n = a.length;
  // Start from the normalised row sums (an approximation of the eigenvector).
  const rowSums = a.map((row) => sumExact(row));
  const total = sumExact(rowSums);
  let w = rowSums.map((s) => s.div(total));
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const y = a.map((row) => sumExact(row.map((v, j) => v.times(w[j] as Dec))));
    const lambda = sumExact(y);
    const next = y.map((v) => v.div(lambda));
    let change = new D(0);
    for (let i = 0; i < n; i++) {
      const d = (next[i] as Dec).minus(w[i] as Dec).abs();
      if (d.greaterThan(change)) change = d;
    }
    w = next;
    if (change.lessThan(EIGEN_TOLERANCE)) return { vector: w, lambda, iterations: iteration };
  }
  throw new ScoringError("ahp_not_converged", "power iteration for the AHP eigenvector did not converge", {
    path: ["matrix"],
  });
}

function assertConnected(n: number, missing: readonly (readonly [number, number])[]): void {
  const absent = new Set(missing.map(([i, j]) => `${i},${j}`));
  const seen = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    const i = queue.pop() as number;
    for (let j = 0; j < n; j++) {
      if (j === i || seen.has(j)) continue;
      const key = i < j ? `${i},${j}` : `${j},${i}`;
      if (!absent.has(key)) {
        seen.add(j);
        queue.push(j);
      }
    }
  }
  if (seen.size < n) {
    const unreachable = Array.from({ length: n }, (_, k) => k).filter((k) => !seen.has(k));
    throw new ScoringError(
      "ahp_incomplete_disconnected",
      `the known comparisons do not connect all criteria (criteria ${unreachable.join(", ")} are not linked to criterion 0); the matrix cannot be completed`,
      { path: ["matrix"] },
    );
  }
}
