import { once } from "node:events";
import { parse } from "csv-parse";
import { canonicalEncoding, createDecoder, detectEncoding } from "../csv/decode.js";
import { ImportError, isImportError } from "../issue/import-error.js";
import { csvParseOptions, wrapCsvError } from "./csv-parse-options.js";
import type { ImportSession } from "./import-session.js";

/** Bytes read before the encoding (and the delimiter) are decided. */
const SNIFF_BYTES = 64 * 1024;

/** A byte stream being decoded: the encoding and first text decided from its first 64 KiB, and the rest as text. */
export interface TextStream {
  readonly encoding: string;
  /** The decoded first 64 KiB (or the whole input when shorter), for sniffing the delimiter. */
  readonly headText: string;
  /** All the text, `headText` included, decoded chunk by chunk. */
  readonly texts: AsyncIterable<string>;
  /** Releases the source stream (call when done or on error). */
  readonly close: () => Promise<void>;
}

/**
 * Opens a byte stream for the streaming importers: enforces `limits.maxBytes` as chunks arrive (a
 * read error becomes `read_failed`), detects the encoding from the first 64 KiB unless one is given,
 * and decodes chunk by chunk.
 *
 * @internal
 */
export async function openTextStream(
  stream: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
  session: ImportSession,
  encodingOption: string | undefined,
): Promise<TextStream> {
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
  const close = async (): Promise<void> => {
    await iterator.return?.();
  };

  const head: Uint8Array[] = [];
  let headSize = 0;
  let ended = false;
  try {
    while (headSize < SNIFF_BYTES) {
      const chunk = await next();
      if (chunk === undefined) {
        ended = true;
        break;
      }
      head.push(chunk);
      headSize += chunk.byteLength;
    }
  } catch (error) {
    await close();
    throw error;
  }
  const headBytes = concat(head, headSize);
  const encoding =
    encodingOption === undefined ? detectEncoding(headBytes, ended) : canonicalEncoding(encodingOption, file);
  const decoder = createDecoder(encoding, file);
  const headText = decoder.write(headBytes);

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
  return { encoding, headText, texts: texts(), close };
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
