import type { Options } from "csv-parse";
import { ImportError } from "../issue/import-error.js";

/**
 * Largest record csv-parse may buffer (characters); guards against an unclosed quote eating the file.
 *
 * @internal
 */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * csv-parse options shared by the sync and the streaming importer.
 *
 * @internal
 */
export function csvParseOptions(delimiter: string): Options {
  return {
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
    bom: true,
  };
}

/**
 * Wraps a csv-parse error (unclosed quote, record too large …) as an ImportError with its row.
 *
 * @internal
 */
export function wrapCsvError(error: unknown, file: string, rowOffset: number): ImportError {
  const e = error as { code?: unknown; records?: unknown; message?: unknown };
  const row = typeof e.records === "number" ? rowOffset + e.records + 1 : undefined;
  const csvCode = typeof e.code === "string" ? e.code : "CSV_ERROR";
  const tooLarge = csvCode === "CSV_MAX_RECORD_SIZE";
  return new ImportError(tooLarge ? "limit_exceeded" : "malformed_csv", {
    file,
    ...(row === undefined ? {} : { row }),
    message: tooLarge
      ? {
          zh: `第 ${row ?? "?"} 行过长（超过 ${MAX_RECORD_CHARS} 字符），可能是引号未闭合`,
          en: `row ${row ?? "?"} is longer than ${MAX_RECORD_CHARS} characters (an unclosed quote?)`,
        }
      : {
          zh: `CSV 格式错误（${csvCode}）：${csvCode === "CSV_QUOTE_NOT_CLOSED" ? "引号未闭合，文件可能被截断" : String(e.message)}`,
          en: `malformed CSV (${csvCode}): ${String(e.message)}`,
        },
    cause: error,
  });
}
