import type { ImportOptions, ImportResult } from "../import-options.js";

/**
 * Fields of a long-format row (one observation per row) that a column can hold.
 *
 * @example
 * ```ts
 * import type { CsvField } from "@ducha/io/csv";
 *
 * const field: CsvField = "value";
 * ```
 * @since 0.1.0
 */
export type CsvField = "unit" | "indicator" | "period" | "value" | "status" | "note" | "source" | "missingReason";

/**
 * Options of `importCsv`, `importCsvStream` and `importCsvFile`.
 *
 * @example
 * ```ts
 * import type { CsvImportOptions } from "@ducha/io/csv";
 *
 * const options: CsvImportOptions = { format: "wide", period: "2024", encoding: "gbk", mode: "strict" };
 * ```
 * @since 0.1.0
 */
export interface CsvImportOptions extends ImportOptions {
  /**
   * `long`: one observation per row (unit, indicator, period, value[, status, note, source]);
   * `wide`: one row per unit, one column per indicator; `auto`: long when the header has unit,
   * indicator and value columns, else wide. Defaults to `"auto"`.
   */
  readonly format?: "long" | "wide" | "auto";
  /** Field delimiter: `","`, `";"`, `"\t"` or `"|"`. Defaults to detection from the first lines (`,` `;` tab). */
  readonly delimiter?: string;
  /** Text encoding (`"utf-8"`, `"gbk"`, `"gb18030"`, `"utf-16le"`, `"utf-16be"` …). Defaults to detection. */
  readonly encoding?: string;
  /**
   * Which column holds which field, by header text or 0-based index, overriding the built-in header
   * aliases (e.g. `{ unit: "区县", value: 3 }`). Defaults to the aliases (`单位`, `指标`, `期间`,
   * `数值`, `状态`, `备注`, `来源` and English ids).
   */
  readonly columns?: Readonly<Partial<Record<CsvField, string | number>>>;
  /** The period of every row when the file has no period column (e.g. `"2024"`). Defaults to none. */
  readonly period?: string;
  /**
   * The 1-based row of the header. Defaults to the first of the first 10 rows that has a unit column
   * (rows above it, such as a title, are counted as header lines).
   */
  readonly headerRow?: number;
  /**
   * Wide format: whether the row after the header holds the indicators' units (`万元`, `%` …).
   * Defaults to detection (every non-blank indicator cell of that row is a known unit).
   */
  readonly unitRow?: boolean;
  /**
   * Remove the `'` that `toCsv` puts before text starting with `=`, `+`, `-`, `@`, tab or CR (formula
   * injection escaping), so exported files import back unchanged. Defaults to true.
   */
  readonly unescapeFormulas?: boolean;
}

/**
 * The result of a CSV import: observations, issues, stats, and what was detected.
 *
 * @example
 * ```ts
 * import type { CsvImportResult } from "@ducha/io/csv";
 *
 * declare const result: CsvImportResult;
 * console.log(result.encoding, result.delimiter, result.stats.accepted);
 * ```
 * @since 0.1.0
 */
export interface CsvImportResult extends ImportResult {
  /** The layout read: `long` or `wide`. */
  readonly format: "long" | "wide";
  /**
   * The encoding used (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`, `utf-16be` or the one given), or
   * `string` when the input was already text.
   */
  readonly encoding: string;
  /** The field delimiter used. */
  readonly delimiter: string;
}
