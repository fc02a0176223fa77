import { createReadStream } from "node:fs";
import { parse } from "csv-parse/sync";
import { decodeBytes } from "../csv/decode.js";
import { DEFAULT_IMPORT_LIMITS, type ImportOptions, type ImportResult } from "../import-options.js";
import { columnLetter } from "../internal/column-letter.js";
import { csvParseOptions, wrapCsvError } from "../internal/csv-parse-options.js";
import { checkFileSize } from "../internal/file-size.js";
import { type Cell, ImportSession } from "../internal/import-session.js";
import { openTextStream, parseRecords } from "../internal/text-stream.js";
import { ImportError } from "../issue/import-error.js";
import type { ColumnLocation, ImportIssue } from "../issue/import-issue.js";
import { fromSdmxPeriod, SDMX_OBS_STATUS_IMPORT } from "./sdmx-codes.js";

/**
 * Options of {@link importSdmxCsv}.
 *
 * @example
 * ```ts
 * import type { SdmxImportOptions } from "@ducha/io/sdmx";
 *
 * const options: SdmxImportOptions = { unitDimension: "GEO", applyUnitMult: true };
 * ```
 * @since 0.1.0
 */
export interface SdmxImportOptions extends ImportOptions {
  /** Column id of the unit dimension. Defaults to `"REF_AREA"`. */
  readonly unitDimension?: string;
  /** Column id of the indicator dimension. Defaults to `"INDICATOR"`. */
  readonly indicatorDimension?: string;
  /** Text encoding of bytes. Defaults to detection (as for CSV). */
  readonly encoding?: string;
  /** Multiply `OBS_VALUE` by 10^`UNIT_MULT` (exactly). Defaults to true. */
  readonly applyUnitMult?: boolean;
}

/** Columns of SDMX-CSV 2.0 that are understood or are harmless to ignore silently. */
const KNOWN_COLUMNS = new Set(["STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY"]);

/**
 * Imports observations from an SDMX-CSV 2.0 data message (SDMX-CSV Data Message Field Guide 2.0.0):
 * the first header cell is `STRUCTURE` (optionally `STRUCTURE[;]`), and the character right after it is
 * the field separator; `REF_AREA` is the unit, `INDICATOR` the indicator, `TIME_PERIOD` the period
 * (`2024-Q3` → `2024Q3`, see {@link fromSdmxPeriod}), `OBS_VALUE` the value (× 10^`UNIT_MULT`),
 * `OBS_STATUS` the status ({@link SDMX_OBS_STATUS_IMPORT}), `COMMENT_OBS` the note. Headers and codes
 * with labels (`REF_AREA: Reference area`, `CN: China`) are read by their ids. Rows whose `ACTION` is
 * `D` (delete) are rejected with `unsupported_action`. Other columns are ignored with a warning.
 * The same issue/stats contract as `importCsv` holds: `rowsRead === accepted + rejected`.
 *
 * @param input - the SDMX-CSV text or bytes
 * @param options - dimension ids, encoding, reference data, strict mode …
 * @returns observations, issues and stats
 * @example
 * ```ts
 * import { importSdmxCsv } from "@ducha/io/sdmx";
 *
 * const csv = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\n" +
 *   "dataflow,X:KPI(1.0),I,CN_A,GDP,2024-Q3,1.5,4,A\n";
 * importSdmxCsv(csv).observations; // [{ unit: "CN_A", indicator: "GDP", period: "2024Q3", value: "15000", status: "verified" }]
 * ```
 * @since 0.1.0
 */
export function importSdmxCsv(input: string | Uint8Array, options: SdmxImportOptions = {}): ImportResult {
  const session = new ImportSession(options);
  const file = session.file;
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > session.maxBytes) {
    throw new ImportError("limit_exceeded", {
      file,
      message: {
        zh: `文件大小 ${size} 超过上限 ${session.maxBytes}（limits.maxBytes）`,
        en: `the input has ${size} bytes, more than the limit of ${session.maxBytes} (limits.maxBytes)`,
      },
    });
  }
  const text = (typeof input === "string" ? input : decodeBytes(input, options.encoding, file).text).replace(
    /^\uFEFF/,
    "",
  );
  const separator = sdmxSeparator(text, file);
  let records: string[][];
  try {
    records = parse(text, csvParseOptions(separator)) as string[][];
  } catch (error) {
    throw wrapCsvError(error, file, 0);
  }
  const table = new SdmxTable(session, options);
  records.forEach((record, i) => {
    table.push(record, i + 1);
  });
  if (table.rows === 0) throw notSdmx(file);
  return session.finish();
}

/**
 * Imports observations from an SDMX-CSV 2.0 byte stream in bounded memory (besides the result): the
 * same contract as {@link importSdmxCsv}, reading records as they arrive. The encoding is detected
 * from the first 64 KiB unless `encoding` is given; the separator is the character after `STRUCTURE`.
 *
 * @param stream - a Node readable stream or any async iterable of byte chunks (strings are read as UTF-8)
 * @param options - dimension ids, encoding, reference data, strict mode, limits …
 * @returns a promise of observations, issues and stats
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { importSdmxCsvStream } from "@ducha/io/sdmx";
 *
 * const text = "STRUCTURE,STRUCTURE_ID,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\ndataflow,X:KPI(1.0),CN_A,GDP,2024,1.5\n";
 * const result = await importSdmxCsvStream(Readable.from([new TextEncoder().encode(text)]));
 * console.log(result.stats.accepted); // 1
 * ```
 * @since 0.1.0
 */
export async function importSdmxCsvStream(
  stream: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
  options: SdmxImportOptions = {},
): Promise<ImportResult> {
  const session = new ImportSession(options);
  const file = session.file;
  const table = new SdmxTable(session, options);
  const input = await openTextStream(stream, session, options.encoding);
  let separator: string;
  try {
    separator = sdmxSeparator(input.headText.replace(/^\uFEFF/, ""), file);
  } catch (error) {
    await input.close();
    throw error;
  }
  await parseRecords(input.texts, separator, file, (record, row) => table.push(record, row)).finally(input.close);
  if (table.rows === 0) throw notSdmx(file);
  return session.finish();
}

/**
 * Imports observations from an SDMX-CSV 2.0 file on disk (Node), streaming it (see
 * {@link importSdmxCsvStream}). Issues name the file by `options.file`, else by the path. A file that
 * cannot be read throws `read_failed`; one larger than `limits.maxBytes` throws `limit_exceeded` before
 * reading.
 *
 * @param path - the file's path
 * @param options - as for {@link importSdmxCsv}
 * @returns a promise of observations, issues and stats
 * @example
 * ```ts
 * import { importSdmxCsvFile } from "@ducha/io/sdmx";
 *
 * const result = await importSdmxCsvFile("kpi-2024.sdmx.csv");
 * console.log(result.stats.rowsRead === result.stats.accepted + result.stats.rejected); // true
 * ```
 * @since 0.1.0
 */
export async function importSdmxCsvFile(path: string, options: SdmxImportOptions = {}): Promise<ImportResult> {
  const file = options.file ?? path;
  await checkFileSize(path, file, options.limits?.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes);
  return importSdmxCsvStream(createReadStream(path), { ...options, file });
}

/** The field separator of SDMX-CSV 2.0: the character right after the first header cell `STRUCTURE`. */
function sdmxSeparator(text: string, file: string): string {
  const m = /^STRUCTURE(?:\[[^\]]*\])?(.)/.exec(text);
  if (m === null || m[1] === undefined || /[\r\n]/.test(m[1])) throw notSdmx(file);
  return m[1];
}

function notSdmx(file: string): ImportError {
  return new ImportError("missing_column", {
    file,
    row: 1,
    message: {
      zh: "不是 SDMX-CSV 2.0：第一个表头单元格应为 STRUCTURE",
      en: "not SDMX-CSV 2.0: the first header cell must be STRUCTURE",
    },
  });
}

interface SdmxColumns {
  readonly unit: number;
  readonly indicator: number;
  readonly period: number;
  readonly value: number;
  readonly action: number;
  readonly unitMult: number;
  readonly status: number;
  readonly note: number;
}

/** Reads SDMX-CSV records in file order (the header first) into an {@link ImportSession}; shared by the sync and streaming importers. */
class SdmxTable {
  private readonly session: ImportSession;
  private readonly options: SdmxImportOptions;
  private header: string[] = [];
  private labelled = false;
  private columns: SdmxColumns | undefined;
  private readonly locations: ColumnLocation[] = [];
  /** Records seen, the header included. */
  rows = 0;

  constructor(session: ImportSession, options: SdmxImportOptions) {
    this.session = session;
    this.options = options;
  }

  push(record: string[], row: number): void {
    this.rows++;
    if (this.columns === undefined) this.readHeader(record);
    else this.pushData(record, row);
  }

  private location(i: number): ColumnLocation {
    let location = this.locations[i];
    if (location === undefined) {
      location = { letter: columnLetter(i), header: this.header[i] ?? "" };
      this.locations[i] = location;
    }
    return location;
  }

  private code(raw: string): string {
    return this.labelled ? (raw.split(": ")[0] ?? raw) : raw;
  }

  private readHeader(header: string[]): void {
    const { session, options } = this;
    const file = session.file;
    this.header = header;
    session.checkColumns(1, header.length);
    session.addHeaderRow();
    const labelled = header.some((h) => h.includes(": "));
    this.labelled = labelled;
    const ids = header.map((h) => (labelled ? (h.split(": ")[0] ?? h) : h).trim().replace(/\[[^\]]*\]$/, ""));
    const index = (id: string): number => ids.indexOf(id);
    const unitId = options.unitDimension ?? "REF_AREA";
    const indicatorId = options.indicatorDimension ?? "INDICATOR";
    const columns: SdmxColumns = {
      unit: index(unitId),
      indicator: index(indicatorId),
      period: index("TIME_PERIOD"),
      value: index("OBS_VALUE"),
      action: index("ACTION"),
      unitMult: index("UNIT_MULT"),
      status: index("OBS_STATUS"),
      note: index("COMMENT_OBS"),
    };
    for (const [name, id] of [
      ["unit", unitId],
      ["indicator", indicatorId],
      ["period", "TIME_PERIOD"],
      ["value", "OBS_VALUE"],
    ] as const) {
      if (columns[name] < 0) {
        throw new ImportError("missing_column", {
          file,
          row: 1,
          message: { zh: `SDMX-CSV 表头缺少 ${id} 列`, en: `the SDMX-CSV header has no ${id} column` },
        });
      }
    }
    this.columns = columns;
    const used = new Set(Object.values(columns).filter((i) => i >= 0));
    ids.forEach((id, i) => {
      if (used.has(i) || KNOWN_COLUMNS.has(id) || id === "") return;
      session.stats.ignoredColumns++;
      session.addHeaderIssue(
        session.issue(
          "unrecognized_column",
          "warning",
          1,
          { raw: header[i] ?? "", column: this.location(i) },
          {
            zh: `列 ${id} 未导入（Ducha 观测值没有对应字段）`,
            en: `column ${id} is not imported (no matching field in a Ducha observation)`,
          },
        ),
      );
    });
  }

  private pushData(record: string[], row: number): void {
    const { session, options } = this;
    const columns = this.columns as SdmxColumns;
    session.checkColumns(row, record.length);
    if (record.every((cell) => cell.trim() === "")) {
      session.addBlankRow();
      return;
    }
    const cell = (at: number, strip = false): Cell => ({
      raw: strip ? this.code(record[at] ?? "") : (record[at] ?? ""),
      column: this.location(at),
    });
    const issues: ImportIssue[] = [];
    if (columns.action >= 0) {
      const action = (record[columns.action] ?? "").trim().toUpperCase();
      if (action !== "" && action !== "I" && action !== "A" && action !== "R") {
        issues.push(
          session.issue("unsupported_action", "error", row, cell(columns.action), {
            zh: `不支持的 ACTION“${action}”：只导入 I/A/R（信息、追加、替换）行，删除（D）行不是观测值`,
            en: `unsupported ACTION "${action}": only I, A and R rows are imported; D (delete) rows are not observations`,
          }),
        );
      }
    }
    let powerOfTen = 0;
    if (columns.unitMult >= 0 && options.applyUnitMult !== false) {
      const raw = (record[columns.unitMult] ?? "").trim();
      if (raw !== "") {
        if (/^[+-]?\d{1,3}$/.test(raw)) powerOfTen = Number(raw);
        else {
          issues.push(
            session.issue("invalid_unit_mult", "error", row, cell(columns.unitMult), {
              zh: `UNIT_MULT“${raw}”不是整数（10 的幂次）`,
              en: `UNIT_MULT "${raw}" is not an integer power of ten`,
            }),
          );
        }
      }
    }
    let mappedStatus: ReturnType<typeof mapStatus>;
    if (columns.status >= 0) {
      const raw = this.code(record[columns.status] ?? "")
        .trim()
        .toUpperCase();
      mappedStatus = mapStatus(raw);
      if (raw !== "" && mappedStatus === undefined) {
        mappedStatus = "reported";
        issues.push(
          session.issue("unknown_obs_status", "warning", row, cell(columns.status), {
            zh: `OBS_STATUS“${raw}”无对应状态，按 reported 读取`,
            en: `OBS_STATUS "${raw}" has no Ducha equivalent; read as reported`,
          }),
        );
      }
    }
    const period = cell(columns.period);
    const periodId = fromSdmxPeriod(period.raw);
    session.addRow({
      row,
      unit: cell(columns.unit, true),
      period,
      ...(periodId === undefined ? {} : { periodId }),
      values: [
        {
          indicator: cell(columns.indicator, true),
          value: cell(columns.value),
          ...(mappedStatus === undefined ? {} : { mappedStatus }),
          ...(columns.note >= 0 ? { note: cell(columns.note) } : {}),
          powerOfTen,
        },
      ],
      issues,
    });
  }
}

function mapStatus(code: string): (typeof SDMX_OBS_STATUS_IMPORT)[string] | undefined {
  return SDMX_OBS_STATUS_IMPORT[code];
}
