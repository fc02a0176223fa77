import type { LocalizedText, Project } from "@ducha/schema";
import { localize } from "@ducha/schema";
import type { AssessmentResult, Dec, TraceStep } from "@ducha/scoring";
import ExcelJS from "exceljs";
import { escapeFormula } from "../csv/formula-escape.js";

/**
 * Options of {@link writeResultsWorkbook}.
 *
 * @example
 * ```ts
 * import { explain } from "@ducha/scoring";
 * import type { ResultsWorkbookOptions } from "@ducha/io/xlsx";
 *
 * const options: ResultsWorkbookOptions = { lang: "zh", explain };
 * ```
 * @since 0.1.0
 */
export interface ResultsWorkbookOptions {
  /** Language of unit, node, indicator and grade names. Column headers are always zh / en. Defaults to `"zh"`. */
  readonly lang?: "zh" | "en";
  /**
   * The trace function, normally `explain` from `@ducha/scoring` (passed in so that `@ducha/io` has
   * no run-time dependency on the scoring engine). Without it the Trace sheet says how to get one.
   * Defaults to none.
   */
  readonly explain?: (result: AssessmentResult, unit: string) => { readonly steps: readonly TraceStep[] };
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** A text cell, escaped against formula injection. */
const text = (value: string): string => escapeFormula(value);
/** A number cell from a Decimal (Excel stores doubles; the exact value is in the JSON export). */
const num = (value: Dec | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value.toString());

/**
 * Writes the results of an assessment (考核结果) as an Excel workbook for the leading group:
 * **Ranking** (rank, category rank, unit id/name, category, published total with number format
 * `0.00` — or as many decimals as the plan publishes —, grade, flags, status), **Node scores**
 * (units × nodes), **Indicator scores** (raw, value, score, weight, global weight, contribution,
 * flags), **Adjustments & vetoes**, **Trace** (one row per `explain()` step: unit, step, subject, zh,
 * en) and **Settings**. Every text cell is escaped against formula injection (`=`, `+`, `-`, `@`
 * get a leading `'`, see `escapeFormula`), so a unit named `=HYPERLINK(…)` shows as text.
 *
 * @param result - from `scoreAssessment` (`@ducha/scoring`)
 * @param project - the project that was scored (for names)
 * @param options - language and the trace function
 * @returns a promise of the `.xlsx` bytes
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { writeResultsWorkbook } from "@ducha/io/xlsx";
 * import { explain, scoreAssessment } from "@ducha/scoring";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const result = scoreAssessment(project);
 * await writeFile("results.xlsx", await writeResultsWorkbook(result, project, { explain }));
 * ```
 * @since 0.1.0
 */
export async function writeResultsWorkbook(
  result: AssessmentResult,
  project: Project,
  options: ResultsWorkbookOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "zh";
  const name = (t: LocalizedText | undefined, id: string) => (t === undefined ? id : localize(t, lang));
  const units = new Map(project.units.map((u) => [u.id, u]));
  const categories = new Map((project.categories ?? []).map((c) => [c.id, c]));
  const indicators = new Map(project.system.indicators.map((i) => [i.id, i]));
  const bands = new Map((project.plan.grading?.bands ?? []).map((b) => [b.id, b]));
  const decimals = result.settings.rounding.decimals;
  const totalFormat = decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`;
  const unitName = (id: string) => name(units.get(id)?.name, id);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ducha";
  const sheet = (title: string, headers: readonly string[], widths: readonly number[]) => {
    const ws = workbook.addWorksheet(title);
    const row = ws.addRow(headers.map(text));
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
    widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    return ws;
  };

  const ranking = sheet(
    "Ranking",
    [
      "排名 / Rank",
      "类别排名 / Category rank",
      "单位代码 / Unit ID",
      "单位名称 / Unit name",
      "类别 / Category",
      "综合得分 / Total",
      "等次 / Grade",
      "标记 / Flags",
      "状态 / Status",
    ],
    [10, 14, 14, 26, 16, 14, 12, 30, 20],
  );
  for (const u of result.units) {
    const category = u.category === undefined ? "" : name(categories.get(u.category)?.name, u.category);
    if (u.status === "scored") {
      const row = ranking.addRow([
        u.rank,
        u.categoryRank,
        text(u.unit),
        text(unitName(u.unit)),
        text(category),
        Number(u.published.toFixed(decimals)),
        u.grade === null ? null : text(name(bands.get(u.grade)?.name, u.grade)),
        text(u.flags.join(", ")),
        "scored",
      ]);
      row.getCell(6).numFmt = totalFormat;
    } else {
      ranking.addRow([
        null,
        null,
        text(u.unit),
        text(unitName(u.unit)),
        text(category),
        null,
        null,
        text(`${u.reason}: ${u.missing.join(", ")}`),
        "insufficient_data",
      ]);
    }
  }

  const nodeIds = project.system.nodes.map((n) => n.id);
  const nodes = sheet(
    "Node scores",
    [
      "单位代码 / Unit ID",
      "单位名称 / Unit name",
      ...project.system.nodes.map((n) => `${localize(n.name, lang)} (${n.id})`),
    ],
    [14, 26, ...nodeIds.map(() => 16)],
  );
  for (const u of result.units) {
    const row = nodes.addRow([
      text(u.unit),
      text(unitName(u.unit)),
      ...nodeIds.map((id) => (u.status === "scored" ? num(u.nodes[id]?.score) : null)),
    ]);
    nodeIds.forEach((_, i) => {
      row.getCell(i + 3).numFmt = "0.00";
    });
  }

  const indicatorSheet = sheet(
    "Indicator scores",
    [
      "单位代码 / Unit ID",
      "单位名称 / Unit name",
      "指标代码 / Indicator ID",
      "指标名称 / Indicator",
      "原始值 / Raw",
      "计分值 / Value",
      "计分方法 / Method",
      "得分 / Score",
      "权重 / Weight",
      "总权重 / Global weight",
      "贡献 / Contribution",
      "标记 / Flags",
    ],
    [14, 22, 22, 30, 12, 12, 20, 10, 10, 14, 14, 24],
  );
  const valueCell = (v: Dec | string | boolean | null): string | number | boolean | null =>
    v === null || typeof v === "boolean" ? v : typeof v === "string" ? text(v) : num(v);
  for (const u of result.units) {
    for (const id of Object.keys(u.indicators).sort()) {
      const i = u.indicators[id];
      if (i === undefined) continue;
      const row = indicatorSheet.addRow([
        text(u.unit),
        text(unitName(u.unit)),
        text(id),
        text(name(indicators.get(id)?.name, id)),
        valueCell(i.raw),
        valueCell(i.value),
        text(i.method),
        num(i.score),
        num(i.weight),
        num(i.globalWeight),
        num(i.contribution),
        text(i.flags.join(", ")),
      ]);
      row.getCell(8).numFmt = "0.00";
      row.getCell(10).numFmt = "0.00%";
      row.getCell(11).numFmt = "0.0000";
    }
  }

  const adjustments = sheet(
    "Adjustments & vetoes",
    [
      "单位代码 / Unit ID",
      "单位名称 / Unit name",
      "类型 / Type",
      "项目 / Item",
      "原始分 / Raw",
      "计入分 / Applied",
      "封顶 / Capped",
      "说明 / Detail",
    ],
    [14, 22, 12, 26, 10, 10, 10, 40],
  );
  const adjustmentItems = new Map((project.plan.adjustments ?? []).map((a) => [a.id, a]));
  const vetoRules = new Map((project.plan.vetoes ?? []).map((v) => [v.id, v]));
  for (const u of result.units) {
    if (u.status !== "scored") continue;
    for (const item of u.adjustments.items) {
      const row = adjustments.addRow([
        text(u.unit),
        text(unitName(u.unit)),
        text(item.type),
        text(name(adjustmentItems.get(item.id)?.name, item.id)),
        num(item.raw),
        num(item.applied),
        item.capped,
        null,
      ]);
      row.getCell(5).numFmt = "0.00";
      row.getCell(6).numFmt = "0.00";
    }
    for (const veto of u.vetoes) {
      adjustments.addRow([
        text(u.unit),
        text(unitName(u.unit)),
        "veto",
        text(name(vetoRules.get(veto.veto)?.name, veto.veto)),
        null,
        null,
        null,
        text(`${veto.effect}: ${veto.because}`),
      ]);
    }
  }

  const trace = sheet(
    "Trace",
    ["单位代码 / Unit ID", "步骤 / Step", "对象 / Subject", "说明 / 中文", "Explanation / English"],
    [14, 12, 22, 80, 80],
  );
  if (options.explain === undefined) {
    trace.addRow([
      null,
      null,
      null,
      "未提供得分说明：请传入 @ducha/scoring 的 explain（options.explain）",
      "No trace: pass explain from @ducha/scoring as options.explain",
    ]);
  } else {
    for (const u of result.units) {
      for (const step of options.explain(result, u.unit).steps) {
        trace.addRow([text(u.unit), text(step.step), text(step.subject ?? ""), text(step.text.zh), text(step.text.en)]);
      }
    }
  }

  const settings = sheet("Settings", ["设置 / Setting", "值 / Value"], [30, 50]);
  const rows: [string, string | number][] = [
    ["项目 / Project", result.project],
    ["项目名称 / Project name", localize(project.name, lang)],
    ["考核办法 / Plan", result.plan],
    ["考核周期 / Period", result.period],
    ["小数位数 / Decimals", decimals],
    ["舍入方式 / Rounding", result.settings.rounding.mode],
    ["并列排名 / Ties", result.settings.ties],
    ["排名依据 / Rank on", result.settings.rankOn],
    ["参评单位 / Units", result.units.length],
  ];
  for (const [key, value] of rows) settings.addRow([text(key), typeof value === "string" ? text(value) : value]);

  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes as unknown as ArrayBuffer);
}
