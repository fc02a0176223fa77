import { DEFAULT_TASK_STATUSES, type Indicator, localize, type Project, type Unit } from "@ducha/schema";
import ExcelJS from "exceljs";
import { escapeFormula } from "../csv/formula-escape.js";
import {
  assessedIndicators,
  assessedUnits,
  indicatorCodes,
  pillarOf,
  pillars,
} from "../internal/project-indicators.js";
import { ImportError } from "../issue/import-error.js";
import { parsePeriod } from "../value/period.js";

/**
 * Options of {@link createEntryTemplate}.
 *
 * @example
 * ```ts
 * import type { EntryTemplateOptions } from "@ducha/io/xlsx";
 *
 * const options: EntryTemplateOptions = { layout: "per-pillar", period: "2024", deadline: "2025-01-15" };
 * ```
 * @since 0.1.0
 */
export interface EntryTemplateOptions {
  /** The period (考核周期) the values are for. Defaults to the plan's period. */
  readonly period?: string;
  /** Ids of the units to include, in this order. Defaults to the assessed units (plan list or `assessed !== false`). */
  readonly units?: readonly string[];
  /** One sheet per top-level node (pillar, 一级指标) or one sheet per unit. Defaults to `"per-pillar"`. */
  readonly layout?: "per-pillar" | "per-unit";
  /** Language of sheet names and of the first instructions; both languages are always written. Defaults to `"zh"`. */
  readonly lang?: "zh" | "en";
  /** Deadline for returning the template (ISO date), shown in the instructions. Defaults to none. */
  readonly deadline?: string;
  /** Password of the sheet protection. Defaults to none (protected without a password). */
  readonly password?: string;
  /** Include indicators whose value comes from rater groups (`plan.ratedIndicators`). Defaults to false. */
  readonly includeRated?: boolean;
}

/** Name of the hidden sheet that records what each column is. */
export const TEMPLATE_META_SHEET = "_meta";
/** Format marker in the `_meta` sheet. */
export const TEMPLATE_FORMAT = "ducha-entry-template";
/** Header rows of every data sheet (zh names, en names). */
export const TEMPLATE_HEADER_ROWS = 2;
/** Spreadsheet words accepted for booleans, by language. */
export const BOOLEAN_WORDS = { zh: ["是", "否"], en: ["yes", "no"] } as const;
/** The explicit missing marker offered in dropdowns. */
export const TEMPLATE_MISSING_MARKER = "—";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GREY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFBFBFBF" } };
const MAX_INLINE_LIST = 255;

interface SheetPlan {
  readonly name: string;
  readonly indicators: readonly Indicator[];
  readonly units: readonly Unit[];
}

/**
 * Creates a data-entry template (数据填报模板) for an assessment as an exceljs workbook: one sheet per
 * pillar (一级指标) or per unit, two header rows (Chinese names, English names, each with the unit
 * as in `GDP growth（%）`) frozen above the data, columns unit id, unit name, then one column per
 * indicator. Cells of indicators a unit's category does not assess (分类考核) are grey and locked;
 * qualitative (grade-map keys), task (task-status keys, default done/partly-done/late/not-done) and
 * boolean indicators get dropdowns that also offer the missing marker `—`; numeric cells get decimal
 * validation (a warning, so `—` can still be typed). Headers are locked by sheet protection and
 * input cells unlocked. An Instructions sheet explains filling in (zh/en) and a hidden `_meta`
 * sheet records project, period and the indicator of each column, so that
 * {@link importEntryTemplate} reads the file back without guessing.
 *
 * @param project - a valid project (see `loadProject` from `@ducha/schema`)
 * @param options - period, units, layout, language, deadline, password
 * @returns a promise of the workbook (write it with `workbook.xlsx.writeBuffer()` or use {@link writeEntryTemplate})
 * @throws `ImportError` `invalid_option` for an unknown unit or an invalid period
 * @example
 * ```ts
 * import { createEntryTemplate } from "@ducha/io/xlsx";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const workbook = await createEntryTemplate(project, { layout: "per-pillar", deadline: "2025-01-15" });
 * await workbook.xlsx.writeFile("2024-填报模板.xlsx");
 * ```
 * @since 0.1.0
 */
export async function createEntryTemplate(
  project: Project,
  options: EntryTemplateOptions = {},
): Promise<ExcelJS.Workbook> {
  const lang = options.lang ?? "zh";
  const layout = options.layout ?? "per-pillar";
  const period = options.period ?? project.plan.period;
  if (parsePeriod(period)?.id !== period) {
    throw new ImportError("invalid_option", {
      file: "<template>",
      message: {
        zh: `期间“${period}”无效；应为如 2024、2024S1、2024Q3、2024-05`,
        en: `period "${period}" is invalid; expected e.g. 2024, 2024S1, 2024Q3, 2024-05`,
      },
    });
  }
  const units = selectUnits(project, options.units);
  const rated = new Set(options.includeRated === true ? [] : (project.plan.ratedIndicators ?? []));
  const entered = project.system.indicators.filter((i) => !rated.has(i.id));
  const assessed = new Map(units.map((u) => [u.id, assessedIndicators(project, u)]));
  const usedBySome = (i: Indicator) => units.some((u) => assessed.get(u.id)?.has(i.id) === true);

  const plans: SheetPlan[] = [];
  const names = new Set<string>([TEMPLATE_META_SHEET, "Instructions", "填报说明", "_lists"]);
  if (layout === "per-pillar") {
    for (const pillar of pillars(project)) {
      const indicators = entered.filter((i) => pillarOf(project, i.parent) === pillar.id && usedBySome(i));
      if (indicators.length === 0) continue;
      plans.push({ name: sheetName(localize(pillar.name, lang), names), indicators, units });
    }
  } else {
    const order = new Map(pillars(project).map((p, index) => [p.id, index]));
    const byPillar = [...entered].sort(
      (a, b) => (order.get(pillarOf(project, a.parent)) ?? 0) - (order.get(pillarOf(project, b.parent)) ?? 0),
    );
    for (const unit of units) {
      const indicators = byPillar.filter((i) => assessed.get(unit.id)?.has(i.id) === true);
      if (indicators.length === 0) continue;
      plans.push({ name: sheetName(localize(unit.name, lang), names), indicators, units: [unit] });
    }
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ducha";
  const instructions = workbook.addWorksheet(lang === "zh" ? "填报说明" : "Instructions");
  const sheets = plans.map((plan) => ({ plan, sheet: workbook.addWorksheet(plan.name) }));
  const lists = workbook.addWorksheet("_lists", { state: "veryHidden" });
  const meta = workbook.addWorksheet(TEMPLATE_META_SHEET, { state: "veryHidden" });
  meta.addRow(["format", TEMPLATE_FORMAT, "1"]);
  meta.addRow(["project", project.id]);
  meta.addRow(["period", period]);
  meta.addRow(["layout", layout]);
  meta.addRow(["lang", lang]);
  for (const unit of units) meta.addRow(["unit", unit.id]);

  let listColumn = 0;
  const listFormula = (values: readonly string[]): string => {
    const inline = `"${values.join(",")}"`;
    if (inline.length <= MAX_INLINE_LIST && values.every((v) => !v.includes(",") && !v.includes('"'))) return inline;
    listColumn++;
    values.forEach((v, i) => {
      lists.getCell(i + 1, listColumn).value = v;
    });
    const letter = lists.getColumn(listColumn).letter;
    return `_lists!$${letter}$1:$${letter}$${values.length}`;
  };

  for (const { plan, sheet } of sheets) {
    const zh = ["单位代码", "单位名称"];
    const en = ["Unit ID", "Unit name"];
    plan.indicators.forEach((indicator, index) => {
      const unitSuffix = indicator.unit === undefined ? "" : `（${indicator.unit}）`;
      zh.push(`${localize(indicator.name, "zh")}${unitSuffix}`);
      en.push(`${localize(indicator.name, "en")}${unitSuffix}`);
      meta.addRow(["column", plan.name, index + 3, indicator.id]);
    });
    const zhRow = sheet.addRow(zh.map(escapeFormula));
    const enRow = sheet.addRow(en.map(escapeFormula));
    for (const row of [zhRow, enRow]) {
      row.font = { bold: true };
      row.eachCell((cell) => {
        cell.fill = HEADER_FILL;
        cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
        cell.border = { bottom: { style: "thin" } };
      });
    }
    sheet.views = [{ state: "frozen", xSplit: 2, ySplit: TEMPLATE_HEADER_ROWS, activeCell: "C3" }];
    sheet.getColumn(1).width = 14;
    sheet.getColumn(2).width = 22;

    const formulas = plan.indicators.map((indicator) => {
      const codes = indicatorCodes(indicator, DEFAULT_TASK_STATUSES);
      if (codes === undefined) return undefined;
      const shown = indicator.kind === "boolean" ? [...BOOLEAN_WORDS[lang]] : codes;
      return listFormula([...shown, TEMPLATE_MISSING_MARKER]);
    });
    plan.indicators.forEach((indicator, index) => {
      sheet.getColumn(index + 3).width = Math.min(40, Math.max(12, localize(indicator.name, "en").length + 4));
    });

    for (const unit of plan.units) {
      const row = sheet.addRow([unit.id, escapeFormula(localize(unit.name, lang))]);
      const unitAssessed = assessed.get(unit.id) ?? new Set<string>();
      plan.indicators.forEach((indicator, index) => {
        const cell = row.getCell(index + 3);
        if (!unitAssessed.has(indicator.id)) {
          cell.fill = GREY_FILL;
          cell.protection = { locked: true };
          return;
        }
        cell.protection = { locked: false };
        const formula = formulas[index];
        if (formula !== undefined) {
          cell.numFmt = "@";
          cell.dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [formula],
            showErrorMessage: true,
            errorStyle: "stop",
            errorTitle: "取值无效 / Invalid value",
            error: "请从下拉列表中选择 / Choose a value from the list",
          };
          return;
        }
        const min = indicator.plausible?.min;
        const max = indicator.plausible?.max;
        cell.dataValidation = {
          type: "decimal",
          operator: "between",
          allowBlank: true,
          formulae: [min === undefined ? -1e15 : Number(min), max === undefined ? 1e15 : Number(max)],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: "请输入数字 / Enter a number",
          error: `${indicator.unit === undefined ? "" : `单位 ${indicator.unit}；`}无数据请填“—” / ${indicator.unit === undefined ? "" : `in ${indicator.unit}; `}type — when there is no data`,
        };
      });
    }
    await sheet.protect(options.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }

  writeInstructions(instructions, project, period, lang, options.deadline);
  return workbook;
}

/**
 * Writes a data-entry template (see {@link createEntryTemplate}) to `.xlsx` bytes.
 *
 * @param project - a valid project
 * @param options - as for {@link createEntryTemplate}
 * @returns a promise of the workbook's bytes
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { writeEntryTemplate } from "@ducha/io/xlsx";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * await writeFile("template.xlsx", await writeEntryTemplate(project, { layout: "per-unit" }));
 * ```
 * @since 0.1.0
 */
export async function writeEntryTemplate(project: Project, options: EntryTemplateOptions = {}): Promise<Uint8Array> {
  const workbook = await createEntryTemplate(project, options);
  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes as unknown as ArrayBuffer);
}

function selectUnits(project: Project, ids: readonly string[] | undefined): Unit[] {
  if (ids === undefined) return assessedUnits(project);
  const byId = new Map(project.units.map((u) => [u.id, u]));
  return ids.map((id) => {
    const unit = byId.get(id);
    if (unit === undefined) {
      throw new ImportError("invalid_option", {
        file: "<template>",
        message: { zh: `选项 units 中的单位“${id}”不在项目中`, en: `option units: unit "${id}" is not in the project` },
      });
    }
    return unit;
  });
}

/** A valid, unique worksheet name: at most 31 characters, none of `[]:*?/\`. */
function sheetName(text: string, taken: Set<string>): string {
  const base =
    text
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 28) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || taken.has(name); n++) name = `${base}(${n})`;
  taken.add(name);
  taken.add(name.toLowerCase());
  return name;
}

function writeInstructions(
  sheet: ExcelJS.Worksheet,
  project: Project,
  period: string,
  lang: "zh" | "en",
  deadline: string | undefined,
): void {
  const zh = [
    `${localize(project.name, "zh")} — ${period} 数据填报模板`,
    "1. 每个工作表第 1、2 行为表头（中文、英文），A 列为单位代码、B 列为单位名称，请勿修改。",
    "2. 在白色单元格中填写实际值；数值单位见表头括号，例如“地区生产总值增速（%）”填 6.5 表示 6.5%。",
    "3. 数值请直接填数字（可带小数，如 12.345）；定性指标、工作任务和是/否指标请从下拉列表选择。",
    `4. 暂无数据请填“${TEMPLATE_MISSING_MARKER}”（或留空），系统记为缺失，不会按 0 分处理。`,
    "5. 灰色单元格表示该单位所属类别不考核此指标，无需填写。",
    "6. 工作任务状态：done 完成、partly-done 部分完成、late 逾期完成、not-done 未完成。",
    "7. 请勿增删工作表、行或列，勿修改隐藏的 _meta 工作表。",
    deadline === undefined ? "8. 请按通知要求的时间报送。" : `8. 报送截止日期：${deadline}。`,
  ];
  const en = [
    `${localize(project.name, "en")} — data-entry template for ${period}`,
    "1. Rows 1–2 of each sheet are headers (Chinese, English); column A is the unit ID and B the unit name. Do not change them.",
    "2. Enter actual values in the white cells, in the unit shown in brackets: 'GDP growth（%）' 6.5 means 6.5 %.",
    "3. Type numbers as numbers (decimals allowed, e.g. 12.345); choose grades, task statuses and yes/no from the dropdowns.",
    `4. When there is no data, type '${TEMPLATE_MISSING_MARKER}' (or leave the cell blank); it is recorded as missing, never as 0.`,
    "5. Grey cells are indicators the unit's category is not assessed on; leave them empty.",
    "6. Task statuses: done, partly-done, late (done after the deadline), not-done.",
    "7. Do not add or delete sheets, rows or columns, and do not edit the hidden _meta sheet.",
    deadline === undefined
      ? "8. Return the file by the date in the notice."
      : `8. Deadline for returning this file: ${deadline}.`,
  ];
  const [first, second] = lang === "zh" ? [zh, en] : [en, zh];
  sheet.getColumn(1).width = 110;
  for (const line of [...first, "", ...second]) sheet.addRow([escapeFormula(line)]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(first.length + 2).font = { bold: true, size: 14 };
}
