import type { AssessmentResult, Decimal, IndicatorScore, NodeScore, UnitResult } from "@ducha/scoring";

/**
 * One indicator's score for a unit in {@link ResultsJson}: the trace of `IndicatorScore` with every
 * decimal as an exact string.
 *
 * @since 0.1.0
 */
export interface IndicatorScoreJson {
  readonly raw: string | boolean | null;
  readonly source: IndicatorScore["source"];
  readonly period: string | null;
  readonly target: string | null;
  readonly transforms: readonly {
    readonly type: string;
    readonly before: string | null;
    readonly after: string | null;
    readonly params: Readonly<Record<string, string>>;
  }[];
  readonly value: string | boolean | null;
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  /** Score on the indicator's scale (full precision), `null` when excluded. */
  readonly score: string | null;
  readonly weight: string;
  readonly globalWeight: string;
  readonly contribution: string | null;
  readonly flags: readonly string[];
}

/**
 * One inner node's score for a unit in {@link ResultsJson} (full precision strings).
 *
 * @since 0.1.0
 */
export interface NodeScoreJson {
  readonly aggregation: string;
  readonly score: string | null;
  readonly globalWeight: string;
  readonly children: readonly { readonly id: string; readonly score: string | null; readonly weight: string | null }[];
  readonly flags: readonly string[];
}

/**
 * A scored unit in {@link ResultsJson}. `total` is the published total (综合得分) as a string with
 * exactly the plan's number of decimals (e.g. `"87.40"`); `exactTotal` and `base` keep full precision.
 *
 * @since 0.1.0
 */
export interface ScoredUnitJson {
  readonly status: "scored";
  readonly unit: string;
  readonly category: string | null;
  readonly rank: number | null;
  readonly categoryRank: number | null;
  readonly total: string;
  readonly exactTotal: string;
  readonly base: string;
  readonly grade: string | null;
  readonly flags: readonly string[];
  readonly vetoes: readonly { readonly veto: string; readonly effect: string; readonly because: string }[];
  readonly bindingMissed: readonly string[];
  readonly adjustments: {
    readonly bonus: string;
    readonly deduction: string;
    readonly net: string;
    readonly items: readonly {
      readonly id: string;
      readonly type: string;
      readonly raw: string;
      readonly applied: string;
      readonly capped: boolean;
    }[];
  };
  readonly nodes: Readonly<Record<string, NodeScoreJson>>;
  readonly indicators: Readonly<Record<string, IndicatorScoreJson>>;
}

/**
 * A unit that could not be scored, in {@link ResultsJson}: no total, rank or grade.
 *
 * @since 0.1.0
 */
export interface InsufficientUnitJson {
  readonly status: "insufficient_data";
  readonly unit: string;
  readonly category: string | null;
  readonly rank: null;
  readonly grade: null;
  readonly reason: string;
  readonly missing: readonly string[];
  readonly indicators: Readonly<Record<string, IndicatorScoreJson>>;
}

/**
 * The assessment result as a stable, plain JSON document (考核结果 JSON): no `Decimal` objects, every
 * number an exact decimal string, units in rank order, record keys sorted.
 *
 * @since 0.1.0
 */
export interface ResultsJson {
  /** Always `"ducha-results"`. */
  readonly format: "ducha-results";
  /** Version of this document's layout; `1`. */
  readonly version: 1;
  readonly project: string;
  readonly plan: string;
  readonly period: string;
  readonly settings: AssessmentResult["settings"];
  readonly units: readonly (ScoredUnitJson | InsufficientUnitJson)[];
}

const str = (d: Decimal): string => d.toFixed();
const opt = (d: Decimal | null | undefined): string | null => (d === null || d === undefined ? null : d.toFixed());
const rawValue = (v: Decimal | string | boolean | null): string | boolean | null =>
  v === null || typeof v === "string" || typeof v === "boolean" ? v : v.toFixed();
const record = (params: Readonly<Record<string, Decimal>>): Record<string, string> =>
  Object.fromEntries(
    Object.keys(params)
      .sort()
      .map((k) => [k, str(params[k] as Decimal)]),
  );
function sortedRecord<T, U>(input: Readonly<Record<string, T>>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(
    Object.keys(input)
      .sort()
      .map((k) => [k, map(input[k] as T)]),
  );
}

function indicatorJson(i: IndicatorScore): IndicatorScoreJson {
  return {
    raw: rawValue(i.raw),
    source: i.source,
    period: i.period ?? null,
    target: opt(i.target),
    transforms: i.transforms.map((t) => ({
      type: t.type,
      before: opt(t.before),
      after: opt(t.after),
      params: record(t.params),
    })),
    value: rawValue(i.value),
    method: i.method,
    params: record(i.params),
    score: opt(i.score),
    weight: str(i.weight),
    globalWeight: str(i.globalWeight),
    contribution: opt(i.contribution),
    flags: [...i.flags],
  };
}

function nodeJson(n: NodeScore): NodeScoreJson {
  return {
    aggregation: n.aggregation,
    score: opt(n.score),
    globalWeight: str(n.globalWeight),
    children: n.children.map((c) => ({ id: c.id, score: opt(c.score), weight: opt(c.weight) })),
    flags: [...n.flags],
  };
}

function unitJson(u: UnitResult, decimals: number): ScoredUnitJson | InsufficientUnitJson {
  if (u.status === "insufficient_data")
    return {
      status: u.status,
      unit: u.unit,
      category: u.category ?? null,
      rank: null,
      grade: null,
      reason: u.reason,
      missing: [...u.missing],
      indicators: sortedRecord(u.indicators, indicatorJson),
    };
  return {
    status: u.status,
    unit: u.unit,
    category: u.category ?? null,
    rank: u.rank,
    categoryRank: u.categoryRank,
    total: u.published.toFixed(decimals),
    exactTotal: str(u.total),
    base: str(u.base),
    grade: u.grade,
    flags: [...u.flags],
    vetoes: u.vetoes.map((v) => ({ veto: v.veto, effect: v.effect, because: v.because })),
    bindingMissed: [...u.bindingMissed],
    adjustments: {
      bonus: str(u.adjustments.bonus),
      deduction: str(u.adjustments.deduction),
      net: str(u.adjustments.net),
      items: u.adjustments.items.map((a) => ({
        id: a.id,
        type: a.type,
        raw: str(a.raw),
        applied: str(a.applied),
        capped: a.capped,
      })),
    },
    nodes: sortedRecord(u.nodes, nodeJson),
    indicators: sortedRecord(u.indicators, indicatorJson),
  };
}

/**
 * Converts an assessment result into a stable, plain JSON-ready object (结果导出为 JSON): published
 * totals as strings fixed to the plan's decimals (`"87.40"`, never a float), full-precision
 * decimals as exact strings, ranks, grades, flags, vetoes, bonus/deduction, node and indicator
 * scores. Units keep the result's order (by rank, then id); record keys are sorted, so the same
 * result always serialises to the same text.
 *
 * @param result - from {@link assess} or `scoreAssessment`
 * @returns the plain document; `JSON.stringify` it to write a file
 * @example
 * ```ts
 * import { assess, loadProject, resultsToJson } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const json = resultsToJson(assess(loaded.value));
 *   console.log(json.units[0]?.unit, json.units[0]?.status === "scored" ? json.units[0].total : "—");
 * }
 * ```
 * @since 0.1.0
 */
export function resultsToJson(result: AssessmentResult): ResultsJson {
  const decimals = result.settings.rounding.decimals;
  return {
    format: "ducha-results",
    version: 1,
    project: result.project,
    plan: result.plan,
    period: result.period,
    settings: {
      rounding: { decimals, mode: result.settings.rounding.mode },
      ties: result.settings.ties,
      rankOn: result.settings.rankOn,
    },
    units: result.units.map((u) => unitJson(u, decimals)),
  };
}
