import { type Project, periodContains, type Unit } from "@ducha/schema";
import { assignGrades, type GradeCandidate } from "../grade/assign-grades.js";
import { D, toDecimal } from "../internal/decimal.js";
import { lazyProperty } from "../internal/lazy-property.js";
import { rankValues } from "../rank/rank.js";
import { roundPublished } from "../round/round-published.js";
import { applyAdjustments } from "../rules/adjustments.js";
import { aggregateUnit, type CustomAggregator, createAggregationCache } from "./aggregate-unit.js";
import { buildContext } from "./context.js";
import { cellAt, type IndicatorColumn, indicatorScore, scoreIndicator } from "./score-indicator.js";
import type { AssessmentResult, InsufficientUnit, ScoredUnit, ScoreFlag, UnitResult, VetoApplied } from "./types.js";

/**
 * Options of {@link scoreAssessment}.
 *
 * @since 0.1.0
 */
export interface ScoreOptions {
  /**
   * Custom aggregation methods for nodes whose `aggregation` is `custom:<name>`, by name.
   * Defaults to none.
   */
  readonly aggregators?: Readonly<Record<string, CustomAggregator>>;
  /**
   * Whether ranks and grades use the published (rounded) total or the exact total.
   * Defaults to `"published"`: units that publish the same figure share a rank, so what the
   * leading group reads is consistent. Full precision is always kept in `total`.
   */
  readonly rankOn?: "published" | "exact";
}

const ZERO = new D(0);
const NO_INDICATORS: ScoredUnit["indicators"] = Object.freeze({});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Scores a validated project (考核评分): every assessed unit's indicators are normalised per their
 * scoring rules, aggregated up the indicator tree with the declared weights, adjusted by
 * bonus/deduction (加分/扣分) within their caps, subjected to vetoes (一票否决), rounded for
 * publication (default 2 decimals, 四舍五入), ranked overall and within category (ties share a
 * rank) and graded with quotas (等次, e.g. 优秀 ≤ 20 %).
 *
 * Exact (decimal.js, 50 significant digits), deterministic and independent of input order.
 * Missing data follows the plan's policy and is flagged, never silently zero. Units whose every
 * indicator is missing get `status: "insufficient_data"`. References that do not resolve, zero
 * goalpost ranges, logs of non-positive values, weights summing to zero throw {@link ScoringError}.
 * Validate the project first (`validateProject` from `@ducha/schema`) for a full report.
 *
 * @param project - a project that passed `validateProject`
 * @param options - custom aggregators, rank basis
 * @returns per-unit results sorted by rank, with node and indicator scores and flags
 * @example
 * ```ts
 * import { loadProject } from "@ducha/schema";
 * import { explain, scoreAssessment } from "@ducha/scoring";
 *
 * const loaded = loadProject(json);
 * if (loaded.ok) {
 *   const result = scoreAssessment(loaded.value);
 *   for (const u of result.units) if (u.status === "scored") console.log(u.rank, u.unit, u.published.toFixed(2), u.grade);
 *   console.log(explain(result, "d_east").text.en);
 * }
 * ```
 * @since 0.1.0
 */
export function scoreAssessment(project: Project, options: ScoreOptions = {}): AssessmentResult {
  const ctx = buildContext(project);
  const plan = project.plan;
  const rounding = { decimals: plan.rounding?.decimals ?? 2, mode: plan.rounding?.mode ?? "half-up" } as const;
  const ties = plan.ranking?.ties ?? "competition";
  const rankOn = options.rankOn ?? "published";

  // 1. Indicator columns: each indicator over the units assessed on it.
  const columns = new Map<string, IndicatorColumn>();
  // The units assessed on an indicator depend only on which categories assess it: built once per
  // such combination (usually one: every unit), then shared read-only by the columns.
  const categoryIds = [...new Set(ctx.units.map((u) => u.category))];
  const assessedUnits = new Map<string, { units: Unit[]; positions: number[] }>();
  for (const ind of [...ctx.indicators.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = categoryIds.map((c) => (ctx.assessedBy.get(c)?.has(ind.id) ? "1" : "0")).join("");
    let group = assessedUnits.get(key);
    if (group === undefined) {
      const units: Unit[] = [];
      const positions: number[] = [];
      ctx.units.forEach((u, k) => {
        if (ctx.assessedBy.get(u.category)?.has(ind.id)) {
          units.push(u);
          positions.push(k);
        }
      });
      group = { units, positions };
      assessedUnits.set(key, group);
    }
    if (group.units.length === 0) continue;
    columns.set(ind.id, scoreIndicator(ctx, ind, group.units, group.positions));
  }

  // 2. Per unit: vetoes, aggregation, adjustments.
  const results: (ScoredUnit | InsufficientUnit)[] = [];
  const excludedFromRanking = new Set<string>();
  const cache = createAggregationCache();
  const gradeCaps = new Map<string, string[]>();
  // Binding indicators per category, veto events and adjustment records per unit: indexed once.
  const bindingByCategory = new Map<string | undefined, string[]>();
  const eventsByUnit = groupByUnit(project.vetoEvents ?? []);
  const recordsByUnit = groupByUnit(project.adjustmentRecords ?? []);
  for (let pos = 0; pos < ctx.units.length; pos++) {
    const unit = ctx.units[pos] as Unit;
    const assessed = ctx.assessedBy.get(unit.category) ?? new Set<string>();
    let binding = bindingByCategory.get(unit.category);
    if (binding === undefined) {
      binding = [...assessed].filter((id) => ctx.indicators.get(id)?.binding);
      bindingByCategory.set(unit.category, binding);
    }
    const bindingMissed = binding.filter((id) => columns.get(id)?.missed.has(unit.id)).sort();
    const vetoes = vetoesFor(project, unit, bindingMissed, columns, eventsByUnit.get(unit.id) ?? []);
    const zeroNodes = new Set(vetoes.flatMap((v) => (v.effect.startsWith("zero-node:") ? [v.effect.slice(10)] : [])));
    const agg = aggregateUnit(ctx, unit, pos, columns, zeroNodes, options.aggregators ?? {}, cache);
    if (agg.root === null) {
      const cells: Record<string, InsufficientUnit["indicators"][string]> = {};
      for (const id of [...assessed].sort()) {
        const column = columns.get(id);
        const cell = column === undefined ? undefined : cellAt(column, pos);
        if (column !== undefined && cell !== undefined) cells[id] = indicatorScore(column, cell, ZERO, ZERO, null);
      }
      results.push({
        status: "insufficient_data",
        unit: unit.id,
        category: unit.category,
        reason: "no indicator of this unit has usable data",
        missing: agg.excluded.length > 0 ? [...agg.excluded] : Object.keys(cells),
        indicators: cells,
      });
      continue;
    }
    const flags = new Set<ScoreFlag>(agg.cellFlags);
    for (const n of Object.values(agg.nodes)) for (const f of n.flags) flags.add(f);
    let base = agg.root;
    if (project.system.weighting === "points") {
      // 分值制: node scores are percentages of their points; the total is on the points scale.
      const topPoints = (ctx.children.get("") ?? []).reduce((s, c) => {
        const item = c.kind === "node" ? ctx.nodes.get(c.id) : ctx.indicators.get(c.id);
        return item?.points === undefined ? s : s.plus(toDecimal(item.points));
      }, ZERO);
      const scale = project.system.totalPoints === undefined ? topPoints : toDecimal(project.system.totalPoints);
      base = base.times(scale).div(100);
    }
    const adjustments = adjustmentsFor(project, recordsByUnit.get(unit.id) ?? []);
    const itemCapped = (type: string) => adjustments.items.some((i) => i.capped && i.type === type);
    if (adjustments.totalCapped.bonus || itemCapped("bonus")) flags.add("bonus_capped");
    if (adjustments.totalCapped.deduction || itemCapped("deduction")) flags.add("deduction_capped");
    let total = base.plus(adjustments.net);
    if (bindingMissed.length > 0) flags.add("binding_missed");
    if (vetoes.length > 0) flags.add("vetoed");
    for (const v of vetoes) {
      if (v.effect === "zero-total") {
        total = ZERO;
        flags.add("total_zeroed");
      }
      if (v.effect === "exclude-from-ranking") {
        excludedFromRanking.add(unit.id);
        flags.add("excluded_from_ranking");
      }
      if (v.effect.startsWith("cap-grade:")) {
        gradeCaps.set(unit.id, [...(gradeCaps.get(unit.id) ?? []), v.effect.slice(10)]);
        flags.add("grade_capped");
      }
    }
    const scored: Mutable<ScoredUnit> = {
      status: "scored",
      unit: unit.id,
      category: unit.category,
      base,
      total,
      published: roundPublished(total, rounding),
      rank: null,
      categoryRank: null,
      grade: null,
      gradeReasons: [],
      nodes: agg.nodes,
      indicators: NO_INDICATORS,
      adjustments: {
        bonus: adjustments.bonus,
        deduction: adjustments.deduction,
        net: adjustments.net,
        items: adjustments.items,
      },
      vetoes,
      bindingMissed,
      flags: [...flags].sort(),
    };
    // The per-indicator results (one object per cell) are built when first read: scoring
    // 3,000 units × 300 indicators does not have to allocate 900,000 trace objects up front.
    // Reading `indicators` (code, JSON.stringify, structuredClone) gives the same data.
    lazyProperty(scored, "indicators", agg.indicators);
    results.push(scored);
  }

  // 3. Ranks (overall and within category) and grades with quotas.
  const ranked = results.filter((r): r is ScoredUnit => r.status === "scored" && !excludedFromRanking.has(r.unit));
  const basis = (r: ScoredUnit) => (rankOn === "published" ? r.published : r.total);
  const overall = rankValues(ranked.map(basis), { ties });
  const byCategory = new Map<string | undefined, ScoredUnit[]>();
  for (const r of ranked) {
    const list = byCategory.get(r.category);
    if (list === undefined) byCategory.set(r.category, [r]);
    else list.push(r);
  }
  const categoryRank = new Map<string, number | null>();
  for (const list of byCategory.values()) {
    const ranks = rankValues(list.map(basis), { ties });
    list.forEach((r, i) => {
      categoryRank.set(r.unit, ranks[i] ?? null);
    });
  }
  const grading = plan.grading;
  const bandOrder = grading?.bands.map((b) => b.id) ?? [];
  const grades = new Map<string, { grade: string; reasons: readonly unknown[] }>();
  if (grading !== undefined) {
    const candidates: GradeCandidate[] = ranked.map((r) => {
      const caps = gradeCaps.get(r.unit) ?? [];
      // The strictest cap wins: the worst band among the caps.
      const cap = caps.sort((a, b) => bandOrder.indexOf(b) - bandOrder.indexOf(a))[0];
      return {
        id: r.unit,
        score: basis(r),
        ...(grading.quotaScope === "category" && r.category !== undefined ? { group: r.category } : {}),
        ...(cap === undefined ? {} : { bestAllowed: cap }),
      };
    });
    const assigned = assignGrades(
      candidates,
      grading.bands.map((b) => ({
        id: b.id,
        minScore: b.minScore,
        ...(b.maxShare === undefined ? {} : { maxShare: b.maxShare }),
        ...(b.maxCount === undefined ? {} : { maxCount: b.maxCount }),
      })),
      { quotaTies: grading.quotaTies ?? "exclude", quotaScope: grading.quotaScope === "category" ? "group" : "all" },
    );
    for (const a of assigned) grades.set(a.id, { grade: a.grade, reasons: a.reasons });
  }
  const rankedIndex = new Map<ScoredUnit, number>();
  ranked.forEach((r, i) => {
    rankedIndex.set(r, i);
  });
  const units: UnitResult[] = results;
  for (const r of results) {
    if (r.status !== "scored") continue;
    const i = rankedIndex.get(r) ?? -1;
    const g = grades.get(r.unit);
    const m = r as Mutable<ScoredUnit>;
    m.rank = i < 0 ? null : (overall[i] ?? null);
    m.categoryRank = categoryRank.get(r.unit) ?? null;
    m.grade = g?.grade ?? null;
    m.gradeReasons = g?.reasons ?? [];
  }
  units.sort((a, b) => {
    const ra = a.status === "scored" ? (a.rank ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER + 1;
    const rb = b.status === "scored" ? (b.rank ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER + 1;
    return ra !== rb ? ra - rb : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;
  });
  const indicators: AssessmentResult["indicators"] = Object.fromEntries(
    [...columns.entries()].map(([id, c]) => [id, { method: c.method, params: c.params, units: c.size }]),
  );
  return {
    project: project.id,
    plan: plan.id,
    period: plan.period,
    units,
    indicators,
    settings: { rounding, ties, rankOn },
  };
}

/**
 * Vetoes that fire for a unit: recorded events in the period, or listed binding indicators missed;
 * plus the grade caps of accountability rules conditioned only on binding indicators missed
 * (reported as `rule:<id>`).
 */
function vetoesFor(
  project: Project,
  unit: Unit,
  bindingMissed: readonly string[],
  columns: ReadonlyMap<string, IndicatorColumn>,
  unitEvents: NonNullable<Project["vetoEvents"]>,
): VetoApplied[] {
  const out: VetoApplied[] = [];
  for (const v of project.plan.vetoes ?? []) {
    let because: string | undefined;
    if (v.trigger.type === "event") {
      const events = unitEvents.filter(
        (e) => e.unit === unit.id && e.veto === v.id && periodContains(project.plan.period, e.period),
      );
      if (events.length > 0) because = events.map((e) => e.note ?? `${e.veto} ${e.date ?? e.period}`).join("; ");
    } else {
      const hit = v.trigger.indicators.filter(
        (id) => columns.get(id)?.missed.has(unit.id) || bindingMissed.includes(id),
      );
      if (hit.length > 0) because = `missed: ${hit.join(", ")}`;
    }
    if (because === undefined) continue;
    const e = v.effect;
    const effect =
      e.type === "cap-grade" ? `cap-grade:${e.grade}` : e.type === "zero-node" ? `zero-node:${e.node}` : e.type;
    out.push({ veto: v.id, effect, because });
  }
  // Accountability rules whose only condition is "binding indicator missed" and that bar the top
  // grade (e.g. 约束性指标未完成，不得评为优秀) are known at scoring time: apply their grade cap too.
  for (const rule of project.rules ?? []) {
    if (rule.capGrade === undefined || !("fact" in rule.when) || rule.when.fact !== "binding-missed") continue;
    const listed = rule.when.indicators;
    const hit = bindingMissed.filter((id) => listed === undefined || listed.includes(id));
    if (hit.length > 0)
      out.push({ veto: `rule:${rule.id}`, effect: `cap-grade:${rule.capGrade}`, because: `missed: ${hit.join(", ")}` });
  }
  return out.sort((a, b) => (a.veto < b.veto ? -1 : 1));
}

/** Items grouped by their `unit`, each group in input order. */
function groupByUnit<T extends { readonly unit: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.unit);
    if (list === undefined) out.set(item.unit, [item]);
    else list.push(item);
  }
  return out;
}

function adjustmentsFor(
  project: Project,
  unitRecords: NonNullable<Project["adjustmentRecords"]>,
): ReturnType<typeof applyAdjustments> {
  const records = unitRecords
    .filter((r) => periodContains(project.plan.period, r.period))
    .map((r) => ({
      adjustment: r.adjustment,
      ...(r.count === undefined ? {} : { count: r.count }),
      ...(r.points === undefined ? {} : { points: r.points }),
    }));
  const caps = project.plan.adjustmentCaps;
  const items = (project.plan.adjustments ?? []).map((a) => ({
    id: a.id,
    type: a.type,
    points: a.points,
    ...(a.cap === undefined ? {} : { cap: a.cap }),
  }));
  return applyAdjustments(records, items, {
    ...(caps?.bonus === undefined ? {} : { bonus: caps.bonus }),
    ...(caps?.deduction === undefined ? {} : { deduction: caps.deduction }),
  });
}
