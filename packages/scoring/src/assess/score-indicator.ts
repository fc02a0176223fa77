import type { Indicator, MissingDataPolicy, Unit } from "@ducha/schema";
import { ScoringError } from "../errors.js";
import { D, type Dec, toDecimal } from "../internal/decimal.js";
import { DecimalColumn } from "../internal/decimal-column.js";
import { parsePlain } from "../internal/decimal-kernel.js";
import { normalizeBands } from "../normalize/bands.js";
import { normalizeBoolean } from "../normalize/boolean.js";
import { normalizeCompletionRatio } from "../normalize/completion-ratio.js";
import { normalizeDistanceToTarget } from "../normalize/distance-to-target.js";
import { normalizeEfficacyCoefficient } from "../normalize/efficacy-coefficient.js";
import { normalizeGradeMap } from "../normalize/grade-map.js";
import { normalizeLinearDeduction } from "../normalize/linear-deduction.js";
import { normalizeMax } from "../normalize/max.js";
import { normalizeMinMax } from "../normalize/min-max.js";
import { normalizeRank } from "../normalize/rank.js";
import { normalizeSum } from "../normalize/sum.js";
import { normalizeTargetRange } from "../normalize/target-range.js";
import { normalizeTaskStatus } from "../normalize/task-status.js";
import type { NormalizeFlag, NormalizeResult } from "../normalize/types.js";
import { normalizeVector } from "../normalize/vector.js";
import { normalizeZScore } from "../normalize/z-score.js";
import { combineRatings } from "../raters/combine-ratings.js";
import { clamp } from "../transform/clamp.js";
import { denominate } from "../transform/denominate.js";
import { logTransform } from "../transform/log.js";
import { logOffset } from "../transform/log-offset.js";
import { winsorize } from "../transform/winsorize.js";
import { type AssessContext, lastEarlierObservation, observationFor, targetFor } from "./context.js";
import { isDecimalColumn, linearScale } from "./linear-scale.js";
import type { IndicatorScore, ScoreFlag, TransformStep } from "./types.js";

type Raw = Dec | string | boolean | null;
const HUNDRED = new D(100);
/** Shared empty lists: most cells have no flags and no transforms (saves two arrays per cell). */
const NO_FLAGS: readonly ScoreFlag[] = Object.freeze([]);
const NO_TRANSFORMS: readonly TransformStep[] = Object.freeze([]);
const QUANTITATIVE = new Set(["quantitative", "survey", "event-count"]);

/**
 * Per-unit working state while one indicator column is scored. Every cell is created with all
 * properties in the same order (one hidden class); flag and transform lists are allocated only
 * when something is recorded.
 */
export interface Cell {
  readonly unit: Unit;
  /** Index of the cell in its column (the order units were read in). */
  readonly k: number;
  /** Whether the score is held in the column's off-heap {@link IndicatorColumn.scores} (then `score` is `null`). */
  inColumn: boolean;
  raw: Raw;
  source: IndicatorScore["source"];
  period: string | undefined;
  value: Raw;
  transforms: TransformStep[] | null;
  target: Dec | undefined;
  score: Dec | null;
  flags: ScoreFlag[] | null;
}

function newCell(unit: Unit, k: number): Cell {
  return {
    unit,
    k,
    inColumn: false,
    raw: null,
    source: "missing",
    period: undefined,
    value: null,
    transforms: null,
    target: undefined,
    score: null,
    flags: null,
  };
}

function addFlag(cell: Cell, flag: ScoreFlag): void {
  if (cell.flags === null) cell.flags = [flag];
  else cell.flags.push(flag);
}

function hasFlag(cell: Cell, flag: ScoreFlag): boolean {
  return cell.flags?.includes(flag) === true;
}

/** The scored column of one indicator across the units assessed on it. */
export interface IndicatorColumn {
  readonly indicator: Indicator;
  readonly method: string;
  readonly params: Readonly<Record<string, Dec>>;
  /** The column index `k` of each unit position in `ctx.units`; −1 for units not assessed on it. */
  readonly kOf: Int32Array;
  /** The units assessed, by `k`. */
  readonly units: readonly Unit[];
  /**
   * The working state of cell `k` when it has anything beyond a plain observation scored on the
   * linear fast path; `undefined` for a plain cell, whose raw value is in {@link IndicatorColumn.raws}
   * and score in {@link IndicatorColumn.scores} (read with {@link cellAt}). Keeping plain cells off
   * the heap lets an assessment of 900,000 cells hold its trace without 900,000 objects.
   */
  readonly kept: readonly (Cell | undefined)[];
  /** Raw values of the plain cells, by `k`. */
  readonly raws: DecimalColumn | undefined;
  /** The plan period (the period of every plain cell's observation). */
  readonly period: string;
  /**
   * Scores of the linear fast path (min-max, efficacy coefficient), off the heap, by cell index
   * `k`; read through {@link scoreOf}.
   */
  readonly scores: DecimalColumn | undefined;
  /** How many units are assessed on the indicator. */
  readonly size: number;
  /** Units whose raw value misses the indicator's target (for binding indicators and vetoes). */
  readonly missed: ReadonlySet<string>;
}

function direction(ind: Indicator): "benefit" | "cost" {
  return ind.direction === "lower-better" ? "cost" : "benefit";
}

function toRaw(ind: Indicator, value: unknown, path: () => (string | number)[]): Raw {
  if (value === null || value === undefined) return null;
  if (QUANTITATIVE.has(ind.kind)) {
    if (typeof value === "boolean")
      throw new ScoringError("invalid_value", `expected a number, got ${value}`, { path: path() });
    // Plain decimal strings ("85.5", "-3") without regex or string slicing: the same Decimal as toDecimal.
    if (typeof value === "string") {
      const fast = parsePlain(value);
      if (fast !== undefined) return fast;
    }
    // The path is only built when the value is invalid (this runs once per cell).
    try {
      return toDecimal(value as string | number);
    } catch {
      return toDecimal(value as string | number, path()); // the same error, with where it happened
    }
  }
  if (ind.kind === "boolean") {
    if (typeof value !== "boolean")
      throw new ScoringError("invalid_value", `expected true or false, got ${JSON.stringify(value)}`, {
        path: path(),
      });
    return value;
  }
  return String(value);
}

/** Reads raw values (observations or combined ratings) and applies the missing-data policy. */
function readCells(
  ctx: AssessContext,
  ind: Indicator,
  units: readonly Unit[],
  positions: readonly number[],
  policy: MissingDataPolicy,
): Cell[] {
  const plan = ctx.project.plan;
  const rated = plan.ratedIndicators?.includes(ind.id) ?? false;
  const ratingsByUnit = new Map<string, { group: string; rater?: string; score: string | number }[]>();
  if (rated) {
    for (const r of ctx.project.ratings ?? []) {
      if (r.indicator !== ind.id || r.period !== ctx.period) continue;
      const list = ratingsByUnit.get(r.unit) ?? [];
      list.push(
        r.rater === undefined ? { group: r.group, score: r.score } : { group: r.group, rater: r.rater, score: r.score },
      );
      ratingsByUnit.set(r.unit, list);
    }
  }
  const groups = (plan.raterGroups ?? []).map((g) => ({
    id: g.id,
    weight: g.weight,
    ...(g.trimHighest === undefined ? {} : { trimHighest: g.trimHighest }),
    ...(g.trimLowest === undefined ? {} : { trimLowest: g.trimLowest }),
    ...(g.minRatings === undefined ? {} : { minRatings: g.minRatings }),
  }));
  const current = ctx.current.get(ind.id);
  const cells: Cell[] = new Array(units.length);
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] as Unit;
    const cell = newCell(unit, k);
    cells[k] = cell;
    if (rated) {
      const combined = combineRatings(ratingsByUnit.get(unit.id) ?? [], groups);
      if (combined.status === "ok") {
        cell.raw = combined.value;
        cell.source = "ratings";
        addFlag(cell, "rated");
      }
    } else {
      const o = current?.[positions[k] as number];
      if (o !== undefined && o.value !== null && o.status !== "missing") {
        cell.raw = toRaw(ind, o.value, () => ["observations", unit.id, ind.id, ctx.period]);
        cell.source = "observation";
        cell.period = o.period;
      }
    }
    if (cell.raw === null) {
      addFlag(cell, "missing");
      if (policy === "carry-forward") {
        const earlier = lastEarlierObservation(ctx, unit.id, ind.id);
        if (earlier !== undefined) {
          cell.raw = toRaw(ind, earlier.value, () => ["observations", unit.id, ind.id, earlier.period]);
          cell.source = "carried_forward";
          cell.period = earlier.period;
          addFlag(cell, "carried_forward");
        }
      }
    }
    cell.value = cell.raw;
  }
  if (policy === "category-mean" && QUANTITATIVE.has(ind.kind)) {
    // 同类均值插补: mean of the unit's category peers that have a value.
    const byCategory = new Map<string | undefined, Dec[]>();
    for (const c of cells) {
      if (c.raw === null) continue;
      const list = byCategory.get(c.unit.category) ?? [];
      list.push(c.raw as Dec);
      byCategory.set(c.unit.category, list);
    }
    for (const c of cells) {
      const peers = byCategory.get(c.unit.category);
      if (c.raw !== null || peers === undefined || peers.length === 0) continue;
      const sorted = [...peers].sort((a, b) => a.comparedTo(b));
      c.raw = sorted.reduce((s, x) => s.plus(x), new D(0)).div(sorted.length);
      c.value = c.raw;
      c.source = "category_mean";
      addFlag(c, "imputed");
    }
  }
  return cells;
}

/** Applies the indicator's pre-transforms column-wise, recording each step per cell. */
function applyTransforms(ctx: AssessContext, ind: Indicator, cells: Cell[]): void {
  ind.transforms?.forEach((t, k) => {
    const path = ["system", "indicators", ind.id, "transforms", k];
    const before = cells.map((c) => c.value as Dec | null);
    let result: {
      values: readonly (Dec | null)[];
      flags: readonly (readonly string[])[];
      params: Readonly<Record<string, Dec>>;
    };
    switch (t.type) {
      case "denominate": {
        const dens = cells.map((c) => {
          const o = observationFor(ctx, c.unit.id, t.by);
          return o === undefined || o.value === null || typeof o.value === "boolean" ? null : toDecimal(o.value, path);
        });
        result = denominate(before, dens, { path, ...(t.scale === undefined ? {} : { scale: t.scale }) });
        break;
      }
      case "clamp":
        result = clamp(before, {
          path,
          ...(t.min === undefined ? {} : { min: t.min }),
          ...(t.max === undefined ? {} : { max: t.max }),
        });
        break;
      case "log":
        result = logTransform(before, { path });
        break;
      case "log-offset":
        result = logOffset(before, { path });
        break;
      case "winsorize": {
        const w = winsorize(before, {
          path,
          ...(t.maxPoints === undefined ? {} : { maxPoints: t.maxPoints }),
          ...(t.skewThreshold === undefined ? {} : { skewThreshold: t.skewThreshold }),
          ...(t.kurtosisThreshold === undefined ? {} : { kurtosisThreshold: t.kurtosisThreshold }),
        });
        const treated = new Set(w.treated.indices);
        result = { values: w.values, flags: before.map((_, i) => (treated.has(i) ? ["winsorized"] : [])), params: {} };
        break;
      }
    }
    cells.forEach((c, i) => {
      const after = result.values[i] ?? null;
      const params: Record<string, Dec> = { ...result.params };
      if (t.type === "denominate") {
        const o = observationFor(ctx, c.unit.id, t.by);
        if (o !== undefined && o.value !== null && typeof o.value !== "boolean")
          params.denominator = toDecimal(o.value);
      }
      if (before[i] !== null) {
        const step = { type: t.type, before: before[i] ?? null, after, params };
        if (c.transforms === null) c.transforms = [step];
        else c.transforms.push(step);
      }
      for (const f of result.flags[i] ?? [])
        if (f !== "missing" && !hasFlag(c, f as ScoreFlag)) addFlag(c, f as ScoreFlag);
      c.value = after;
    });
  });
}

function targets(ctx: AssessContext, ind: Indicator, cells: Cell[], required: boolean): (Dec | null)[] {
  return cells.map((c) => {
    const t = targetFor(ctx, c.unit, ind.id);
    if (t?.target === undefined) {
      if (required && c.value !== null) {
        throw new ScoringError(
          "missing_target",
          `indicator '${ind.id}' (${ind.scoring.method}) needs a target for unit '${c.unit.id}' in ${ctx.period}`,
          { path: ["targets", ind.id, c.unit.id] },
        );
      }
      return null;
    }
    c.target = toDecimal(t.target);
    return c.target;
  });
}

/** Completion percentage 100·x/t (benefit) or 100·t/x (cost) — the basis of percent bands/deductions. */
function completionPercent(
  values: (Dec | null)[],
  tgts: (Dec | null)[],
  dir: "benefit" | "cost",
  path: (string | number)[],
) {
  return values.map((x, i) => {
    const t = tgts[i];
    if (x === null || t === null || t === undefined) return null;
    if (dir === "benefit") {
      if (t.isZero())
        throw new ScoringError("zero_target", "completion percentage needs a non-zero target", { path: [...path, i] });
      return x.div(t).times(HUNDRED);
    }
    if (x.isZero())
      throw new ScoringError("zero_value", "completion percentage of a lower-is-better indicator needs x ≠ 0", {
        path: [...path, i],
      });
    return t.div(x).times(HUNDRED);
  });
}

const scale100 = (r: NormalizeResult): NormalizeResult => ({
  ...r,
  values: r.values.map((v) => (v === null ? null : v.times(HUNDRED))),
});

/** Runs the indicator's scoring rule over the column (see each normalizeXxx for the formula). */
/** A normalised column: Decimal values, or (linear fast path) an off-heap column of them. */
type ColumnScores =
  | NormalizeResult
  | {
      readonly method: string;
      readonly values?: undefined;
      readonly column: DecimalColumn;
      readonly flags: readonly (readonly NormalizeFlag[])[];
      readonly params: Readonly<Record<string, Dec>>;
    };

function normalizeColumn(ctx: AssessContext, ind: Indicator, cells: Cell[]): ColumnScores {
  const rule = ind.scoring;
  const dir = direction(ind);
  const path = ["system", "indicators", ind.id, "scoring"];
  const nums = () => cells.map((c) => c.value as Dec | null);
  const strs = () => cells.map((c) => (c.value === null ? null : String(c.value)));
  switch (rule.method) {
    case "completion-ratio":
      return normalizeCompletionRatio(nums(), {
        path,
        direction: dir,
        target: targets(ctx, ind, cells, true),
        fullScore: 100,
        ...(rule.cap === undefined ? {} : { cap: rule.cap }),
        ...(rule.variant === undefined ? {} : { costVariant: rule.variant }),
      });
    case "efficacy-coefficient": {
      // Fast path, same arithmetic as normalizeEfficacyCoefficient: base + span·(x − L)/(U − L).
      const values = nums();
      if (isDecimalColumn(values)) {
        const base = toDecimal(rule.base ?? 60, [...path, "base"]);
        const span = toDecimal(rule.span ?? 40, [...path, "span"]);
        if (span.greaterThan(0)) {
          const gp =
            rule.goalposts === undefined ? undefined : { lower: rule.goalposts.low, upper: rule.goalposts.high };
          const r = linearScale(values, gp, dir, base, span, path);
          return {
            method: "efficacy-coefficient",
            column: r.column,
            flags: r.flags,
            params: { lower: r.lower, upper: r.upper, base, span },
          };
        }
      }
      return normalizeEfficacyCoefficient(values, {
        path,
        direction: dir,
        ...(rule.base === undefined ? {} : { base: rule.base }),
        ...(rule.span === undefined ? {} : { span: rule.span }),
        ...(rule.goalposts === undefined
          ? {}
          : { goalposts: { lower: rule.goalposts.low, upper: rule.goalposts.high } }),
      });
    }
    case "min-max": {
      // Fast path, same arithmetic as normalizeMinMax (COINr n_minmax): a + (b − a)·(x − L)/(U − L).
      const values = nums();
      if (isDecimalColumn(values)) {
        const a = toDecimal(rule.range?.min ?? 0, [...path, "range"]);
        const b = toDecimal(rule.range?.max ?? 100, [...path, "range"]);
        if (a.lessThan(b)) {
          const gp =
            rule.goalposts === undefined ? undefined : { lower: rule.goalposts.low, upper: rule.goalposts.high };
          const r = linearScale(values, gp, dir, a, b.minus(a), path);
          return {
            method: "min-max",
            column: r.column,
            flags: r.flags,
            params: { lower: r.lower, upper: r.upper, rangeLow: a, rangeHigh: b },
          };
        }
      }
      return normalizeMinMax(values, {
        path,
        direction: dir,
        ...(rule.range === undefined ? {} : { range: [rule.range.min, rule.range.max] as const }),
        ...(rule.goalposts === undefined
          ? {}
          : { goalposts: { lower: rule.goalposts.low, upper: rule.goalposts.high } }),
      });
    }
    case "z-score":
      return normalizeZScore(nums(), {
        path,
        direction: dir,
        ...(rule.sd === undefined ? {} : { sd: rule.sd }),
        ...(rule.mean === undefined ? {} : { targetMean: rule.mean }),
        ...(rule.scale === undefined ? {} : { targetSd: rule.scale }),
      });
    case "rank": {
      // Rank position (1 = best) → score 100·(n − rank)/(n − 1): best 100, worst 0.
      const r = normalizeRank(nums(), {
        path,
        direction: dir,
        ...(rule.ties === undefined ? {} : { ties: rule.ties }),
      });
      const n = r.values.filter((v) => v !== null).length;
      return {
        ...r,
        values: r.values.map((v) =>
          v === null
            ? null
            : n <= 1
              ? HUNDRED
              : new D(n)
                  .minus(v)
                  .div(n - 1)
                  .times(HUNDRED),
        ),
      };
    }
    case "distance-to-target": {
      const tgts = targets(ctx, ind, cells, true);
      const distinct = new Set(tgts.filter((t) => t !== null).map(String));
      if (distinct.size > 1) {
        throw new ScoringError("per_unit_target", `distance-to-target needs one target for all units of '${ind.id}'`, {
          path,
        });
      }
      const t = tgts.find((x) => x !== null);
      if (t === undefined || t === null)
        throw new ScoringError("missing_target", `indicator '${ind.id}' needs a target`, { path });
      // COINr n_dist2targ, capped at the target (cap_max = TRUE): beyond the target is full marks.
      // The rule's `cap` (default 1) is the largest share of full marks.
      const r = scale100(normalizeDistanceToTarget(nums(), { path, direction: dir, target: t, capMax: false }));
      const cap = toDecimal(rule.cap ?? 1).times(HUNDRED);
      const flags = r.flags.map((f) => [...f]);
      const values = r.values.map((v, i) => {
        if (v === null || v.lessThanOrEqualTo(cap)) return v;
        flags[i]?.push("capped");
        return cap;
      });
      return { ...r, values, flags, params: { ...r.params, cap } };
    }
    case "target-range": {
      const ranges = cells.map((c) => targetFor(ctx, c.unit, ind.id)?.range);
      const r0 = ranges.find((r) => r !== undefined);
      if (r0 === undefined)
        throw new ScoringError("missing_target", `indicator '${ind.id}' needs a target range`, { path });
      if (
        ranges.some((r) => r !== undefined && (String(r.low) !== String(r0.low) || String(r.high) !== String(r0.high)))
      ) {
        throw new ScoringError("per_unit_target", `target-range needs one range for all units of '${ind.id}'`, {
          path,
        });
      }
      return normalizeTargetRange(nums(), {
        path,
        lower: r0.low,
        upper: r0.high,
        tolerance: rule.tolerance,
        fullScore: 100,
      });
    }
    case "max":
      return scale100(normalizeMax(nums(), { path, direction: dir }));
    case "sum":
      return scale100(normalizeSum(nums(), { path, direction: dir }));
    case "vector":
      return scale100(normalizeVector(nums(), { path, direction: dir }));
    case "bands": {
      const basis =
        rule.basis === "completion-percent"
          ? completionPercent(nums(), targets(ctx, ind, cells, true), dir, path)
          : nums();
      const withMin = rule.bands.every((b) => b.min !== undefined && b.max === undefined);
      const withMax = rule.bands.every((b) => b.max !== undefined && b.min === undefined);
      if (!withMin && !withMax) {
        throw new ScoringError("invalid_bands", "bands need either all `min` (≥) or all `max` (≤) bounds", {
          path: [...path, "bands"],
        });
      }
      const bandDir = rule.basis === "completion-percent" || withMin ? "benefit" : "cost";
      return normalizeBands(basis, {
        path,
        direction: bandDir,
        bands: rule.bands.map((b) => ({ threshold: (withMin ? b.min : b.max) as string | number, score: b.score })),
        ...(rule.otherwise === undefined ? {} : { otherwise: rule.otherwise }),
      });
    }
    case "linear-deduction": {
      const percent = rule.basis === "completion-percent";
      const tgts = targets(ctx, ind, cells, true);
      const basis = percent ? completionPercent(nums(), tgts, dir, path) : nums();
      const r = normalizeLinearDeduction(basis, {
        path,
        direction: percent ? "benefit" : dir,
        target: percent ? 100 : tgts,
        rate: rule.rate,
        fullScore: rule.full,
        ...(rule.per === undefined ? {} : { step: rule.per }),
      });
      if (rule.floor === undefined) return r;
      const floor = toDecimal(rule.floor);
      return { ...r, values: r.values.map((v) => (v === null ? null : D.max(v, floor))) };
    }
    case "grade-map":
      return normalizeGradeMap(strs(), { path, scores: rule.map });
    case "task-status":
      return rule.map === undefined
        ? normalizeTaskStatus(strs(), { path, fullScore: 100 })
        : normalizeGradeMap(strs(), { path, scores: rule.map });
    case "boolean":
      return normalizeBoolean(
        cells.map((c) => (c.value === null ? null : c.value === true)),
        { path, trueScore: rule.whenTrue ?? 100, falseScore: rule.whenFalse ?? 0 },
      );
    case "direct": {
      const lo = rule.range === undefined ? undefined : toDecimal(rule.range.min);
      const hi = rule.range === undefined ? undefined : toDecimal(rule.range.max);
      const flags: NormalizeFlag[][] = [];
      const values = nums().map((v, i) => {
        flags[i] = v === null ? ["missing"] : [];
        if (v === null || lo === undefined || hi === undefined) return v;
        if (v.lessThan(lo) || v.greaterThan(hi)) (flags[i] as NormalizeFlag[]).push("clamped");
        return D.min(D.max(v, lo), hi);
      });
      return {
        method: "min-max",
        values,
        flags,
        params: lo === undefined || hi === undefined ? {} : { lower: lo, upper: hi },
      };
    }
  }
}

/** Whether a raw value misses the unit's target (for binding 约束性 indicators and veto triggers). */
function missesTarget(ctx: AssessContext, ind: Indicator, cell: Cell): boolean {
  const raw = cell.raw;
  if (raw === null) return false;
  if (typeof raw === "boolean") return raw === false;
  if (typeof raw === "string") return ind.kind === "task" ? raw !== "done" : false;
  if (!ctx.targets.has(ind.id)) return false; // no target for anyone: nothing to miss
  const t = targetFor(ctx, cell.unit, ind.id);
  if (t?.range !== undefined) return raw.lessThan(toDecimal(t.range.low)) || raw.greaterThan(toDecimal(t.range.high));
  if (t?.target === undefined) return false;
  const target = toDecimal(t.target);
  return ind.direction === "lower-better" ? raw.greaterThan(target) : raw.lessThan(target);
}

/**
 * Scores one indicator for every unit assessed on it: raw value (observation, ratings, carried
 * forward or imputed per the missing-data policy) → pre-transforms → normalisation.
 */
export function scoreIndicator(
  ctx: AssessContext,
  ind: Indicator,
  units: readonly Unit[],
  positions: readonly number[],
): IndicatorColumn {
  const plan = ctx.project.plan;
  const policy = plan.missingData?.perIndicator?.[ind.id] ?? plan.missingData?.default ?? "exclude-reweight";
  const cells = readCells(ctx, ind, units, positions, policy);
  let method: string = ind.scoring.method;
  let params: Readonly<Record<string, Dec>> = {};
  let scores: DecimalColumn | undefined;
  if (cells.some((c) => c.value !== null)) {
    applyTransforms(ctx, ind, cells);
    if (cells.some((c) => c.value !== null)) {
      const r = normalizeColumn(ctx, ind, cells);
      method = ind.scoring.method;
      params = r.params;
      if (r.values === undefined) scores = r.column;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i] as Cell;
        if (r.values === undefined) c.inColumn = !r.column.isNull(i);
        else c.score = r.values[i] ?? null;
        const fs = r.flags[i];
        if (fs !== undefined)
          for (let j = 0; j < fs.length; j++) {
            const f = fs[j] as NormalizeFlag;
            if (f !== "missing" && !hasFlag(c, f)) addFlag(c, f);
          }
      }
    }
  }
  const missed = new Set<string>();
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as Cell;
    if (c.score === null && !c.inColumn) {
      if (!hasFlag(c, "missing")) addFlag(c, "missing");
      if (policy === "zero") {
        c.score = new D(0);
        addFlag(c, "zero_filled");
      } else addFlag(c, "excluded");
    }
    if (missesTarget(ctx, ind, c)) missed.add(c.unit.id);
  }
  const kOf = new Int32Array(ctx.units.length).fill(-1);
  const kept: (Cell | undefined)[] = new Array(cells.length);
  let raws: DecimalColumn | undefined;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as Cell;
    kOf[positions[k] as number] = k;
    if (isPlain(c, ctx.period)) {
      if (raws === undefined) raws = new DecimalColumn(cells.length);
      raws.set(k, c.raw as Dec);
      kept[k] = undefined;
    } else kept[k] = c;
  }
  return {
    indicator: ind,
    method,
    params,
    kOf,
    units,
    kept,
    raws,
    period: ctx.period,
    scores,
    size: cells.length,
    missed,
  };
}

/**
 * A plain cell: the plan period's observation, a decimal used as is (no transform, no target) and
 * scored on the linear fast path without any flag. {@link cellAt} rebuilds it exactly.
 */
function isPlain(c: Cell, period: string): boolean {
  return (
    c.inColumn &&
    c.flags === null &&
    c.transforms === null &&
    c.target === undefined &&
    c.source === "observation" &&
    c.period === period &&
    c.value === c.raw &&
    D.isDecimal(c.raw)
  );
}

/** The cell of the unit at position `pos` in `ctx.units`, `undefined` when it is not assessed on the indicator. */
export function cellAt(column: IndicatorColumn, pos: number): Cell | undefined {
  const k = column.kOf[pos] as number;
  if (k < 0) return undefined;
  const kept = column.kept[k];
  if (kept !== undefined) return kept;
  const raw = (column.raws as DecimalColumn).get(k);
  return {
    unit: column.units[k] as Unit,
    k,
    inColumn: true,
    raw,
    source: "observation",
    period: column.period,
    value: raw,
    transforms: null,
    target: undefined,
    score: null,
    flags: null,
  };
}

/** A cell's score (materialised from the column's off-heap scores when it is held there). */
export function scoreOf(column: IndicatorColumn, c: Cell): Dec | null {
  return c.inColumn ? (column.scores as DecimalColumn).get(c.k) : c.score;
}

/** Whether a cell has a score (is not excluded). */
export function hasScore(c: Cell): boolean {
  return c.inColumn || c.score !== null;
}

/**
 * The result object of one cell, keys in the documented order (`period` and `target` only when
 * known), with the weights aggregation used.
 */
export function indicatorScore(
  column: IndicatorColumn,
  c: Cell,
  weight: Dec,
  globalWeight: Dec,
  contribution: Dec | null,
  score: Dec | null = scoreOf(column, c),
): IndicatorScore {
  const indicator = column.indicator.id;
  const method = column.method;
  const params = column.params;
  const transforms = c.transforms === null ? NO_TRANSFORMS : c.transforms;
  const flags = c.flags === null ? NO_FLAGS : c.flags;
  const { raw, source, period, target, value } = c;
  if (period !== undefined) {
    if (target !== undefined) {
      return {
        indicator,
        raw,
        source,
        period,
        target,
        transforms,
        value,
        method,
        params,
        score,
        weight,
        globalWeight,
        contribution,
        flags,
      };
    }
    return {
      indicator,
      raw,
      source,
      period,
      transforms,
      value,
      method,
      params,
      score,
      weight,
      globalWeight,
      contribution,
      flags,
    };
  }
  if (target !== undefined) {
    return {
      indicator,
      raw,
      source,
      target,
      transforms,
      value,
      method,
      params,
      score,
      weight,
      globalWeight,
      contribution,
      flags,
    };
  }
  return {
    indicator,
    raw,
    source,
    transforms,
    value,
    method,
    params,
    score,
    weight,
    globalWeight,
    contribution,
    flags,
  };
}
