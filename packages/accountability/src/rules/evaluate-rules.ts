import {
  type AccountabilityAction,
  type AccountabilityRule,
  daysBetween,
  isIsoDate,
  type Project,
  parsePeriod,
  periodContains,
  type RuleCondition,
} from "@ducha/schema";
import type { Dec } from "../internal/decimal.js";
import { bothNames } from "../internal/text.js";
import type { ProgressItem } from "../progress/monitor-progress.js";
import { ProgressError } from "../progress/progress-error.js";
import type { BilingualText, ProgressColour, ProgressStatus } from "../progress/progress-status.js";
import type { AccountabilityFacts, ProgressSnapshotFacts } from "./accountability-facts.js";
import { type ActionSubject, type ActionTarget, resolveResponsible } from "./resolve-responsible.js";

/**
 * A fact that made a rule fire, kept with the action for explanation.
 *
 * @since 0.1.0
 */
export type TriggerFact =
  | {
      readonly fact: "progress-status";
      readonly indicator: string;
      /** The condition's status (`red`, `yellow`, `behind`, `at-risk`, `overdue`). */
      readonly status: string;
      /** The consecutive monitoring periods that matched, oldest first. */
      readonly periods: readonly {
        readonly period: string;
        readonly asOf: string;
        readonly status: ProgressStatus;
        readonly colour: ProgressColour;
        readonly value?: Dec;
        readonly performance?: Dec;
      }[];
    }
  | {
      readonly fact: "binding-missed";
      readonly indicator: string;
      /** Where the fact comes from: the last progress snapshot (`overdue`) and/or the results. */
      readonly sources: readonly ("progress" | "results")[];
      readonly value?: Dec;
      readonly target?: Dec;
    }
  | { readonly fact: "item-urged"; readonly item: string; readonly urgeCount: number; readonly state: string }
  | { readonly fact: "item-overdue"; readonly item: string; readonly days: number; readonly dueAt: string }
  | { readonly fact: "grade"; readonly grade: string }
  | {
      readonly fact: "rank-from-bottom";
      readonly rank: number;
      readonly rankCount: number;
      readonly fromBottom: number;
    }
  | {
      readonly fact: "vetoed";
      readonly vetoes: readonly string[];
      readonly sources: readonly ("results" | "events")[];
    };

/**
 * An accountability action due (应启动的问责), with who, why and how severe.
 *
 * @since 0.1.0
 */
export interface DueAction {
  /** Rule id. */
  readonly rule: string;
  /** The action after escalation (问责方式). */
  readonly action: AccountabilityAction;
  /** The rule's base action. */
  readonly baseAction: AccountabilityAction;
  /** Escalation level: 0 = the base action, k = `rule.escalation[k − 1]` (capped at the harshest). */
  readonly level: number;
  /** How many times this rule has fired for this unit and subject, this time included (1 = first). */
  readonly occurrence: number;
  readonly target: ActionTarget;
  /** The assessed unit. */
  readonly unit: string;
  readonly subject: ActionSubject;
  readonly facts: readonly TriggerFact[];
  /** The grade the unit is capped at (e.g. no 优秀), when the rule says so. */
  readonly capGrade?: string;
  /** Evaluation date (the last snapshot's or `facts.asOf`); dates the action for `escalateAfter` windows. */
  readonly asOf?: string;
  /**
   * Earlier actions (of this or other rules) that raised the level through the rule's `escalateAfter`
   * (跨规则升级), oldest first; absent when they did not raise it.
   */
  readonly escalatedBy?: readonly EarlierAction[];
  readonly message: BilingualText;
}

/**
 * An earlier action that counted for escalation across rules.
 *
 * @since 0.1.0
 */
export interface EarlierAction {
  readonly rule: string;
  readonly action: AccountabilityAction;
  /** Its evaluation date, when known. */
  readonly asOf?: string;
  /** Its subject. */
  readonly subject: ActionSubject;
}

/**
 * Options of {@link evaluateRules}.
 *
 * @since 0.1.0
 */
export interface EvaluateRulesOptions {
  /** Rules to evaluate. Defaults to `project.rules`. */
  readonly rules?: readonly AccountabilityRule[];
  /** Actions from earlier evaluations, for escalation. Defaults to none. */
  readonly previous?: readonly DueAction[];
}

interface Match {
  readonly unit: string;
  readonly subject: ActionSubject;
  readonly facts: readonly TriggerFact[];
  /** Earlier firings of the same condition found within the progress series. */
  readonly prior: number;
}

type FactCondition = Exclude<RuleCondition, { all: unknown } | { any: unknown }>;

/**
 * Evaluates declarative accountability rules (责任追究规则, 一级抓一级、一级督一级) over facts: the
 * monthly progress series, supervision items and assessment results. Returns the actions due now.
 *
 * - `progress-status` with `periods: n` fires when an item has matched for `n` consecutive monitoring
 *   periods ending with the last snapshot; the run then restarts, so each further `n` matching periods
 *   fire again. Snapshots named in a `previous` action of the same rule count as already used, so
 *   evaluating month by month over a short window gives the same firings as one pass over the series. `red` matches red colour (behind or overdue), `yellow` the yellow colour, `behind`,
 *   `at-risk` and `overdue` the statuses.
 * - `binding-missed`: a binding indicator (约束性) `overdue` in the last snapshot, or listed in the results.
 * - `item-urged`: an item urged at least `times` times. `item-overdue`: an open item past its due date by
 *   at least `days` days (default: any) as of `facts.asOf`.
 * - `grade`, `rank-from-bottom`, `vetoed`: from the results (vetoes also from `project.vetoEvents` in the plan period).
 * - `any`: each matching leaf fires separately; `all`: every leaf matches the unit — per common subject
 *   when the subject-bound leaves share one, else once for the unit.
 *
 * Escalation (逐级升级): occurrence = 1 + max(earlier firings within the series, matching `previous`
 * actions); the action is `[action, ...escalation][occurrence − 1]`, capped at the last. Targets are
 * resolved with {@link resolveResponsible}. Output is sorted by unit, rule, subject.
 *
 * Escalation across rules (跨规则升级, `rule.escalateAfter`): every `previous` action of the listed
 * rules (any rule when omitted) against the same unit and subject (an item counts for its indicator;
 * scope `unit`: anything of the unit), dated within `withinPeriods` monitoring periods before now
 * (periods of the last snapshot's monitoring period type, months by default; undated actions count
 * only without a window), raises the level to one above its rung on the ladder: the rung of the same
 * action, else the harshest rung not harsher than it (提醒 < 约谈 < 通报批评 < 限期整改 < 诫勉 <
 * 组织调整; a custom action off the ladder counts as the base rung). The level is the higher of the
 * two escalations, capped at the last rung; `escalatedBy` lists the earlier actions when they raised it.
 *
 * @param project - the project (rules, responsibilities, names)
 * @param facts - progress series, supervision items, results
 * @param options - rules override and previous actions
 * @returns the actions due, sorted
 * @throws {@link ProgressError} `invalid_date` for a malformed date, `invalid_item` for a negative or fractional urge count,
 *   `duplicate_item` / `duplicate_result` for two items with one id or two results for one unit, `missing_as_of` when an
 *   `item-overdue` rule or an `escalateAfter` window has no evaluation date, `duplicate_snapshot` for two snapshots
 *   with the same date
 * @example
 * ```ts
 * import { evaluateRules, progressSeries } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const progress = progressSeries(project, { from: "2024-01", to: "2024-07" });
 * for (const a of evaluateRules(project, { progress })) console.log(a.message.zh);
 * ```
 * @since 0.1.0
 */
export function evaluateRules(
  project: Project,
  facts: AccountabilityFacts,
  options: EvaluateRulesOptions = {},
): DueAction[] {
  const rules = options.rules ?? project.rules ?? [];
  const series = [...(facts.progress ?? [])].sort((a, b) => cmp(a.asOf, b.asOf));
  series.forEach((s, i) => {
    if (!isIsoDate(s.asOf))
      throw new ProgressError(
        "invalid_date",
        `progress snapshot: expected asOf YYYY-MM-DD, got ${JSON.stringify(s.asOf)}`,
        {
          path: ["progress", i, "asOf"],
        },
      );
    if (i > 0 && series[i - 1]?.asOf === s.asOf)
      throw new ProgressError("duplicate_snapshot", `two progress snapshots as of ${s.asOf}`, {
        path: ["progress", i],
      });
  });
  const itemIds = new Map<string, number>();
  (facts.items ?? []).forEach((it, i) => {
    const dup = itemIds.get(it.id);
    if (dup !== undefined)
      throw new ProgressError("duplicate_item", `items ${dup} and ${i} have the same id ${JSON.stringify(it.id)}`, {
        path: ["items", i, "id"],
      });
    itemIds.set(it.id, i);
    if (!Number.isInteger(it.urgeCount) || it.urgeCount < 0)
      throw new ProgressError(
        "invalid_item",
        `items ${i}: expected urgeCount as a whole number ≥ 0, got ${it.urgeCount}`,
        {
          path: ["items", i, "urgeCount"],
        },
      );
    for (const field of ["dueAt", "closedAt"] as const) {
      const v = it[field];
      if (v !== undefined && !isIsoDate(v))
        throw new ProgressError("invalid_date", `items ${i}: expected ${field} YYYY-MM-DD, got ${JSON.stringify(v)}`, {
          path: ["items", i, field],
        });
    }
  });
  const resultUnits = new Map<string, number>();
  (facts.results ?? []).forEach((r, i) => {
    const dup = resultUnits.get(r.unit);
    if (dup !== undefined)
      throw new ProgressError(
        "duplicate_result",
        `results ${dup} and ${i} are both for unit ${JSON.stringify(r.unit)}`,
        {
          path: ["results", i, "unit"],
        },
      );
    resultUnits.set(r.unit, i);
  });
  const asOf = facts.asOf ?? series[series.length - 1]?.asOf;
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new ProgressError("invalid_date", `expected asOf YYYY-MM-DD, got ${JSON.stringify(asOf)}`, {
      path: ["asOf"],
    });
  const out: DueAction[] = [];
  const previous = options.previous ?? [];
  const sortedRules = [...rules].sort((a, b) => cmp(a.id, b.id));
  for (const rule of sortedRules) {
    // snapshots a previous firing of this rule already used: a new run starts after them
    const consumed = new Set<string>();
    for (const p of previous) {
      if (p.rule !== rule.id) continue;
      for (const f of p.facts)
        if (f.fact === "progress-status")
          for (const q of f.periods) consumed.add(`${p.unit}\u0000${f.indicator}\u0000${q.asOf}`);
    }
    const ctx: Ctx = { project, facts, series, asOf, consumed };
    const window = escalationWindow(rule, series, asOf);
    for (const m of evaluateCondition(rule.when, ctx)) out.push(toAction(project, rule, m, previous, asOf, window));
  }
  return out.sort(
    (a, b) =>
      cmp(a.unit, b.unit) ||
      cmp(a.rule, b.rule) ||
      cmp(a.subject.kind, b.subject.kind) ||
      cmp(a.subject.id, b.subject.id),
  );
}

interface Ctx {
  readonly project: Project;
  readonly facts: AccountabilityFacts;
  readonly series: readonly ProgressSnapshotFacts[];
  readonly asOf: string | undefined;
  readonly consumed: ReadonlySet<string>;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const subjectKey = (unit: string, s: ActionSubject) => `${unit}\u0000${s.kind}\u0000${s.id}`;

function evaluateCondition(cond: RuleCondition, ctx: Ctx): Match[] {
  if ("any" in cond) {
    const byKey = new Map<string, Match>();
    for (const leaf of cond.any) {
      for (const m of evaluateLeaf(leaf, ctx)) {
        const key = subjectKey(m.unit, m.subject);
        const prev = byKey.get(key);
        byKey.set(
          key,
          prev === undefined
            ? m
            : { ...prev, facts: [...prev.facts, ...m.facts], prior: Math.max(prev.prior, m.prior) },
        );
      }
    }
    return [...byKey.values()];
  }
  if ("all" in cond) {
    const perLeaf = cond.all.map((leaf) => evaluateLeaf(leaf, ctx));
    const units = new Set(perLeaf.flatMap((ms) => ms.map((m) => m.unit)));
    const out: Match[] = [];
    for (const unit of [...units].sort(cmp)) {
      const leafMatches = perLeaf.map((ms) => ms.filter((m) => m.unit === unit));
      if (leafMatches.some((ms) => ms.length === 0)) continue;
      const bound = leafMatches.filter((ms) => ms.some((m) => m.subject.kind !== "unit"));
      const unitFacts = leafMatches.filter((ms) => !bound.includes(ms)).flatMap((ms) => ms.flatMap((m) => m.facts));
      let common: string[] = [];
      if (bound.length > 0) {
        common = [...new Set((bound[0] ?? []).map((m) => `${m.subject.kind}\u0000${m.subject.id}`))].filter((k) =>
          bound.every((ms) => ms.some((m) => `${m.subject.kind}\u0000${m.subject.id}` === k)),
        );
      }
      if (common.length > 0) {
        for (const k of common.sort(cmp)) {
          const ms = bound.flatMap((list) => list.filter((m) => `${m.subject.kind}\u0000${m.subject.id}` === k));
          const subject = (ms[0] as Match).subject;
          out.push({ unit, subject, facts: [...ms.flatMap((m) => m.facts), ...unitFacts], prior: 0 });
        }
      } else {
        out.push({
          unit,
          subject: { kind: "unit", id: unit },
          facts: leafMatches.flatMap((ms) => ms.flatMap((m) => m.facts)),
          prior: 0,
        });
      }
    }
    return out;
  }
  return evaluateLeaf(cond, ctx);
}

function matchesStatus(item: ProgressItem, status: string): boolean {
  switch (status) {
    case "red":
      return item.colour === "red";
    case "yellow":
      return item.colour === "yellow";
    case "behind":
      return item.status === "behind";
    case "at-risk":
      return item.status === "at_risk";
    case "overdue":
      return item.status === "overdue";
    default:
      return false;
  }
}

function evaluateLeaf(cond: FactCondition, ctx: Ctx): Match[] {
  const { project, facts, series } = ctx;
  switch (cond.fact) {
    case "progress-status": {
      const n = cond.periods ?? 1;
      const last = series[series.length - 1];
      if (last === undefined) return [];
      const keys = new Set<string>();
      const byKey = series.map((s) => {
        const m = new Map<string, ProgressItem>();
        for (const it of s.items) {
          const key = `${it.unit}\u0000${it.indicator}`;
          keys.add(key);
          m.set(key, it);
        }
        return m;
      });
      const out: Match[] = [];
      for (const key of [...keys].sort(cmp)) {
        const [unit = "", indicator = ""] = key.split("\u0000");
        let run: { s: ProgressSnapshotFacts; it: ProgressItem }[] = [];
        let prior = 0;
        let fired: typeof run | undefined;
        series.forEach((s, i) => {
          if (ctx.consumed.has(`${key}\u0000${s.asOf}`)) {
            run = [];
            return;
          }
          const it = byKey[i]?.get(key);
          if (it !== undefined && matchesStatus(it, cond.status)) run.push({ s, it });
          else run = [];
          if (run.length === n) {
            if (i === series.length - 1) fired = run;
            else prior++;
            run = [];
          }
        });
        if (fired === undefined) continue;
        out.push({
          unit,
          subject: { kind: "indicator", id: indicator },
          prior,
          facts: [
            {
              fact: "progress-status",
              indicator,
              status: cond.status,
              periods: fired.map(({ s, it }) => ({
                period: s.monitoringPeriod ?? s.asOf,
                asOf: s.asOf,
                status: it.status,
                colour: it.colour,
                ...(it.observation !== undefined ? { value: it.observation.value } : {}),
                ...(it.performance !== undefined ? { performance: it.performance } : {}),
              })),
            },
          ],
        });
      }
      return out;
    }
    case "binding-missed": {
      const wanted = cond.indicators === undefined ? undefined : new Set(cond.indicators);
      const found = new Map<
        string,
        { unit: string; indicator: string; sources: Set<"progress" | "results">; item?: ProgressItem }
      >();
      const add = (unit: string, indicator: string, source: "progress" | "results", item?: ProgressItem) => {
        if (wanted !== undefined && !wanted.has(indicator)) return;
        const key = `${unit}\u0000${indicator}`;
        const entry = found.get(key) ?? { unit, indicator, sources: new Set() };
        entry.sources.add(source);
        if (item !== undefined) entry.item = item;
        found.set(key, entry);
      };
      for (const it of series[series.length - 1]?.items ?? [])
        if (it.binding && it.status === "overdue") add(it.unit, it.indicator, "progress", it);
      for (const r of facts.results ?? []) for (const ind of r.bindingMissed) add(r.unit, ind, "results");
      return [...found.values()].map((e) => ({
        unit: e.unit,
        subject: { kind: "indicator", id: e.indicator },
        prior: 0,
        facts: [
          {
            fact: "binding-missed",
            indicator: e.indicator,
            sources: [...e.sources].sort(),
            ...(e.item?.observation !== undefined ? { value: e.item.observation.value } : {}),
            ...(e.item?.target !== undefined ? { target: e.item.target } : {}),
          },
        ],
      }));
    }
    case "item-urged":
      return (facts.items ?? [])
        .filter((it) => it.urgeCount >= cond.times)
        .map((it) => ({
          unit: it.unit,
          subject: itemSubject(it),
          prior: 0,
          facts: [{ fact: "item-urged", item: it.id, urgeCount: it.urgeCount, state: it.state }],
        }));
    case "item-overdue": {
      const asOf = ctx.asOf;
      if (asOf === undefined)
        throw new ProgressError("missing_as_of", "an item-overdue rule needs facts.asOf or a progress series", {
          path: ["asOf"],
        });
      const out: Match[] = [];
      (facts.items ?? []).forEach((it) => {
        if (it.closedAt !== undefined) return;
        const days = daysBetween(it.dueAt, asOf);
        if (days > 0 && days >= (cond.days ?? 0))
          out.push({
            unit: it.unit,
            subject: itemSubject(it),
            prior: 0,
            facts: [{ fact: "item-overdue", item: it.id, days, dueAt: it.dueAt }],
          });
      });
      return out;
    }
    case "grade":
      return (facts.results ?? [])
        .filter((r) => r.grade !== undefined && cond.grades.includes(r.grade))
        .map((r) => ({
          unit: r.unit,
          subject: { kind: "unit", id: r.unit },
          prior: 0,
          facts: [{ fact: "grade", grade: r.grade as string }],
        }));
    case "rank-from-bottom": {
      const out: Match[] = [];
      for (const r of facts.results ?? []) {
        if (r.rank === undefined || r.rankCount === undefined) continue;
        const fromBottom = r.rankCount - r.rank + 1;
        if (fromBottom <= cond.n)
          out.push({
            unit: r.unit,
            subject: { kind: "unit", id: r.unit },
            prior: 0,
            facts: [{ fact: "rank-from-bottom", rank: r.rank, rankCount: r.rankCount, fromBottom }],
          });
      }
      return out;
    }
    case "vetoed": {
      const wanted = cond.vetoes === undefined ? undefined : new Set(cond.vetoes);
      const per = new Map<string, { vetoes: Set<string>; sources: Set<"results" | "events"> }>();
      const add = (unit: string, veto: string, source: "results" | "events") => {
        if (wanted !== undefined && !wanted.has(veto)) return;
        const e = per.get(unit) ?? { vetoes: new Set(), sources: new Set() };
        e.vetoes.add(veto);
        e.sources.add(source);
        per.set(unit, e);
      };
      for (const r of facts.results ?? []) for (const v of r.vetoes) add(r.unit, v, "results");
      for (const ev of project.vetoEvents ?? [])
        if (periodContains(project.plan.period, ev.period)) add(ev.unit, ev.veto, "events");
      return [...per.entries()].map(([unit, e]) => ({
        unit,
        subject: { kind: "unit", id: unit },
        prior: 0,
        facts: [{ fact: "vetoed", vetoes: [...e.vetoes].sort(), sources: [...e.sources].sort() }],
      }));
    }
  }
}

function itemSubject(it: { id: string; indicator?: string; task?: string }): ActionSubject {
  return {
    kind: "item",
    id: it.id,
    ...(it.indicator !== undefined ? { indicator: it.indicator } : {}),
    ...(it.task !== undefined ? { task: it.task } : {}),
  };
}

/** Standard actions, mildest first (the order of the schema's enum). */
const SEVERITY: Readonly<Record<string, number>> = {
  reminder: 0,
  talk: 1,
  "public-criticism": 2,
  rectify: 3,
  admonishment: 4,
  reassignment: 5,
};

/** The rung of a ladder an earlier action stands for (see evaluateRules), −1 below the base. */
function rungOf(action: AccountabilityAction, ladder: readonly AccountabilityAction[]): number {
  const same = ladder.lastIndexOf(action);
  if (same >= 0) return same;
  const sev = SEVERITY[action];
  if (sev === undefined) return 0;
  let rung = -1;
  ladder.forEach((a, i) => {
    const s = SEVERITY[a];
    if (s !== undefined && s <= sev) rung = Math.max(rung, i);
  });
  return rung;
}

/** Index of the monitoring period containing a date, for a period type (months by default). */
function periodIndex(date: string, type: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1;
  switch (type) {
    case "year":
      return y;
    case "half-year":
      return y * 2 + Math.floor(m / 6);
    case "quarter":
      return y * 4 + Math.floor(m / 3);
    default:
      return y * 12 + m;
  }
}

/** Which earlier actions are recent enough for a rule's escalateAfter window, or undefined without a window. */
type Window = ((asOf: string | undefined) => boolean) | undefined;

function escalationWindow(
  rule: AccountabilityRule,
  series: readonly ProgressSnapshotFacts[],
  now: string | undefined,
): Window {
  const n = rule.escalateAfter?.withinPeriods;
  if (n === undefined) return undefined;
  if (now === undefined)
    throw new ProgressError(
      "missing_as_of",
      `rule ${rule.id}: an escalateAfter window needs facts.asOf or a progress series`,
      {
        path: ["rules", rule.id, "escalateAfter", "withinPeriods"],
      },
    );
  const last = series[series.length - 1];
  const type = (last?.monitoringPeriod !== undefined ? parsePeriod(last.monitoringPeriod)?.type : undefined) ?? "month";
  const nowIndex = periodIndex(now, type);
  return (asOf) => {
    if (asOf === undefined || !isIsoDate(asOf) || asOf > now) return false;
    return nowIndex - periodIndex(asOf, type) <= n;
  };
}

function indicatorOf(s: ActionSubject): string | undefined {
  return s.kind === "indicator" ? s.id : s.kind === "item" ? s.indicator : undefined;
}

function sameSubject(a: ActionSubject, b: ActionSubject): boolean {
  if (a.kind === b.kind && a.id === b.id) return true;
  const ia = indicatorOf(a);
  return ia !== undefined && ia === indicatorOf(b);
}

function toAction(
  project: Project,
  rule: AccountabilityRule,
  m: Match,
  previous: readonly DueAction[],
  asOf: string | undefined,
  window: Window,
): DueAction {
  const before = previous.filter(
    (p) =>
      p.rule === rule.id && p.unit === m.unit && p.subject.kind === m.subject.kind && p.subject.id === m.subject.id,
  ).length;
  const occurrence = Math.max(m.prior, before) + 1;
  const ladder: AccountabilityAction[] = [rule.action, ...(rule.escalation ?? [])];
  let level = Math.min(occurrence - 1, ladder.length - 1);
  let escalatedBy: EarlierAction[] | undefined;
  const after = rule.escalateAfter;
  if (after !== undefined) {
    const rules = after.rules === undefined ? undefined : new Set(after.rules);
    const earlier = previous.filter(
      (p) =>
        p.unit === m.unit &&
        (rules === undefined || rules.has(p.rule)) &&
        (after.scope === "unit" || sameSubject(p.subject, m.subject)) &&
        (window === undefined ? p.asOf === undefined || asOf === undefined || p.asOf <= asOf : window(p.asOf)),
    );
    let cross = -1;
    for (const p of earlier) cross = Math.max(cross, rungOf(p.action, ladder) + 1);
    cross = Math.min(cross, ladder.length - 1);
    if (cross > level) {
      level = cross;
      escalatedBy = earlier
        .map((p) => ({
          rule: p.rule,
          action: p.action,
          ...(p.asOf !== undefined ? { asOf: p.asOf } : {}),
          subject: p.subject,
        }))
        .sort((a, b) => cmp(a.asOf ?? "", b.asOf ?? "") || cmp(a.rule, b.rule) || cmp(a.subject.id, b.subject.id));
    }
  }
  const action = ladder[level] as AccountabilityAction;
  const target = resolveResponsible(project, rule.target, m.unit, m.subject);
  const facts = m.facts;
  return {
    rule: rule.id,
    action,
    baseAction: rule.action,
    level,
    occurrence,
    target,
    unit: m.unit,
    subject: m.subject,
    facts,
    ...(rule.capGrade !== undefined ? { capGrade: rule.capGrade } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(escalatedBy !== undefined ? { escalatedBy } : {}),
    message: message(project, rule, m, action, target, occurrence, escalatedBy),
  };
}

const ACTION_TEXT: Record<string, BilingualText> = {
  reminder: { zh: "提醒", en: "reminder" },
  talk: { zh: "约谈", en: "talk" },
  "public-criticism": { zh: "通报批评", en: "public criticism" },
  rectify: { zh: "限期整改", en: "rectification by a deadline" },
  admonishment: { zh: "诫勉", en: "admonishment" },
  reassignment: { zh: "组织调整", en: "reassignment" },
};

function message(
  project: Project,
  rule: AccountabilityRule,
  m: Match,
  action: AccountabilityAction,
  target: ActionTarget,
  occurrence: number,
  escalatedBy: readonly EarlierAction[] | undefined,
): BilingualText {
  const unit = bothNames(project.units.find((u) => u.id === m.unit)?.name, m.unit);
  const subject =
    m.subject.kind === "indicator"
      ? bothNames(project.system.indicators.find((i) => i.id === m.subject.id)?.name, m.subject.id)
      : m.subject.kind === "item"
        ? { zh: `督查事项 ${m.subject.id}`, en: `supervision item ${m.subject.id}` }
        : { zh: "综合", en: "overall" };
  const name = bothNames(rule.name, rule.id);
  const act = ACTION_TEXT[action] ?? { zh: action, en: action };
  const who = target.ids.map((id) =>
    target.role === "lead-leader"
      ? bothNames(project.people?.find((p) => p.id === id)?.name, id)
      : bothNames(project.units.find((u) => u.id === id)?.name, id),
  );
  const whoZh = who.length > 0 ? who.map((w) => w.zh).join("、") : "（未找到责任人）";
  const whoEn = who.length > 0 ? who.map((w) => w.en).join(", ") : "(no responsible party found)";
  const fz = m.facts.map((f) => factText(f).zh).join("；");
  const fe = m.facts.map((f) => factText(f).en).join("; ");
  let zh = `${name.zh}：${unit.zh}「${subject.zh}」${fz}。对${whoZh}${act.zh}（第${occurrence}次）`;
  let en = `${name.en}: ${unit.en} — ${subject.en}: ${fe}. ${cap(act.en)} for ${whoEn} (occurrence ${occurrence})`;
  if (escalatedBy !== undefined && escalatedBy.length > 0) {
    const shown = (p: EarlierAction, lang: "zh" | "en") =>
      `${p.rule}${lang === "zh" ? "：" : ": "}${(ACTION_TEXT[p.action] ?? { zh: p.action, en: p.action })[lang]}${p.asOf !== undefined ? (lang === "zh" ? `，${p.asOf}` : `, ${p.asOf}`) : ""}`;
    zh += `，因此前已问责（${escalatedBy.map((p) => shown(p, "zh")).join("；")}）升级`;
    en += `, escalated after earlier actions (${escalatedBy.map((p) => shown(p, "en")).join("; ")})`;
  }
  return { zh: `${zh}。`, en: `${en}.` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function factText(f: TriggerFact): BilingualText {
  switch (f.fact) {
    case "progress-status": {
      const ps = f.periods.map((p) => p.period);
      return {
        zh: `${ps.join("、")}连续${ps.length}期${f.status === "red" ? "红灯" : f.status === "yellow" ? "黄灯" : f.status}`,
        en: `${f.status} for ${ps.length} period(s) running (${ps.join(", ")})`,
      };
    }
    case "binding-missed":
      return {
        zh: `约束性指标未完成${f.value !== undefined ? `（实际 ${f.value}，目标 ${f.target ?? "—"}）` : ""}`,
        en: `binding target missed${f.value !== undefined ? ` (actual ${f.value}, target ${f.target ?? "—"})` : ""}`,
      };
    case "item-urged":
      return { zh: `已催办${f.urgeCount}次`, en: `urged ${f.urgeCount} times` };
    case "item-overdue":
      return { zh: `逾期${f.days}天（时限 ${f.dueAt}）`, en: `${f.days} days overdue (due ${f.dueAt})` };
    case "grade":
      return { zh: `考核等次为 ${f.grade}`, en: `graded ${f.grade}` };
    case "rank-from-bottom":
      return {
        zh: `排名第${f.rank}/${f.rankCount}（倒数第${f.fromBottom}）`,
        en: `ranked ${f.rank} of ${f.rankCount} (${f.fromBottom} from the bottom)`,
      };
    case "vetoed":
      return { zh: `触发一票否决：${f.vetoes.join("、")}`, en: `vetoed: ${f.vetoes.join(", ")}` };
  }
}
