import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ImportError } from "../issue/import-error.js";
import { cellText } from "./xlsx-cell-text.js";
import type { InflatedEntry, StoredZip } from "./zip-directory.js";

/** The parts of exceljs's streaming `WorkbookReader` (exceljs 4.4) used to read entries it is handed. */
interface ReaderInternals {
  workbookRels?: readonly { Id: string; Target: string }[];
  model?: { sheets?: readonly { name: string; rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<string>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/** A worksheet of an opened archive: its name, position and XML entry. */
export interface ArchiveSheet {
  readonly name: string;
  /** 1-based position in the workbook. */
  readonly position: number;
  readonly entry: InflatedEntry | undefined;
}

/** An A1 range, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Decodes UTF-8 bytes to text in 16 KiB steps (characters split across steps are kept whole): exceljs
 * parses each step into events all at once, so small steps keep few objects alive at a time.
 */
async function* texts(data: Uint8Array): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  const step = 16 * 1024;
  for (let at = 0; at < data.byteLength; at += step) {
    const text = decoder.decode(data.subarray(at, at + step), { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

const stream = (data: Uint8Array): Readable => Readable.from(texts(data));

/**
 * Reads an opened workbook archive with exceljs's streaming reader, fed from the entries the ZIP guard
 * already decompressed (nothing is inflated again, no temporary files): the workbook's sheet list
 * first, then, on demand, one worksheet row by row.
 *
 * @internal
 */
export class XlsxStreamReader {
  private readonly file: string;
  private readonly reader: ReaderInternals;
  private readonly byName = new Map<string, InflatedEntry>();
  /** The worksheets in workbook order. */
  sheets: ArchiveSheet[] = [];

  private constructor(archive: StoredZip, file: string) {
    this.file = file;
    this.reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    }) as unknown as ReaderInternals;
    for (const inflated of archive.entries) this.byName.set(inflated.entry.name.replace(/^\//, ""), inflated);
  }

  /** Opens the archive and reads its sheet list (`xl/workbook.xml` and its relationships). */
  static async open(archive: StoredZip, file: string): Promise<XlsxStreamReader> {
    const reader = new XlsxStreamReader(archive, file);
    await reader.guard(async () => {
      const rels = reader.byName.get("xl/_rels/workbook.xml.rels");
      const book = reader.byName.get("xl/workbook.xml");
      if (rels !== undefined) await reader.reader._parseRels(stream(rels.data));
      if (book !== undefined) await reader.reader._parseWorkbook(stream(book.data));
    });
    const targets = new Map((reader.reader.workbookRels ?? []).map((rel) => [rel.Id, rel.Target]));
    reader.sheets = (reader.reader.model?.sheets ?? []).map((sheet, i) => {
      const target = targets.get(sheet.rId) ?? "";
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      return { name: sheet.name, position: i + 1, entry: reader.byName.get(path) };
    });
    return reader;
  }

  /** Wraps exceljs/saxes failures as `malformed_xlsx`. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ImportError) throw error;
      const text = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      throw new ImportError("malformed_xlsx", {
        file: this.file,
        message: {
          zh: `无法读取 Excel 文件（不是有效的 .xlsx）：${text.slice(0, 200)}`,
          en: `cannot read the workbook (not a valid .xlsx file): ${text.slice(0, 200)}`,
        },
        cause: error,
      });
    }
  }

  /**
   * The rows of a worksheet as cell texts (see `cellText`), in order, with the 1-based row number as
   * Excel shows it; rows absent from the file come as empty records, and cells inside a merged range
   * read as its top-left cell (as exceljs's workbook model reads them).
   */
  async *rows(sheet: ArchiveSheet, merges: readonly CellRange[]): AsyncGenerator<{ row: number; record: string[] }> {
    const entry = sheet.entry;
    if (entry === undefined) return;
    const reader = this.reader;
    const shared = this.byName.get("xl/sharedStrings.xml");
    const styles = this.byName.get("xl/styles.xml");
    await this.guard(async () => {
      if (shared !== undefined) for await (const _ of reader._parseSharedStrings(stream(shared.data)));
      if (styles !== undefined) await reader._parseStyles(stream(styles.data));
    });
    const [event] = [...reader._parseWorksheet(texts(entry.data), "1")];
    if (event === undefined) return;
    const byRow = new Map<number, CellRange[]>();
    for (const range of merges) {
      for (let r = range.top; r <= range.bottom; r++) {
        const list = byRow.get(r);
        if (list === undefined) byRow.set(r, [range]);
        else list.push(range);
      }
    }
    const masters = new Map<CellRange, string>();
    let last = 0;
    const iterator = event.value[Symbol.asyncIterator]();
    for (;;) {
      const step = await this.guard(() => iterator.next());
      if (step.done === true) break;
      const row = step.value;
      for (let r = last + 1; r < row.number; r++) yield { row: r, record: fill([], r, byRow.get(r), masters) };
      last = row.number;
      const record: string[] = [];
      const count = row.cellCount;
      for (let c = 1; c <= count; c++) record.push(cellText(row.getCell(c)).trim());
      yield { row: row.number, record: fill(record, row.number, byRow.get(row.number), masters) };
    }
  }
}

/** Gives the cells of merged ranges the text of their top-left cell, and trims trailing blanks. */
function fill(
  record: string[],
  row: number,
  merges: readonly CellRange[] | undefined,
  masters: Map<CellRange, string>,
): string[] {
  for (const range of merges ?? []) {
    if (row === range.top) masters.set(range, record[range.left - 1] ?? "");
    const text = masters.get(range) ?? "";
    for (let c = range.left; c <= range.right; c++) {
      if (row === range.top && c === range.left) continue;
      while (record.length < c) record.push("");
      record[c - 1] = text;
    }
  }
  while (record.length > 0 && record[record.length - 1] === "") record.pop();
  return record;
}

const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\sref="([^"]*)"/g;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** The merged ranges of a worksheet's XML (`<mergeCell ref="A1:F1"/>`), read before its rows are streamed. */
export function mergedRanges(data: Uint8Array): CellRange[] {
  const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
  const start = xml.lastIndexOf("</sheetData>");
  const ranges: CellRange[] = [];
  for (const match of xml.slice(Math.max(0, start)).matchAll(MERGE)) {
    const [from = "", to = from] = (match[1] ?? "").split(":");
    const a = CELL.exec(from);
    const b = CELL.exec(to);
    if (a === null || b === null) continue;
    const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [r1, r2] = [Number(a[2]), Number(b[2])];
    const [c1, c2] = [column(a[1] ?? ""), column(b[1] ?? "")];
    ranges.push({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
  }
  return ranges;
}
