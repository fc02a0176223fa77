import ExcelJS from "exceljs";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "../import-options.js";
import { ImportError } from "../issue/import-error.js";
import { inflateZipEntries, readZipDirectory, type StoredZip, ZipDirectoryError } from "./zip-directory.js";

/**
 * Most entries an .xlsx may have (a workbook has about ten plus three per sheet); more is refused as
 * `limit_exceeded` before anything is decompressed.
 */
export const MAX_XLSX_ENTRIES = 10_000;

/**
 * Most cells a worksheet's merged ranges and data-validation ranges may cover together. exceljs
 * visits every cell of these ranges while loading (synchronously), so `A1:XFD1048576` would never
 * finish; more is refused as `limit_exceeded` before exceljs runs.
 */
export const MAX_XLSX_RANGE_CELLS = 2_000_000;

const RANGE_ATTRIBUTE = /<(?:\w+:)?(mergeCell|dataValidation)\b[^>]*?\s(?:ref|sqref)="([^"]*)"/g;
const COLUMN_ELEMENT = /<(?:\w+:)?col\b[^>]*>/g;
const COLUMN_BOUND = /\s(?:min|max)="\s*([^"]*)"/g;
/** Excel's last column, XFD. */
const EXCEL_MAX_COLUMN = 16_384;
const CELL = /^\$?([A-Za-z]{1,7})\$?(\d{1,12})$/;

/** The number of cells an A1-style range (`B2:D9`, `A1`) covers, or 0 when it does not parse. */
function rangeCells(range: string): number {
  const [from = "", to = from] = range.split(":");
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (a === null || b === null) return 0;
  const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const rows = Math.abs(Number(b[2]) - Number(a[2])) + 1;
  const columns = Math.abs(column(b[1] ?? "") - column(a[1] ?? "")) + 1;
  return rows * columns;
}

/** Throws `limit_exceeded` when a worksheet's merged and validated ranges cover too many cells. */
function checkRanges(name: string, data: Uint8Array, file: string): void {
  if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return;
  const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
  // exceljs creates one column object per column up to a <col max="…">, so an absurd max never finishes.
  for (const element of xml.matchAll(COLUMN_ELEMENT)) {
    for (const bound of element[0].matchAll(COLUMN_BOUND)) {
      const value = Number(bound[1]);
      if (!(value <= EXCEL_MAX_COLUMN)) {
        throw new ImportError("limit_exceeded", {
          file,
          message: {
            zh: `工作表“${name}”的列定义超出 Excel 的最后一列 XFD（${EXCEL_MAX_COLUMN}）：${bound[1] ?? ""}`,
            en: `a column definition of "${name}" goes past Excel's last column XFD (${EXCEL_MAX_COLUMN}): ${bound[1] ?? ""}`,
          },
        });
      }
    }
  }
  let cells = 0;
  for (const match of xml.matchAll(RANGE_ATTRIBUTE)) {
    for (const range of (match[2] ?? "").split(/\s+/)) cells += rangeCells(range);
    if (cells > MAX_XLSX_RANGE_CELLS) {
      throw new ImportError("limit_exceeded", {
        file,
        message: {
          zh: `工作表“${name}”的合并单元格与数据验证区域共覆盖超过 ${MAX_XLSX_RANGE_CELLS} 个单元格`,
          en: `the merged and data-validation ranges of "${name}" cover more than ${MAX_XLSX_RANGE_CELLS} cells`,
        },
      });
    }
  }
}

/**
 * Opens workbook bytes behind the guards every XLSX importer shares: `limits.maxBytes`, then the ZIP
 * central directory (entry count, `limits.maxUncompressedBytes`, records inside the file), then each
 * entry decompressed once — no larger than declared, worksheets checked for absurd ranges — into a
 * stored archive that exceljs reads without inflating again.
 *
 * @throws ImportError `limit_exceeded` or `malformed_xlsx`
 */
export function openWorkbookArchive(bytes: Uint8Array, file: string, limits: ImportLimits | undefined): StoredZip {
  const { maxBytes, maxUncompressedBytes } = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  if (bytes.byteLength > maxBytes) {
    throw new ImportError("limit_exceeded", {
      file,
      message: {
        zh: `文件大小 ${bytes.byteLength} 字节超过上限 ${maxBytes}（limits.maxBytes）`,
        en: `the workbook has ${bytes.byteLength} bytes, more than the limit of ${maxBytes} (limits.maxBytes)`,
      },
    });
  }
  try {
    const entries = readZipDirectory(bytes, { maxUncompressedBytes, maxEntries: MAX_XLSX_ENTRIES });
    return inflateZipEntries(bytes, entries, (entry, data) => checkRanges(entry.name, data, file));
  } catch (error) {
    if (!(error instanceof ZipDirectoryError)) throw error;
    throw new ImportError(error.kind === "limit" ? "limit_exceeded" : "malformed_xlsx", {
      file,
      message: { zh: `无法读取 Excel 文件：${error.messageZh}`, en: `cannot read the workbook: ${error.message}` },
      cause: error,
    });
  }
}

/**
 * Loads workbook bytes with exceljs behind the guards of {@link openWorkbookArchive} (each entry is
 * decompressed once, by the guard; exceljs reads the stored copy), and wraps any exceljs failure in
 * an `ImportError` `malformed_xlsx` with the original error as `cause`.
 *
 * @throws ImportError `limit_exceeded` or `malformed_xlsx`
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  file: string,
  limits: ImportLimits | undefined,
): Promise<ExcelJS.Workbook> {
  return loadStoredWorkbook(openWorkbookArchive(bytes, file, limits), file);
}

/** Loads an archive opened by {@link openWorkbookArchive} with exceljs. */
export async function loadStoredWorkbook(archive: StoredZip, file: string): Promise<ExcelJS.Workbook> {
  const stored = archive.bytes;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer (JSZip).
    await workbook.xlsx.load(
      Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    throw new ImportError("malformed_xlsx", {
      file,
      message: {
        zh: `无法读取 Excel 文件（不是有效的 .xlsx）：${describe(error)}`,
        en: `cannot read the workbook (not a valid .xlsx file): ${describe(error)}`,
      },
      cause: error,
    });
  }
  return workbook;
}

/** A short description of an exceljs/JSZip/sax error for the message (the full error is the `cause`). */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
