import {
  type Indicator,
  isIsoDate,
  isPeriodId,
  type Project,
  periodEnd,
  periodStart,
  type Target,
} from "@ducha/schema";
import { type Dec, toDec } from "../internal/decimal.js";
import type { ProgressCurve } from "./expected-share.js";
import { incrementTotal, sumsIncrements } from "./increment-total.js";
import {
  evaluateItem,
  expectFacts,
  type MonitorContext,
  type MonitorOptions,
  monitorContext,
  type ProgressItem,
  type ProgressReport,
  resolveThresholds,
  type SkippedPair,
  type TargetFacts,
  targetFacts,
} from "./monitor-progress.js";
import type { ObservationColumns } from "./observation-columns.js";
import { type IndexedObservation, MONITORED_KINDS } from "./observation-index.js";
import { ProgressError } from "./progress-error.js";
import { type ProgressColour, type ProgressStatus, statusColour } from "./progress-status.js";
import { indicatorApplies } from "./resolve-target.js";

/**
 * The statuses in the order of their codes in {@link ProgressTable.status}.
 *
 * @example
 * ```ts
 * import { PROGRESS_STATUSES } from "@ducha/accountability";
 *
 * PROGRESS_STATUSES[3]; // "behind"
 * ```
 * @since 0.1.0
 */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = Object.freeze([
  "done",
  "on_track",
  "at_risk",
  "behind",
  "overdue",
  "no_data",
] as const);

const DONE = 0;
const ON_TRACK = 1;
const AT_RISK = 2;
const BEHIND = 3;
const OVERDUE = 4;
const NO_DATA = 5;

/**
 * Options of {@link monitorProgressTable}: the {@link MonitorOptions} plus the observations in columns.
 *
 * @since 0.1.0
 */
export interface MonitorTableOptions extends MonitorOptions {
  /** The observations in columns, used instead of `project.observations`. */
  readonly observations: ObservationColumns;
}

/**
 * Progress of every monitored unit × indicator in columns (进度监测结果表): the statuses are decided
 * up front; the full {@link ProgressItem} of a row (exact decimals, messages) is built on request
 * and equals the item {@link monitorProgress} gives for the same data.
 *
 * @example
 * ```ts
 * import { type ProgressTable, PROGRESS_STATUSES } from "@ducha/accountability";
 *
 * declare const table: ProgressTable;
 * const behind: string[] = [];
 * for (let k = 0; k < table.length; k++)
 *   if (PROGRESS_STATUSES[table.status[k] as number] === "behind")
 *     behind.push(`${table.units[table.unit[k] as number]} ${table.indicators[table.indicator[k] as number]}`);
 * ```
 * @since 0.1.0
 */
export interface ProgressTable {
  readonly asOf: string;
  readonly period: string;
  /** Number of items. */
  readonly length: number;
  /** Assessed unit ids, sorted (dictionary of `unit`). */
  readonly units: readonly string[];
  /** Indicator ids, sorted (dictionary of `indicator`). */
  readonly indicators: readonly string[];
  /** Unit code per item. Items are sorted by unit, then indicator. */
  readonly unit: Int32Array;
  /** Indicator code per item. */
  readonly indicator: Int32Array;
  /** Status code per item: an index into {@link PROGRESS_STATUSES}. */
  readonly status: Uint8Array;
  /** Row of the observation used per item (in the input columns), or −1 (`no_data`). */
  readonly observation: Int32Array;
  /** Totals per status and colour, and the pairs not monitored — as in {@link ProgressReport}. */
  readonly summary: ProgressReport["summary"];
  /**
   * The full progress item `k` (exact decimals, messages).
   *
   * @param k - item position, 0 ≤ k < length
   */
  item(k: number): ProgressItem;
  /** Every item in full: the {@link ProgressReport} {@link monitorProgress} gives. */
  toReport(): ProgressReport;
}

/** Relative margin under which two floats decide nothing and the exact decimals are used. */
const EPS = 1e-9;
/** Floats of decimals are trusted only in the normal range (sign exact, relative error ≤ 2⁻⁵³). */
const TINY = 1e-290;
const HUGE = 1e290;

/** Float of a Decimal when its sign is exact and its relative error tiny; NaN otherwise. */
function safeFloat(d: Dec | undefined): number {
  if (d === undefined) return Number.NaN;
  if (d.isZero()) return 0;
  const v = d.toNumber();
  const a = Math.abs(v);
  return a >= TINY && a <= HUGE ? v : Number.NaN;
}

const ZERO_RE = /^[+-]?[0.]*(?:[eE][+-]?\d+)?$/;

/** Float of an observation value (finite number or decimal string), NaN when not safe. */
function valueFloat(raw: unknown): number {
  const v = typeof raw === "number" ? raw : Number(raw as string);
  if (v === 0) return typeof raw === "number" || ZERO_RE.test((raw as string).trim()) ? 0 : Number.NaN;
  const a = Math.abs(v);
  return a >= TINY && a <= HUGE ? v : Number.NaN;
}

/** Float facts of a target at the date: NaN where absent or not safe. */
interface FloatFacts {
  readonly t: number;
  readonly hasT: boolean;
  readonly low: number;
  readonly high: number;
  readonly hasRange: boolean;
  readonly e: number;
  readonly hasE: boolean;
  /** Some value is not representable safely: every item of this target is decided exactly. */
  readonly unsafe: boolean;
}

function floatFacts(f: TargetFacts): FloatFacts {
  const t = safeFloat(f.t);
  const low = safeFloat(f.range?.low);
  const high = safeFloat(f.range?.high);
  const e = safeFloat(f.expectedValue);
  const unsafe =
    (f.t !== undefined && Number.isNaN(t)) ||
    (f.range !== undefined && (Number.isNaN(low) || Number.isNaN(high))) ||
    (f.expectedValue !== undefined && Number.isNaN(e));
  return {
    t,
    hasT: f.t !== undefined,
    low,
    high,
    hasRange: f.range !== undefined,
    e,
    hasE: f.expectedValue !== undefined,
    unsafe,
  };
}

// Exact status decisions with floats (a floating-point filter): every float carries its decimal's
// exact sign and a relative error below 1e-15, so a comparison whose operands differ by more than
// EPS (relative) has the sign of the exact one; closer calls set `unsure` and the item is evaluated
// with the exact decimals instead (evaluateItem), which also gives the status of the output.
let unsure = false;

function cmp(a: number, b: number): number {
  if (a === b) {
    if (a !== 0) unsure = true;
    return 0;
  }
  if (a <= 0 && b >= 0) return -1;
  if (a >= 0 && b <= 0) return 1;
  const d = a - b;
  const m = EPS * Math.max(Math.abs(a), Math.abs(b));
  if (d > m) return 1;
  if (d < -m) return -1;
  unsure = true;
  return 0;
}

/** a / b when b > 0 and a ≥ 0 (as `ratio` of monitorProgress), else NaN (undefined). */
function ratioF(a: number, b: number): number {
  return b <= 0 || a < 0 ? Number.NaN : a / b;
}

/**
 * Status code as `evaluateItem` decides it, or −1 when a comparison is too close to call in floats.
 * Mirrors evaluateItem step by step (same branches, same order).
 */
function fastStatus(x: number, ff: FloatFacts, indicator: Indicator, final: boolean, g: number, y: number): number {
  unsure = false;
  const cumulative = indicator.cumulative === true;
  // what the value is compared with: the target, or for point-in-time indicators the expected value
  // (the target or an interim milestone)
  const ref = cumulative ? ff.t : ff.e;
  const hasRef = cumulative ? ff.hasT : ff.hasE;
  const e = ff.e;
  let met: boolean;
  let performance: number;
  if (ff.hasRange) {
    const lo = cmp(x, ff.low);
    met = lo >= 0 && cmp(x, ff.high) <= 0;
    performance = met ? 1 : lo < 0 ? ratioF(x, ff.low) : ratioF(ff.high, x);
  } else if (hasRef && indicator.direction === "lower-better") {
    met = cmp(x, ref) <= 0;
    if (cumulative) {
      met = final && met;
      performance = ff.hasE ? ratioF(e, x) : Number.NaN;
    } else performance = ratioF(ref, x);
  } else if (hasRef && indicator.direction === "target-value") {
    met = cmp(x, ref) === 0;
    const a = ratioF(x, ref);
    const b = ratioF(ref, x);
    performance = Math.min(a, b); // NaN when either is undefined
  } else if (hasRef) {
    met = cmp(x, ref) >= 0;
    performance = cumulative ? (ff.hasE ? ratioF(x, e) : Number.NaN) : ratioF(x, ref);
  } else return -1; // evaluateItem throws invalid_target
  let status: number;
  if (met && (cumulative || final)) status = DONE;
  else if (final) status = OVERDUE;
  else if (met) status = ON_TRACK;
  else if (Number.isNaN(performance))
    status =
      cumulative && ((ff.hasE && e <= 0) || (indicator.direction === "lower-better" && x <= 0)) ? ON_TRACK : BEHIND;
  else status = cmp(performance, g) >= 0 ? ON_TRACK : cmp(performance, y) >= 0 ? AT_RISK : BEHIND;
  return unsure ? -1 : status;
}

interface PeriodFacts {
  readonly start: string[];
  readonly end: string[];
  /** Order of (end, start), as the observation index sorts. */
  readonly rank: Int32Array;
  /** Known by asOf. */
  readonly known: Uint8Array;
  /** Known by asOf and inside the target period. */
  readonly eligible: Uint8Array;
}

function periodFacts(columns: ObservationColumns, asOf: string, first: string, last: string): PeriodFacts {
  const n = columns.periods.length;
  const start: string[] = [];
  const end: string[] = [];
  for (const p of columns.periods) {
    start.push(periodStart(p));
    end.push(periodEnd(p));
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ea = end[a] as string;
    const eb = end[b] as string;
    if (ea !== eb) return ea < eb ? -1 : 1;
    const sa = start[a] as string;
    const sb = start[b] as string;
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  });
  const rank = new Int32Array(n);
  order.forEach((p, r) => {
    rank[p] = r;
  });
  const known = new Uint8Array(n);
  const eligible = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const e = end[p] as string;
    known[p] = e <= asOf ? 1 : 0;
    eligible[p] = e <= asOf && (start[p] as string) >= first && e <= last ? 1 : 0;
  }
  return { start, end, rank, known, eligible };
}

/**
 * Progress monitoring over observations in columns (列式进度监测), for large projects: the same
 * items as {@link monitorProgress}, with the statuses decided up front and each item's details built
 * on request.
 *
 * The latest usable observation per unit × indicator is found by scanning the code columns (no
 * object per observation); only the values used are parsed. Statuses are decided exactly: in floats
 * where every comparison is clear by a relative margin of 1e-9 (floats of decimals keep the exact
 * sign and a relative error below 1e-15), otherwise with the exact decimals of {@link monitorProgress}.
 * Errors are those of {@link monitorProgress}, with the row numbers as observation positions.
 *
 * @param project - the project (targets, units, indicators; `project.observations` is not read)
 * @param options - `asOf`, `observations` and the other {@link MonitorOptions}
 * @returns the progress table
 * @throws {@link ProgressError} as {@link monitorProgress}
 * @example
 * ```ts
 * import { monitorProgressTable, observationColumns, PROGRESS_STATUSES } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const table = monitorProgressTable(project, {
 *   asOf: "2024-06-30",
 *   observations: observationColumns(project.observations ?? []),
 * });
 * for (let k = 0; k < table.length; k++)
 *   if (PROGRESS_STATUSES[table.status[k] as number] === "behind") console.log(table.item(k).message.zh);
 * ```
 * @since 0.1.0
 */
export function monitorProgressTable(project: Project, options: MonitorTableOptions): ProgressTable {
  return monitorTableWith(project, options, undefined);
}

/** {@link monitorProgressTable} with a context reused across dates (progress series). @internal */
export function monitorTableWith(
  project: Project,
  options: MonitorTableOptions,
  context: MonitorContext | undefined,
): ProgressTable {
  const { asOf, observations: columns } = options;
  if (typeof asOf !== "string" || !isIsoDate(asOf))
    throw new ProgressError("invalid_date", `expected asOf as a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`, {
      path: ["asOf"],
    });
  const period = options.period ?? project.plan.period;
  if (typeof period !== "string" || !isPeriodId(period))
    throw new ProgressError(
      "invalid_period",
      `expected period as a period id like 2024, got ${JSON.stringify(period)}`,
      {
        path: ["period"],
      },
    );
  const thresholds = resolveThresholds(options.thresholds);
  const ctx = context !== undefined && context.period === period ? context : monitorContext(project, period);
  const periodFirst = periodStart(period);
  const periodLast = periodEnd(period);
  const pf = periodFacts(columns, asOf, periodFirst, periodLast);

  // dictionaries of the columns → positions among the monitored units and sorted indicators
  const unitSlot = new Map<string, number>();
  for (const u of ctx.units) if (!unitSlot.has(u)) unitSlot.set(u, unitSlot.size);
  const nU = unitSlot.size;
  const indicatorPos = new Map<string, number>();
  ctx.indicators.forEach((ind, k) => {
    if (!indicatorPos.has(ind.id)) indicatorPos.set(ind.id, k);
  });
  const nI = ctx.indicators.length;
  // kind of an indicator id: the last indicator with the id wins, as in the observation index
  const kinds = new Map<string, string>();
  for (const x of project.system.indicators) kinds.set(x.id, x.kind);
  const colUnit = Int32Array.from(columns.units, (u) => unitSlot.get(u) ?? -1);
  const colIndicator = Int32Array.from(columns.indicators, (id) => indicatorPos.get(id) ?? -1);
  const colMonitored = Uint8Array.from(columns.indicators, (id) => (MONITORED_KINDS.has(kinds.get(id) ?? "") ? 1 : 0));

  // indicators reported as increments: every usable row of their slots is kept for the sum
  const sums = ctx.indicators.map((ind) => ind.observationBasis === "increment");
  const incrementRows = new Map<number, number[]>();
  const best = scanColumns(columns, pf, colUnit, colIndicator, colMonitored, nU, nI, kinds, sums, incrementRows);

  const g = safeFloat(thresholds.green);
  const y = safeFloat(thresholds.yellow);
  const thresholdsSafe = !Number.isNaN(g) && !Number.isNaN(y);
  const cap = ctx.units.length * nI;
  const itemUnit = new Int32Array(cap);
  const itemIndicator = new Int32Array(cap);
  const itemRow = new Int32Array(cap);
  const itemStatus = new Uint8Array(cap);
  const itemTarget: Target[] = [];
  let count = 0;
  const skipped: SkippedPair[] = [];
  const facts = new Map<Target, { f: TargetFacts; ff: FloatFacts }>();
  const indicators = ctx.indicators;
  const curves = indicators.map((ind) => options.curves?.[ind.id] ?? options.curve);
  const scopesAt = indicators.map((ind) => ctx.targets.get(ind.id));
  // the first slot of an indicator id holds its observations (ids are unique in a valid project)
  const firstSlot = indicators.map((ind, k) => indicatorPos.get(ind.id) === k);
  const factsOf = (target: Target, indicator: Indicator, unit: string, curve: ProgressCurve | undefined) => {
    let entry = facts.get(target);
    if (entry === undefined || entry.f.indicator !== indicator) {
      const f = targetFacts(ctx, indicator, target);
      entry = { f, ff: floatFacts(f) };
      facts.set(target, entry);
    }
    const f = entry.f;
    if (f.asOf !== asOf || f.curve !== curve) {
      expectFacts(f, target, unit, asOf, curve);
      f.asOf = asOf;
      f.curve = curve;
      entry.ff = floatFacts(f);
    }
    return entry;
  };
  const evaluate = (u: number, k: number, target: Target, row: number): ProgressItem => {
    const unit = ctx.units[u] as string;
    const indicator = indicators[k] as Indicator;
    const curve = curves[k];
    const f = factsOf(target, indicator, unit, curve).f;
    let latest = indexed(columns, pf, row);
    if (latest !== undefined && sumsIncrements(indicator)) {
      const slot = (unitSlot.get(unit) as number) * nI + k;
      const list = (incrementRows.get(slot) ?? [])
        .map((r) => indexed(columns, pf, r) as IndexedObservation)
        .sort((a, b) => cmpStr(a.knownAt, b.knownAt) || cmpStr(a.start, b.start));
      latest = incrementTotal(list, latest, period, unit, indicator.id);
    }
    return evaluateItem(ctx, unit, indicator, target, f, asOf, thresholds, latest, curve);
  };
  // the facts entry of the target last seen per indicator position (targets repeat across units)
  const lastTarget: (Target | undefined)[] = new Array(nI).fill(undefined);
  const lastEntry: ({ f: TargetFacts; ff: FloatFacts } | undefined)[] = new Array(nI).fill(undefined);

  for (let u = 0; u < ctx.units.length; u++) {
    const unit = ctx.units[u] as string;
    const slot = unitSlot.get(unit) as number;
    const category = ctx.categoryFirst.get(unit);
    const applyKey = ctx.categoryLast.get(unit) ?? "";
    let applies = ctx.applicable.get(applyKey);
    if (applies === undefined) {
      applies = [];
      ctx.applicable.set(applyKey, applies);
    }
    const base = slot * nI;
    for (let k = 0; k < nI; k++) {
      const indicator = indicators[k] as Indicator;
      let ok = applies[k];
      if (ok === undefined) {
        ok = indicatorApplies(project, unit, indicator.id);
        applies[k] = ok;
      }
      if (!ok) continue;
      const scopes = scopesAt[k];
      if (scopes === undefined) continue;
      const target =
        (scopes.byUnit.size === 0 ? undefined : scopes.byUnit.get(unit)) ??
        (category === undefined || scopes.byCategory.size === 0 ? undefined : scopes.byCategory.get(category)) ??
        scopes.global;
      if (target === undefined) continue;
      if (!MONITORED_KINDS.has(indicator.kind)) {
        skipped.push({ unit, indicator: indicator.id, reason: "not-quantitative" });
        continue;
      }
      let entry = lastEntry[k];
      if (lastTarget[k] !== target || entry === undefined) {
        entry = factsOf(target, indicator, unit, curves[k]);
        lastTarget[k] = target;
        lastEntry[k] = entry;
      }
      const f = entry.f;
      if (f.t === undefined && target.range === undefined) {
        skipped.push({ unit, indicator: indicator.id, reason: "no-numeric-target" });
        continue;
      }
      if (target.range !== undefined && f.range === undefined)
        throw new ProgressError("invalid_target", `target range of ${indicator.id} for ${unit} must have low ≤ high`, {
          path: ["targets", indicator.id, "range"],
        });
      const row = firstSlot[k] === true ? (best[base + k] as number) : -1;
      let status: number;
      if (row < 0) status = NO_DATA;
      else if (sums[k] === true && sumsIncrements(indicator))
        status = -1; // the sum of increments is evaluated exactly
      else {
        const x = valueFloat(columns.values[row]);
        if (Number.isNaN(x) && toDec(columns.values[row]) === undefined)
          throw new ProgressError(
            "invalid_observation",
            `observations ${row}: expected a number for ${indicator.kind} indicator ${indicator.id}, got ${JSON.stringify(columns.values[row])}`,
            { path: ["observations", row, "value"] },
          );
        const ff = entry.ff;
        status =
          Number.isNaN(x) || ff.unsafe || !thresholdsSafe ? -1 : fastStatus(x, ff, indicator, asOf >= f.deadline, g, y);
      }
      if (status < 0) status = PROGRESS_STATUSES.indexOf(evaluate(u, k, target, row).status);
      itemUnit[count] = u;
      itemIndicator[count] = k;
      itemRow[count] = row;
      itemStatus[count] = status;
      itemTarget.push(target);
      count++;
    }
  }

  const byStatus: Record<ProgressStatus, number> = {
    done: 0,
    on_track: 0,
    at_risk: 0,
    behind: 0,
    overdue: 0,
    no_data: 0,
  };
  const byColour: Record<ProgressColour, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
  const counts = new Int32Array(PROGRESS_STATUSES.length);
  for (let k = 0; k < count; k++) {
    const c = itemStatus[k] as number;
    counts[c] = (counts[c] as number) + 1;
  }
  PROGRESS_STATUSES.forEach((status, c) => {
    byStatus[status] += counts[c] as number;
    byColour[statusColour(status)] += counts[c] as number;
  });
  const summary = { total: count, byStatus, byColour, skipped };
  const unitArr = itemUnit.slice(0, count);
  const indicatorArr = itemIndicator.slice(0, count);
  const rowArr = itemRow.slice(0, count);
  const item = (k: number): ProgressItem => {
    const target = itemTarget[k];
    if (!Number.isInteger(k) || target === undefined)
      throw new ProgressError("invalid_item", `expected an item position 0 ≤ k < ${itemTarget.length}, got ${k}`, {
        path: ["item"],
      });
    return evaluate(unitArr[k] as number, indicatorArr[k] as number, target, rowArr[k] as number);
  };
  return {
    asOf,
    period,
    length: count,
    units: ctx.units,
    indicators: indicators.map((i) => i.id),
    unit: unitArr,
    indicator: indicatorArr,
    status: itemStatus.slice(0, count),
    observation: rowArr,
    summary,
    item,
    toReport: () => {
      const items: ProgressItem[] = [];
      for (let k = 0; k < itemTarget.length; k++) items.push(item(k));
      return { asOf, period, items, summary };
    },
  };
}

/** The observation of a row as the index holds it (value parsed by evaluateItem), or undefined for −1. */
function indexed(columns: ObservationColumns, pf: PeriodFacts, row: number): IndexedObservation | undefined {
  if (row < 0) return undefined;
  const p = columns.period[row] as number;
  return {
    period: columns.periods[p] as string,
    knownAt: pf.end[p] as string,
    start: pf.start[p] as string,
    raw: columns.values[row] as string | number,
    value: undefined,
    text: undefined,
  };
}

/**
 * One pass over the rows: duplicates (`duplicate_observation`) and non-numbers of monitored kinds
 * known by asOf (`invalid_observation`) in row order, as the observation index reports them; and
 * per monitored unit × indicator slot the row of the latest usable observation (−1 if none).
 */
function scanColumns(
  columns: ObservationColumns,
  pf: PeriodFacts,
  colUnit: Int32Array,
  colIndicator: Int32Array,
  colMonitored: Uint8Array,
  nU: number,
  nI: number,
  kinds: ReadonlyMap<string, string>,
  sums: readonly boolean[],
  incrementRows: Map<number, number[]>,
): Int32Array {
  const n = columns.length;
  const unit = columns.unit;
  const ind = columns.indicator;
  const per = columns.period;
  const cls = columns.valueClass;
  const { rank, known, eligible } = pf;
  const best = new Int32Array(nU * nI).fill(-1);
  const bestRank = new Int32Array(nU * nI).fill(-1);
  const nIc = columns.indicators.length;
  const nP = columns.periods.length;
  const nUc = columns.units.length;
  for (const [name, len] of [
    ["unit", unit.length],
    ["indicator", ind.length],
    ["period", per.length],
    ["values", columns.values.length],
    ["valueClass", cls.length],
  ] as const)
    if (!Number.isInteger(n) || n < 0 || len < n)
      throw new ProgressError("invalid_columns", `observation columns: ${name} has ${len} entries, length is ${n}`, {
        path: ["observations", name],
      });
  // duplicates: a bit per period and unit × indicator of the columns (≤ 32 periods), else a set of keys
  const bits = nP <= 32 ? new Uint32Array(columns.units.length * nIc) : undefined;
  const seen = bits === undefined ? new Set<number>() : undefined;
  for (let r = 0; r < n; r++) {
    const uc = unit[r] as number;
    const ic = ind[r] as number;
    const p = per[r] as number;
    if (uc >= nUc || ic >= nIc || p >= nP || uc < 0 || ic < 0) throw badCode(r);
    const pair = uc * nIc + ic;
    if (bits !== undefined) {
      const mask = 1 << p;
      const b = bits[pair] as number;
      if ((b & mask) !== 0) throw duplicate(columns, r);
      bits[pair] = b | mask;
    } else {
      const key = pair * nP + p;
      if ((seen as Set<number>).has(key)) throw duplicate(columns, r);
      (seen as Set<number>).add(key);
    }
    const c = cls[r] as number;
    if (c === 0 || known[p] === 0 || colMonitored[ic] === 0) continue;
    if (c === 2) {
      const id = columns.indicators[ic] as string;
      throw new ProgressError(
        "invalid_observation",
        `observations ${r}: expected a number for ${kinds.get(id)} indicator ${id}, got ${JSON.stringify(columns.values[r])}`,
        { path: ["observations", r, "value"] },
      );
    }
    if (eligible[p] === 0) continue;
    const us = colUnit[uc] as number;
    const k = colIndicator[ic] as number;
    if (us < 0 || k < 0) continue;
    const slot = us * nI + k;
    if (sums[k] === true) {
      const rows = incrementRows.get(slot);
      if (rows === undefined) incrementRows.set(slot, [r]);
      else rows.push(r);
    }
    const rk = rank[p] as number;
    if (rk > (bestRank[slot] as number)) {
      bestRank[slot] = rk;
      best[slot] = r;
    }
  }
  return best;
}

function badCode(r: number): ProgressError {
  return new ProgressError(
    "invalid_columns",
    `observation columns: row ${r} has a unit, indicator or period code outside its dictionary`,
    { path: ["observations", r] },
  );
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function duplicate(columns: ObservationColumns, r: number): ProgressError {
  const u = columns.unit[r];
  const i = columns.indicator[r];
  const p = columns.period[r];
  let before = 0;
  for (let q = 0; q < r; q++)
    if (columns.unit[q] === u && columns.indicator[q] === i && columns.period[q] === p) {
      before = q;
      break;
    }
  return new ProgressError(
    "duplicate_observation",
    `observations ${before} and ${r}: two values for unit ${columns.units[u as number]}, indicator ${columns.indicators[i as number]}, period ${columns.periods[p as number]}`,
    { path: ["observations", r] },
  );
}
