import { DuchaError, isDuchaError } from "@ducha/schema";
import type { ColumnLocation, ImportIssue, LocalizedMessage } from "./import-issue.js";

/**
 * Where and why an {@link ImportError} was thrown.
 *
 * @example
 * ```ts
 * import type { ImportErrorDetails } from "@ducha/io";
 *
 * const details: ImportErrorDetails = { file: "a.csv", row: 3, message: { zh: "错误", en: "error" } };
 * ```
 * @since 0.1.0
 */
export interface ImportErrorDetails {
  /** The file name (or `"<input>"`). */
  readonly file: string;
  /** 1-based row where the problem was found, if any. */
  readonly row?: number;
  /** The column, if any. */
  readonly column?: ColumnLocation;
  /** Chinese and English message. */
  readonly message: LocalizedMessage;
  /** Every issue found (strict mode lists all of them). Defaults to none. */
  readonly issues?: readonly ImportIssue[];
  /** The underlying error. */
  readonly cause?: unknown;
}

/**
 * Error thrown by `@ducha/io` when a file cannot be imported at all (导入错误): malformed or truncated
 * CSV, undecodable bytes, a required column missing, a size limit exceeded, or any error issue in
 * `mode: "strict"`. Row-level problems are otherwise reported as {@link ImportIssue}s, not thrown.
 *
 * Codes: `malformed_csv`, `malformed_xlsx`, `invalid_encoding`, `missing_column`, `missing_sheet`,
 * `limit_exceeded`, `strict_mode_failed`, `invalid_option`, `read_failed`; for entry templates
 * `not_a_template` (no `_meta` sheet), `template_mismatch` (made for another project) and
 * `entry_template` (`importXlsx` given a template without a `sheet`).
 *
 * @example
 * ```ts
 * import { ImportError } from "@ducha/io";
 *
 * const error = new ImportError("malformed_csv", {
 *   file: "data.csv",
 *   row: 7,
 *   message: { zh: "第 7 行引号未闭合", en: "unclosed quote on row 7" },
 * });
 * console.log(error.code, error.row); // "malformed_csv" 7
 * ```
 * @since 0.1.0
 */
export class ImportError extends DuchaError {
  /** The file name (or `"<input>"`). */
  readonly file: string;
  /** 1-based row, if known. */
  readonly row: number | undefined;
  /** Column letter and header, if known. */
  readonly column: ColumnLocation | undefined;
  /** The Chinese message (`message` holds the English one). */
  readonly messageZh: string;
  /** All issues behind this error (strict mode), otherwise empty. */
  readonly issues: readonly ImportIssue[];

  /**
   * @param code - stable snake_case code
   * @param details - file, row, column, messages, issues and cause
   */
  constructor(code: string, details: ImportErrorDetails) {
    const where = [details.file, details.row === undefined ? undefined : `row ${details.row}`]
      .concat(details.column === undefined ? [] : [`column ${details.column.letter}`])
      .filter((part) => part !== undefined)
      .join(", ");
    const path: (string | number)[] = [details.file];
    if (details.row !== undefined) path.push(details.row);
    if (details.column !== undefined) path.push(details.column.letter);
    super(code, `${where}: ${details.message.en}`, { path, cause: details.cause });
    this.file = details.file;
    this.row = details.row;
    this.column = details.column;
    this.messageZh = details.message.zh;
    this.issues = details.issues ?? [];
  }
}

/**
 * Type guard for {@link ImportError}, robust across bundle copies (checks `name` and shape).
 *
 * @param value - anything caught
 * @returns whether `value` is an ImportError
 * @example
 * ```ts
 * import { isImportError } from "@ducha/io";
 *
 * try { JSON.parse("x"); } catch (error) { console.log(isImportError(error)); } // false
 * ```
 * @since 0.1.0
 */
export function isImportError(value: unknown): value is ImportError {
  return (
    value instanceof ImportError ||
    (isDuchaError(value) && value.name === "ImportError" && "file" in value && "issues" in value)
  );
}
