import { CsvTable } from "../internal/csv-table.js";
import { ImportSession } from "../internal/import-session.js";
import { openTextStream, parseRecords } from "../internal/text-stream.js";
import type { CsvImportOptions, CsvImportResult } from "./csv-import-options.js";
import { detectDelimiter } from "./delimiter.js";

/**
 * Imports observations from a CSV byte stream in constant memory (besides the result): the same
 * contract as `importCsv` (formats, encodings, issues, `rowsRead === accepted + rejected`), reading
 * records as they arrive. The encoding and delimiter are detected from the first 64 KiB.
 *
 * @param stream - a Node readable stream or any async iterable of byte chunks (strings are read as UTF-8)
 * @param options - as for `importCsv`
 * @returns a promise of observations, issues, stats, format, encoding and delimiter
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { importCsvStream } from "@ducha/io/csv";
 *
 * const bytes = new TextEncoder().encode("unit,indicator,period,value\na,gdp,2024,1.5\n");
 * const result = await importCsvStream(Readable.from([bytes]));
 * console.log(result.stats.accepted); // 1
 * ```
 * @since 0.1.0
 */
export async function importCsvStream(
  stream: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
  options: CsvImportOptions = {},
): Promise<CsvImportResult> {
  const session = new ImportSession(options);
  const file = session.file;
  const table = new CsvTable(session, options);
  const input = await openTextStream(stream, session, options.encoding);
  const { encoding } = input;
  const delimiter = options.delimiter ?? detectDelimiter(input.headText);
  await parseRecords(input.texts, delimiter, file, (record, row) => table.push(record, row)).finally(input.close);
  table.end();
  return { ...session.finish(), format: table.format, encoding, delimiter };
}
