import type ExcelJS from "exceljs";
import type { CsvImportOptions } from "../csv/csv-import-options.js";
import { fieldOfHeader } from "../csv/header-aliases.js";
import type { ImportResult } from "../import-options.js";
import { CsvTable } from "../internal/csv-table.js";
import { ImportSession } from "../internal/import-session.js";
import { loadWorkbook } from "../internal/load-workbook.js";
import { cellText } from "../internal/xlsx-cell-text.js";
import { ImportError } from "../issue/import-error.js";

/**
 * Options of {@link importXlsx}: those of `importCsv` without the text ones, plus the sheet and the
 * header depth.
 *
 * @example
 * ```ts
 * import type { XlsxImportOptions } from "@ducha/io/xlsx";
 *
 * const options: XlsxImportOptions = { sheet: "2024", headerRows: 2, period: "2024" };
 * ```
 * @since 0.1.0
 */
export interface XlsxImportOptions extends Omit<CsvImportOptions, "delimiter" | "encoding" | "unescapeFormulas"> {
  /** The worksheet, by name or 1-based position. Defaults to the first worksheet. */
  readonly sheet?: string | number;
  /**
   * Header lines: 1, or 2 for a merged two-row header (a group row such as `经济发展` over leaf headers
   * such as `GDP（亿元）`; the leaf, or the group where it is merged down, names the column).
   * Defaults to 2 when a cell of the header row is merged across columns or down into the next row,
   * else 1.
   */
  readonly headerRows?: 1 | 2;
}

/**
 * The result of an XLSX import.
 *
 * @example
 * ```ts
 * import type { XlsxImportResult } from "@ducha/io/xlsx";
 *
 * declare const result: XlsxImportResult;
 * console.log(result.sheet, result.format);
 * ```
 * @since 0.1.0
 */
export interface XlsxImportResult extends ImportResult {
  /** The layout read: `long` or `wide`. */
  readonly format: "long" | "wide";
  /** The worksheet's name. */
  readonly sheet: string;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * Imports observations from an Excel workbook (`.xlsx`, via exceljs): long or wide data, title lines,
 * merged two-row headers and units rows, with the same issue and stats contract as `importCsv`
 * (`rowsRead === accepted + rejected`; rows and column letters as Excel shows them). Cells are read
 * as described for numbers, dates and formulas in the package docs: numbers at Excel's 15-digit
 * precision, dates as ISO dates, formulas by their cached results.
 *
 * A Ducha data-entry template (it has a `_meta` sheet) is refused with code `entry_template` unless
 * a `sheet` is given: read it with `importEntryTemplate`, which knows each column's indicator.
 *
 * The ZIP container is checked before exceljs reads it (see `limits.maxUncompressedBytes`); a
 * truncated or corrupted file throws `ImportError` `malformed_xlsx`, a limit `limit_exceeded`.
 *
 * @param input - the workbook's bytes
 * @param options - sheet, header rows, format, columns, reference data, strict mode, limits …
 * @returns a promise of observations, issues, stats, format and sheet name
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { importXlsx } from "@ducha/io/xlsx";
 *
 * const result = await importXlsx(await readFile("2024.xlsx"), { period: "2024" });
 * console.log(result.stats.rowsRead === result.stats.accepted + result.stats.rejected); // true
 * ```
 * @since 0.1.0
 */
export async function importXlsx(
  input: Uint8Array | ArrayBuffer,
  options: XlsxImportOptions = {},
): Promise<XlsxImportResult> {
  const session = new ImportSession(options);
  const file = session.file;
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const workbook = await loadWorkbook(bytes, file, options.limits);
  if (options.sheet === undefined && workbook.getWorksheet("_meta") !== undefined) {
    // A Ducha entry template starts with its instructions sheet; its columns are described by _meta.
    throw new ImportError("entry_template", {
      file,
      message: {
        zh: "这是 Ducha 填报模板，请用 importEntryTemplate(文件, 项目) 导入（或用 sheet 选项指定工作表）",
        en: "this is a Ducha entry template: read it with importEntryTemplate(bytes, project) (or choose a sheet with the sheet option)",
      },
    });
  }
  const sheet =
    options.sheet === undefined
      ? workbook.worksheets[0]
      : typeof options.sheet === "number"
        ? workbook.worksheets[options.sheet - 1]
        : workbook.getWorksheet(options.sheet);
  if (sheet === undefined) {
    throw new ImportError("missing_sheet", {
      file,
      message: {
        zh: `工作簿中没有工作表“${String(options.sheet ?? 1)}”`,
        en: `the workbook has no worksheet "${String(options.sheet ?? 1)}"`,
      },
    });
  }
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  session.checkColumns(1, columnCount);
  // Records are read as they are pushed, so limits.maxRows stops the reading at the first row over it;
  // the first rows are kept for the header search and the merged two-row header.
  const records: string[][] = [];
  const record = (r: number): string[] => {
    const kept = records[r - 1];
    if (kept !== undefined) return kept;
    const row = sheet.getRow(r);
    const texts: string[] = [];
    for (let c = 1; c <= columnCount; c++) texts.push(cellText(row.getCell(c)).trim());
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    if (r <= HEADER_SEARCH_ROWS + 2) records[r - 1] = texts;
    return texts;
  };
  for (let r = 1; r <= Math.min(rowCount, HEADER_SEARCH_ROWS + 2); r++) record(r);

  const tableOptions: CsvImportOptions = { ...options, unescapeFormulas: false };
  let headerAt = options.headerRow;
  if (headerAt === undefined) {
    const found = records.slice(0, HEADER_SEARCH_ROWS).findIndex((record, i) => {
      if (options.columns !== undefined && Object.values(options.columns).some((c) => typeof c === "number")) {
        return record.some((text) => text !== "") && i >= 0;
      }
      return record.some((text) => fieldOfHeader(text) === "unit" || text === options.columns?.unit);
    });
    headerAt = found < 0 ? undefined : found + 1;
  }
  const twoRows =
    headerAt !== undefined &&
    (options.headerRows === 2 || (options.headerRows === undefined && mergedHeader(sheet, headerAt, columnCount)));

  const table = new CsvTable(
    session,
    twoRows && headerAt !== undefined ? { ...tableOptions, headerRow: headerAt + 1 } : tableOptions,
  );
  for (let r = 1; r <= rowCount; r++) {
    if (twoRows && headerAt !== undefined) {
      if (r === headerAt) {
        session.addHeaderRow();
        continue;
      }
      if (r === headerAt + 1) {
        table.push(combineHeaders(sheet, headerAt, columnCount, record), r);
        continue;
      }
    }
    table.push(record(r), r);
  }
  table.end();
  return { ...session.finish(), format: table.format, sheet: sheet.name };
}

/** Whether the header row has a cell merged across columns or down into the next row. */
function mergedHeader(sheet: ExcelJS.Worksheet, headerRow: number, columnCount: number): boolean {
  const top = sheet.getRow(headerRow);
  const below = sheet.getRow(headerRow + 1);
  for (let c = 1; c <= columnCount; c++) {
    const cell = top.getCell(c);
    const next = top.getCell(c + 1);
    if (
      c < columnCount &&
      next.isMerged &&
      next.master.address === (cell.isMerged ? cell.master.address : cell.address)
    ) {
      return true;
    }
    const down = below.getCell(c);
    if (down.isMerged && down.master.address === cell.address) return true;
  }
  return false;
}

/** One header record from two rows: the leaf text, or the group's where it is merged down or the leaf is blank. */
function combineHeaders(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  columnCount: number,
  record: (row: number) => readonly string[],
): string[] {
  const top = record(headerRow);
  const leaf = record(headerRow + 1);
  const below = sheet.getRow(headerRow + 1);
  const combined: string[] = [];
  for (let c = 1; c <= columnCount; c++) {
    const cell = below.getCell(c);
    const mergedDown = cell.isMerged && Number(cell.master.row) < headerRow + 1;
    const text = leaf[c - 1] ?? "";
    combined.push(mergedDown || text === "" ? (top[c - 1] ?? "") : text);
  }
  return combined;
}
