import { parse } from "csv-parse/sync";
import { csvParseOptions, wrapCsvError } from "../internal/csv-parse-options.js";
import { CsvTable } from "../internal/csv-table.js";
import { ImportSession } from "../internal/import-session.js";
import { ImportError } from "../issue/import-error.js";
import type { CsvImportOptions, CsvImportResult } from "./csv-import-options.js";
import { decodeBytes } from "./decode.js";
import { detectDelimiter } from "./delimiter.js";

/**
 * Imports observations from a CSV file held in memory (导入 CSV), long or wide format, accounting for
 * every row. Bytes are decoded with the detected encoding (UTF-8, UTF-8 BOM, GB18030/GBK,
 * UTF-16 LE/BE with BOM) unless `encoding` is given; a string is used as is (and `limits.maxBytes`
 * then counts its UTF-16 code units).
 *
 * Every data row is either accepted (all its observations imported) or rejected (none imported,
 * at least one error issue): `stats.rowsRead === stats.accepted + stats.rejected`. Values are exact
 * decimal strings (see `parseValue`). Problems with the file as a whole (malformed CSV, no header,
 * limits exceeded) throw `ImportError`; with `mode: "strict"` any error issue throws too.
 *
 * @param input - the CSV text or bytes
 * @param options - format, columns, encoding, delimiter, reference data, limits …
 * @returns observations, issues, stats, and the detected format, encoding and delimiter
 * @example
 * ```ts
 * import { importCsv } from "@ducha/io/csv";
 *
 * const { observations, stats } = importCsv("单位,指标,期间,数值\n城东区,gdp,2024,\"1,234.5\"\n");
 * // observations[0] → { unit: "城东区", indicator: "gdp", period: "2024", value: "1234.5", status: "reported" }
 * // stats.rowsRead === 1, stats.accepted === 1
 * ```
 * @since 0.1.0
 */
export function importCsv(input: string | Uint8Array, options: CsvImportOptions = {}): CsvImportResult {
  const session = new ImportSession(options);
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > session.maxBytes) {
    throw new ImportError("limit_exceeded", {
      file: session.file,
      message: {
        zh: `文件大小 ${size} 字节超过上限 ${session.maxBytes}（limits.maxBytes）`,
        en: `the input has ${size} bytes, more than the limit of ${session.maxBytes} (limits.maxBytes)`,
      },
    });
  }
  const { text, encoding } =
    typeof input === "string"
      ? { text: input, encoding: "string" }
      : decodeBytes(input, options.encoding, session.file);
  const delimiter = options.delimiter ?? detectDelimiter(text.slice(0, 65536));
  let records: string[][];
  try {
    records = parse(text, csvParseOptions(delimiter)) as string[][];
  } catch (error) {
    throw wrapCsvError(error, session.file, 0);
  }
  const table = new CsvTable(session, options);
  records.forEach((record, index) => {
    table.push(record, index + 1);
  });
  table.end();
  return { ...session.finish(), format: table.format, encoding, delimiter };
}
