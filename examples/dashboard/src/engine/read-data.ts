// Reads a dropped or picked file in the browser: a project JSON, or data (CSV/TSV, XLSX, or a JSON
// list of observations) imported against the current project with @ducha/io's importers.
import {
  type ImportIssue,
  type ImportStats,
  knownReferences,
  plausibleBounds,
  suggestKnownId,
  toBooleanValue,
} from "@ducha/io";
import { importCsv } from "@ducha/io/csv";
import type { Observation, Project } from "@ducha/schema";
import ExcelJS from "exceljs";

/** What a file turned out to be. */
export type ReadData =
  | { readonly kind: "project"; readonly value: unknown }
  | {
      readonly kind: "observations";
      readonly format: "csv" | "xlsx" | "json";
      readonly observations: Observation[];
      readonly issues: ImportIssue[];
      readonly stats: ImportStats;
    };

/** A file the dashboard cannot read (wrong type, broken JSON …), with zh/en messages. */
export class ReadDataError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
  }
}

// Decoding as @ducha/io's detectEncoding does (BOM, else UTF-8 if valid, else GB18030), with the
// browser's TextDecoder.
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// The first worksheet as CSV text, one line per sheet row (empty rows kept, so row numbers match).
async function xlsxToCsv(bytes: Uint8Array, file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ReadDataError(`无法读取 Excel 文件“${file}”`, `cannot read the Excel file "${file}"`);
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new ReadDataError(`“${file}”没有工作表`, `"${file}" has no worksheet`);
  const lines: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(csvCell(row.getCell(c).text ?? ""));
    lines.push(cells.join(","));
  }
  return lines.join("\n");
}

function fromJson(text: string, file: string): ReadData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReadDataError(
      `“${file}”不是有效的 JSON：${String(error)}`,
      `"${file}" is not valid JSON: ${String(error)}`,
    );
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "system" in value)
    return { kind: "project", value };
  const list = Array.isArray(value) ? value : (value as { observations?: unknown } | null)?.observations;
  if (!Array.isArray(list))
    throw new ReadDataError(
      `“${file}”既不是项目文件，也不是观测值列表`,
      `"${file}" is neither a project nor a list of observations`,
    );
  // Each observation is checked when it is merged into the project and validated.
  return {
    kind: "observations",
    format: "json",
    observations: list as Observation[],
    issues: [],
    stats: {
      rowsRead: list.length,
      accepted: list.length,
      rejected: 0,
      blankRows: 0,
      headerRows: 0,
      observations: list.length,
      ignoredColumns: 0,
      errors: 0,
      warnings: 0,
    },
  };
}

/**
 * Reads one file. JSON with a `system` is a project; other JSON is a list of observations; CSV,
 * TSV, TXT and XLSX are imported with the project's units, indicators, codes and plausible ranges.
 */
export async function readData(file: string, bytes: Uint8Array, project: Project | undefined): Promise<ReadData> {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return fromJson(decode(bytes), file);
  const isCsv = [".csv", ".tsv", ".txt"].some((ext) => lower.endsWith(ext));
  if (!isCsv && !lower.endsWith(".xlsx"))
    throw new ReadDataError(
      `不支持的文件类型“${file}”，应为 .json、.csv、.tsv 或 .xlsx`,
      `unsupported file "${file}"; expected .json, .csv, .tsv or .xlsx`,
    );
  if (project === undefined)
    throw new ReadDataError("请先加载项目，再导入数据", "load a project before importing data");
  const text = isCsv ? decode(bytes) : await xlsxToCsv(bytes, file);
  const known = knownReferences(project);
  const result = importCsv(text, {
    file,
    known,
    bounds: plausibleBounds(project),
    period: project.plan.period,
    format: "auto",
  });
  const booleans = new Set(project.system.indicators.filter((i) => i.kind === "boolean").map((i) => i.id));
  const observations: Observation[] = result.observations.map((o) =>
    booleans.has(o.indicator) ? { ...o, value: toBooleanValue(o.value) } : { ...o },
  );
  return {
    kind: "observations",
    format: isCsv ? "csv" : "xlsx",
    observations,
    issues: result.issues.map((i) => suggestKnownId(i, known)),
    stats: result.stats,
  };
}
