import { localize, type Project } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";
import { renderTable, type TableColumn } from "../internal/render-table.js";

/**
 * One line of the ranking table (排名表).
 *
 * @since 0.1.0
 */
export interface RankingRow {
  /** Overall rank (1 = best); `null` when the unit is excluded from ranking or was not scored. */
  readonly rank: number | null;
  /** Rank within the unit's category. */
  readonly categoryRank: number | null;
  /** Unit id. */
  readonly unit: string;
  /** Unit name in the chosen language (`""` without a project). */
  readonly name: string;
  /** Category id, or `null`. */
  readonly category: string | null;
  /** Category name in the chosen language (the id without a project). */
  readonly categoryName: string;
  /** Published total with the plan's decimals (`"87.40"`), `null` when not scored. */
  readonly total: string | null;
  /** Grade band id (等次), or `null`. */
  readonly grade: string | null;
  /** Grade band name in the chosen language (the id without a project). */
  readonly gradeName: string;
  /**
   * Flags that change the outcome or signal data gaps: `veto:<id>` per veto fired, `grade_capped`,
   * `binding_missed`, `missing`, `excluded`, `zero_filled`, `carried_forward`, `imputed`,
   * `excluded_from_ranking`, `total_zeroed`, `node_zeroed`, `bonus_capped`, `deduction_capped`,
   * `insufficient_data`. Normalisation flags (`capped`, `clamped` …) stay in the result's trace.
   */
  readonly flags: readonly string[];
}

/**
 * Options of {@link rankingRows} and {@link formatRankingTable}.
 *
 * @since 0.1.0
 */
export interface RankingOptions {
  /** The project, for unit, category and grade names. Defaults to none (ids only). */
  readonly project?: Project;
  /** Language of names and headers. Defaults to `"en"`. */
  readonly lang?: "zh" | "en";
  /** Only the first `top` rows. Defaults to all. */
  readonly top?: number;
}

const NOTABLE = [
  "grade_capped",
  "binding_missed",
  "missing",
  "excluded",
  "zero_filled",
  "carried_forward",
  "imputed",
  "excluded_from_ranking",
  "total_zeroed",
  "node_zeroed",
  "bonus_capped",
  "deduction_capped",
];

/**
 * The ranking as rows (排名): rank, unit, name, category, published total, grade and notable flags,
 * in the result's order (by rank; unranked units last).
 *
 * @param result - from {@link assess}
 * @param options - project for names, language, top N
 * @returns one row per unit
 * @example
 * ```ts
 * import { assess, loadProject, rankingRows } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) for (const row of rankingRows(assess(loaded.value), { project: loaded.value, lang: "zh" })) console.log(row.rank, row.name, row.total);
 * ```
 * @since 0.1.0
 */
export function rankingRows(result: AssessmentResult, options: RankingOptions = {}): RankingRow[] {
  const lang = options.lang ?? "en";
  const project = options.project;
  const units = new Map((project?.units ?? []).map((u) => [u.id, localize(u.name, lang)]));
  const categories = new Map((project?.categories ?? []).map((c) => [c.id, localize(c.name, lang)]));
  const grades = new Map((project?.plan.grading?.bands ?? []).map((b) => [b.id, localize(b.name, lang)]));
  const decimals = result.settings.rounding.decimals;
  const rows = result.units.map((u): RankingRow => {
    const category = u.category ?? null;
    const common = {
      unit: u.unit,
      name: units.get(u.unit) ?? "",
      category,
      categoryName: category === null ? "" : (categories.get(category) ?? category),
    };
    if (u.status === "insufficient_data")
      return {
        ...common,
        rank: null,
        categoryRank: null,
        total: null,
        grade: null,
        gradeName: "",
        flags: ["insufficient_data"],
      };
    return {
      ...common,
      rank: u.rank,
      categoryRank: u.categoryRank,
      total: u.published.toFixed(decimals),
      grade: u.grade,
      gradeName: u.grade === null ? "" : (grades.get(u.grade) ?? u.grade),
      flags: [...u.vetoes.map((v) => `veto:${v.veto}`), ...NOTABLE.filter((f) => (u.flags as string[]).includes(f))],
    };
  });
  return options.top === undefined ? rows : rows.slice(0, Math.max(0, options.top));
}

/** Headers of the ranking table (internal). */
export const RANKING_HEADERS = {
  zh: ["名次", "单位", "名称", "类别", "综合得分", "等次", "标记"],
  en: ["Rank", "Unit", "Name", "Category", "Total", "Grade", "Flags"],
} as const;

/** The ranking rows as table cells (internal: shared with the CLI, which colours them). */
export function rankingCells(rows: readonly RankingRow[]): string[][] {
  return rows.map((r) => [
    r.rank === null ? "—" : String(r.rank),
    r.unit,
    r.name,
    r.categoryName,
    r.total ?? "—",
    r.gradeName || "—",
    r.flags.join(" "),
  ]);
}

/** Table columns in a language (internal). */
export function rankingColumns(lang: "zh" | "en"): TableColumn[] {
  const aligns: TableColumn["align"][] = ["right", "left", "left", "left", "right", "left", "left"];
  return RANKING_HEADERS[lang].map((header, i) => ({ header, align: aligns[i] ?? "left" }));
}

/**
 * The ranking as an aligned plain-text table (排名表) for terminals and logs: rank, unit, name,
 * category, total, grade, flags. Column widths count East Asian wide characters (汉字) as two
 * columns, so Chinese names line up.
 *
 * @param result - from {@link assess}
 * @param options - project for names, language, top N
 * @returns the table, lines joined by `\n` (no trailing newline)
 * @example
 * ```ts
 * import { assess, formatRankingTable, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) console.log(formatRankingTable(assess(loaded.value), { project: loaded.value, lang: "zh", top: 5 }));
 * ```
 * @since 0.1.0
 */
export function formatRankingTable(result: AssessmentResult, options: RankingOptions = {}): string {
  const cells = rankingCells(rankingRows(result, options));
  return renderTable(rankingColumns(options.lang ?? "en"), cells).join("\n");
}
