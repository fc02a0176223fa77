import { parse } from "csv-parse/sync";
import { decodeBytes } from "../csv/decode.js";
import type { ImportOptions, ImportResult } from "../import-options.js";
import { columnLetter } from "../internal/column-letter.js";
import { csvParseOptions, wrapCsvError } from "../internal/csv-parse-options.js";
import { type Cell, ImportSession } from "../internal/import-session.js";
import { ImportError } from "../issue/import-error.js";
import type { ImportIssue } from "../issue/import-issue.js";
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
  const m = /^STRUCTURE(?:\[[^\]]*\])?(.)/.exec(text);
  if (m === null || m[1] === undefined || /[\r\n]/.test(m[1])) {
    throw new ImportError("missing_column", {
      file,
      row: 1,
      message: {
        zh: "不是 SDMX-CSV 2.0：第一个表头单元格应为 STRUCTURE",
        en: "not SDMX-CSV 2.0: the first header cell must be STRUCTURE",
      },
    });
  }
  let records: string[][];
  try {
    records = parse(text, csvParseOptions(m[1])) as string[][];
  } catch (error) {
    throw wrapCsvError(error, file, 0);
  }
  const header = records[0] ?? [];
  session.checkColumns(1, header.length);
  session.addHeaderRow();
  const labelled = header.some((h) => h.includes(": "));
  const ids = header.map((h) => (labelled ? (h.split(": ")[0] ?? h) : h).trim().replace(/\[[^\]]*\]$/, ""));
  const index = (id: string): number => ids.indexOf(id);
  const unitId = options.unitDimension ?? "REF_AREA";
  const indicatorId = options.indicatorDimension ?? "INDICATOR";
  const columns = {
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
  const used = new Set(Object.values(columns).filter((i) => i >= 0));
  const location = (i: number) => ({ letter: columnLetter(i), header: header[i] ?? "" });
  ids.forEach((id, i) => {
    if (used.has(i) || KNOWN_COLUMNS.has(id) || id === "") return;
    session.stats.ignoredColumns++;
    session.addHeaderIssue(
      session.issue(
        "unrecognized_column",
        "warning",
        1,
        { raw: header[i] ?? "", column: location(i) },
        {
          zh: `列 ${id} 未导入（Ducha 观测值没有对应字段）`,
          en: `column ${id} is not imported (no matching field in a Ducha observation)`,
        },
      ),
    );
  });
  const code = (raw: string): string => (labelled ? (raw.split(": ")[0] ?? raw) : raw);

  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    session.checkColumns(row, record.length);
    if (record.every((cell) => cell.trim() === "")) {
      session.addBlankRow();
      return;
    }
    const cell = (at: number, strip = false): Cell => ({
      raw: strip ? code(record[at] ?? "") : (record[at] ?? ""),
      column: location(at),
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
      const raw = code(record[columns.status] ?? "")
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
  });
  return session.finish();
}

function mapStatus(code: string): (typeof SDMX_OBS_STATUS_IMPORT)[string] | undefined {
  return SDMX_OBS_STATUS_IMPORT[code];
}
