import type ExcelJS from "exceljs";
import type { CsvImportOptions } from "../csv/csv-import-options.js";
import { fieldOfHeader } from "../csv/header-aliases.js";
import type { ImportResult } from "../import-options.js";
import { CsvTable } from "../internal/csv-table.js";
import { ImportSession } from "../internal/import-session.js";
import { loadStoredWorkbook, openWorkbookArchive } from "../internal/load-workbook.js";
import { cellText } from "../internal/xlsx-cell-text.js";
import { mergedRanges, XlsxStreamReader } from "../internal/xlsx-stream.js";
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
  /**
   * How the worksheet is read: `true` row by row with exceljs's streaming reader (memory bounded by
   * the decompressed workbook, not by exceljs's cell objects), `false` by loading the whole workbook
   * model, `"auto"` streaming when the worksheet's XML is larger than 4 MiB. Both give the same
   * result: title lines, merged two-row headers (merges are read from the sheet before its rows),
   * cells inside merged ranges, dates, zero-padded codes and formulas' cached results; the streaming
   * reader only drops what no importer uses (styles other than number formats, rich-text runs of
   * inline strings beyond their text). Defaults to `"auto"`.
   */
  readonly streaming?: boolean | "auto";
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
  const archive = openWorkbookArchive(bytes, file, options.limits);
  const streaming = options.streaming ?? "auto";
  if (streaming !== false) {
    const reader = await XlsxStreamReader.open(archive, file);
    if (options.sheet === undefined && reader.sheets.some((s) => s.name === "_meta")) throw entryTemplate(file);
    const sheet =
      options.sheet === undefined
        ? reader.sheets[0]
        : typeof options.sheet === "number"
          ? reader.sheets[options.sheet - 1]
          : reader.sheets.find((s) => s.name === options.sheet);
    if (streaming === true && (sheet === undefined || sheet.entry === undefined)) throw missingSheet(file, options);
    if (
      sheet?.entry !== undefined &&
      (streaming === true || sheet.entry.data.byteLength > XLSX_STREAMING_THRESHOLD_BYTES)
    ) {
      const ranges = mergedRanges(sheet.entry.data);
      const format = await readSheet(session, options, reader.rows(sheet, ranges), {
        header: (headerRow, columnCount) =>
          ranges.some(
            (r) =>
              (r.top <= headerRow && headerRow <= r.bottom && r.right > r.left && r.left < columnCount) ||
              (r.top === headerRow && r.bottom > headerRow && r.left <= columnCount),
          ),
        down: (row, column) =>
          ranges.some((r) => r.top < row && row <= r.bottom && r.left <= column && column <= r.right),
      });
      return { ...session.finish(), format, sheet: sheet.name };
    }
  }

  const workbook = await loadStoredWorkbook(archive, file);
  if (options.sheet === undefined && workbook.getWorksheet("_meta") !== undefined) throw entryTemplate(file);
  const sheet =
    options.sheet === undefined
      ? workbook.worksheets[0]
      : typeof options.sheet === "number"
        ? workbook.worksheets[options.sheet - 1]
        : workbook.getWorksheet(options.sheet);
  if (sheet === undefined) throw missingSheet(file, options);
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  session.checkColumns(1, columnCount);
  function* rows(): Generator<{ row: number; record: string[] }> {
    for (let r = 1; r <= rowCount; r++) {
      const row = (sheet as ExcelJS.Worksheet).getRow(r);
      const record: string[] = [];
      for (let c = 1; c <= columnCount; c++) record.push(cellText(row.getCell(c)).trim());
      while (record.length > 0 && record[record.length - 1] === "") record.pop();
      yield { row: r, record };
    }
  }
  const format = await readSheet(
    session,
    options,
    rows(),
    {
      header: (headerRow) => mergedHeader(sheet, headerRow, columnCount),
      down: (row, column) => {
        const cell = sheet.getRow(row).getCell(column);
        return cell.isMerged && Number(cell.master.row) < row;
      },
    },
    columnCount,
  );
  return { ...session.finish(), format, sheet: sheet.name };
}

/**
 * Worksheets whose XML is larger than this are read row by row with exceljs's streaming reader when
 * `streaming` is `"auto"` (4 MiB: roughly 16,000 rows of six styled cells). Streaming a 200,000-row sheet
 * took about a third of the CPU time and memory of loading the workbook model.
 */
const XLSX_STREAMING_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** Where a worksheet's cells are merged, as the header logic needs it. */
interface MergeInfo {
  /** Whether a cell of the header row is merged across columns or down into the next row. */
  header(headerRow: number, columnCount: number): boolean;
  /** Whether the cell is inside a range merged down from a row above. */
  down(row: number, column: number): boolean;
}

/**
 * The sheet logic shared by the workbook and the streaming reader: finds the header in the first rows
 * (title lines, a merged two-row header), then hands every row to a {@link CsvTable} as it comes, so
 * `limits.maxRows` stops the reading at the first data row over it.
 */
async function readSheet(
  session: ImportSession,
  options: XlsxImportOptions,
  rows: AsyncIterable<{ row: number; record: string[] }> | Iterable<{ row: number; record: string[] }>,
  merges: MergeInfo,
  columns?: number,
): Promise<"long" | "wide"> {
  const first: { row: number; record: string[] }[] = [];
  const keep = Math.max(HEADER_SEARCH_ROWS + 1, (options.headerRow ?? 0) + 1);
  const iterator =
    Symbol.asyncIterator in rows
      ? rows[Symbol.asyncIterator]()
      : (rows as Iterable<{ row: number; record: string[] }>)[Symbol.iterator]();
  let done = false;
  while (first.length < keep) {
    const step = await iterator.next();
    if (step.done === true) {
      done = true;
      break;
    }
    first.push(step.value);
  }
  const record = (r: number): string[] => first[r - 1]?.record ?? [];
  const columnCount = columns ?? Math.max(0, ...first.map((entry) => entry.record.length));

  const tableOptions: CsvImportOptions = { ...options, unescapeFormulas: false };
  let headerAt = options.headerRow;
  if (headerAt === undefined) {
    const found = first.slice(0, HEADER_SEARCH_ROWS).findIndex(({ record: cells }, i) => {
      if (options.columns !== undefined && Object.values(options.columns).some((c) => typeof c === "number")) {
        return cells.some((text) => text !== "") && i >= 0;
      }
      return cells.some((text) => fieldOfHeader(text) === "unit" || text === options.columns?.unit);
    });
    headerAt = found < 0 ? undefined : found + 1;
  }
  const twoRows =
    headerAt !== undefined &&
    (options.headerRows === 2 || (options.headerRows === undefined && merges.header(headerAt, columnCount)));

  const table = new CsvTable(
    session,
    twoRows && headerAt !== undefined ? { ...tableOptions, headerRow: headerAt + 1 } : tableOptions,
  );
  const push = ({ row: r, record: cells }: { row: number; record: string[] }): void => {
    if (twoRows && headerAt !== undefined) {
      if (r === headerAt) {
        session.addHeaderRow();
        return;
      }
      if (r === headerAt + 1) {
        table.push(combineHeaders(headerAt, columnCount, record, merges), r);
        return;
      }
    }
    table.push(cells, r);
  };
  for (const entry of first) push(entry);
  while (!done) {
    const step = await iterator.next();
    if (step.done === true) break;
    push(step.value);
  }
  table.end();
  return table.format;
}

function entryTemplate(file: string): ImportError {
  // A Ducha entry template starts with its instructions sheet; its columns are described by _meta.
  return new ImportError("entry_template", {
    file,
    message: {
      zh: "这是 Ducha 填报模板，请用 importEntryTemplate(文件, 项目) 导入（或用 sheet 选项指定工作表）",
      en: "this is a Ducha entry template: read it with importEntryTemplate(bytes, project) (or choose a sheet with the sheet option)",
    },
  });
}

function missingSheet(file: string, options: XlsxImportOptions): ImportError {
  return new ImportError("missing_sheet", {
    file,
    message: {
      zh: `工作簿中没有工作表“${String(options.sheet ?? 1)}”`,
      en: `the workbook has no worksheet "${String(options.sheet ?? 1)}"`,
    },
  });
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
  headerRow: number,
  columnCount: number,
  record: (row: number) => readonly string[],
  merges: MergeInfo,
): string[] {
  const top = record(headerRow);
  const leaf = record(headerRow + 1);
  const combined: string[] = [];
  for (let c = 1; c <= columnCount; c++) {
    const text = leaf[c - 1] ?? "";
    combined.push(merges.down(headerRow + 1, c) || text === "" ? (top[c - 1] ?? "") : text);
  }
  return combined;
}
