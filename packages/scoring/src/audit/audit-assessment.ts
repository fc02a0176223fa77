import type { Project } from "@ducha/schema";
import type { AssessmentResult } from "../assess/types.js";
import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import {
  correlationMatrixFloat,
  cronbachAlphaFloat,
  floatColumn,
  indicatorStatisticsFloat,
  pairCorrelationFloat,
} from "./audit-float.js";
import { type CorrelationMatrix, correlationMatrix, type DataColumn } from "./correlation-matrix.js";
import { type CronbachAlphaResult, cronbachAlpha } from "./cronbach-alpha.js";
import {
  type IndicatorStatistics,
  type IndicatorStatisticsOptions,
  indicatorStatistics,
} from "./indicator-statistics.js";
import { comparePearson } from "./pearson-threshold.js";

/**
 * Options of {@link auditAssessment}.
 *
 * @since 0.1.0
 */
export interface AuditOptions {
  /**
   * Which values the indicator statistics describe: the raw observed values (`"raw"`, for outliers
   * before normalisation, as COINr's `get_stats(dset = "Raw")`) or the indicator scores
   * (`"score"`). Indicators whose raw values are not numbers (grades, task statuses, booleans)
   * always use scores; each indicator says which basis it used. Defaults to `"raw"`.
   */
  readonly statisticsOn?: "raw" | "score";
  /** Thresholds of the statistics flags (see {@link indicatorStatistics}). Defaults to COINr's. */
  readonly statistics?: Omit<IndicatorStatisticsOptions, "units" | "path">;
  /** Fewest complete pairs for a correlation. Defaults to 3. */
  readonly minPairs?: number;
  /** Flag indicator pairs of the same pillar with Pearson r above this. Defaults to 0.9 (COINr `get_corr_flags`). */
  readonly collinearAbove?: NumericInput;
  /** Flag indicator pairs of the same pillar with Pearson r below this. Defaults to −0.4. */
  readonly negativeBelow?: NumericInput;
  /**
   * How the statistics are computed: `"exact"` (decimal.js throughout), `"float"` (moments and
   * correlations in binary floating point, agreeing with the exact figures to 1e-9; counts, min, max,
   * quartiles, fences and outliers stay exact) or `"auto"`: float when the correlation work
   * k(k + 1)/2 · n (k indicators, n units) exceeds 20,000, else exact. The exact path does
   * O(k²·n log n) decimal work (each pair's Pearson r and ranks over its complete cases): about 2 s
   * CPU at 100 units × 30 indicators, 16 s at 1,000 × 30 and over an hour at 3,000 × 300, where the
   * float path takes seconds. Defaults to `"auto"`.
   */
  readonly arithmetic?: "exact" | "float" | "auto";
}

/**
 * The size of the correlation work k(k + 1)/2 · n (k indicators, n units) above which
 * `arithmetic: "auto"` takes the float path (the exact path needs about 1 s CPU there).
 */
const AUDIT_FLOAT_THRESHOLD = 20_000;

/**
 * One indicator's audit: statistics, and its correlation with its own pillar's score and with the
 * index.
 *
 * @since 0.1.0
 */
export interface IndicatorAudit {
  readonly indicator: string;
  /** Its pillar (top-level ancestor node). */
  readonly pillar: string;
  /** Values the statistics describe. */
  readonly basis: "raw" | "score";
  readonly statistics: IndicatorStatistics;
  /** Correlation of the indicator score with its pillar score (Pearson, Spearman, complete pairs). */
  readonly withPillar: PairCorrelation;
  /** Correlation of the indicator score with the index (the aggregated score `base`). */
  readonly withIndex: PairCorrelation;
}

/**
 * A correlation between two series.
 *
 * @since 0.1.0
 */
export interface PairCorrelation {
  readonly pearson: Dec | null;
  readonly spearman: Dec | null;
  readonly pairs: number;
}

/**
 * A flagged pair of indicators in the same pillar.
 *
 * @since 0.1.0
 */
export interface CorrelationFlag {
  readonly pillar: string;
  readonly a: string;
  readonly b: string;
  readonly pearson: Dec;
  /** `collinear`: r above the threshold (possible double counting); `negative`: r below it (trade-off). */
  readonly kind: "collinear" | "negative";
}

/**
 * The statistical audit of a scored assessment.
 *
 * @since 0.1.0
 */
export interface AssessmentAudit {
  /** The arithmetic used (see {@link AuditOptions.arithmetic}). */
  readonly arithmetic: "exact" | "float";
  /** Units, in the order of the result. */
  readonly units: readonly string[];
  readonly indicators: readonly IndicatorAudit[];
  /** Pairwise-complete correlations of the indicator scores (indicators in id order). */
  readonly indicatorCorrelations: CorrelationMatrix;
  /** Correlations of the pillar scores and the index (`"index"` last). */
  readonly pillarCorrelations: CorrelationMatrix;
  /** Mean within-pillar and across-pillar Pearson r of indicator pairs (defined pairs only). */
  readonly pillarCoherence: readonly {
    readonly pillar: string;
    readonly meanWithin: Dec | null;
    readonly meanAcross: Dec | null;
  }[];
  readonly flags: readonly CorrelationFlag[];
  /** Cronbach's alpha of each pillar's indicator scores, and of the pillar scores as items (`"index"`). */
  readonly cronbach: readonly ({ readonly group: string } & CronbachAlphaResult)[];
}

/**
 * The statistical audit a statistician asks for before trusting an index (指标体系统计审计),
 * gathered from a project and its scored result, exact: per indicator the statistics and flags of
 * {@link indicatorStatistics} (missing share, skew/kurtosis, IQR outliers) and its correlation
 * with its own pillar and with the index; the indicator correlation matrix (Pearson and Spearman,
 * pairwise-complete) with within-pillar collinear (> 0.9) and negative (< −0.4) pairs flagged
 * (decided exactly on the threshold);
 * pillar-vs-pillar correlations; and Cronbach's alpha per pillar — the checks of COINr's analysis
 * functions (`get_stats`, `get_corr`, `get_corr_flags`, `get_cronbach`) and of the JRC/OECD
 * Handbook on Constructing Composite Indicators (2008, step 4 "multivariate analysis").
 *
 * Pillars are the top-level nodes; the index is each unit's aggregated score before
 * bonus/deduction and vetoes (`base`). Units not assessed on an indicator (category rules) are
 * left out of its statistics; units without a score count as missing.
 *
 * @param project - the project that was scored
 * @param result - its `scoreAssessment` result
 * @param options - statistics basis and thresholds
 * @returns the audit
 * @throws {@link ScoringError} `result_mismatch` if the result is not of this project
 * @example
 * ```ts
 * import type { Project } from "@ducha/schema";
 * import { auditAssessment, scoreAssessment } from "@ducha/scoring";
 *
 * declare const project: Project;
 * const audit = auditAssessment(project, scoreAssessment(project));
 * for (const a of audit.cronbach) console.log(a.group, a.raw?.toFixed(2));
 * for (const f of audit.flags) console.log(f.kind, f.a, f.b, f.pearson.toFixed(2));
 * ```
 * @since 0.1.0
 */
export function auditAssessment(
  project: Project,
  result: AssessmentResult,
  options: AuditOptions = {},
): AssessmentAudit {
  if (result.project !== project.id || result.plan !== project.plan.id) {
    throw new ScoringError(
      "result_mismatch",
      `the result is of project '${result.project}' plan '${result.plan}', not '${project.id}' plan '${project.plan.id}'`,
      { path: ["result"] },
    );
  }
  const basis = options.statisticsOn ?? "raw";
  const collinearAbove = toDecimal(options.collinearAbove ?? "0.9", ["options", "collinearAbove"]);
  const negativeBelow = toDecimal(options.negativeBelow ?? "-0.4", ["options", "negativeBelow"]);
  const minPairs = options.minPairs ?? 3;
  if (!Number.isInteger(minPairs) || minPairs < 2) {
    throw new ScoringError("invalid_options", `expected minPairs to be an integer ≥ 2, got ${String(minPairs)}`, {
      path: ["options", "minPairs"],
    });
  }
  const requested = options.arithmetic ?? "auto";
  if (requested !== "exact" && requested !== "float" && requested !== "auto") {
    throw new ScoringError(
      "invalid_options",
      `expected arithmetic to be "exact", "float" or "auto", got ${String(requested)}`,
      { path: ["options", "arithmetic"] },
    );
  }
  const nodes = new Map(project.system.nodes.map((n) => [n.id, n]));
  const pillarOf = (parent: string): string => {
    let id = parent;
    const seen = new Set<string>();
    for (;;) {
      const p = nodes.get(id)?.parent;
      if (p === undefined || seen.has(p)) return id;
      seen.add(id);
      id = p;
    }
  };
  const pillars = project.system.nodes
    .filter((n) => n.parent === undefined)
    .map((n) => n.id)
    .sort();
  const units = result.units.map((u) => u.unit);
  const indicatorIds = Object.keys(result.indicators).sort();
  const parentOf = new Map(project.system.indicators.map((i) => [i.id, i.parent]));

  const scoreColumn = (id: string): (Dec | null)[] => result.units.map((u) => u.indicators[id]?.score ?? null);
  const pillarColumn = (id: string): (Dec | null)[] =>
    result.units.map((u) => (u.status === "scored" ? (u.nodes[id]?.score ?? null) : null));
  const indexColumn: (Dec | null)[] = result.units.map((u) => (u.status === "scored" ? u.base : null));
  const scores = new Map(indicatorIds.map((id) => [id, scoreColumn(id)]));
  const k = indicatorIds.length;
  const arithmetic: "exact" | "float" =
    requested === "auto" ? (((k * (k + 1)) / 2) * units.length > AUDIT_FLOAT_THRESHOLD ? "float" : "exact") : requested;
  const float = arithmetic === "float";
  // Float columns, converted once (float path only).
  const floats = new Map<string, Float64Array>();
  const floatOf = (key: string, values: () => readonly (Dec | null)[]): Float64Array => {
    let column = floats.get(key);
    if (column === undefined) {
      column = floatColumn(values());
      floats.set(key, column);
    }
    return column;
  };
  const scoreFloat = (id: string) => floatOf(`indicator:${id}`, () => scores.get(id) ?? []);
  const pillarFloat = (id: string) => floatOf(`pillar:${id}`, () => pillarColumn(id));
  const indexFloat = () => floatOf("index", () => indexColumn);
  const thresholds = float
    ? {
        skew: toDecimal(options.statistics?.skewThreshold ?? "2", ["options", "skewThreshold"]),
        kurt: toDecimal(options.statistics?.kurtosisThreshold ?? "3.5", ["options", "kurtosisThreshold"]),
        avail: toDecimal(options.statistics?.availabilityThreshold ?? "0.65", ["options", "availabilityThreshold"]),
        zero: toDecimal(options.statistics?.nonZeroThreshold ?? "0.5", ["options", "nonZeroThreshold"]),
        unique: toDecimal(options.statistics?.uniqueThreshold ?? "0.5", ["options", "uniqueThreshold"]),
        k: toDecimal(options.statistics?.iqrMultiplier ?? "1.5", ["options", "iqrMultiplier"]),
      }
    : undefined;

  const pair = (a: readonly (Dec | null)[], b: readonly (Dec | null)[]): PairCorrelation => {
    const m = correlationMatrix(
      [
        { id: "a", values: a },
        { id: "b", values: b },
      ],
      { minPairs },
    );
    return { pearson: m.pearson[0]?.[1] ?? null, spearman: m.spearman[0]?.[1] ?? null, pairs: m.pairs[0]?.[1] ?? 0 };
  };

  const indicators: IndicatorAudit[] = indicatorIds.map((id) => {
    const pillar = pillarOf(parentOf.get(id) ?? id);
    const assessed: { unit: string; cell: NonNullable<AssessmentResult["units"][number]["indicators"][string]> }[] = [];
    for (const u of result.units) {
      const cell = u.indicators[id];
      if (cell !== undefined) assessed.push({ unit: u.unit, cell });
    }
    const rawNumeric = assessed.every((a) => a.cell.raw === null || D.isDecimal(a.cell.raw));
    const used: "raw" | "score" = basis === "raw" && rawNumeric ? "raw" : "score";
    const values = assessed.map((a) => (used === "raw" ? (a.cell.raw as Dec | null) : a.cell.score));
    const unitIds = assessed.map((a) => a.unit);
    const statistics =
      thresholds === undefined
        ? indicatorStatistics(values, { ...options.statistics, units: unitIds, path: ["indicators", id] })
        : indicatorStatisticsFloat(values, { units: unitIds }, thresholds);
    if (float) {
      const s = scoreFloat(id);
      return {
        indicator: id,
        pillar,
        basis: used,
        statistics,
        withPillar: pairCorrelationFloat(s, pillarFloat(pillar), minPairs),
        withIndex: pairCorrelationFloat(s, indexFloat(), minPairs),
      };
    }
    const s = scores.get(id) ?? [];
    return {
      indicator: id,
      pillar,
      basis: used,
      statistics,
      withPillar: pair(s, pillarColumn(pillar)),
      withIndex: pair(s, indexColumn),
    };
  });

  const indicatorCorrelations = float
    ? correlationMatrixFloat(indicatorIds, indicatorIds.map(scoreFloat), minPairs)
    : correlationMatrix(
        indicatorIds.map((id): DataColumn => ({ id, values: scores.get(id) ?? [] })),
        { minPairs },
      );
  const pillarCorrelations = float
    ? correlationMatrixFloat([...pillars, "index"], [...pillars.map(pillarFloat), indexFloat()], minPairs)
    : correlationMatrix(
        [...pillars.map((id): DataColumn => ({ id, values: pillarColumn(id) })), { id: "index", values: indexColumn }],
        { minPairs },
      );

  const pillarById = new Map(indicators.map((a) => [a.indicator, a.pillar]));
  const flags: CorrelationFlag[] = [];
  // The sign of r − t for indicators a and b: from r (exact or float) away from t, and exactly (in
  // integers, over the pair's complete cases) within 1e-7 of it, where a 50-digit r exactly equal to
  // t could fall on either side by its last digit (r of [0, 0, 1] and [0, 2, 0] is −0.500…01).
  const side = (r: Dec, t: Dec, a: string, b: string): number => {
    if (r.minus(t).abs().greaterThan("1e-7")) return r.comparedTo(t);
    const xa = scores.get(a) ?? [];
    const xb = scores.get(b) ?? [];
    const xs: Dec[] = [];
    const ys: Dec[] = [];
    xa.forEach((x, u) => {
      const y = xb[u];
      if (x === null || y === null || y === undefined) return;
      xs.push(x);
      ys.push(y);
    });
    return comparePearson(xs, ys, t);
  };
  const within = new Map<string, Dec[]>();
  const push = (map: Map<string, Dec[]>, key: string, r: Dec) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [r]);
    else list.push(r);
  };
  const across = new Map<string, Dec[]>();
  indicatorIds.forEach((a, i) => {
    indicatorIds.forEach((b, j) => {
      if (j <= i) return;
      const r = indicatorCorrelations.pearson[i]?.[j] ?? null;
      if (r === null) return;
      const pa = pillarById.get(a) as string;
      const pb = pillarById.get(b) as string;
      if (pa === pb) {
        push(within, pa, r);
        if (side(r, collinearAbove, a, b) > 0) flags.push({ pillar: pa, a, b, pearson: r, kind: "collinear" });
        if (side(r, negativeBelow, a, b) < 0) flags.push({ pillar: pa, a, b, pearson: r, kind: "negative" });
      } else {
        push(across, pa, r);
        push(across, pb, r);
      }
    });
  });
  const meanOrNull = (xs: readonly Dec[] | undefined) =>
    xs === undefined || xs.length === 0 ? null : xs.reduce((s, x) => s.plus(x), new D(0)).div(xs.length);
  const pillarCoherence = pillars.map((pillar) => ({
    pillar,
    meanWithin: meanOrNull(within.get(pillar)),
    meanAcross: meanOrNull(across.get(pillar)),
  }));

  const cronbach = [
    ...pillars.map((pillar) => {
      const members = indicatorIds.filter((id) => pillarById.get(id) === pillar);
      return {
        group: pillar,
        ...(float
          ? cronbachAlphaFloat(members.map(scoreFloat))
          : cronbachAlpha(members.map((id): DataColumn => ({ id, values: scores.get(id) ?? [] })))),
      };
    }),
    {
      group: "index",
      ...(float
        ? cronbachAlphaFloat(pillars.map(pillarFloat))
        : cronbachAlpha(pillars.map((id): DataColumn => ({ id, values: pillarColumn(id) })))),
    },
  ];
  return { arithmetic, units, indicators, indicatorCorrelations, pillarCorrelations, pillarCoherence, flags, cronbach };
}
