import { D, type Dec } from "../internal/decimal.js";
import { kurtosisExceeds, skewnessExceeds } from "../stats/moment-threshold.js";
import type { CorrelationMatrix } from "./correlation-matrix.js";
import type { CronbachAlphaResult } from "./cronbach-alpha.js";
import type {
  IndicatorStatistics,
  IndicatorStatisticsOptions,
  IqrOutlier,
  StatisticNote,
} from "./indicator-statistics.js";
import { quantileSorted } from "./quantile.js";
import { shareBelow } from "./share-below.js";
import { exactFenceSide } from "./tukey-fences.js";

// The float path of `auditAssessment` (`arithmetic: "float"`): the same statistics as the exact
// functions of this folder (correlationMatrix, cronbachAlpha, indicatorStatistics), computed in
// binary floating point over Float64Array columns (NaN = missing, never returned) and converted to
// Decimals at the end. Counts, min/max, quartiles, fences and outliers stay exact (they only need
// the order of the values); means, deviations, moments and correlations are float, agreeing with
// the exact path to 1e-9 (tested). Correlations of complete columns are dot products of columns
// standardised once, and ranks come from each column's sorted order computed once, so a matrix of
// k columns over n units costs O(k²·n) float work instead of the exact path's O(k²·n log n) decimal work.

/** A column as floats, `NaN` where the value is missing. */
export function floatColumn(values: readonly (Dec | null)[]): Float64Array {
  const out = new Float64Array(values.length);
  for (let u = 0; u < values.length; u++) {
    const v = values[u];
    out[u] = v === null || v === undefined ? Number.NaN : v.toNumber();
  }
  return out;
}

const clamp = (r: number) => Math.min(1, Math.max(-1, r));

/** Pearson's r (Pearson 1896) of x and y over the listed positions, two-pass; `null` for a constant side. */
function pearsonAt(x: Float64Array, y: Float64Array, idx: Int32Array, m: number): number | null {
  let sx = 0;
  let sy = 0;
  const x0 = x[idx[0] as number] as number;
  const y0 = y[idx[0] as number] as number;
  let xConst = true;
  let yConst = true;
  for (let k = 0; k < m; k++) {
    const u = idx[k] as number;
    const a = x[u] as number;
    const b = y[u] as number;
    sx += a;
    sy += b;
    if (a !== x0) xConst = false;
    if (b !== y0) yConst = false;
  }
  if (xConst || yConst) return null;
  const mx = sx / m;
  const my = sy / m;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < m; k++) {
    const u = idx[k] as number;
    const a = (x[u] as number) - mx;
    const b = (y[u] as number) - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  return clamp(sxy / Math.sqrt(sxx * syy));
}

/** Positions of the present values sorted by value (ties by position). */
function sortedOrder(x: Float64Array): Int32Array {
  const idx: number[] = [];
  for (let u = 0; u < x.length; u++) if (!Number.isNaN(x[u] as number)) idx.push(u);
  idx.sort((a, b) => (x[a] as number) - (x[b] as number) || a - b);
  return Int32Array.from(idx);
}

/**
 * Average ranks (1 = smallest, ties share the mean rank, as R `rank(ties.method = "average")`) of
 * x over the units where `keep` is present, written into `out[unit]`; walks x's sorted order once.
 */
function ranksInto(x: Float64Array, order: Int32Array, keep: Float64Array, out: Float64Array, buf: Int32Array): void {
  let m = 0;
  for (let k = 0; k < order.length; k++) {
    const u = order[k] as number;
    if (!Number.isNaN(keep[u] as number)) buf[m++] = u;
  }
  let start = 0;
  while (start < m) {
    let end = start + 1;
    const v = x[buf[start] as number] as number;
    while (end < m && x[buf[end] as number] === v) end++;
    const rank = (start + 1 + end) / 2; // mean of ranks start+1 … end
    for (let k = start; k < end; k++) out[buf[k] as number] = rank;
    start = end;
  }
}

/** A column prepared for repeated correlations: sorted order, and standardised values and ranks when complete. */
interface Prepared {
  readonly x: Float64Array;
  readonly order: Int32Array;
  readonly available: number;
  /** (x − x̄)/√Σ(x − x̄)² when no value is missing and x is not constant. */
  readonly z?: Float64Array;
  /** The same for the ranks. */
  readonly rz?: Float64Array;
  readonly constant: boolean;
}

function standardise(x: Float64Array): Float64Array | undefined {
  let s = 0;
  for (let u = 0; u < x.length; u++) s += x[u] as number;
  const mean = s / x.length;
  let ss = 0;
  for (let u = 0; u < x.length; u++) ss += ((x[u] as number) - mean) ** 2;
  if (!(ss > 0)) return undefined;
  const scale = 1 / Math.sqrt(ss);
  const z = new Float64Array(x.length);
  for (let u = 0; u < x.length; u++) z[u] = ((x[u] as number) - mean) * scale;
  return z;
}

/** Prepared columns by identity: a column is prepared once per audit however many pairs it is in (never mutated). */
const preparedColumns = new WeakMap<Float64Array, Prepared>();

function prepare(x: Float64Array): Prepared {
  let p = preparedColumns.get(x);
  if (p === undefined) {
    p = prepareColumn(x);
    preparedColumns.set(x, p);
  }
  return p;
}

function prepareColumn(x: Float64Array): Prepared {
  const order = sortedOrder(x);
  const available = order.length;
  const constant = available > 0 && x[order[0] as number] === x[order[available - 1] as number];
  if (available < x.length || constant || available < 2) return { x, order, available, constant };
  const ranks = new Float64Array(x.length);
  ranksInto(x, order, x, ranks, new Int32Array(x.length));
  const z = standardise(x);
  const rz = standardise(ranks);
  return { x, order, available, constant, ...(z === undefined ? {} : { z }), ...(rz === undefined ? {} : { rz }) };
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let u = 0; u < a.length; u++) s += (a[u] as number) * (b[u] as number);
  return s;
};

/** Scratch buffers of {@link pairCorrelation}, sized for n units. */
interface Scratch {
  readonly idx: Int32Array;
  readonly buf: Int32Array;
  readonly rx: Float64Array;
  readonly ry: Float64Array;
}

const scratchFor = (n: number): Scratch => ({
  idx: new Int32Array(n),
  buf: new Int32Array(n),
  rx: new Float64Array(n),
  ry: new Float64Array(n),
});

/** Pearson r, Spearman ρ and complete pairs of two prepared columns (pairwise-complete, as the exact path). */
function pairCorrelation(
  a: Prepared,
  b: Prepared,
  minPairs: number,
  s: Scratch,
): { pearson: number | null; spearman: number | null; pairs: number } {
  const n = a.x.length;
  if (a.available === n && b.available === n) {
    if (n < minPairs || a.z === undefined || b.z === undefined) return { pearson: null, spearman: null, pairs: n };
    const rho = a.rz === undefined || b.rz === undefined ? null : clamp(dot(a.rz, b.rz));
    return { pearson: clamp(dot(a.z, b.z)), spearman: rho, pairs: n };
  }
  let m = 0;
  for (let u = 0; u < n; u++) if (!Number.isNaN(a.x[u] as number) && !Number.isNaN(b.x[u] as number)) s.idx[m++] = u;
  if (m < minPairs) return { pearson: null, spearman: null, pairs: m };
  const pearson = pearsonAt(a.x, b.x, s.idx, m);
  if (pearson === null) return { pearson: null, spearman: null, pairs: m };
  ranksInto(a.x, a.order, b.x, s.rx, s.buf);
  ranksInto(b.x, b.order, a.x, s.ry, s.buf);
  return { pearson, spearman: pearsonAt(s.rx, s.ry, s.idx, m), pairs: m };
}

const dec = (x: number | null): Dec | null => (x === null ? null : new D(x));

/**
 * Pearson and Spearman matrices of float columns, pairwise-complete: the float counterpart of
 * `correlationMatrix` (same nulls: fewer than `minPairs` complete pairs, or a constant side).
 */
export function correlationMatrixFloat(
  ids: readonly string[],
  columns: readonly Float64Array[],
  minPairs: number,
): CorrelationMatrix {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const prepared = columns.map(prepare);
  const s = scratchFor(n);
  const r: (Dec | null)[][] = Array.from({ length: k }, () => new Array<Dec | null>(k).fill(null));
  const rho: (Dec | null)[][] = Array.from({ length: k }, () => new Array<Dec | null>(k).fill(null));
  const pairs: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const one = new D(1);
  for (let i = 0; i < k; i++) {
    const a = prepared[i] as Prepared;
    for (let j = i; j < k; j++) {
      let c: { pearson: Dec | null; spearman: Dec | null; pairs: number };
      if (i === j) {
        const defined = a.available >= minPairs && !a.constant && a.available >= 2;
        c = { pearson: defined ? one : null, spearman: defined ? one : null, pairs: a.available };
      } else {
        const f = pairCorrelation(a, prepared[j] as Prepared, minPairs, s);
        c = { pearson: dec(f.pearson), spearman: dec(f.spearman), pairs: f.pairs };
      }
      for (const [p, q] of [
        [i, j],
        [j, i],
      ] as const) {
        (pairs[p] as number[])[q] = c.pairs;
        (r[p] as (Dec | null)[])[q] = c.pearson;
        (rho[p] as (Dec | null)[])[q] = c.spearman;
      }
    }
  }
  return { ids: [...ids], pearson: r, spearman: rho, pairs };
}

/** Pearson r and Spearman ρ of two float columns (pairwise-complete). */
export function pairCorrelationFloat(
  x: Float64Array,
  y: Float64Array,
  minPairs: number,
): { pearson: Dec | null; spearman: Dec | null; pairs: number } {
  const f = pairCorrelation(prepare(x), prepare(y), minPairs, scratchFor(x.length));
  return { pearson: dec(f.pearson), spearman: dec(f.spearman), pairs: f.pairs };
}

/** Cronbach's alpha (Cronbach 1951) of float items, listwise deletion: the float counterpart of `cronbachAlpha`. */
export function cronbachAlphaFloat(items: readonly Float64Array[]): CronbachAlphaResult {
  const k = items.length;
  const length = items[0]?.length ?? 0;
  const complete: number[] = [];
  const excluded: number[] = [];
  for (let u = 0; u < length; u++) {
    if (items.every((col) => !Number.isNaN(col[u] as number))) complete.push(u);
    else excluded.push(u);
  }
  const cases = complete.length;
  const idx = Int32Array.from(complete);
  const variance = (x: Float64Array) => {
    let s = 0;
    for (let c = 0; c < cases; c++) s += x[idx[c] as number] as number;
    const mean = s / cases;
    let ss = 0;
    for (let c = 0; c < cases; c++) ss += ((x[idx[c] as number] as number) - mean) ** 2;
    return ss / (cases - 1);
  };
  let raw: Dec | null = null;
  if (k >= 2 && cases >= 2) {
    const totals = new Float64Array(length);
    for (const col of items)
      for (let c = 0; c < cases; c++) {
        const u = idx[c] as number;
        totals[u] = (totals[u] as number) + (col[u] as number);
      }
    let constant = true;
    for (let c = 1; c < cases; c++) if (totals[idx[c] as number] !== totals[idx[0] as number]) constant = false;
    const totalVariance = variance(totals);
    if (!constant && totalVariance > 0) {
      let itemVariances = 0;
      for (const col of items) itemVariances += variance(col);
      // Cronbach 1951: α = k/(k−1) · (1 − Σ s_i² / s_T²)
      raw = new D((k / (k - 1)) * (1 - itemVariances / totalVariance));
    }
  }
  let meanR: Dec | null = null;
  let standardized: Dec | null = null;
  if (k >= 2 && cases >= 3) {
    let sum = 0;
    let count = 0;
    let defined = true;
    for (let i = 0; i < k && defined; i++) {
      for (let j = i + 1; j < k; j++) {
        const r = pearsonAt(items[i] as Float64Array, items[j] as Float64Array, idx, cases);
        if (r === null) {
          defined = false;
          break;
        }
        sum += r;
        count++;
      }
    }
    if (defined) {
      const rBar = sum / count;
      meanR = new D(rBar);
      // Standardised alpha: k·r̄ / (1 + (k − 1)·r̄); undefined when the denominator is 0 (r̄ = −1/(k−1)).
      const denominator = 1 + (k - 1) * rBar;
      standardized = Math.abs(denominator) <= 1e-12 ? null : new D((k * rBar) / denominator);
    }
  }
  return { items: k, cases, excluded, raw, standardized, meanInterItemCorrelation: meanR };
}

/** The present values of a column. */
const presentValues = (values: readonly (Dec | null)[]): Dec[] => values.filter((v): v is Dec => v !== null);

/**
 * Whether a float statistic exceeds a threshold: decided by the float unless it lies within 1e-7
 * (relative) of the threshold, where the exact test decides — so that a statistic exactly on its
 * threshold (G1 of [0, 0, 0, 1] is 2) is decided as the exact path does, not by float rounding.
 */
function exceeds(statistic: Dec, threshold: Dec, exact: () => boolean): boolean {
  const f = statistic.toNumber();
  const t = threshold.toNumber();
  const margin = 1e-7 * Math.max(1, Math.abs(t));
  if (f > t + margin) return true;
  if (f < t - margin) return false;
  return exact();
}

/**
 * The statistics of `indicatorStatistics` with float moments: counts, min, max, quartiles (R type 7,
 * interpolated exactly between the two order statistics), fences and outliers are exact; mean, sd,
 * skewness (G1) and kurtosis (G2) are float (e1071 type 2 formulas, as the exact path); the
 * skew–kurtosis flag is decided by the floats away from its thresholds and exactly near them.
 */
export function indicatorStatisticsFloat(
  values: readonly (Dec | null)[],
  options: Omit<IndicatorStatisticsOptions, "path"> & { readonly units?: readonly string[] },
  thresholds: { skew: Dec; kurt: Dec; avail: Dec; zero: Dec; unique: Dec; k: Dec },
): IndicatorStatistics {
  const n = values.length;
  const x = floatColumn(values);
  const order = sortedOrder(x);
  const available = order.length;
  const share = (count: number) => (n === 0 ? new D(0) : new D(count).div(n));
  const notes: StatisticNote[] = [];
  let unique = 0;
  let nonZero = 0;
  for (let k = 0; k < available; k++) {
    const v = x[order[k] as number] as number;
    if (k === 0 || v !== x[order[k - 1] as number]) unique++;
    if (v !== 0) nonZero++;
  }
  const zeroVariance = available > 0 && unique === 1;
  const sortedDec = (k: number) => values[order[k] as number] as Dec;
  let mean: Dec | null = null;
  let median: Dec | null = null;
  let q1: Dec | null = null;
  let q3: Dec | null = null;
  let sd: Dec | null = null;
  let skew: Dec | null = null;
  let kurt: Dec | null = null;
  if (available === 0) notes.push("no_values");
  else {
    // Quartiles need only the two order statistics around each position: exact.
    const quantile = (p: string) => {
      const h = new D(available - 1).times(p);
      const lo = h.floor().toNumber();
      return quantileSorted([sortedDec(lo), sortedDec(Math.min(lo + 1, available - 1))], h.minus(lo));
    };
    median = quantile("0.5");
    q1 = quantile("0.25");
    q3 = quantile("0.75");
    let s = 0;
    for (let k = 0; k < available; k++) s += x[order[k] as number] as number;
    const mu = s / available;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (let k = 0; k < available; k++) {
      const d = (x[order[k] as number] as number) - mu;
      const d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
      m4 += d2 * d2;
    }
    mean = new D(mu);
    if (available >= 2) sd = new D(zeroVariance ? 0 : Math.sqrt(m2 / (available - 1)));
    else notes.push("too_few_for_sd");
    if (available < 3) notes.push("too_few_for_skewness");
    if (available < 4) notes.push("too_few_for_kurtosis");
    if (zeroVariance && available >= 3) notes.push("zero_variance");
    const a = available;
    // e1071::skewness type 2 / COINr skew(): √n·Σd³/(Σd²)^(3/2) · √(n(n−1))/(n−2)
    if (!zeroVariance && a >= 3) skew = new D(((Math.sqrt(a) * m3) / m2 ** 1.5) * (Math.sqrt(a * (a - 1)) / (a - 2)));
    // e1071::kurtosis type 2 / COINr kurt(): r = n·Σd⁴/(Σd²)²; ((n+1)(r−3)+6)(n−1)/((n−2)(n−3))
    if (!zeroVariance && a >= 4) {
      const r = (a * m4) / (m2 * m2);
      kurt = new D((((a + 1) * (r - 3) + 6) * (a - 1)) / ((a - 2) * (a - 3)));
    }
  }
  const iqr = q1 !== null && q3 !== null ? q3.minus(q1) : null;
  const fences =
    q1 !== null && q3 !== null && iqr !== null
      ? { low: q1.minus(thresholds.k.times(iqr)), high: q3.plus(thresholds.k.times(iqr)) }
      : null;
  const outliers: IqrOutlier[] = [];
  if (fences !== null) {
    const lowF = fences.low.toNumber();
    const highF = fences.high.toNumber();
    const margin = 1e-9 * Math.max(1, Math.abs(lowF), Math.abs(highF));
    const sideOf = exactFenceSide(sortedDec, available, thresholds.k);
    for (let index = 0; index < n; index++) {
      const f = x[index] as number;
      // Exact comparison only near a fence; the float decides the rest.
      if (Number.isNaN(f) || (f > lowF + margin && f < highF - margin)) continue;
      const v = values[index] as Dec;
      const side = sideOf(v);
      if (side === undefined) continue;
      const unit = options.units?.[index];
      outliers.push({ index, ...(unit === undefined ? {} : { unit }), value: v, side });
    }
  }
  return {
    n,
    available,
    missing: n - available,
    availableShare: share(available),
    missingShare: share(n - available),
    nonZero,
    unique,
    min: available === 0 ? null : sortedDec(0),
    max: available === 0 ? null : sortedDec(available - 1),
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
      lowAvailability: shareBelow(available, n, thresholds.avail),
      manyZeros: available > 0 && shareBelow(nonZero, available, thresholds.zero),
      fewUnique: available > 0 && shareBelow(unique, available, thresholds.unique),
      skewKurtosis:
        skew !== null &&
        kurt !== null &&
        exceeds(skew.abs(), thresholds.skew, () => skewnessExceeds(presentValues(values), thresholds.skew)) &&
        exceeds(kurt, thresholds.kurt, () => kurtosisExceeds(presentValues(values), thresholds.kurt)),
    },
  };
}
