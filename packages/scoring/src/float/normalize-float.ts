import type { Indicator, ScoringRule } from "@ducha/schema";
import { ScoringError } from "../errors.js";
import { toDecimal } from "../internal/decimal.js";
import { DEFAULT_TASK_STATUS_FRACTIONS } from "../normalize/task-status.js";
import { atLeast, nearlyEqual } from "./tolerance.js";

/** Per-cell targets of one indicator column (NaN = no target for the cell). */
export interface CellTargets {
  readonly target: Float64Array;
  readonly rangeLow: Float64Array;
  readonly rangeHigh: Float64Array;
  /** The range as declared, for the "one range for all units" check. */
  readonly rangeKey: readonly (string | undefined)[];
}

/** A column to normalise: numeric values (NaN = missing) or labels for categorical kinds. */
export interface FloatColumnInput {
  readonly indicator: Indicator;
  readonly rule: ScoringRule;
  readonly values: Float64Array;
  readonly labels: readonly (string | boolean | null)[] | undefined;
  readonly targets: CellTargets;
  readonly unitIds: readonly string[];
}

const num = (v: string | number, path: (string | number)[]): number => toDecimal(v, path).toNumber();

function fail(code: string, message: string, path: (string | number)[]): never {
  throw new ScoringError(code, message, { path });
}

/** The present values' min and max. */
function extent(x: Float64Array): { lo: number; hi: number; n: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (Number.isNaN(v)) continue;
    n++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return { lo, hi, n };
}

/**
 * Linear goalpost scaling, `offset + span · (x − L)/(U − L)` (benefit) or `offset + span · (U − x)/(U − L)`
 * (cost), x clamped into [L, U]; L/U the data min/max unless fixed. COINr `n_minmax` / `n_goalposts`
 * (min-max: offset a, span b − a) and 功效系数法 (efficacy coefficient: offset 60, span 40).
 */
function linear(
  x: Float64Array,
  goalposts: { low: string | number; high: string | number } | undefined,
  benefit: boolean,
  offset: number,
  span: number,
  path: (string | number)[],
): Float64Array {
  const e = extent(x);
  const lower = goalposts === undefined ? e.lo : num(goalposts.low, [...path, "goalposts", "low"]);
  const upper = goalposts === undefined ? e.hi : num(goalposts.high, [...path, "goalposts", "high"]);
  if (lower === upper) fail("zero_range", `goalposts have zero range (L = U = ${lower})`, [...path, "goalposts"]);
  if (lower > upper) fail("invalid_goalposts", `expected lower goalpost < upper, got ${lower} > ${upper}`, path);
  const range = upper - lower;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let v = x[i] as number;
    if (Number.isNaN(v)) {
      out[i] = Number.NaN;
      continue;
    }
    if (v < lower) v = lower;
    else if (v > upper) v = upper;
    out[i] = offset + span * (benefit ? (v - lower) / range : (upper - v) / range);
  }
  return out;
}

function requireTarget(c: FloatColumnInput, i: number): number {
  const t = c.targets.target[i] as number;
  if (Number.isNaN(t)) {
    fail(
      "missing_target",
      `indicator '${c.indicator.id}' (${c.rule.method}) needs a target for unit '${c.unitIds[i]}'`,
      ["targets", c.indicator.id, c.unitIds[i] as string],
    );
  }
  return t;
}

/** 100·x/t (benefit) or 100·t/x (cost), the basis of percent bands and deductions. */
function completionPercent(c: FloatColumnInput, benefit: boolean, path: (string | number)[]): Float64Array {
  const x = c.values;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (Number.isNaN(v)) {
      out[i] = Number.NaN;
      continue;
    }
    const t = requireTarget(c, i);
    if (benefit) {
      if (t === 0) fail("zero_target", "completion percentage needs a non-zero target", [...path, i]);
      out[i] = (v / t) * 100;
    } else {
      if (v === 0) fail("zero_value", "completion percentage of a lower-is-better indicator needs x ≠ 0", [...path, i]);
      out[i] = (t / v) * 100;
    }
  }
  return out;
}

function mapLabels(
  c: FloatColumnInput,
  map: ReadonlyMap<string, number>,
  path: (string | number)[],
  code: string,
): Float64Array {
  const labels = c.labels ?? [];
  const out = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (v === null || v === undefined) {
      out[i] = Number.NaN;
      continue;
    }
    const s = typeof v === "string" ? map.get(v.trim()) : undefined;
    if (s === undefined) fail(code, `unknown label ${JSON.stringify(v)} for '${c.indicator.id}'`, [...path, i]);
    out[i] = s;
  }
  return out;
}

function scoreMap(map: Readonly<Record<string, string | number>>, path: (string | number)[]): Map<string, number> {
  return new Map(Object.keys(map).map((k) => [k.trim(), num(map[k] as string | number, [...path, k])]));
}

const CATEGORICAL_METHODS = new Set(["grade-map", "task-status", "boolean"]);

/**
 * Normalises one indicator column in binary floating point with the same rule, defaults and
 * conventions as the exact engine (`scoreAssessment`, see docs/guide/methods.md): every score on
 * the 0–100 scale (ratio methods × 100, completion ratio full score 100, rank position →
 * `100·(n − rank)/(n − 1)`). Returns NaN for missing cells. Throws the exact engine's
 * {@link ScoringError} codes for data that cannot be scored (zero range, zero variance, missing
 * target …).
 */
export function normalizeFloatColumn(c: FloatColumnInput): Float64Array {
  const rule = c.rule;
  const ind = c.indicator;
  const benefit = ind.direction !== "lower-better";
  const path = ["system", "indicators", ind.id, "scoring"];
  const x = c.values;
  const n = x.length;
  const categorical = c.labels !== undefined;
  if (categorical !== CATEGORICAL_METHODS.has(rule.method) && rule.method !== "direct") {
    fail(
      "unsupported_in_float",
      `the float path does not score a ${ind.kind} indicator with '${rule.method}' (indicator '${ind.id}')`,
      path,
    );
  }
  const out = new Float64Array(n);
  switch (rule.method) {
    case "completion-ratio": {
      // 完成率: benefit x/t; cost "inverse" t/x or "reflected" (2t − x)/t; score 100·min(max(r, 0), cap).
      const cap = rule.cap === undefined ? 1 : num(rule.cap, [...path, "cap"]);
      if (!(cap > 0)) fail("invalid_cap", `expected cap > 0, got ${cap}`, [...path, "cap"]);
      const variant = rule.variant ?? "inverse";
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (Number.isNaN(v)) {
          out[i] = Number.NaN;
          continue;
        }
        const t = requireTarget(c, i);
        if (!(t > 0)) fail("invalid_target", `expected a target > 0, got ${t}`, [...path, "target", i]);
        let r: number;
        if (benefit) r = v / t;
        else if (variant === "reflected") r = (2 * t - v) / t;
        else {
          if (v < 0) fail("negative_value", `expected a value ≥ 0 for the inverse ratio t / x, got ${v}`, [...path, i]);
          r = v === 0 ? cap : t / v;
        }
        if (r < 0) r = 0;
        if (r > cap) r = cap;
        out[i] = 100 * r;
      }
      return out;
    }
    case "efficacy-coefficient": {
      const base = rule.base === undefined ? 60 : num(rule.base, [...path, "base"]);
      const span = rule.span === undefined ? 40 : num(rule.span, [...path, "span"]);
      if (!(span > 0)) fail("unsupported_in_float", "efficacy-coefficient with span ≤ 0", [...path, "span"]);
      return linear(x, rule.goalposts, benefit, base, span, path);
    }
    case "min-max": {
      const a = rule.range === undefined ? 0 : num(rule.range.min, [...path, "range"]);
      const b = rule.range === undefined ? 100 : num(rule.range.max, [...path, "range"]);
      if (!(a < b)) fail("unsupported_in_float", "min-max with range min ≥ max", [...path, "range"]);
      return linear(x, rule.goalposts, benefit, a, b - a, path);
    }
    case "z-score": {
      // COINr n_zscore: m ± s·(x − μ)/σ, σ sample (n − 1) by default.
      const m = rule.mean === undefined ? 0 : num(rule.mean, [...path, "mean"]);
      const s = rule.scale === undefined ? 1 : num(rule.scale, [...path, "scale"]);
      if (!(s > 0)) fail("invalid_target_sd", `expected targetSd > 0, got ${s}`, [...path, "scale"]);
      let count = 0;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (!Number.isNaN(v)) {
          count++;
          sum += v;
        }
      }
      const divisor = rule.sd === "population" ? count : count - 1;
      if (divisor < 1) fail("insufficient_data", `too few values for a standard deviation of '${ind.id}'`, path);
      const mu = sum / count;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (!Number.isNaN(v)) ss += (v - mu) * (v - mu);
      }
      const sigma = Math.sqrt(ss / divisor);
      if (sigma === 0 || sigma <= 1e-15 * Math.max(Math.abs(mu), 1e-300))
        fail("zero_variance", "all values are equal (σ = 0); z-scores are undefined", path);
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = Number.isNaN(v) ? Number.NaN : benefit ? m + ((v - mu) / sigma) * s : m - ((v - mu) / sigma) * s;
      }
      return out;
    }
    case "rank": {
      // Position 1 = best (competition "1224" or dense), then 100·(n − rank)/(n − 1).
      const idx: number[] = [];
      for (let i = 0; i < n; i++) if (!Number.isNaN(x[i] as number)) idx.push(i);
      idx.sort((p, q) => (benefit ? (x[q] as number) - (x[p] as number) : (x[p] as number) - (x[q] as number)));
      const m = idx.length;
      out.fill(Number.NaN);
      let rank = 0;
      let distinct = 0;
      for (let k = 0; k < m; k++) {
        const i = idx[k] as number;
        if (k === 0 || (x[i] as number) !== (x[idx[k - 1] as number] as number)) {
          distinct++;
          rank = rule.ties === "dense" ? distinct : k + 1;
        }
        out[i] = m <= 1 ? 100 : ((m - rank) / (m - 1)) * 100;
      }
      return out;
    }
    case "distance-to-target": {
      // COINr n_dist2targ: (x − min)/(t − min) or (max − x)/(max − t), × 100, capped at cap·100.
      let t = Number.NaN;
      for (let i = 0; i < n; i++) {
        const ti = c.targets.target[i] as number;
        if (Number.isNaN(ti)) continue;
        if (!Number.isNaN(t) && ti !== t)
          fail("per_unit_target", `distance-to-target needs one target for all units of '${ind.id}'`, path);
        t = ti;
      }
      if (Number.isNaN(t)) fail("missing_target", `indicator '${ind.id}' needs a target`, path);
      const e = extent(x);
      const worst = benefit ? e.lo : e.hi;
      if (t === worst) fail("zero_range", `target equals the worst observed value ${worst}`, [...path, "target"]);
      if (benefit ? t < worst : t > worst)
        fail("target_out_of_range", `target ${t} lies beyond the worst observed value ${worst}`, [...path, "target"]);
      const cap = (rule.cap === undefined ? 1 : num(rule.cap, [...path, "cap"])) * 100;
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (Number.isNaN(v)) {
          out[i] = Number.NaN;
          continue;
        }
        const y = (benefit ? (v - worst) / (t - worst) : (worst - v) / (worst - t)) * 100;
        out[i] = Math.min(y, cap);
      }
      return out;
    }
    case "target-range": {
      // 适度指标: full (100) inside [lo, hi]; outside 100·max(0, 1 − distance/tolerance).
      let key: string | undefined;
      let lo = Number.NaN;
      let hi = Number.NaN;
      for (let i = 0; i < n; i++) {
        const k = c.targets.rangeKey[i];
        if (k === undefined) continue;
        if (key !== undefined && k !== key)
          fail("per_unit_target", `target-range needs one range for all units of '${ind.id}'`, path);
        key = k;
        lo = c.targets.rangeLow[i] as number;
        hi = c.targets.rangeHigh[i] as number;
      }
      if (key === undefined) fail("missing_target", `indicator '${ind.id}' needs a target range`, path);
      if (lo > hi) fail("invalid_range", `expected lower ≤ upper, got ${lo} > ${hi}`, path);
      const tol = num(rule.tolerance, [...path, "tolerance"]);
      if (!(tol > 0)) fail("invalid_tolerance", `expected tolerance > 0, got ${tol}`, [...path, "tolerance"]);
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (Number.isNaN(v)) out[i] = Number.NaN;
        else if (v >= lo && v <= hi) out[i] = 100;
        else {
          const share = v < lo ? 1 - (lo - v) / tol : 1 - (v - hi) / tol;
          out[i] = share < 0 ? 0 : 100 * share;
        }
      }
      return out;
    }
    case "max": {
      // pymcdm max_normalization: x/max, cost 1 − x/max; × 100.
      const e = extent(x);
      for (let i = 0; i < n; i++)
        if ((x[i] as number) < 0) fail("negative_value", "max normalisation expects values ≥ 0", [...path, i]);
      if (e.hi === 0) fail("division_by_zero", "every value is 0; x / max is undefined", path);
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = Number.isNaN(v) ? Number.NaN : 100 * (benefit ? v / e.hi : 1 - v / e.hi);
      }
      return out;
    }
    case "sum": {
      // pymcdm sum_normalization: x/Σx, cost (1/x)/Σ(1/x); × 100.
      let s = 0;
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (Number.isNaN(v)) continue;
        if (!(v > 0)) fail("non_positive_value", `sum normalisation expects values > 0, got ${v}`, [...path, i]);
        s += benefit ? v : 1 / v;
      }
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = Number.isNaN(v) ? Number.NaN : 100 * (benefit ? v / s : 1 / v / s);
      }
      return out;
    }
    case "vector": {
      // pymcdm vector_normalization: x/√Σx², cost 1 − x/√Σx²; × 100.
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        if (!Number.isNaN(v)) ss += v * v;
      }
      const norm = Math.sqrt(ss);
      if (norm === 0) fail("division_by_zero", "every value is 0; x / √Σx² is undefined", path);
      for (let i = 0; i < n; i++) {
        const v = x[i] as number;
        out[i] = Number.isNaN(v) ? Number.NaN : 100 * (benefit ? v / norm : 1 - v / norm);
      }
      return out;
    }
    case "bands": {
      const percent = rule.basis === "completion-percent";
      const basis = percent ? completionPercent(c, benefit, path) : x;
      const withMin = rule.bands.every((b) => b.min !== undefined && b.max === undefined);
      const withMax = rule.bands.every((b) => b.max !== undefined && b.min === undefined);
      if (!withMin && !withMax)
        fail("invalid_bands", "bands need either all `min` (≥) or all `max` (≤) bounds", [...path, "bands"]);
      const up = percent || withMin;
      const bands = rule.bands
        .map((b, k) => ({
          thr: num((withMin ? b.min : b.max) as string | number, [...path, "bands", k]),
          score: num(b.score, [...path, "bands", k, "score"]),
        }))
        .sort((p, q) => (up ? q.thr - p.thr : p.thr - q.thr));
      for (let k = 1; k < bands.length; k++)
        if ((bands[k] as { score: number }).score > (bands[k - 1] as { score: number }).score)
          fail("non_monotone_bands", "a looser band scores higher than a stricter one", [...path, "bands"]);
      const otherwise = rule.otherwise === undefined ? 0 : num(rule.otherwise, [...path, "otherwise"]);
      for (let i = 0; i < n; i++) {
        const v = basis[i] as number;
        if (Number.isNaN(v)) {
          out[i] = Number.NaN;
          continue;
        }
        let s = otherwise;
        for (const b of bands) {
          if (up ? atLeast(v, b.thr) : atLeast(-v, -b.thr)) {
            s = b.score;
            break;
          }
        }
        out[i] = s;
      }
      return out;
    }
    case "linear-deduction": {
      // 扣分法: max(0, full − rate·gap/per) with gap t − x (benefit) or x − t (cost); then max(·, floor).
      const percent = rule.basis === "completion-percent";
      const basis = percent ? completionPercent(c, benefit, path) : x;
      const rate = num(rule.rate, [...path, "rate"]);
      const full = num(rule.full, [...path, "full"]);
      const per = rule.per === undefined ? 1 : num(rule.per, [...path, "per"]);
      if (!(rate > 0) || !(full > 0) || !(per > 0))
        fail("invalid_option", "linear-deduction needs rate, full and per > 0", path);
      const floor = rule.floor === undefined ? undefined : num(rule.floor, [...path, "floor"]);
      const up = percent || benefit;
      for (let i = 0; i < n; i++) {
        const v = basis[i] as number;
        if (Number.isNaN(v)) {
          out[i] = Number.NaN;
          continue;
        }
        const t = percent ? 100 : requireTarget(c, i);
        const gap = up ? t - v : v - t;
        let s = gap > 0 && !nearlyEqual(v, t) ? full - (rate * gap) / per : full;
        if (s < 0) s = 0;
        out[i] = floor !== undefined && s < floor ? floor : s;
      }
      return out;
    }
    case "grade-map":
      return mapLabels(c, scoreMap(rule.map, [...path, "map"]), path, "unknown_grade");
    case "task-status": {
      const map =
        rule.map === undefined
          ? new Map(Object.entries(DEFAULT_TASK_STATUS_FRACTIONS).map(([k, f]) => [k, 100 * num(f, path)]))
          : scoreMap(rule.map, [...path, "map"]);
      return mapLabels(c, map, path, rule.map === undefined ? "unknown_status" : "unknown_grade");
    }
    case "boolean": {
      const t = rule.whenTrue === undefined ? 100 : num(rule.whenTrue, [...path, "whenTrue"]);
      const f = rule.whenFalse === undefined ? 0 : num(rule.whenFalse, [...path, "whenFalse"]);
      const labels = c.labels ?? [];
      for (let i = 0; i < n; i++) {
        const v = labels[i];
        out[i] = v === null || v === undefined ? Number.NaN : v === true ? t : f;
      }
      return out;
    }
    case "direct": {
      if (categorical) fail("unsupported_in_float", `'direct' on a ${ind.kind} indicator '${ind.id}'`, path);
      const lo = rule.range === undefined ? undefined : num(rule.range.min, [...path, "range"]);
      const hi = rule.range === undefined ? undefined : num(rule.range.max, [...path, "range"]);
      for (let i = 0; i < n; i++) {
        let v = x[i] as number;
        if (!Number.isNaN(v) && lo !== undefined && hi !== undefined) v = v < lo ? lo : Math.min(v, hi);
        out[i] = v;
      }
      return out;
    }
  }
}
