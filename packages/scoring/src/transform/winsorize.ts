import { ScoringError } from "../errors.js";
import type { Dec, NumericInput } from "../internal/decimal.js";
import { fail, readOption } from "../normalize/shared.js";
import { maxOf, minOf, readColumn } from "../stats/column.js";
import { kurtosisOf } from "../stats/kurtosis.js";
import { kurtosisExceeds, skewnessExceeds } from "../stats/moment-threshold.js";
import { skewnessOf } from "../stats/skewness.js";

/**
 * Options for {@link winsorize}.
 *
 * @since 0.1.0
 */
export interface WinsorizeOptions {
  /** Most points to winsorise (tied extremes are replaced together, so the count can overshoot by ties, as in COINr); `null` = no limit. Defaults to `5` (COINr `winmax`). */
  readonly maxPoints?: number | null;
  /** Absolute skewness threshold. Defaults to `2` (COINr `skew_thresh`). */
  readonly skewThreshold?: NumericInput;
  /** Excess kurtosis threshold. Defaults to `3.5` (COINr `kurt_thresh`). */
  readonly kurtosisThreshold?: NumericInput;
  /** Error path prefix. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * One winsorised point: which side it was on, its original value and its final value.
 *
 * @since 0.1.0
 */
export interface WinsorizedPoint {
  /** Index of the value in the input. */
  readonly index: number;
  /** `"high"` (COINr `winhi`) or `"low"` (`winlo`). */
  readonly side: "high" | "low";
  /** The original value. */
  readonly from: Dec;
  /** The value after treatment. */
  readonly to: Dec;
}

/**
 * What {@link winsorize} did and the statistics before and after.
 *
 * @since 0.1.0
 */
export interface WinsorizeTreatment {
  /** Indices of changed values, ascending. */
  readonly indices: readonly number[];
  /** The changed points, ascending by index. */
  readonly points: readonly WinsorizedPoint[];
  /** COINr `nwin`: points replaced (tied extremes count individually). */
  readonly count: number;
  /** Skewness before treatment (`null` if not computable: < 3 values or constant). */
  readonly initialSkewness: Dec | null;
  /** Kurtosis before treatment (`null` if not computable: < 4 values or constant). */
  readonly initialKurtosis: Dec | null;
  /** Skewness after treatment (`null` if not computable). */
  readonly skewness: Dec | null;
  /** Kurtosis after treatment (`null` if not computable). */
  readonly kurtosis: Dec | null;
  /** Whether the final data pass: |skew| < threshold OR kurtosis < threshold (constant data pass). */
  readonly passed: boolean;
  /**
   * Why the data do not pass: `"thresholds_exceeded"` (still outside after `maxPoints`) or
   * `"insufficient_data"` (fewer than 4 values: kurtosis undefined; nothing was changed).
   */
  readonly reason?: "thresholds_exceeded" | "insufficient_data";
}

/**
 * The result of {@link winsorize}.
 *
 * @since 0.1.0
 */
export interface WinsorizeResult {
  /** Values after treatment, aligned with the input; `null` stays `null`. */
  readonly values: readonly (Dec | null)[];
  /** What was changed, the statistics before and after, and whether the data now pass. */
  readonly treated: WinsorizeTreatment;
}

/**
 * Winsorisation driven by skewness and kurtosis (缩尾处理), mirroring COINr `winsorise()` /
 * `check_SkewKurt()` (the JRC/COIN composite-indicator convention):
 *
 * 1. Data fail when `|skew| ≥ skewThreshold` AND `kurtosis ≥ kurtosisThreshold` (type-2 sample
 *    skewness and excess kurtosis, see {@link skewness} and {@link kurtosis}).
 * 2. While failing and fewer than `maxPoints` points are treated: if skew ≥ 0 every value equal to
 *    the maximum is replaced by the largest remaining value; otherwise every value equal to the
 *    minimum by the smallest remaining value. Re-check.
 *
 * Missing values are ignored in the statistics and preserved. A constant column passes.
 *
 * @returns the treated values and what was done (indices, points, statistics, passed, reason)
 * @throws {@link ScoringError} `invalid_option` (bad `maxPoints`), `invalid_number`
 * @example
 * ```ts
 * import { winsorize } from "@ducha/scoring";
 *
 * const { values, treated } = winsorize([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
 * values[9]?.toString(); // "9"
 * treated.indices; // [9]
 * ```
 * @since 0.1.0
 */
export function winsorize(values: readonly (NumericInput | null)[], options: WinsorizeOptions = {}): WinsorizeResult {
  const path = options.path ?? ["values"];
  const maxPoints = options.maxPoints === undefined ? 5 : options.maxPoints;
  if (maxPoints !== null && (!Number.isInteger(maxPoints) || maxPoints < 0)) {
    fail("invalid_option", `expected maxPoints to be a whole number ≥ 0 or null, got ${String(maxPoints)}`, [
      ...path,
      "maxPoints",
    ]);
  }
  const skewT = readOption(options.skewThreshold, 2, path, "skewThreshold");
  const kurtT = readOption(options.kurtosisThreshold, "3.5", path, "kurtosisThreshold");
  const column = readColumn(values, path);
  const idx = column.presentIndices;
  const xs: Dec[] = [...column.present];

  const check = () => evaluate(xs, skewT, kurtT, path);
  let state = check();
  const initial = state;
  let imax: number[] = [];
  let imin: number[] = [];
  let count = 0;
  const original = new Map<number, { side: "high" | "low"; from: Dec }>();

  while (state.status === "fail" && (maxPoints === null || count < maxPoints)) {
    const high = (state.skew as Dec).greaterThanOrEqualTo(0);
    const extreme = high ? maxOf(xs) : minOf(xs);
    const hit = xs.flatMap((x, k) => (x.equals(extreme) ? [k] : []));
    const rest = xs.filter((x) => !x.equals(extreme));
    const replacement = high ? maxOf(rest) : minOf(rest);
    for (const k of hit) {
      const i = idx[k] as number;
      if (!original.has(i)) original.set(i, { side: high ? "high" : "low", from: xs[k] as Dec });
      xs[k] = replacement;
    }
    // COINr: nwin <- length(imax) + length(imin), where imax/imin are the latest tied sets
    if (high) imax = hit;
    else imin = hit;
    count = imax.length + imin.length;
    state = check();
  }

  const out: (Dec | null)[] = [...column.values];
  idx.forEach((i, k) => {
    out[i] = xs[k] as Dec;
  });
  const indices = [...original.keys()].sort((a, b) => a - b);
  const points = indices.map((i): WinsorizedPoint => {
    const o = original.get(i) as { side: "high" | "low"; from: Dec };
    return { index: i, side: o.side, from: o.from, to: out[i] as Dec };
  });
  const treated: WinsorizeTreatment = {
    indices,
    points,
    count,
    initialSkewness: initial.skew,
    initialKurtosis: initial.kurt,
    skewness: state.skew,
    kurtosis: state.kurt,
    passed: state.status === "pass",
    ...(state.status === "fail" ? { reason: "thresholds_exceeded" as const } : {}),
    ...(state.status === "insufficient" ? { reason: "insufficient_data" as const } : {}),
  };
  return { values: out, treated };
}

interface CheckState {
  readonly status: "pass" | "fail" | "insufficient";
  readonly skew: Dec | null;
  readonly kurt: Dec | null;
}

/** COINr check_SkewKurt: pass if |skew| < skew_thresh OR kurt < kurt_thresh. */
function evaluate(xs: readonly Dec[], skewT: Dec, kurtT: Dec, path: readonly (string | number)[]): CheckState {
  if (xs.length < 4) {
    return { status: "insufficient", skew: xs.length === 3 ? safe(() => skewnessOf(xs, path)) : null, kurt: null };
  }
  const skew = safe(() => skewnessOf(xs, path));
  const kurt = safe(() => kurtosisOf(xs, path));
  if (skew === null || kurt === null) return { status: "pass", skew: null, kurt: null }; // zero variance
  // Decided exactly (BigInt power sums), not on the 50-digit values: G1 of [0, 0, 0, 1] is exactly 2
  // and G2 exactly 4, computed 2.000…01 and 3.999…98, which would pass a kurtosis threshold of 4.
  const pass = !(skewnessExceeds(xs, skewT, true) && kurtosisExceeds(xs, kurtT, true));
  return { status: pass ? "pass" : "fail", skew, kurt };
}

function safe(fn: () => Dec): Dec | null {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ScoringError && error.code === "zero_variance") return null;
    throw error;
  }
}
