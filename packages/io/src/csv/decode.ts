import iconv from "iconv-lite";
import { ImportError } from "../issue/import-error.js";

/**
 * Text encodings the CSV importer detects: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM) and
 * GB18030 (the superset of GBK and GB2312 used by Chinese Excel and WPS).
 *
 * @example
 * ```ts
 * import type { DetectedEncoding } from "@ducha/io/csv";
 *
 * const encoding: DetectedEncoding = "gb18030";
 * ```
 * @since 0.1.0
 */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Detects the encoding of a file's bytes: a byte-order mark decides (EF BB BF → UTF-8 BOM,
 * FF FE → UTF-16 LE, FE FF → UTF-16 BE); otherwise bytes that are valid UTF-8 are UTF-8 and bytes that
 * are not are GB18030 (Chinese Windows' "ANSI" code page, GBK's superset).
 *
 * @param bytes - the file's bytes (or its first 64 KiB or more)
 * @param complete - whether `bytes` is the whole file; when false, a multi-byte character cut at the
 *   end is not held against UTF-8. Defaults to true.
 * @returns the detected encoding
 * @example
 * ```ts
 * import { detectEncoding } from "@ducha/io/csv";
 *
 * detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // "utf-8-bom"
 * detectEncoding(new Uint8Array([0xb5, 0xa5, 0xce, 0xbb])); // "gb18030" (单位)
 * ```
 * @since 0.1.0
 */
export function detectEncoding(bytes: Uint8Array, complete = true): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return isValidUtf8(bytes, complete) ? "utf-8" : "gb18030";
}

function isValidUtf8(bytes: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/**
 * Maps user-facing encoding names to the names iconv-lite and TextDecoder know.
 *
 * @internal
 */
export function canonicalEncoding(name: string, file: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === "utf8" || lower === "utf-8" || lower === "utf-8-bom") return "utf-8";
  if (lower === "gbk" || lower === "gb2312" || lower === "cp936" || lower === "gb18030") return "gb18030";
  if (lower === "utf-16le" || lower === "utf16le" || lower === "ucs2") return "utf-16le";
  if (lower === "utf-16be" || lower === "utf16be") return "utf-16be";
  if (iconv.encodingExists(lower)) return lower;
  throw new ImportError("invalid_option", {
    file,
    message: { zh: `不支持的编码“${name}”`, en: `unsupported encoding "${name}"` },
  });
}

/**
 * Decodes a whole file: the given encoding, or the detected one. A BOM is removed. UTF-8 that is
 * invalid when the encoding was forced to UTF-8 throws `ImportError` code `invalid_encoding`.
 *
 * @param bytes - the file's bytes
 * @param encoding - force an encoding (`"utf-8"`, `"gbk"`, `"gb18030"`, `"utf-16le"` …). Defaults to detection.
 * @param file - file name for errors. Defaults to `"<input>"`.
 * @returns the text and the encoding used
 * @example
 * ```ts
 * import { decodeBytes } from "@ducha/io/csv";
 *
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // { text: "a", encoding: "utf-8-bom" }
 * ```
 * @since 0.1.0
 */
export function decodeBytes(
  bytes: Uint8Array,
  encoding?: string,
  file = "<input>",
): { text: string; encoding: string } {
  const used = encoding === undefined ? detectEncoding(bytes) : canonicalEncoding(encoding, file);
  const decoder = createDecoder(used, file);
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: used };
}

/**
 * An incremental decoder: `write` returns the text decoded so far, `end` flushes. BOMs are stripped.
 *
 * @internal
 */
export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/**
 * Creates an incremental decoder for a canonical or detected encoding name.
 *
 * @internal
 */
export function createDecoder(encoding: string, file: string): StreamDecoder {
  if (encoding === "utf-8" || encoding === "utf-8-bom") {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    const guard = (fn: () => string): string => {
      try {
        return fn();
      } catch (error) {
        throw new ImportError("invalid_encoding", {
          file,
          message: {
            zh: '文件不是有效的 UTF-8；如为 GBK/GB18030 编码，请指定 encoding: "gb18030"',
            en: 'the file is not valid UTF-8; if it is GBK/GB18030, pass encoding: "gb18030"',
          },
          cause: error,
        });
      }
    };
    return {
      write: (bytes) => guard(() => decoder.decode(bytes, { stream: true })),
      end: () => guard(() => decoder.decode()),
    };
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  return {
    write: (bytes) => decoder.write(toBuffer(bytes)),
    end: () => decoder.end() ?? "",
  };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
