/**
 * `@ducha/io/csv` — CSV import (long and wide format, any common encoding, streaming) and export.
 *
 * @packageDocumentation
 */

export type { CsvField, CsvImportOptions, CsvImportResult } from "./csv-import-options.js";
export type { DetectedEncoding } from "./decode.js";
export { decodeBytes, detectEncoding } from "./decode.js";
export { detectDelimiter } from "./delimiter.js";
export { escapeFormula, unescapeFormula } from "./formula-escape.js";
export { CSV_HEADER_ALIASES } from "./header-aliases.js";
export { importCsv } from "./import-csv.js";
export { importCsvFile } from "./import-csv-file.js";
export { importCsvStream } from "./import-csv-stream.js";
export type { ToCsvOptions } from "./to-csv.js";
export { toCsv } from "./to-csv.js";
