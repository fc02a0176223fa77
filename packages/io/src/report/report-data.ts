import { type LocalizedText, localize, type Project } from "@ducha/schema";
import type { AssessmentResult, Dec } from "@ducha/scoring";
import type { ReportOptions } from "./report-options.js";

/** One row of the ranking, with display strings. */
export interface RankingRow {
  readonly unit: string;
  readonly name: string;
  readonly category: string;
  readonly rank: string;
  readonly total: string;
  /** The published total as a number for charts (NaN-free: 0 when not scored). */
  readonly value: number;
  readonly scored: boolean;
  readonly grade: string;
  /** Pillar scores (display, `—` when none) and numbers for the radar (`null` when none). */
  readonly pillars: readonly { readonly text: string; readonly value: number | null }[];
  /** Lowest-scoring indicators (短板). */
  readonly lagging: readonly { readonly indicator: string; readonly score: string }[];
}

/** Everything a report shows, computed once for HTML and Markdown. */
export interface ReportData {
  readonly lang: "zh" | "en";
  readonly title: string;
  readonly period: string;
  readonly pillars: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly RankingRow[];
  readonly grades: readonly { readonly name: string; readonly count: number }[];
  readonly unitName: (id: string) => string;
  readonly indicatorName: (id: string) => string;
}

const fixed = (d: Dec | null | undefined, decimals: number) =>
  d === null || d === undefined ? "—" : d.toFixed(decimals);

/** Collects the report's tables from a result and its project. */
export function reportData(result: AssessmentResult, project: Project, options: ReportOptions): ReportData {
  const lang = options.lang ?? "zh";
  const name = (t: LocalizedText | undefined, id: string) => (t === undefined ? id : localize(t, lang));
  const units = new Map(project.units.map((u) => [u.id, u]));
  const categories = new Map((project.categories ?? []).map((c) => [c.id, c]));
  const indicators = new Map(project.system.indicators.map((i) => [i.id, i]));
  const bands = project.plan.grading?.bands ?? [];
  const bandName = new Map(bands.map((b) => [b.id, name(b.name, b.id)]));
  const pillars = project.system.nodes
    .filter((n) => n.parent === undefined)
    .map((n) => ({ id: n.id, name: name(n.name, n.id) }));
  const decimals = result.settings.rounding.decimals;
  const unitName = (id: string) => name(units.get(id)?.name, id);
  const indicatorName = (id: string) => name(indicators.get(id)?.name, id);
  const laggingCount = Math.max(0, Math.floor(options.lagging ?? 3));

  const rows: RankingRow[] = result.units.map((u) => {
    const category = u.category === undefined ? "" : name(categories.get(u.category)?.name, u.category);
    const lagging = Object.values(u.indicators)
      .filter((i) => i.score !== null)
      .sort((a, b) => (a.score as Dec).comparedTo(b.score as Dec) || (a.indicator < b.indicator ? -1 : 1))
      .slice(0, laggingCount)
      .map((i) => ({ indicator: i.indicator, score: fixed(i.score, 2) }));
    if (u.status !== "scored") {
      return {
        unit: u.unit,
        name: unitName(u.unit),
        category,
        rank: "—",
        total: "—",
        value: 0,
        scored: false,
        grade: lang === "zh" ? "数据不足" : "insufficient data",
        pillars: pillars.map(() => ({ text: "—", value: null })),
        lagging,
      };
    }
    return {
      unit: u.unit,
      name: unitName(u.unit),
      category,
      rank: u.rank === null ? "—" : String(u.rank),
      total: u.published.toFixed(decimals),
      value: Number(u.published.toFixed(decimals)),
      scored: true,
      grade: u.grade === null ? "—" : (bandName.get(u.grade) ?? u.grade),
      pillars: pillars.map((p) => {
        const score = u.nodes[p.id]?.score;
        return {
          text: fixed(score, 2),
          value: score === null || score === undefined ? null : Number(score.toFixed(4)),
        };
      }),
      lagging,
    };
  });

  const counts = new Map<string, number>();
  for (const u of result.units) {
    const key = u.status === "scored" && u.grade !== null ? u.grade : "";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const grades = bands.map((b) => ({ name: name(b.name, b.id), count: counts.get(b.id) ?? 0 }));
  const ungraded = counts.get("") ?? 0;
  if (ungraded > 0) grades.push({ name: lang === "zh" ? "未评定" : "not graded", count: ungraded });

  return {
    lang,
    title: options.title ?? name(project.plan.name, project.plan.id),
    period: result.period,
    pillars,
    rows,
    grades,
    unitName,
    indicatorName,
  };
}
