import { once } from "node:events";
import { parse } from "csv-parse";
import { csvParseOptions, wrapCsvError } from "../internal/csv-parse-options.js";
import { CsvTable } from "../internal/csv-table.js";
import { ImportSession } from "../internal/import-session.js";
import { ImportError, isImportError } from "../issue/import-error.js";
import type { CsvImportOptions, CsvImportResult } from "./csv-import-options.js";
import { canonicalEncoding, createDecoder, detectEncoding } from "./decode.js";
import { detectDelimiter } from "./delimiter.js";

/** Bytes read before the encoding and the delimiter are decided. */
const SNIFF_BYTES = 64 * 1024;

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
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  let bytesRead = 0;
  const next = async (): Promise<Uint8Array | undefined> => {
    let step: IteratorResult<Uint8Array | string>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw new ImportError("read_failed", {
        file,
        message: { zh: "读取输入流失败", en: "reading the input stream failed" },
        cause: error,
      });
    }
    if (step.done === true) return undefined;
    const chunk = typeof step.value === "string" ? new TextEncoder().encode(step.value) : step.value;
    bytesRead += chunk.byteLength;
    if (bytesRead > session.maxBytes) {
      throw new ImportError("limit_exceeded", {
        file,
        message: {
          zh: `文件超过大小上限 ${session.maxBytes} 字节（limits.maxBytes）`,
          en: `the input is larger than the limit of ${session.maxBytes} bytes (limits.maxBytes)`,
        },
      });
    }
    return chunk;
  };

  const head: Uint8Array[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < SNIFF_BYTES) {
    const chunk = await next();
    if (chunk === undefined) {
      ended = true;
      break;
    }
    head.push(chunk);
    headSize += chunk.byteLength;
  }
  const headBytes = concat(head, headSize);
  const encoding =
    options.encoding === undefined ? detectEncoding(headBytes, ended) : canonicalEncoding(options.encoding, file);
  const decoder = createDecoder(encoding, file);
  const headText = decoder.write(headBytes);
  const delimiter = options.delimiter ?? detectDelimiter(headText);

  async function* texts(): AsyncGenerator<string> {
    if (headText !== "") yield headText;
    if (!ended) {
      for (let chunk = await next(); chunk !== undefined; chunk = await next()) {
        const text = decoder.write(chunk);
        if (text !== "") yield text;
      }
    }
    const rest = decoder.end();
    if (rest !== "") yield rest;
  }

  const table = new CsvTable(session, options);
  await parseRecords(texts(), delimiter, file, (record, row) => table.push(record, row)).finally(() =>
    iterator.return?.(),
  );
  table.end();
  return { ...session.finish(), format: table.format, encoding, delimiter };
}

/**
 * Feeds decoded text chunks to a csv-parse stream and hands each record, with its 1-based row number,
 * to `onRecord` as it is parsed ('data' events: no promise per record). The first error thrown by
 * `onRecord` stops the parsing and is rethrown as is; a csv-parse error is wrapped as an ImportError.
 *
 * @internal
 */
export async function parseRecords(
  texts: AsyncIterable<string>,
  delimiter: string,
  file: string,
  onRecord: (record: string[], row: number) => void,
): Promise<{ rows: number }> {
  const parser = parse(csvParseOptions(delimiter));
  let row = 0;
  let failure: { error: unknown } | undefined;
  parser.on("data", (record: string[]) => {
    if (failure !== undefined) return;
    row++;
    try {
      onRecord(record, row);
    } catch (error) {
      failure = { error };
    }
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.once("end", resolve);
    parser.once("error", reject);
  });
  // Rejections are observed below; this keeps an early error from being reported as unhandled.
  finished.catch(() => {});
  try {
    for await (const text of texts) {
      if (failure !== undefined) break;
      if (!parser.write(text)) await Promise.race([once(parser, "drain"), finished]);
    }
    if (failure === undefined) {
      parser.end();
      await finished;
    }
  } catch (error) {
    parser.destroy();
    if (isImportError(error)) throw error;
    throw wrapCsvError(error, file, 0);
  }
  if (failure !== undefined) {
    parser.destroy();
    throw failure.error;
  }
  return { rows: row };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
