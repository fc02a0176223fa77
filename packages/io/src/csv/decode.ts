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
 * Maps user-facing encoding names to the names TextDecoder knows (WHATWG Encoding Standard labels:
 * `gbk`, `gb18030`, `big5`, `shift_jis`, `euc-kr`, `utf-16le`, `windows-1252` …). The ones Ducha documents
 * (`utf8`, `utf-8-bom`, `gbk`, `gb2312`, `cp936`, `utf16le`, `ucs2`, `utf16be`) map to a canonical name;
 * any other label TextDecoder accepts is used as given (lower-cased). An unknown name throws
 * `ImportError` code `invalid_option`.
 *
 * @internal
 */
export function canonicalEncoding(name: string, file: string): string {
  const lower = name.trim().toLowerCase();
  if (lower === "utf8" || lower === "utf-8" || lower === "utf-8-bom") return "utf-8";
  if (lower === "gbk" || lower === "gb2312" || lower === "cp936" || lower === "gb18030") return "gb18030";
  if (lower === "utf-16le" || lower === "utf16le" || lower === "utf-16" || lower === "ucs2" || lower === "ucs-2")
    return "utf-16le";
  if (lower === "utf-16be" || lower === "utf16be") return "utf-16be";
  if (lower !== "" && textDecoderKnows(lower)) return lower;
  throw new ImportError("invalid_option", {
    file,
    message: { zh: `不支持的编码“${name}”`, en: `unsupported encoding "${name}"` },
  });
}

function textDecoderKnows(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a whole file: the given encoding, or the detected one. A BOM is removed. UTF-8 that is
 * invalid when the encoding was forced to UTF-8 throws `ImportError` code `invalid_encoding`.
 *
 * @param bytes - the file's bytes
 * @param encoding - force an encoding (`"utf-8"`, `"gbk"`, `"gb18030"`, `"utf-16le"`, `"utf-16be"`, or any
 *   other WHATWG encoding label such as `"big5"` or `"shift_jis"`). Defaults to detection.
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

/** U+FEFF, a byte-order mark once decoded. */
const BOM = "\uFEFF";

/**
 * Creates an incremental decoder for a canonical or detected encoding name, on the WHATWG
 * `TextDecoder` (`stream: true` keeps a multi-byte character cut between chunks). A leading BOM is
 * removed in every encoding (TextDecoder itself only removes the UTF-8 and UTF-16 ones). UTF-8 is
 * decoded with `fatal: true`: invalid bytes throw `ImportError` code `invalid_encoding`; the other
 * encodings replace undecodable bytes with U+FFFD.
 *
 * @internal
 */
export function createDecoder(encoding: string, file: string): StreamDecoder {
  const utf8 = encoding === "utf-8" || encoding === "utf-8-bom";
  const decoder = new TextDecoder(utf8 ? "utf-8" : encoding, { fatal: utf8 });
  const decode = utf8
    ? (bytes?: Uint8Array): string => {
        try {
          return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
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
      }
    : (bytes?: Uint8Array): string =>
        bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  // TextDecoder drops the UTF-8 and UTF-16 BOMs itself; in other encodings a decoded U+FEFF before the
  // first character (e.g. GB18030's 84 31 95 33) is dropped here.
  let started = decoder.encoding === "utf-8" || decoder.encoding === "utf-16le" || decoder.encoding === "utf-16be";
  const strip = (text: string): string => {
    if (started || text === "") return text;
    started = true;
    return text.startsWith(BOM) ? text.slice(1) : text;
  };
  return {
    write: (bytes) => strip(decode(bytes)),
    end: () => strip(decode()),
  };
}
