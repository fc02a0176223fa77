import { createReadStream } from "node:fs";
import { DEFAULT_IMPORT_LIMITS } from "../import-options.js";
import { checkFileSize } from "../internal/file-size.js";
import type { CsvImportOptions, CsvImportResult } from "./csv-import-options.js";
import { importCsvStream } from "./import-csv-stream.js";

/**
 * Imports observations from a CSV file on disk (Node), streaming it (see `importCsvStream`). Issues
 * name the file by `options.file`, else by the path given. A file that cannot be read throws
 * `ImportError` code `read_failed`; one larger than `limits.maxBytes` throws `limit_exceeded`
 * before reading.
 *
 * @param path - the file's path
 * @param options - as for `importCsv`
 * @returns a promise of observations, issues, stats, format, encoding and delimiter
 * @example
 * ```ts
 * import { importCsvFile } from "@ducha/io/csv";
 *
 * const result = await importCsvFile("observations-2024.csv", { period: "2024" });
 * for (const issue of result.issues) console.log(issue.row, issue.column.letter, issue.message.zh);
 * ```
 * @since 0.1.0
 */
export async function importCsvFile(path: string, options: CsvImportOptions = {}): Promise<CsvImportResult> {
  const file = options.file ?? path;
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes;
  await checkFileSize(path, file, maxBytes);
  return importCsvStream(createReadStream(path), { ...options, file });
}
