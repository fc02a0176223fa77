/**
 * A message in Chinese and English.
 *
 * @example
 * ```ts
 * import type { LocalizedMessage } from "@ducha/io";
 *
 * const message: LocalizedMessage = { zh: "单位为空", en: "the unit is blank" };
 * ```
 * @since 0.1.0
 */
export interface LocalizedMessage {
  /** 中文. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * A column as the user sees it: the spreadsheet letter (`"C"`) and the header text (`"数值（万元）"`).
 *
 * @example
 * ```ts
 * import type { ColumnLocation } from "@ducha/io";
 *
 * const column: ColumnLocation = { letter: "C", header: "数值（万元）" };
 * ```
 * @since 0.1.0
 */
export interface ColumnLocation {
  /** Spreadsheet column letter: `A`, `B`, …, `Z`, `AA`, … */
  readonly letter: string;
  /** The header cell's text as written in the file (empty when the file has no header cell there). */
  readonly header: string;
}

/**
 * The stable, snake_case codes of {@link ImportIssue}s.
 *
 * - `missing_field`: a required cell (unit, indicator, period) is blank.
 * - `invalid_number`: the value is not a number (for a quantitative indicator).
 * - `value_not_numeric` (warning): a non-numeric value kept as a code because the indicator's type is unknown.
 * - `invalid_code`: a qualitative/task value not in the indicator's declared codes.
 * - `unit_conversion_unknown`: the value's unit cannot be converted to the indicator's declared unit.
 * - `invalid_period`: the period is not `2024`, `2024S1`, `2024Q3`, `2024-05` or a recognised variant.
 * - `period_date_truncated` (warning): a date in the period column was read as its month.
 * - `invalid_status`: the status cell is not a known status.
 * - `status_overridden` (warning): the value is missing although the status cell said otherwise.
 * - `value_with_missing_status`: a value is given but the status says `missing`.
 * - `unknown_unit`, `unknown_indicator`, `unknown_period`: not in `known` (with a suggestion).
 * - `duplicate_observation`: the same unit × indicator × period appeared on an earlier row.
 * - `value_out_of_range` (warning): outside the configured plausible bounds.
 * - `unrecognized_column` (warning): a header cell that maps to nothing; the column is ignored.
 * - `duplicate_column`: two columns map to the same field or indicator; the later one is ignored.
 * - `extra_cells` (warning): non-empty cells beyond the header's columns.
 * - `unsupported_action`: an SDMX-CSV row whose ACTION is not `I`, `A` or `R` (e.g. `D` delete).
 * - `invalid_unit_mult`: an SDMX `UNIT_MULT` that is not an integer.
 * - `unknown_obs_status` (warning): an SDMX `OBS_STATUS` code with no Ducha equivalent (read as `reported`).
 * - `not_assessed` (warning): an entry-template cell filled for an indicator the unit's category is not
 *   assessed on (a grey cell); the value is not imported.
 *
 * @example
 * ```ts
 * import type { ImportIssueCode } from "@ducha/io";
 *
 * const code: ImportIssueCode = "unknown_indicator";
 * ```
 * @since 0.1.0
 */
export type ImportIssueCode =
  | "missing_field"
  | "invalid_number"
  | "value_not_numeric"
  | "invalid_code"
  | "unit_conversion_unknown"
  | "invalid_period"
  | "period_date_truncated"
  | "invalid_status"
  | "status_overridden"
  | "value_with_missing_status"
  | "unknown_unit"
  | "unknown_indicator"
  | "unknown_period"
  | "duplicate_observation"
  | "value_out_of_range"
  | "unrecognized_column"
  | "duplicate_column"
  | "extra_cells"
  | "unsupported_action"
  | "invalid_unit_mult"
  | "unknown_obs_status"
  | "not_assessed";

/**
 * One problem found while importing (导入问题), located the way the user sees the file.
 *
 * `row` is 1-based and counts every line of the sheet including header lines (the row number a
 * spreadsheet shows). A row with at least one `error` is rejected; `warning`s leave it accepted.
 *
 * @example
 * ```ts
 * import type { ImportIssue } from "@ducha/io";
 *
 * const issue: ImportIssue = {
 *   code: "invalid_number",
 *   severity: "error",
 *   file: "data.csv",
 *   row: 3,
 *   column: { letter: "D", header: "数值" },
 *   raw: "abc",
 *   message: { zh: "“abc”不是数字", en: '"abc" is not a number' },
 * };
 * ```
 * @since 0.1.0
 */
export interface ImportIssue {
  /** Stable machine-readable code. */
  readonly code: ImportIssueCode;
  /** `error` rejects the row; `warning` keeps it. */
  readonly severity: "error" | "warning";
  /** The file name given in the options (or `"<input>"`). */
  readonly file: string;
  /** The worksheet, for workbooks read sheet by sheet (entry templates). Defaults to none. */
  readonly sheet?: string;
  /** 1-based row as a spreadsheet shows it, header lines included. */
  readonly row: number;
  /** The column (letter and header text). */
  readonly column: ColumnLocation;
  /** The raw cell text as found in the file. */
  readonly raw: string;
  /** What is wrong and what is expected, in Chinese and English. */
  readonly message: LocalizedMessage;
  /** A suggested correction, e.g. the closest known indicator id. */
  readonly suggestion?: string;
}
