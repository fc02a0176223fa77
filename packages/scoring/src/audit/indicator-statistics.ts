import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { maxOf, minOf, readColumn } from "../stats/column.js";
import { kurtosisOf } from "../stats/kurtosis.js";
import { meanOf } from "../stats/mean.js";
import { kurtosisExceeds, skewnessExceeds } from "../stats/moment-threshold.js";
import { skewnessOf } from "../stats/skewness.js";
import { standardDeviationOf } from "../stats/standard-deviation.js";
import { quantileSorted } from "./quantile.js";
import { shareBelow } from "./share-below.js";
import { exactFenceSide } from "./tukey-fences.js";

/**
 * Options of {@link indicatorStatistics}. Thresholds default to COINr `get_stats()`'s.
 *
 * @since 0.1.0
 */
export interface IndicatorStatisticsOptions {
  /** Unit ids aligned with the values, to name outliers. Defaults to none (outliers by index only). */
  readonly units?: readonly string[];
  /** |skewness| threshold of the skew–kurtosis flag. Defaults to 2 (COINr `t_skew`). */
  readonly skewThreshold?: NumericInput;
  /** Kurtosis threshold of the skew–kurtosis flag. Defaults to 3.5 (COINr `t_kurt`). */
  readonly kurtosisThreshold?: NumericInput;
  /** Flag low availability when the available share is below this. Defaults to 0.65 (COINr `t_avail`). */
  readonly availabilityThreshold?: NumericInput;
  /** Flag many zeros when the non-zero share of available values is below this. Defaults to 0.5 (COINr `t_zero`). */
  readonly nonZeroThreshold?: NumericInput;
  /** Flag few distinct values when the unique share of available values is below this. Defaults to 0.5 (COINr `t_unq`). */
  readonly uniqueThreshold?: NumericInput;
  /** Tukey fence multiplier k of the IQR outlier rule. Defaults to 1.5 (Tukey 1977). */
  readonly iqrMultiplier?: NumericInput;
  /** Error path prefix. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * A value outside the Tukey fences.
 *
 * @since 0.1.0
 */
export interface IqrOutlier {
  /** Position in the input. */
  readonly index: number;
  /** The unit id, when `units` were given. */
  readonly unit?: string;
  readonly value: Dec;
  readonly side: "low" | "high";
}

/**
 * Why a statistic is `null`: too few values for it, or constant values (variance 0).
 *
 * @since 0.1.0
 */
export type StatisticNote =
  | "no_values"
  | "too_few_for_sd"
  | "too_few_for_skewness"
  | "too_few_for_kurtosis"
  | "zero_variance";

/**
 * Descriptive statistics and data-quality flags of one indicator (指标统计审计).
 *
 * @since 0.1.0
 */
export interface IndicatorStatistics {
  /** Entries (units) considered, missing included. */
  readonly n: number;
  readonly available: number;
  readonly missing: number;
  /** available / n (0 when n = 0). */
  readonly availableShare: Dec;
  /** missing / n (0 when n = 0). */
  readonly missingShare: Dec;
  /** Available values ≠ 0. */
  readonly nonZero: number;
  /** Distinct available values. */
  readonly unique: number;
  readonly min: Dec | null;
  readonly max: Dec | null;
  readonly mean: Dec | null;
  readonly median: Dec | null;
  /** Sample standard deviation (n − 1). */
  readonly sd: Dec | null;
  /** Sample skewness G1 (type 2, as COINr `skew()` and Excel `SKEW`). */
  readonly skewness: Dec | null;
  /** Sample excess kurtosis G2 (type 2, as COINr `kurt()` and Excel `KURT`). */
  readonly kurtosis: Dec | null;
  /** First and third quartiles (R type 7) and IQR = Q3 − Q1. */
  readonly q1: Dec | null;
  readonly q3: Dec | null;
  readonly iqr: Dec | null;
  /** Tukey fences `Q1 − k·IQR`, `Q3 + k·IQR`. */
  readonly fences: { readonly low: Dec; readonly high: Dec } | null;
  /** Values outside the fences, in input order. */
  readonly outliers: readonly IqrOutlier[];
  /** Why some statistics are `null`. */
  readonly notes: readonly StatisticNote[];
  readonly flags: {
    /** availableShare < availability threshold (COINr `Flag.Avail` "LOW"). */
    readonly lowAvailability: boolean;
    /** nonZero / available < threshold (COINr `Flag.NonZero` "LOW"). */
    readonly manyZeros: boolean;
    /** unique / available < threshold (COINr `Flag.Unique` "LOW"). */
    readonly fewUnique: boolean;
    /**
     * |skewness| > 2 and kurtosis > 3.5: likely outliers (COINr `Flag.SkewKurt` "OUT"). Decided
     * exactly, so a G1 or G2 exactly on its threshold (G1 of [0, 0, 0, 1] is 2) does not flag.
     */
    readonly skewKurtosis: boolean;
  };
}

/**
 * Descriptive statistics of one indicator with the data-quality flags of COINr `get_stats()` and
 * Tukey's IQR outlier rule, exact (decimal.js): n, missing share, mean, sample sd, min, max,
 * median, skewness and kurtosis (type 2), the skew–kurtosis outlier flag `|G1| > 2 and G2 > 3.5`
 * (COINr `get_stats`/`check_SkewKurt` defaults, as in the JRC/COINr outlier treatment), and the
 * units outside the Tukey (1977) fences `[Q1 − 1.5·IQR, Q3 + 1.5·IQR]` with quartiles by R type 7.
 *
 * Statistics that are undefined (e.g. skewness of fewer than 3 values, or of constant values) are
 * `null`, with the reason in `notes` — never NaN.
 *
 * @param values - the indicator's values over units, `null` for missing
 * @param options - unit ids, thresholds
 * @returns the statistics and flags
 * @throws {@link ScoringError} `invalid_number` for a bad value; `length_mismatch` if `units`
 *   does not align with `values`
 * @example
 * ```ts
 * import { indicatorStatistics } from "@ducha/scoring";
 *
 * const s = indicatorStatistics([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]);
 * s.flags.skewKurtosis; // true (G1 ≈ 3.063, G2 ≈ 9.741)
 * s.outliers.map((o) => o.value.toString()); // ["30", "100"]
 * ```
 * @since 0.1.0
 */
export function indicatorStatistics(
  values: readonly (NumericInput | null)[],
  options: IndicatorStatisticsOptions = {},
): IndicatorStatistics {
  const path = options.path ?? ["values"];
  const column = readColumn(values, path);
  if (options.units !== undefined && options.units.length !== values.length) {
    throw new ScoringError(
      "length_mismatch",
      `expected ${values.length} unit ids to align with the values at ${path.join(".")}, got ${options.units.length}`,
      { path: [...path, "units"] },
    );
  }
  const threshold = (v: NumericInput | undefined, fallback: string, name: string) =>
    toDecimal(v ?? fallback, ["options", name]);
  const tSkew = threshold(options.skewThreshold, "2", "skewThreshold");
  const tKurt = threshold(options.kurtosisThreshold, "3.5", "kurtosisThreshold");
  const tAvail = threshold(options.availabilityThreshold, "0.65", "availabilityThreshold");
  const tZero = threshold(options.nonZeroThreshold, "0.5", "nonZeroThreshold");
  const tUnique = threshold(options.uniqueThreshold, "0.5", "uniqueThreshold");
  const k = threshold(options.iqrMultiplier, "1.5", "iqrMultiplier");

  const present = column.present;
  const n = values.length;
  const available = present.length;
  const share = (count: number) => (n === 0 ? new D(0) : new D(count).div(n));
  const notes: StatisticNote[] = [];
  const sorted = [...present].sort((a, b) => a.comparedTo(b));
  const unique = sorted.filter((v, i) => i === 0 || !v.equals(sorted[i - 1] as Dec)).length;
  const nonZero = present.filter((v) => !v.isZero()).length;
  const zeroVariance = available > 0 && unique === 1;

  let mean: Dec | null = null;
  let median: Dec | null = null;
  let q1: Dec | null = null;
  let q3: Dec | null = null;
  let sd: Dec | null = null;
  let skew: Dec | null = null;
  let kurt: Dec | null = null;
  if (available === 0) notes.push("no_values");
  else {
    mean = meanOf(present);
    median = quantileSorted(sorted, new D("0.5"));
    q1 = quantileSorted(sorted, new D("0.25"));
    q3 = quantileSorted(sorted, new D("0.75"));
    if (available >= 2) sd = standardDeviationOf(present, "sample", path);
    else notes.push("too_few_for_sd");
    if (available < 3) notes.push("too_few_for_skewness");
    if (available < 4) notes.push("too_few_for_kurtosis");
    if (zeroVariance && available >= 3) notes.push("zero_variance");
    if (!zeroVariance && available >= 3) skew = skewnessOf(present, path);
    if (!zeroVariance && available >= 4) kurt = kurtosisOf(present, path);
  }
  const iqr = q1 !== null && q3 !== null ? q3.minus(q1) : null;
  const fences =
    q1 !== null && q3 !== null && iqr !== null ? { low: q1.minus(k.times(iqr)), high: q3.plus(k.times(iqr)) } : null;
  const outliers: IqrOutlier[] = [];
  if (fences !== null) {
    // Outside the exact fences (the reported ones are rounded to 50 digits).
    const sideOf = exactFenceSide((i) => sorted[i] as Dec, available, k);
    column.values.forEach((v, index) => {
      if (v === null) return;
      const side = sideOf(v);
      if (side === undefined) return;
      const unit = options.units?.[index];
      outliers.push({ index, ...(unit === undefined ? {} : { unit }), value: v, side });
    });
  }
  return {
    n,
    available,
    missing: n - available,
    availableShare: share(available),
    missingShare: share(n - available),
    nonZero,
    unique,
    min: available === 0 ? null : minOf(present),
    max: available === 0 ? null : maxOf(present),
    mean,
    median,
    sd,
    skewness: skew,
    kurtosis: kurt,
    q1,
    q3,
    iqr,
    fences,
    outliers,
    notes,
    flags: {
      // Shares against thresholds exactly (count·P < T·total), not by the 50-digit quotient.
      lowAvailability: shareBelow(available, n, tAvail),
      manyZeros: available > 0 && shareBelow(nonZero, available, tZero),
      fewUnique: available > 0 && shareBelow(unique, available, tUnique),
      // Decided exactly (in integers), not from the rounded G1/G2: on a threshold they equal
      // exactly (G1 of [0, 0, 0, 1] is 2) the 50th-digit residue would decide.
      skewKurtosis:
        skew !== null && kurt !== null && skewnessExceeds(present, tSkew) && kurtosisExceeds(present, tKurt),
    },
  };
}
