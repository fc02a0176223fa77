import { createReadStream } from "node:fs";
import { type FileHandle, open, readFile, stat } from "node:fs/promises";
import {
  ImportError,
  type ImportIssue,
  type ImportStats,
  type Observation as IoObservation,
  isImportError,
  type KnownReferences,
  knownReferences,
  plausibleBounds,
  suggestKnownId,
  toBooleanValue,
} from "@ducha/io";
import { type CsvImportOptions, importCsvFile, importCsvStream } from "@ducha/io/csv";
import { importSdmxCsv, type SdmxImportOptions } from "@ducha/io/sdmx";
import type { EntryTemplateImportOptions, XlsxImportOptions } from "@ducha/io/xlsx";
import type { Observation, Project } from "@ducha/schema";
import { UnsupportedFormatError } from "./unsupported-format-error.js";

/**
 * File formats {@link importData} reads: `csv` (long or wide, any common encoding), `sdmx`
 * (SDMX-CSV 2.0) and `xlsx` (Excel workbook).
 *
 * @since 0.1.0
 */
export type ImportFormat = "csv" | "sdmx" | "xlsx";

/** The formats of {@link ImportFormat}, for messages. */
const IMPORT_FORMATS: readonly ImportFormat[] = ["csv", "sdmx", "xlsx"];

/**
 * Options of {@link importData}: the project to check against, the file format, and the options of
 * the `@ducha/io` importers (`mode`, `percent`, `encoding`, `delimiter`, `columns`, `sheet`,
 * `headerRows`, `unitDimension` …).
 *
 * @example
 * ```ts
 * import type { ImportDataOptions } from "ducha";
 *
 * declare const project: import("ducha").Project;
 * const options: ImportDataOptions = { project, format: "csv", layout: "wide", encoding: "gb18030" };
 * ```
 * @since 0.1.0
 */
export interface ImportDataOptions
  extends Omit<CsvImportOptions, "format" | "known">,
    Omit<XlsxImportOptions, "format" | "known">,
    Omit<SdmxImportOptions, "known"> {
  /** The project: its units and indicators are the references every row is checked against. */
  readonly project: Project;
  /**
   * The file format. Defaults to the extension: `.xlsx` → `xlsx`; `.sdmx.csv` → `sdmx`; `.csv`,
   * `.tsv`, `.txt` → `sdmx` when the first header cell is `STRUCTURE`, else `csv`.
   */
  readonly format?: ImportFormat;
  /**
   * CSV/XLSX layout (`format` of `importCsv`): `long`, `wide` or `auto`. Defaults to `"auto"`.
   */
  readonly layout?: "long" | "wide" | "auto";
  /** Reference data. Defaults to {@link knownReferences} of `project`. */
  readonly known?: KnownReferences;
  /**
   * The period of rows in files without a period column (e.g. a wide sheet of one year). Defaults to
   * the assessment plan's period (`project.plan.period`).
   */
  readonly period?: string;
  /**
   * Called as the file is read, with the bytes read so far and the file's size (first with
   * `bytesRead: 0`), e.g. to drive a progress bar. CSV files are parsed while they stream in, so the
   * bytes read follow the work done. Defaults to none.
   */
  readonly onProgress?: (progress: ImportProgress) => void;
}

/**
 * How far {@link importData} has read its file (see `onProgress`).
 *
 * @example
 * ```ts
 * import type { ImportProgress } from "ducha";
 *
 * const report = (p: ImportProgress) => console.log(`${Math.round((100 * p.bytesRead) / p.totalBytes)} %`);
 * ```
 * @since 0.1.0
 */
export interface ImportProgress {
  /** Bytes read so far. */
  readonly bytesRead: number;
  /** The file's size in bytes. */
  readonly totalBytes: number;
}

/**
 * What {@link importData} returns: project-ready observations, every issue (with file, row and
 * column) and the row accounting (`rowsRead === accepted + rejected`).
 *
 * @since 0.1.0
 */
export interface ImportDataResult {
  /** The format that was read. */
  readonly format: ImportFormat;
  /**
   * The imported observations, in file order, typed as project observations: values are decimal
   * strings or codes, boolean indicators' values are `true`/`false`.
   */
  readonly observations: Observation[];
  /** Every issue, in file order. */
  readonly issues: ImportIssue[];
  /** Row accounting. */
  readonly stats: ImportStats;
}

/** The format implied by a file name and, for `.csv`, by the first header cell. */
async function detectFormat(file: string, readHead: () => Promise<string>): Promise<ImportFormat> {
  const lower = file.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".sdmx.csv")) return "sdmx";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
    const head = (await readHead()).replace(/^\uFEFF/, "");
    return /^"?STRUCTURE\b/.test(head) ? "sdmx" : "csv";
  }
  const dot = lower.lastIndexOf(".");
  throw new UnsupportedFormatError(dot < 0 ? file : lower.slice(dot), ["csv", "sdmx.csv", "xlsx"], {
    path: ["format"],
  });
}

/** The file's size; a missing or unreadable file throws `read_failed` as {@link readBytes} does. */
async function fileSize(path: string, file: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw readFailed(error, path, file);
  }
}

/** Yields the chunks of `stream`, reporting the bytes read so far after each. */
async function* counted(
  stream: AsyncIterable<Uint8Array>,
  totalBytes: number,
  onProgress: (progress: ImportProgress) => void,
): AsyncGenerator<Uint8Array> {
  let bytesRead = 0;
  for await (const chunk of stream) {
    bytesRead += chunk.byteLength;
    onProgress({ bytesRead, totalBytes });
    yield chunk;
  }
}

async function readBytes(
  path: string,
  file: string,
  onProgress: ((progress: ImportProgress) => void) | undefined,
): Promise<Uint8Array> {
  try {
    if (onProgress === undefined) return await readFile(path);
    const totalBytes = await fileSize(path, file);
    onProgress({ bytesRead: 0, totalBytes });
    const chunks: Uint8Array[] = [];
    for await (const chunk of counted(createReadStream(path), totalBytes, onProgress)) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (error) {
    if (isImportError(error)) throw error;
    throw readFailed(error, path, file);
  }
}

/** The first 64 bytes of a file (enough to tell SDMX-CSV from CSV), without reading the rest. */
async function readHead(path: string, file: string): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "r");
    const head = new Uint8Array(64);
    const { bytesRead } = await handle.read(head, 0, head.byteLength, 0);
    return head.subarray(0, bytesRead);
  } catch (error) {
    throw readFailed(error, path, file);
  } finally {
    await handle?.close();
  }
}

/** `ImportError` `read_failed` for a file that cannot be read, with the reason in both languages. */
function readFailed(error: unknown, path: string, file: string): ImportError {
  const code = (error as { code?: unknown }).code;
  const why =
    code === "ENOENT"
      ? { zh: "文件不存在", en: "no such file" }
      : code === "EISDIR"
        ? { zh: "这是一个目录", en: "is a directory" }
        : { zh: "无法读取", en: "cannot be read" };
  return new ImportError("read_failed", {
    file,
    message: { zh: `无法读取文件“${path}”：${why.zh}`, en: `cannot read file "${path}": ${why.en}` },
    cause: error,
  });
}

/**
 * Imports observations (导入数据) from a CSV, SDMX-CSV or Excel file, checked against a project:
 * unknown units and indicators are errors with a "did you mean" suggestion, values are converted
 * into each indicator's declared unit (万元, %, …), grade and task codes are checked against the
 * indicator's scoring map, boolean indicators accept 是/否, true/false, 1/0, and values outside an
 * indicator's `plausible` range are warnings. Rows with an error are rejected (nothing from them is
 * imported); every issue is returned with file, row and column. A filled-in Ducha data-entry
 * template (`ducha template`, `createEntryTemplate` of `@ducha/io/xlsx`) is recognised by its hidden
 * `_meta` sheet and read with `importEntryTemplate`, which knows each column's indicator.
 *
 * Pass the observations to {@link assess}, which merges them into the project (an imported
 * observation replaces the project's one for the same unit × indicator × period).
 *
 * @param path - the file to read
 * @param options - the project, the format and the importer options
 * @returns observations, issues and stats
 * @throws `ImportError` (from `@ducha/io`) with code `read_failed` when the file cannot be read,
 *   `limit_exceeded`, or `strict_mode_failed` with `mode: "strict"`; {@link UnsupportedFormatError}
 *   for an extension that is not `.csv`, `.tsv`, `.txt` or `.xlsx` without `format`
 * @example
 * ```ts
 * import { assess, importData, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const imported = await importData("2024.csv", { project: loaded.value });
 *   for (const issue of imported.issues) console.log(`${issue.file}:${issue.row}:${issue.column.letter}`, issue.message.zh);
 *   if (imported.stats.rejected === 0) console.log(assess(loaded.value, imported.observations).units[0]);
 * }
 * ```
 * @since 0.1.0
 */
export async function importData(path: string, options: ImportDataOptions): Promise<ImportDataResult> {
  const { project, format: requested, layout, known, period, onProgress, ...io } = options;
  const file = io.file ?? path;
  if (requested !== undefined && !IMPORT_FORMATS.includes(requested))
    throw new UnsupportedFormatError(String(requested), IMPORT_FORMATS, { path: ["format"] });
  let bytes: Uint8Array | undefined;
  const load = async () => {
    bytes ??= await readBytes(path, file, onProgress);
    return bytes;
  };
  const format =
    requested ?? (await detectFormat(path, async () => new TextDecoder("utf-8").decode(await readHead(path, file))));
  const references = known ?? knownReferences(project);
  const common = {
    ...io,
    file,
    known: references,
    bounds: io.bounds ?? plausibleBounds(project),
  };
  const tabular = {
    ...(layout === undefined ? {} : { format: layout }),
    period: period ?? project.plan.period,
  };
  let result: { observations: readonly IoObservation[]; issues: ImportIssue[]; stats: ImportStats };
  if (format === "xlsx") {
    // loaded on demand: exceljs is large, and CSV users should not pay for it at startup
    const { importEntryTemplate, importXlsx } = await import("@ducha/io/xlsx");
    const bytes = await load();
    try {
      result = await importXlsx(bytes, { ...common, ...tabular });
    } catch (error) {
      // a Ducha data-entry template (`ducha template`): its hidden sheet names each column's indicator
      if (!(isImportError(error) && error.code === "entry_template")) throw error;
      const options: EntryTemplateImportOptions = { file, bounds: common.bounds };
      for (const key of ["mode", "defaultStatus", "limits", "units", "percent"] as const)
        if (io[key] !== undefined) Object.assign(options, { [key]: io[key] });
      result = await importEntryTemplate(bytes, project, options);
    }
  } else if (format === "sdmx") result = importSdmxCsv(await load(), common);
  else if (onProgress === undefined) result = await importCsvFile(path, { ...common, ...tabular });
  else {
    // the same as importCsvFile, with the bytes counted as they stream into the parser
    const totalBytes = await fileSize(path, file);
    onProgress({ bytesRead: 0, totalBytes });
    result = await importCsvStream(counted(createReadStream(path), totalBytes, onProgress), { ...common, ...tabular });
  }
  const booleans = new Set(project.system.indicators.filter((i) => i.kind === "boolean").map((i) => i.id));
  const observations: Observation[] = result.observations.map((o) =>
    booleans.has(o.indicator) ? { ...o, value: toBooleanValue(o.value) } : { ...o },
  );
  const issues = result.issues.map((issue) => suggestKnownId(issue, references));
  return { format, observations, issues, stats: result.stats };
}
