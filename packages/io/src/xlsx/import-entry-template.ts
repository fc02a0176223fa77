import { DEFAULT_TASK_STATUSES, type Project } from "@ducha/schema";
import type ExcelJS from "exceljs";
import { unescapeFormula } from "../csv/formula-escape.js";
import type { ImportOptions, ImportResult, KnownIndicator, PlausibleRange } from "../import-options.js";
import { columnLetter } from "../internal/column-letter.js";
import { ImportSession } from "../internal/import-session.js";
import { loadWorkbook } from "../internal/load-workbook.js";
import { assessedIndicators, indicatorCodes } from "../internal/project-indicators.js";
import { cellText } from "../internal/xlsx-cell-text.js";
import { ImportError } from "../issue/import-error.js";
import type { ImportIssue } from "../issue/import-issue.js";
import { BOOLEAN_WORDS, TEMPLATE_FORMAT, TEMPLATE_HEADER_ROWS, TEMPLATE_META_SHEET } from "./template.js";

/**
 * Options of {@link importEntryTemplate}: file name, strict mode, defaults, limits and plausible
 * ranges of {@link ImportOptions} (units, indicators and the period come from the template and the project).
 *
 * @example
 * ```ts
 * import type { EntryTemplateImportOptions } from "@ducha/io/xlsx";
 *
 * const options: EntryTemplateImportOptions = { file: "东城区.xlsx", mode: "strict" };
 * ```
 * @since 0.1.0
 */
export type EntryTemplateImportOptions = Pick<
  ImportOptions,
  "file" | "mode" | "defaultStatus" | "limits" | "bounds" | "units" | "percent"
>;

/**
 * The result of {@link importEntryTemplate}: observations, issues and row accounting, plus the
 * project and period recorded in the template.
 *
 * @example
 * ```ts
 * import type { EntryTemplateImportResult } from "@ducha/io/xlsx";
 *
 * declare const result: EntryTemplateImportResult;
 * console.log(result.period, result.stats.accepted);
 * ```
 * @since 0.1.0
 */
export interface EntryTemplateImportResult extends ImportResult {
  /** The project id recorded in the template. */
  readonly project: string;
  /** The period recorded in the template. */
  readonly period: string;
  /** The data sheets read, in workbook order. */
  readonly sheets: readonly string[];
}

const BOOLEAN_TEXT: Readonly<Record<string, string>> = {
  [BOOLEAN_WORDS.zh[0]]: "true",
  [BOOLEAN_WORDS.zh[1]]: "false",
  [BOOLEAN_WORDS.en[0]]: "true",
  [BOOLEAN_WORDS.en[1]]: "false",
  true: "true",
  false: "false",
  "1": "true",
  "0": "false",
  对: "true",
  错: "false",
};

/** Chinese words for the default task statuses (工作任务), accepted when the indicator uses those ids. */
const TASK_WORDS: Readonly<Record<string, string>> = {
  完成: "done",
  已完成: "done",
  部分完成: "partly-done",
  逾期: "late",
  逾期完成: "late",
  未完成: "not-done",
};

/**
 * Imports a filled-in data-entry template made by {@link createEntryTemplate}. The hidden `_meta`
 * sheet says which indicator each column holds and which project and period the file is for, so
 * nothing is guessed from headers. Every data row is accepted or rejected
 * (`rowsRead === accepted + rejected`, header rows counted separately); blank or `—` cells become
 * `missing` observations; values in grey (not-assessed) cells are reported as `not_assessed`
 * warnings and not imported; grades and task statuses are checked against the indicator's codes;
 * `是/否` and `yes/no` become `"true"`/`"false"`, and 完成/部分完成/逾期/未完成 the task statuses
 * done/partly-done/late/not-done (when the indicator uses those). Issues name the sheet.
 *
 * @param input - the workbook's bytes
 * @param project - the project the template was made for (its id must match)
 * @param options - file name, strict mode, bounds (defaults to each indicator's `plausible` range), limits
 * @returns a promise of observations, issues, stats, project, period and sheets
 * @throws `ImportError` `malformed_xlsx` (truncated or corrupted file), `limit_exceeded` (`limits`, incl.
 *   `maxUncompressedBytes`), `not_a_template` (no `_meta` sheet) or `template_mismatch` (other project)
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { importEntryTemplate } from "@ducha/io/xlsx";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const result = await importEntryTemplate(await readFile("东城区.xlsx"), project, { file: "东城区.xlsx" });
 * console.log(result.observations.length, result.issues.length);
 * ```
 * @since 0.1.0
 */
export async function importEntryTemplate(
  input: Uint8Array | ArrayBuffer,
  project: Project,
  options: EntryTemplateImportOptions = {},
): Promise<EntryTemplateImportResult> {
  const file = options.file ?? "<input>";
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const workbook = await loadWorkbook(bytes, file, options.limits);
  const meta = readMeta(workbook, file);
  if (meta.project !== project.id) {
    throw new ImportError("template_mismatch", {
      file,
      message: {
        zh: `该模板属于项目“${meta.project}”，不是“${project.id}”`,
        en: `the template is for project "${meta.project}", not "${project.id}"`,
      },
    });
  }

  const indicators = new Map(project.system.indicators.map((i) => [i.id, i]));
  const known: KnownIndicator[] = project.system.indicators.map((indicator) => {
    const codes = indicatorCodes(indicator, DEFAULT_TASK_STATUSES);
    const type =
      indicator.kind === "boolean" ? "qualitative" : indicator.kind === "event-count" ? "quantitative" : indicator.kind;
    return {
      id: indicator.id,
      type,
      ...(indicator.unit === undefined || codes !== undefined ? {} : { unit: indicator.unit }),
      ...(codes === undefined ? {} : { codes }),
    };
  });
  const bounds: Record<string, PlausibleRange> = {};
  for (const indicator of project.system.indicators) {
    const p = indicator.plausible;
    if (p === undefined) continue;
    bounds[indicator.id] = {
      ...(p.min === undefined ? {} : { min: p.min }),
      ...(p.max === undefined ? {} : { max: p.max }),
    };
  }
  const session = new ImportSession(
    {
      ...options,
      file,
      bounds: options.bounds ?? bounds,
      known: { units: meta.units, indicators: known, periods: [meta.period] },
    },
    file,
  );
  const units = new Map(project.units.map((u) => [u.id, u]));
  const assessedCache = new Map<string, Set<string>>();
  const assessedOf = (unitId: string): Set<string> | undefined => {
    const unit = units.get(unitId);
    if (unit === undefined) return undefined;
    let set = assessedCache.get(unitId);
    if (set === undefined) {
      set = assessedIndicators(project, unit);
      assessedCache.set(unitId, set);
    }
    return set;
  };

  const sheetNames: string[] = [];
  for (const [name, columns] of meta.columns) {
    const sheet = workbook.getWorksheet(name);
    if (sheet === undefined) {
      throw new ImportError("missing_sheet", {
        file,
        message: {
          zh: `模板中的工作表“${name}”已被删除或改名`,
          en: `the template's worksheet "${name}" was deleted or renamed`,
        },
      });
    }
    sheetNames.push(name);
    session.sheet = name;
    let lastColumn = 2;
    for (const c of columns.keys()) lastColumn = Math.max(lastColumn, c);
    session.checkColumns(1, Math.max(lastColumn, sheet.columnCount));
    const header = (c: number) =>
      unescapeFormula(cellText(sheet.getRow(1).getCell(c)).trim()) || cellText(sheet.getRow(2).getCell(c)).trim();
    const location = (c: number) => ({ letter: columnLetter(c - 1), header: header(c) });
    for (let r = 1; r <= TEMPLATE_HEADER_ROWS; r++) session.addHeaderRow();
    for (let r = TEMPLATE_HEADER_ROWS + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const texts: string[] = [];
      for (let c = 1; c <= Math.max(lastColumn, sheet.columnCount); c++) texts.push(cellText(row.getCell(c)).trim());
      if (texts.every((t) => t === "")) {
        session.addBlankRow();
        continue;
      }
      const unitCell = { raw: texts[0] ?? "", column: location(1) };
      const assessed = assessedOf(unitCell.raw);
      const issues: ImportIssue[] = [];
      const values = [];
      for (const [c, indicatorId] of columns) {
        const raw = texts[c - 1] ?? "";
        const cell = { raw, column: location(c) };
        if (assessed !== undefined && !assessed.has(indicatorId)) {
          if (raw !== "") {
            issues.push(
              session.issue("not_assessed", "warning", r, cell, {
                zh: `单位“${unitCell.raw}”所属类别不考核指标“${indicatorId}”（灰色单元格），该值未导入`,
                en: `unit "${unitCell.raw}" is not assessed on indicator "${indicatorId}" (a grey cell); the value was not imported`,
              }),
            );
          }
          continue;
        }
        const indicator = indicators.get(indicatorId);
        const knownIndicator = known.find((k) => k.id === indicatorId);
        const task = indicator?.kind === "task" ? TASK_WORDS[raw] : undefined;
        const codes = knownIndicator?.codes === undefined ? [] : [...knownIndicator.codes];
        const value =
          indicator?.kind === "boolean"
            ? { raw: BOOLEAN_TEXT[raw.toLowerCase()] ?? raw, column: cell.column }
            : task !== undefined && codes.includes(task)
              ? { raw: task, column: cell.column }
              : cell;
        values.push({
          indicator: knownIndicator === undefined ? { id: indicatorId } : { id: indicatorId, known: knownIndicator },
          value,
        });
      }
      for (let c = 1; c <= texts.length; c++) {
        if (c > 2 && !columns.has(c) && (texts[c - 1] ?? "") !== "") {
          issues.push(
            session.issue(
              "extra_cells",
              "warning",
              r,
              { raw: texts[c - 1] ?? "", column: location(c) },
              {
                zh: `模板以外的单元格 ${columnLetter(c - 1)}${r} 有内容，已忽略`,
                en: `cell ${columnLetter(c - 1)}${r} is outside the template's columns and was ignored`,
              },
            ),
          );
        }
      }
      session.addRow({ row: r, unit: unitCell, period: meta.period, values, issues });
    }
  }
  session.sheet = undefined;
  return { ...session.finish(), project: meta.project, period: meta.period, sheets: sheetNames };
}

interface TemplateMeta {
  readonly project: string;
  readonly period: string;
  readonly units: string[];
  /** Sheet name → (1-based column → indicator id), in workbook order. */
  readonly columns: Map<string, Map<number, string>>;
}

function readMeta(workbook: ExcelJS.Workbook, file: string): TemplateMeta {
  const sheet = workbook.getWorksheet(TEMPLATE_META_SHEET);
  const notTemplate = () =>
    new ImportError("not_a_template", {
      file,
      message: {
        zh: "不是 Ducha 填报模板（缺少隐藏的 _meta 工作表）；普通表格请用 importXlsx",
        en: "not a Ducha entry template (no hidden _meta sheet); read plain sheets with importXlsx",
      },
    });
  if (sheet === undefined) throw notTemplate();
  let format: string | undefined;
  let project: string | undefined;
  let period: string | undefined;
  const units: string[] = [];
  const columns = new Map<string, Map<number, string>>();
  let broken = false;
  sheet.eachRow((row) => {
    const text = (c: number) => cellText(row.getCell(c)).trim();
    switch (text(1)) {
      case "format":
        format = text(2);
        break;
      case "project":
        project = text(2);
        break;
      case "period":
        period = text(2);
        break;
      case "unit":
        units.push(text(2));
        break;
      case "column": {
        const name = text(2);
        const map = columns.get(name) ?? new Map<number, string>();
        const column = Number(text(3));
        if (!Number.isInteger(column) || column < 1) broken = true;
        map.set(column, text(4));
        columns.set(name, map);
        break;
      }
    }
  });
  if (broken || format !== TEMPLATE_FORMAT || project === undefined || period === undefined) throw notTemplate();
  return { project, period, units, columns };
}
