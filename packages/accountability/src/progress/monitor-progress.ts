import {
  type Direction,
  type Indicator,
  isIsoDate,
  isPeriodId,
  type Project,
  periodEnd,
  periodStart,
  type Target,
} from "@ducha/schema";
import { D, type Dec, toDec } from "../internal/decimal.js";
import { bothNames } from "../internal/text.js";
import { expectedShare, milestoneValue, type ProgressCurve } from "./expected-share.js";
import { type IncrementSum, incrementTotal, sumsIncrements } from "./increment-total.js";
import { monitorTableWith } from "./monitor-table.js";
import type { ObservationColumns } from "./observation-columns.js";
import {
  type IndexedObservation,
  indexObservations,
  latestObservation,
  MONITORED_KINDS,
  type ObservationIndex,
} from "./observation-index.js";
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
import { indicatorApplies } from "./resolve-target.js";

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
  /**
   * Observations in columns (see {@link observationColumns}), used instead of `project.observations`:
   * the same report, computed by {@link monitorProgressTable}. Defaults to `project.observations`.
   */
  readonly observations?: ObservationColumns;
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
  /**
   * For indicators reported as increments (`observationBasis: "increment"`): `value` is the sum of the
   * increments in `periods`; `missing` lists the periods without one (not counted as zero).
   */
  readonly increments?: IncrementSum;
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
  const observations = options.observations;
  if (observations !== undefined) return monitorTableWith(project, { ...options, observations }, undefined).toReport();
  return monitorWithIndex(project, options, undefined, undefined);
}

/** Per-project facts reused by every snapshot of a series: names, sorted units and indicators, targets. @internal */
export interface MonitorContext {
  readonly project: Project;
  readonly period: string;
  /** Assessed unit ids, sorted. */
  readonly units: readonly string[];
  /** Indicators sorted by id. */
  readonly indicators: readonly Indicator[];
  /** Category of the first unit with an id (as `Array.find`). */
  readonly categoryFirst: ReadonlyMap<string, string | undefined>;
  /** Category of the last unit with an id (as a Map built from the list). */
  readonly categoryLast: ReadonlyMap<string, string | undefined>;
  readonly unitNames: ReadonlyMap<string, BilingualText>;
  readonly indicatorInfo: ReadonlyMap<string, { readonly name: BilingualText; readonly unit: string }>;
  /** Targets of the period per indicator id, by scope. */
  readonly targets: ReadonlyMap<string, TargetScopes>;
  /** Applicability per unit-category key, per sorted indicator position. */
  readonly applicable: Map<string, boolean[]>;
}

interface TargetScopes {
  readonly byUnit: Map<string, Target>;
  readonly byCategory: Map<string, Target>;
  global: Target | undefined;
}

/** Builds the {@link MonitorContext} of a project and target period. @internal */
export function monitorContext(project: Project, period: string): MonitorContext {
  const categoryFirst = new Map<string, string | undefined>();
  const categoryLast = new Map<string, string | undefined>();
  const unitNames = new Map<string, BilingualText>();
  const units: string[] = [];
  for (const u of project.units) {
    if (!categoryFirst.has(u.id)) {
      categoryFirst.set(u.id, u.category);
      unitNames.set(u.id, bothNames(u.name, u.id));
    }
    categoryLast.set(u.id, u.category);
    if (u.assessed !== false) units.push(u.id);
  }
  units.sort(cmp);
  const indicators = [...project.system.indicators].sort((a, b) => cmp(a.id, b.id));
  const indicatorInfo = new Map<string, { name: BilingualText; unit: string }>();
  for (const ind of project.system.indicators)
    if (!indicatorInfo.has(ind.id))
      indicatorInfo.set(ind.id, { name: bothNames(ind.name, ind.id), unit: ind.unit ?? "" });
  // resolveTarget: a unit target wins over a category target over a global one; the first of a rank wins
  const targets = new Map<string, TargetScopes>();
  for (const t of project.targets ?? []) {
    if (t.period !== period) continue;
    let scopes = targets.get(t.indicator);
    if (scopes === undefined) {
      scopes = { byUnit: new Map(), byCategory: new Map(), global: undefined };
      targets.set(t.indicator, scopes);
    }
    if (t.unit !== undefined) {
      if (!scopes.byUnit.has(t.unit)) scopes.byUnit.set(t.unit, t);
    } else if (t.category !== undefined) {
      if (!scopes.byCategory.has(t.category)) scopes.byCategory.set(t.category, t);
    } else if (scopes.global === undefined) scopes.global = t;
  }
  return {
    project,
    period,
    units,
    indicators,
    categoryFirst,
    categoryLast,
    unitNames,
    indicatorInfo,
    targets,
    applicable: new Map(),
  };
}

/** Validated facts of a target, independent of the date. @internal */
export interface TargetFacts {
  readonly indicator: Indicator;
  readonly start: string;
  readonly deadline: string;
  readonly t: Dec | undefined;
  readonly range: { readonly low: Dec; readonly high: Dec } | undefined;
  /** Target text in Chinese and English messages. */
  readonly tz: string;
  readonly te: string;
  /** Date-dependent facts of the last date evaluated. */
  asOf: string | undefined;
  basis: ExpectedBasis;
  share: Dec;
  sharePct: string;
  expectedValue: Dec | undefined;
  interimText: string | undefined;
  curve: ProgressCurve | undefined;
}

const ONE = new D(1);

/**
 * {@link monitorProgress} with an observation index and context built once for several dates (a
 * progress series indexes up to its last date and each snapshot ignores what was not known yet).
 *
 * @internal
 */
export function monitorWithIndex(
  project: Project,
  options: MonitorOptions,
  index: ObservationIndex | undefined,
  context: MonitorContext | undefined,
): ProgressReport {
  const { asOf } = options;
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
  const observations = index ?? indexObservations(project, asOf);
  const ctx = context !== undefined && context.period === period ? context : monitorContext(project, period);
  const periodFirst = periodStart(period);
  const periodLast = periodEnd(period);
  const items: ProgressItem[] = [];
  const skipped: SkippedPair[] = [];
  const facts = new Map<Target, TargetFacts>();
  const indicators = ctx.indicators;
  const noObservations: readonly IndexedObservation[] = [];
  for (const unit of ctx.units) {
    const category = ctx.categoryFirst.get(unit);
    const applyKey = ctx.categoryLast.get(unit) ?? "";
    let applies = ctx.applicable.get(applyKey);
    if (applies === undefined) {
      applies = [];
      ctx.applicable.set(applyKey, applies);
    }
    const unitObservations = observations.get(unit);
    for (let k = 0; k < indicators.length; k++) {
      const indicator = indicators[k] as Indicator;
      let ok = applies[k];
      if (ok === undefined) {
        ok = indicatorApplies(project, unit, indicator.id);
        applies[k] = ok;
      }
      if (!ok) continue;
      const scopes = ctx.targets.get(indicator.id);
      if (scopes === undefined) continue;
      const target =
        scopes.byUnit.get(unit) ??
        (category === undefined ? undefined : scopes.byCategory.get(category)) ??
        scopes.global;
      if (target === undefined) continue;
      if (!MONITORED_KINDS.has(indicator.kind)) {
        skipped.push({ unit, indicator: indicator.id, reason: "not-quantitative" });
        continue;
      }
      let f = facts.get(target);
      if (f === undefined || f.indicator !== indicator) {
        f = targetFacts(ctx, indicator, target);
        facts.set(target, f);
      }
      if (f.t === undefined && target.range === undefined) {
        skipped.push({ unit, indicator: indicator.id, reason: "no-numeric-target" });
        continue;
      }
      if (target.range !== undefined && f.range === undefined)
        throw new ProgressError("invalid_target", `target range of ${indicator.id} for ${unit} must have low ≤ high`, {
          path: ["targets", indicator.id, "range"],
        });
      const curve = options.curves?.[indicator.id] ?? options.curve;
      const obs = unitObservations?.get(indicator.id)?.list ?? noObservations;
      let latest = latestObservation(obs, periodFirst, periodLast, asOf);
      if (sumsIncrements(indicator) && latest !== undefined)
        latest = incrementTotal(obs, latest, period, unit, indicator.id);
      items.push(evaluateItem(ctx, unit, indicator, target, f, asOf, thresholds, latest, curve));
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

/** The date-independent facts of a target. @internal */
export function targetFacts(ctx: MonitorContext, indicator: Indicator, target: Target): TargetFacts {
  const period = target.period;
  const t = toDec(target.target);
  let range: { low: Dec; high: Dec } | undefined;
  if (target.range !== undefined) {
    const low = toDec(target.range.low);
    const high = toDec(target.range.high);
    // invalid: left undefined, reported by the caller
    if (low !== undefined && high !== undefined && !low.gt(high)) range = { low, high };
  }
  const u = ctx.indicatorInfo.get(indicator.id)?.unit ?? "";
  return {
    indicator,
    start: periodStart(period),
    deadline: target.deadline ?? periodEnd(period),
    t,
    range,
    tz: range !== undefined ? `${range.low}–${range.high}${u}` : `${t?.toString() ?? ""}${u}`,
    te: (range !== undefined ? `${range.low}–${range.high} ${u}` : `${t?.toString() ?? ""} ${u}`).trim(),
    asOf: undefined,
    basis: "target",
    share: ONE,
    sharePct: "",
    expectedValue: undefined,
    interimText: undefined,
    curve: undefined,
  };
}

/** Fills the date-dependent facts of a target (expected share and value) for `asOf`. @internal */
export function expectFacts(
  f: TargetFacts,
  target: Target,
  unit: string,
  asOf: string,
  curve: ProgressCurve | undefined,
): void {
  const { indicator, t, start, deadline } = f;
  const cumulative = indicator.cumulative === true;
  f.interimText = undefined;
  if (cumulative && t !== undefined) {
    if (target.milestones !== undefined && target.milestones.length > 0) {
      f.basis = "milestones";
      const expectedValue = milestoneValue(start, deadline, asOf, t, target.milestones);
      f.expectedValue = expectedValue;
      f.share = t.isZero() ? ONE : expectedValue.div(t);
    } else {
      f.basis = curve === undefined ? "linear" : "curve";
      f.share = expectedShare(start, deadline, asOf, curve);
      f.expectedValue = t.times(f.share);
    }
  } else {
    f.share = ONE;
    // point-in-time milestones (阶段性目标) are interim targets: before the deadline the value is
    // compared with the earliest milestone dated on or after asOf
    const interim =
      t === undefined || asOf >= deadline || target.milestones === undefined
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
      f.basis = "milestones";
      f.expectedValue = v;
      f.interimText = `${v}`;
    } else {
      f.basis = "target";
      f.expectedValue = t;
    }
  }
  f.sharePct = cumulative ? pct(f.share) : "";
}

// Progress items are built with their properties always in the same order; optional properties
// absent from a result are left out (not set to undefined), as JSON output and `in` checks see them.
/** Evaluates one unit × indicator with its latest observation (or none). @internal */
export function evaluateItem(
  ctx: MonitorContext,
  unit: string,
  indicator: Indicator,
  target: Target,
  f: TargetFacts,
  asOf: string,
  thresholds: ResolvedThresholds,
  latest: IndexedObservation | undefined,
  curve: ProgressCurve | undefined,
): ProgressItem {
  const period = target.period;
  const { deadline, t, range } = f;
  const cumulative = indicator.cumulative === true;
  const final = asOf >= deadline;
  const info = ctx.indicatorInfo.get(indicator.id);
  const unitText = info?.unit ?? "";
  if (f.asOf !== asOf || f.curve !== curve) {
    expectFacts(f, target, unit, asOf, curve);
    f.asOf = asOf;
    f.curve = curve;
  }
  const { basis, share, expectedValue } = f;
  // what the value is compared with: the target, or for point-in-time indicators an interim milestone
  const ref = cumulative ? t : expectedValue;
  const item: Record<string, unknown> = {
    unit,
    indicator: indicator.id,
    period,
    asOf,
    cumulative,
    direction: indicator.direction,
    binding: indicator.binding,
    deadline,
  };
  if (t !== undefined) item.target = t;
  if (range !== undefined) item.range = { low: range.low, high: range.high };
  const u = ctx.unitNames.get(unit) ?? { zh: unit, en: unit };
  const name = info?.name ?? { zh: indicator.id, en: indicator.id };

  if (latest === undefined) {
    const status: ProgressStatus = "no_data";
    const s = STATUS_TEXT[status];
    item.status = status;
    item.colour = "grey";
    item.basis = basis;
    item.expectedShare = share;
    if (expectedValue !== undefined) item.expectedValue = expectedValue;
    item.met = false;
    item.message = {
      zh: `${u.zh}「${name.zh}」：${s.zh}，截至${asOf}无可用数据（目标 ${f.tz}）。`,
      en: `${u.en} — ${name.en}: ${s.en}; no value known by ${asOf} (target ${f.te}).`,
    };
    return item as unknown as ProgressItem;
  }
  let x = latest.value;
  if (x === undefined) {
    x = toDec(latest.raw) as Dec; // checked when indexed
    latest.value = x;
    latest.text = x.toString();
  }
  let met: boolean;
  let progress: Dec | undefined;
  let performance: Dec | undefined;
  if (range !== undefined) {
    const { low, high } = range;
    met = x.gte(low) && x.lte(high);
    // range completion ratio: 1 inside, x/L below, U/x above (undefined for non-positive values)
    progress = met ? ONE : x.lt(low) ? ratio(x, low) : ratio(high, x);
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

  item.status = status;
  item.colour = statusColour(status);
  item.basis = basis;
  const inc = latest.increments;
  item.observation =
    inc === undefined
      ? { period: latest.period, knownAt: latest.knownAt, value: x }
      : { period: latest.period, knownAt: latest.knownAt, value: x, increments: inc };
  item.expectedShare = share;
  if (expectedValue !== undefined) item.expectedValue = expectedValue;
  if (progress !== undefined) item.progress = progress;
  if (performance !== undefined) item.performance = performance;
  item.met = met;

  const s = STATUS_TEXT[status];
  const xText = latest.text as string;
  let zh: string;
  let en: string;
  if (inc === undefined) {
    zh = `${u.zh}「${name.zh}」：${s.zh}。实际 ${xText}${unitText}（${latest.period}），目标 ${f.tz}`;
    en = `${u.en} — ${name.en}: ${s.en}. Actual ${xText} ${unitText} (${latest.period}), target ${f.te}`;
  } else {
    const gapZh = inc.missing.length > 0 ? `，缺报 ${inc.missing.join("、")} 未计入` : "";
    const gapEn = inc.missing.length > 0 ? `; missing ${inc.missing.join(", ")}, not counted` : "";
    zh = `${u.zh}「${name.zh}」：${s.zh}。实际 ${xText}${unitText}（截至 ${latest.period} 增量累计${gapZh}），目标 ${f.tz}`;
    en = `${u.en} — ${name.en}: ${s.en}. Actual ${xText} ${unitText} (sum of increments to ${latest.period}${gapEn}), target ${f.te}`;
  }
  if (!cumulative && basis === "milestones" && f.interimText !== undefined) {
    zh += `，阶段目标 ${f.interimText}${unitText}`;
    en += `, ${`interim target ${f.interimText} ${unitText}`.trim()}`;
  }
  if (cumulative) {
    zh += `，时间进度 ${f.sharePct}`;
    en += `, time elapsed ${f.sharePct}`;
  }
  if (progress !== undefined) {
    const p = pct(progress);
    zh += `，完成率 ${p}`;
    en += `, completion ${p}`;
  }
  if (cumulative && performance !== undefined) {
    const p = pct(performance);
    zh += `，为应完成进度的 ${p}`;
    en += `, ${p} of the expected progress`;
  }
  item.message = { zh: `${zh}。`, en: `${en}.` };
  return item as unknown as ProgressItem;
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

/**
 * `${d × 100 rounded half-up to 2 decimals}%`, without a Decimal for d × 100: rounding d half-up to
 * 4 decimals and moving the point 2 places gives the same digits (× 100 is exact).
 */
function pct(d: Dec): string {
  const s = d.toFixed(4);
  const neg = s.charCodeAt(0) === 45; // "-"
  const body = neg ? s.slice(1) : s;
  const dot = body.length - 5;
  let int = body.slice(0, dot) + body.slice(dot + 1, dot + 3);
  let k = 0;
  while (k < int.length - 1 && int.charCodeAt(k) === 48) k++; // leading "0"
  int = int.slice(k);
  return `${neg ? "-" : ""}${int}.${body.slice(dot + 3)}%`;
}
