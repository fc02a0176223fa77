import {
  type Direction,
  type Indicator,
  isDecimalString,
  isPeriodId,
  type Project,
  periodContains,
  periodEnd,
  periodStart,
  type Target,
} from "@ducha/schema";
import { isCalendarDate } from "../internal/calendar.js";
import { D, type Dec, toDec } from "../internal/decimal.js";
import { bothNames } from "../internal/text.js";
import { expectedShare, milestoneValue, type ProgressCurve } from "./expected-share.js";
import { ProgressError } from "./progress-error.js";
import {
  type BilingualText,
  classify,
  DEFAULT_THRESHOLDS,
  type ProgressColour,
  type ProgressStatus,
  type ProgressThresholds,
  type ResolvedThresholds,
  statusColour,
} from "./progress-status.js";
import { indicatorApplies, resolveTarget } from "./resolve-target.js";

/**
 * Options of {@link monitorProgress}.
 *
 * @since 0.1.0
 */
export interface MonitorOptions {
  /** Evaluation date `YYYY-MM-DD`; observations count as known at their period's last day. */
  readonly asOf: string;
  /** Target period. Defaults to the assessment plan's period (`project.plan.period`). */
  readonly period?: string;
  /** Warning thresholds. Defaults to {@link DEFAULT_THRESHOLDS} (green ≥ 0.9, yellow ≥ 0.75). */
  readonly thresholds?: ProgressThresholds;
  /** Progress curve for every cumulative indicator. Defaults to linear in time. */
  readonly curve?: ProgressCurve;
  /** Progress curves per indicator id, overriding `curve`. Defaults to none. */
  readonly curves?: Readonly<Record<string, ProgressCurve>>;
}

/**
 * How the expected progress was obtained: `linear` in time, a custom `curve`, the target's
 * `milestones` (cumulative: interpolated expected value; point-in-time: the next milestone as an
 * interim target), or the `target` itself (point-in-time indicators: expected 1).
 *
 * @since 0.1.0
 */
export type ExpectedBasis = "linear" | "curve" | "milestones" | "target";

/**
 * The observation a progress item is based on.
 *
 * @since 0.1.0
 */
export interface ObservedValue {
  /** Observation period, e.g. `"2024-05"`. */
  readonly period: string;
  /** The day the value counts as known: the period's last day. */
  readonly knownAt: string;
  /** The value (year-to-date for cumulative indicators). */
  readonly value: Dec;
}

/**
 * Progress of one unit × indicator at a date (进度监测结果), with every fact used.
 *
 * @since 0.1.0
 */
export interface ProgressItem {
  readonly unit: string;
  readonly indicator: string;
  /** Target period, e.g. `"2024"`. */
  readonly period: string;
  readonly asOf: string;
  readonly status: ProgressStatus;
  readonly colour: ProgressColour;
  /** Whether the indicator accumulates over the period (累计值) or is a point-in-time value. */
  readonly cumulative: boolean;
  readonly direction: Direction;
  /** Binding indicator (约束性). */
  readonly binding: boolean;
  readonly basis: ExpectedBasis;
  /** Last day to reach the target: the target's deadline or the period's end. */
  readonly deadline: string;
  /** Latest usable observation at or before `asOf`; absent when `status` is `no_data`. */
  readonly observation?: ObservedValue;
  /** Target value (目标值), when the target is a value. */
  readonly target?: Dec;
  /** Target range, when the target is a range. */
  readonly range?: { readonly low: Dec; readonly high: Dec };
  /** Expected share of the target by `asOf` (时间进度); 1 for point-in-time indicators. */
  readonly expectedShare: Dec;
  /**
   * Expected value by `asOf`: target × share (or the interpolated milestone value) for cumulative
   * indicators; for point-in-time ones the value compared with — the target, or the interim milestone.
   */
  readonly expectedValue?: Dec;
  /** Completion ratio (完成率): x/t higher-is-better, t/x lower-is-better; undefined when not defined. */
  readonly progress?: Dec;
  /** Performance: progress ÷ expected share — compared with the thresholds. */
  readonly performance?: Dec;
  /** Whether the target is met by the latest value. */
  readonly met: boolean;
  /** Explanation in Chinese and English. */
  readonly message: BilingualText;
}

/**
 * A unit × indicator not monitored, with the reason (nothing is dropped silently).
 *
 * @since 0.1.0
 */
export interface SkippedPair {
  readonly unit: string;
  readonly indicator: string;
  /** `not-quantitative` (task/qualitative/boolean indicators), `no-target`, `no-numeric-target`. */
  readonly reason: "not-quantitative" | "no-target" | "no-numeric-target";
}

/**
 * Result of {@link monitorProgress}.
 *
 * @since 0.1.0
 */
export interface ProgressReport {
  readonly asOf: string;
  readonly period: string;
  /** Items sorted by unit, then indicator. */
  readonly items: readonly ProgressItem[];
  readonly summary: {
    readonly total: number;
    readonly byStatus: Readonly<Record<ProgressStatus, number>>;
    readonly byColour: Readonly<Record<ProgressColour, number>>;
    /** Pairs of assessed units × indicators with a target that could not be monitored, sorted. */
    readonly skipped: readonly SkippedPair[];
  };
}

const MONITORED_KINDS = new Set(["quantitative", "survey", "event-count"]);

/**
 * Progress monitoring (进度监测与预警, 时间过半、任务过半): for every assessed unit × indicator with
 * a target in the period, compares actual progress at `asOf` with the expected progress and gives
 * a status and a traffic-light colour.
 *
 * - Cumulative indicators (累计值, e.g. new jobs, investment): expected value = target × expected
 *   share (linear in days, a custom curve, or the target's milestones); progress = x / t;
 *   performance = x / expected value (lower-is-better: expected value / x). Reached x ≥ t → `done`.
 * - Point-in-time indicators (rates, PM2.5, growth %): expected share 1; progress = completion ratio
 *   x / t (lower-is-better t / x, target value min(x/t, t/x), range: 1 inside, x/L below, U/x above);
 *   meeting the target is `on_track`, and `done` once the deadline has come. Before the deadline, a
 *   milestone dated on or after `asOf` is the interim target (阶段性目标) compared with instead.
 * - Performance ≥ green threshold → `on_track`, ≥ yellow → `at_risk`, else `behind`; on or after
 *   the deadline, a target not reached is `overdue`. No observation known by `asOf` → `no_data`.
 *
 * An observation counts as known at its period's last day (`2024-05` on 2024-05-31, `2024Q2` on
 * 2024-06-30); the latest one inside the target period is used. Units with `assessed: false` and
 * indicators outside a unit's category selection are not monitored.
 *
 * @param project - the project (targets, observations, units)
 * @param options - `asOf` and optional thresholds/curves
 * @returns the items (sorted by unit, indicator) and a summary
 * @throws {@link ProgressError} `invalid_date`, `invalid_period`, `invalid_observation`, `duplicate_observation`,
 *   `invalid_thresholds`, `invalid_target`, `invalid_curve`
 * @example
 * ```ts
 * import { monitorProgress } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const report = monitorProgress(project, { asOf: "2024-06-30" });
 * for (const item of report.items) if (item.colour === "red") console.log(item.message.zh);
 * ```
 * @since 0.1.0
 */
export function monitorProgress(project: Project, options: MonitorOptions): ProgressReport {
  return monitorWithIndex(project, options, undefined);
}

/**
 * {@link monitorProgress} with an observation index built once for several dates (a progress
 * series indexes up to its last date and each snapshot ignores what was not known yet).
 *
 * @internal
 */
export function monitorWithIndex(
  project: Project,
  options: MonitorOptions,
  index: ReadonlyMap<string, readonly IndexedObservation[]> | undefined,
): ProgressReport {
  const { asOf } = options;
  if (typeof asOf !== "string" || !isCalendarDate(asOf))
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
  const observations = index ?? indexObservations(project, asOf);
  const items: ProgressItem[] = [];
  const skipped: SkippedPair[] = [];
  // per-call caches: unit categories and category × indicator applicability
  const categoryOf = new Map(project.units.map((u) => [u.id, u.category]));
  const applicable = new Map<string, boolean>();
  const units = project.units
    .filter((u) => u.assessed !== false)
    .map((u) => u.id)
    .sort(cmp);
  const indicators = [...project.system.indicators].sort((a, b) => cmp(a.id, b.id));
  for (const unit of units) {
    for (const indicator of indicators) {
      const category = categoryOf.get(unit);
      const applyKey = `${category ?? ""}\u0000${indicator.id}`;
      let applies = applicable.get(applyKey);
      if (applies === undefined) {
        applies = indicatorApplies(project, unit, indicator.id);
        applicable.set(applyKey, applies);
      }
      if (!applies) continue;
      const target = resolveTarget(project, unit, indicator.id, period);
      if (target === undefined) continue;
      if (!MONITORED_KINDS.has(indicator.kind)) {
        skipped.push({ unit, indicator: indicator.id, reason: "not-quantitative" });
        continue;
      }
      if (toDec(target.target) === undefined && target.range === undefined) {
        skipped.push({ unit, indicator: indicator.id, reason: "no-numeric-target" });
        continue;
      }
      const curve = options.curves?.[indicator.id] ?? options.curve;
      const obs = observations.get(`${unit}\u0000${indicator.id}`) ?? [];
      items.push(evaluateItem(project, unit, indicator, target, asOf, thresholds, obs, curve));
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
  for (const item of items) {
    byStatus[item.status]++;
    byColour[item.colour]++;
  }
  return { asOf, period, items, summary: { total: items.length, byStatus, byColour, skipped } };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Resolves and validates thresholds. @internal */
export function resolveThresholds(t: ProgressThresholds | undefined): ResolvedThresholds {
  const green = toDec(t?.green ?? DEFAULT_THRESHOLDS.green);
  const yellow = toDec(t?.yellow ?? DEFAULT_THRESHOLDS.yellow);
  if (green === undefined || yellow === undefined || yellow.lt(0) || green.lt(yellow))
    throw new ProgressError(
      "invalid_thresholds",
      `expected thresholds with 0 ≤ yellow ≤ green, got green ${JSON.stringify(t?.green)}, yellow ${JSON.stringify(t?.yellow)}`,
      { path: ["thresholds"] },
    );
  return { green, yellow };
}

/** An indexed observation; the value is checked up front but parsed to a Decimal only when used. @internal */
export interface IndexedObservation extends Omit<ObservedValue, "value"> {
  readonly start: string;
  readonly raw: string | number;
}

/** Indexes the observations known by `asOf` per unit × indicator. @internal */
export function indexObservations(project: Project, asOf: string): Map<string, IndexedObservation[]> {
  const map = new Map<string, IndexedObservation[]>();
  const seen = new Map<string, number>();
  const indicators = new Map(project.system.indicators.map((x) => [x.id, x]));
  const periodBounds = new Map<string, { start: string; end: string }>();
  (project.observations ?? []).forEach((o, i) => {
    const key = `${o.unit}\u0000${o.indicator}\u0000${o.period}`;
    const before = seen.get(key);
    if (before !== undefined)
      throw new ProgressError(
        "duplicate_observation",
        `observations ${before} and ${i}: two values for unit ${o.unit}, indicator ${o.indicator}, period ${o.period}`,
        { path: ["observations", i] },
      );
    seen.set(key, i);
    if (o.status === "missing" || o.value === null) return;
    let bounds = periodBounds.get(o.period);
    if (bounds === undefined) {
      bounds = { start: periodStart(o.period), end: periodEnd(o.period) };
      periodBounds.set(o.period, bounds);
    }
    const knownAt = bounds.end;
    if (knownAt > asOf) return;
    const ind = indicators.get(o.indicator);
    if (ind === undefined || !MONITORED_KINDS.has(ind.kind)) return;
    const raw = o.value;
    if (!(typeof raw === "number" ? Number.isFinite(raw) : typeof raw === "string" && isDecimalString(raw.trim())))
      throw new ProgressError(
        "invalid_observation",
        `observations ${i}: expected a number for ${ind.kind} indicator ${o.indicator}, got ${JSON.stringify(o.value)}`,
        { path: ["observations", i, "value"] },
      );
    const k = `${o.unit}\u0000${o.indicator}`;
    const list = map.get(k) ?? [];
    list.push({ period: o.period, knownAt, start: bounds.start, raw: raw as string | number });
    map.set(k, list);
  });
  return map;
}

function evaluateItem(
  project: Project,
  unit: string,
  indicator: Indicator,
  target: Target,
  asOf: string,
  thresholds: ResolvedThresholds,
  observations: readonly IndexedObservation[],
  curve: ProgressCurve | undefined,
): ProgressItem {
  const period = target.period;
  const start = periodStart(period);
  const deadline = target.deadline ?? periodEnd(period);
  const cumulative = indicator.cumulative === true;
  const t = toDec(target.target);
  const range =
    target.range === undefined ? undefined : { low: toDec(target.range.low), high: toDec(target.range.high) };
  if (range !== undefined && (range.low === undefined || range.high === undefined || range.low.gt(range.high)))
    throw new ProgressError("invalid_target", `target range of ${indicator.id} for ${unit} must have low ≤ high`, {
      path: ["targets", indicator.id, "range"],
    });
  const base = {
    unit,
    indicator: indicator.id,
    period,
    asOf,
    cumulative,
    direction: indicator.direction,
    binding: indicator.binding,
    deadline,
    ...(t !== undefined ? { target: t } : {}),
    ...(range?.low !== undefined && range.high !== undefined ? { range: { low: range.low, high: range.high } } : {}),
  };
  const final = asOf >= deadline;
  // latest observation inside the target period known by asOf; ties on the end date: the shorter period
  let latest: IndexedObservation | undefined;
  for (const o of observations) {
    if (o.knownAt > asOf || !periodContains(period, o.period)) continue;
    if (latest === undefined || o.knownAt > latest.knownAt || (o.knownAt === latest.knownAt && o.start > latest.start))
      latest = o;
  }

  let basis: ExpectedBasis;
  let share: Dec;
  let expectedValue: Dec | undefined;
  if (cumulative && t !== undefined) {
    if (target.milestones !== undefined && target.milestones.length > 0) {
      basis = "milestones";
      expectedValue = milestoneValue(start, deadline, asOf, t, target.milestones);
      share = t.isZero() ? new D(1) : expectedValue.div(t);
    } else {
      basis = curve === undefined ? "linear" : "curve";
      share = expectedShare(start, deadline, asOf, curve);
      expectedValue = t.times(share);
    }
  } else {
    share = new D(1);
    // point-in-time milestones (阶段性目标) are interim targets: before the deadline the value is
    // compared with the earliest milestone dated on or after asOf
    const interim =
      t === undefined || final || target.milestones === undefined
        ? undefined
        : [...target.milestones]
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
            .find((m) => m.date >= asOf);
    if (interim !== undefined) {
      const v = toDec(interim.value);
      if (v === undefined)
        throw new ProgressError("invalid_milestone", `milestone of ${indicator.id} for ${unit} is not a number`, {
          path: ["targets", indicator.id, "milestones"],
        });
      basis = "milestones";
      expectedValue = v;
    } else {
      basis = "target";
      expectedValue = t;
    }
  }
  // what the value is compared with: the target, or for point-in-time indicators an interim milestone
  const ref = cumulative ? t : expectedValue;

  if (latest === undefined) {
    const status: ProgressStatus = "no_data";
    return {
      ...base,
      status,
      colour: statusColour(status),
      basis,
      expectedShare: share,
      ...(expectedValue !== undefined ? { expectedValue } : {}),
      met: false,
      message: describe(project, { ...base, status, observation: undefined, share, cumulative }),
    };
  }
  const x = toDec(latest.raw) as Dec; // checked when indexed
  let met: boolean;
  let progress: Dec | undefined;
  let performance: Dec | undefined;
  if (base.range !== undefined) {
    const { low, high } = base.range;
    met = x.gte(low) && x.lte(high);
    // range completion ratio: 1 inside, x/L below, U/x above (undefined for non-positive values)
    progress = met ? new D(1) : x.lt(low) ? ratio(x, low) : ratio(high, x);
    performance = progress;
  } else if (ref !== undefined && indicator.direction === "lower-better") {
    met = x.lte(ref);
    // completion ratio, lower is better: t / x
    progress = ratio(ref, x);
    if (cumulative) {
      // a cumulative budget is only met at the deadline; before it, compare with the expected use
      met = final && met;
      performance = expectedValue !== undefined ? ratio(expectedValue, x) : undefined;
    } else performance = progress;
  } else if (ref !== undefined && indicator.direction === "target-value") {
    met = x.eq(ref);
    const a = ratio(x, ref);
    const b = ratio(ref, x);
    progress = a !== undefined && b !== undefined ? D.min(a, b) : undefined;
    performance = progress;
  } else if (ref !== undefined) {
    met = x.gte(ref);
    // completion ratio, higher is better: x / t
    progress = ratio(x, ref);
    performance = cumulative ? (expectedValue !== undefined ? ratio(x, expectedValue) : undefined) : progress;
  } else {
    throw new ProgressError("invalid_target", `target of ${indicator.id} for ${unit} has neither a value nor a range`, {
      path: ["targets", indicator.id],
    });
  }

  let status: ProgressStatus;
  if (met && (cumulative || final)) status = "done";
  else if (final) status = "overdue";
  else if (met) status = "on_track";
  else if (performance === undefined)
    // nothing expected yet (expected value 0) or the ratio is undefined (non-positive values)
    status =
      cumulative && (expectedValue?.lte(0) === true || (indicator.direction === "lower-better" && x.lte(0)))
        ? "on_track"
        : "behind";
  else status = classify(performance, thresholds);

  const observation: ObservedValue = { period: latest.period, knownAt: latest.knownAt, value: x };
  return {
    ...base,
    status,
    colour: statusColour(status),
    basis,
    observation,
    expectedShare: share,
    ...(expectedValue !== undefined ? { expectedValue } : {}),
    ...(progress !== undefined ? { progress } : {}),
    ...(performance !== undefined ? { performance } : {}),
    met,
    message: describe(project, {
      ...base,
      status,
      observation,
      share,
      cumulative,
      ...(progress !== undefined ? { progress } : {}),
      ...(performance !== undefined ? { performance } : {}),
      ...(!cumulative && basis === "milestones" && expectedValue !== undefined ? { interim: expectedValue } : {}),
    }),
  };
}

/** a / b when both are positive (or a is zero and b positive); undefined otherwise. */
function ratio(a: Dec, b: Dec): Dec | undefined {
  if (b.lte(0) || a.lt(0)) return undefined;
  return a.div(b);
}

const STATUS_TEXT: Record<ProgressStatus, BilingualText> = {
  done: { zh: "已完成", en: "done" },
  on_track: { zh: "进度正常（绿灯）", en: "on track (green)" },
  at_risk: { zh: "进度预警（黄灯）", en: "at risk (yellow)" },
  behind: { zh: "进度滞后（红灯）", en: "behind (red)" },
  overdue: { zh: "逾期未完成（红灯）", en: "overdue, target not reached (red)" },
  no_data: { zh: "暂无数据", en: "no data" },
};

const pct = (d: Dec) => `${d.times(100).toFixed(2)}%`;

function describe(
  project: Project,
  f: {
    unit: string;
    indicator: string;
    asOf: string;
    status: ProgressStatus;
    observation: ObservedValue | undefined;
    target?: Dec;
    range?: { low: Dec; high: Dec };
    share: Dec;
    cumulative: boolean;
    progress?: Dec;
    performance?: Dec;
    interim?: Dec;
  },
): BilingualText {
  const u = bothNames(project.units.find((x) => x.id === f.unit)?.name, f.unit);
  const ind = project.system.indicators.find((x) => x.id === f.indicator);
  const name = bothNames(ind?.name, f.indicator);
  const unit = ind?.unit ?? "";
  const s = STATUS_TEXT[f.status];
  const tz = f.range !== undefined ? `${f.range.low}–${f.range.high}${unit}` : `${f.target?.toString() ?? ""}${unit}`;
  const te = f.range !== undefined ? `${f.range.low}–${f.range.high} ${unit}` : `${f.target?.toString() ?? ""} ${unit}`;
  if (f.observation === undefined)
    return {
      zh: `${u.zh}「${name.zh}」：${s.zh}，截至${f.asOf}无可用数据（目标 ${tz}）。`,
      en: `${u.en} — ${name.en}: ${s.en}; no value known by ${f.asOf} (target ${te.trim()}).`,
    };
  const x = f.observation.value.toString();
  const zh = [`${u.zh}「${name.zh}」：${s.zh}。实际 ${x}${unit}（${f.observation.period}），目标 ${tz}`];
  const en = [`${u.en} — ${name.en}: ${s.en}. Actual ${x} ${unit} (${f.observation.period}), target ${te.trim()}`];
  if (f.interim !== undefined) {
    zh.push(`阶段目标 ${f.interim}${unit}`);
    en.push(`interim target ${f.interim} ${unit}`.trim());
  }
  if (f.cumulative) {
    zh.push(`时间进度 ${pct(f.share)}`);
    en.push(`time elapsed ${pct(f.share)}`);
  }
  if (f.progress !== undefined) {
    zh.push(`完成率 ${pct(f.progress)}`);
    en.push(`completion ${pct(f.progress)}`);
  }
  if (f.cumulative && f.performance !== undefined) {
    zh.push(`为应完成进度的 ${pct(f.performance)}`);
    en.push(`${pct(f.performance)} of the expected progress`);
  }
  return { zh: `${zh.join("，")}。`, en: `${en.join(", ")}.` };
}
