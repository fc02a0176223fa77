import type { ImportIssue } from "./issue/import-issue.js";
import type { Observation, ObservationStatus } from "./observation.js";
import type { UnitDefinition } from "./value/unit-conversion.js";

/**
 * An indicator the importer checks against (from the indicator system, 指标体系).
 *
 * @example
 * ```ts
 * import type { KnownIndicator } from "@ducha/io";
 *
 * const gdp: KnownIndicator = { id: "gdp", name: "地区生产总值", unit: "万元", type: "quantitative" };
 * ```
 * @since 0.1.0
 */
export interface KnownIndicator {
  /** The indicator's id, e.g. `"gdp_growth"`. */
  readonly id: string;
  /** Its declared unit; values are converted into it (e.g. `"万元"`, `"%"`). Defaults to none. */
  readonly unit?: string;
  /** Its display name; files may use it instead of the id (e.g. `"GDP增速"`). Defaults to none. */
  readonly name?: string;
  /**
   * Indicator type: `quantitative` (定量) and `survey` (满意度) values are numbers; `qualitative` (定性)
   * and `task` (工作任务) values are codes kept as text. Defaults to unknown: numbers if they parse,
   * else codes with a `value_not_numeric` warning.
   */
  readonly type?: "quantitative" | "qualitative" | "task" | "survey";
  /** Allowed codes for qualitative/task indicators (e.g. `["A", "B", "C", "D"]`). Defaults to any. */
  readonly codes?: Iterable<string>;
}

/**
 * Reference data for referential checks (unknown unit/indicator/period issues with "did you mean"
 * suggestions). Each list that is given is enforced; an absent list accepts anything.
 *
 * @example
 * ```ts
 * import type { KnownReferences } from "@ducha/io";
 *
 * const known: KnownReferences = { units: ["district_a"], indicators: [{ id: "gdp_growth", unit: "%" }], periods: ["2024"] };
 * ```
 * @since 0.1.0
 */
export interface KnownReferences {
  /** Assessed unit ids (被考核单位). */
  readonly units?: Iterable<string>;
  /** Indicators (指标) with their declared units and names. */
  readonly indicators?: Iterable<KnownIndicator>;
  /** Period ids (考核周期), e.g. `["2024", "2024Q1"]`. */
  readonly periods?: Iterable<string>;
}

/**
 * Plausible bounds for an indicator's values; values outside produce a `value_out_of_range` warning.
 *
 * @example
 * ```ts
 * import type { PlausibleRange } from "@ducha/io";
 *
 * const growth: PlausibleRange = { min: "-50", max: "100" };
 * ```
 * @since 0.1.0
 */
export interface PlausibleRange {
  /** Smallest plausible value (inclusive), as a decimal string or number. Defaults to no bound. */
  readonly min?: string | number;
  /** Largest plausible value (inclusive). Defaults to no bound. */
  readonly max?: string | number;
}

/**
 * Size limits that guard against runaway input. Exceeding one throws an `ImportError` with code
 * `limit_exceeded`.
 *
 * @example
 * ```ts
 * import type { ImportLimits } from "@ducha/io";
 *
 * const limits: ImportLimits = { maxBytes: 10 * 1024 * 1024, maxRows: 50_000 };
 * ```
 * @since 0.1.0
 */
export interface ImportLimits {
  /** Maximum input size in bytes. Defaults to 268435456 (256 MiB). */
  readonly maxBytes?: number;
  /**
   * Maximum number of data rows (`stats.rowsRead`): header lines, units rows and blank rows are not
   * counted, so a file with exactly this many data rows is accepted and one more data row throws
   * `limit_exceeded` located at that row. Defaults to 1000000.
   */
  readonly maxRows?: number;
  /** Maximum number of columns in a row. Defaults to 2000. */
  readonly maxColumns?: number;
  /**
   * Maximum total uncompressed size of an XLSX workbook's ZIP entries, as declared by its central
   * directory and checked before anything is decompressed (zip-bomb guard). Defaults to 209715200 (200 MiB).
   */
  readonly maxUncompressedBytes?: number;
}

/**
 * The default {@link ImportLimits}.
 *
 * @example
 * ```ts
 * import { DEFAULT_IMPORT_LIMITS } from "@ducha/io";
 *
 * console.log(DEFAULT_IMPORT_LIMITS.maxRows); // 1000000
 * ```
 * @since 0.1.0
 */
export const DEFAULT_IMPORT_LIMITS: Readonly<Required<ImportLimits>> = {
  maxBytes: 256 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
};

/**
 * Options shared by every importer of `@ducha/io`.
 *
 * @example
 * ```ts
 * import type { ImportOptions } from "@ducha/io";
 *
 * const options: ImportOptions = { file: "2024.csv", mode: "strict", percent: "fraction" };
 * ```
 * @since 0.1.0
 */
export interface ImportOptions {
  /** File name used in issues and errors. Defaults to `"<input>"` (the path for `importCsvFile`). */
  readonly file?: string;
  /**
   * `"report"`: collect issues and continue; `"strict"`: throw an `ImportError` (code
   * `strict_mode_failed`) listing all issues when any error was found. Defaults to `"report"`.
   */
  readonly mode?: "report" | "strict";
  /** Reference data for referential checks. Defaults to none (no referential checks). */
  readonly known?: KnownReferences;
  /** Plausible ranges by indicator id. Defaults to none. */
  readonly bounds?: Readonly<Record<string, PlausibleRange>>;
  /** What a percentage becomes when the indicator declares no unit (see `parseValue`). Defaults to `"points"`. */
  readonly percent?: "points" | "fraction";
  /** Status of rows that do not state one. Defaults to `"reported"`. */
  readonly defaultStatus?: Exclude<ObservationStatus, "missing">;
  /** Unit conversion table. Defaults to `UNIT_TABLE`. */
  readonly units?: Readonly<Record<string, UnitDefinition>>;
  /** Excel serial dates use the 1904 date system. Defaults to false. */
  readonly date1904?: boolean;
  /** Size limits. Defaults to {@link DEFAULT_IMPORT_LIMITS}. */
  readonly limits?: ImportLimits;
}

/**
 * Counts that account for every row: `rowsRead === accepted + rejected` always holds (blank rows and
 * header lines are counted separately).
 *
 * @example
 * ```ts
 * import type { ImportStats } from "@ducha/io";
 *
 * declare const stats: ImportStats;
 * console.log(stats.rowsRead === stats.accepted + stats.rejected); // true
 * ```
 * @since 0.1.0
 */
export interface ImportStats {
  /** Data rows read (not header lines, not blank rows). */
  rowsRead: number;
  /** Rows whose observations were all imported (warnings allowed). */
  accepted: number;
  /** Rows with at least one error; none of their observations was imported. */
  rejected: number;
  /** Rows whose cells are all blank (skipped, not data). */
  blankRows: number;
  /** Header lines. */
  headerRows: number;
  /** Observations imported. */
  observations: number;
  /** Columns ignored (unrecognised or unknown-indicator headers; each has an issue). */
  ignoredColumns: number;
  /** Issues with severity `error`. */
  errors: number;
  /** Issues with severity `warning`. */
  warnings: number;
}

/**
 * What every importer returns: the observations, every issue, and the row accounting.
 *
 * @example
 * ```ts
 * import type { ImportResult } from "@ducha/io";
 *
 * declare const result: ImportResult;
 * for (const issue of result.issues) console.log(issue.row, issue.message.zh);
 * ```
 * @since 0.1.0
 */
export interface ImportResult {
  /** The imported observations, in file order. */
  readonly observations: Observation[];
  /** Every issue found, in file order (header issues first). */
  readonly issues: ImportIssue[];
  /** Row accounting. */
  readonly stats: ImportStats;
}
