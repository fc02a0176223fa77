import { inflateRawSync } from "node:zlib";

/** One entry of a ZIP central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** CRC-32 of the uncompressed data, as the directory declares it. */
  readonly crc32: number;
  /** General purpose bit flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  /** The name's bytes as stored. */
  readonly nameBytes: Uint8Array;
}

/** What went wrong while reading a ZIP directory. */
export class ZipDirectoryError extends Error {
  /** `malformed`: broken or truncated structure; `limit`: a size or count limit was exceeded. */
  readonly kind: "malformed" | "limit";
  /** Chinese message (`message` holds the English one). */
  readonly messageZh: string;

  constructor(kind: "malformed" | "limit", zh: string, en: string) {
    super(en);
    this.name = "ZipDirectoryError";
    this.kind = kind;
    this.messageZh = zh;
  }
}

/** Limits checked by {@link readZipDirectory}. */
export interface ZipLimits {
  /** Maximum sum of the entries' uncompressed sizes. */
  readonly maxUncompressedBytes: number;
  /** Maximum number of entries. */
  readonly maxEntries: number;
}

// Signatures and record layouts: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local file header),
// 4.3.12 (central directory file header), 4.3.14 (zip64 end of central directory record),
// 4.3.15 (zip64 end of central directory locator), 4.3.16 (end of central directory record) and
// 4.5.3 (zip64 extended information extra field, header id 0x0001).
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;

const malformed = (zh: string, en: string) => new ZipDirectoryError("malformed", zh, en);

/**
 * Reads a ZIP file's central directory without decompressing anything, and checks it against the
 * limits before a ZIP library sees the bytes (zip-bomb guard): the entry count, the sum of the
 * declared uncompressed sizes, and that every record lies inside the file. ZIP64 directories are read.
 *
 * @throws ZipDirectoryError
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // 8-byte little-endian integers as numbers (exact up to 2^53, and anything larger is over every limit).
  const u64 = (at: number) => view.getUint32(at + 4, true) * 0x1_0000_0000 + view.getUint32(at, true);

  // 4.3.16: the EOCD record is the last 22 bytes plus a comment of at most 65535 bytes; search backwards.
  let eocd = -1;
  for (let at = bytes.byteLength - EOCD_SIZE; at >= Math.max(0, bytes.byteLength - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(at + 20) <= bytes.byteLength) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) {
    throw malformed(
      "找不到 ZIP 目录结尾记录（文件被截断或不是 .xlsx）",
      "no ZIP end-of-central-directory record (the file is truncated or not an .xlsx)",
    );
  }
  let entryCount = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) {
    throw malformed("不支持分卷 ZIP 文件", "multi-disk (split) ZIP files are not supported");
  }
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // 4.3.15: the zip64 locator sits right before the EOCD record and points at the zip64 EOCD (4.3.14).
    const locator = eocd - ZIP64_LOCATOR_SIZE;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR_SIGNATURE) {
      throw malformed(
        "ZIP64 目录定位记录缺失或损坏",
        "the ZIP64 end-of-central-directory locator is missing or broken",
      );
    }
    const record = u64(locator + 8);
    if (record + 56 > locator || u32(record) !== ZIP64_EOCD_SIGNATURE) {
      throw malformed("ZIP64 目录结尾记录缺失或损坏", "the ZIP64 end-of-central-directory record is missing or broken");
    }
    entryCount = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
  }
  if (entryCount > limits.maxEntries) {
    throw new ZipDirectoryError(
      "limit",
      `ZIP 文件有 ${entryCount} 个条目，超过上限 ${limits.maxEntries}`,
      `the ZIP file has ${entryCount} entries, more than the limit of ${limits.maxEntries}`,
    );
  }
  if (directoryOffset + directorySize > eocd) {
    throw malformed(
      "ZIP 中央目录超出文件范围（文件被截断或已损坏）",
      "the ZIP central directory lies outside the file (truncated or corrupted)",
    );
  }

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  const end = directoryOffset + directorySize;
  for (let i = 0; i < entryCount; i++) {
    if (at + CENTRAL_SIZE > end || u32(at) !== CENTRAL_SIGNATURE) {
      throw malformed(`ZIP 中央目录第 ${i + 1} 个条目损坏`, `entry ${i + 1} of the ZIP central directory is broken`);
    }
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc32 = u32(at + 16);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localHeaderOffset = u32(at + 42);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) {
      throw malformed(
        `ZIP 中央目录第 ${i + 1} 个条目超出目录范围`,
        `entry ${i + 1} of the ZIP central directory runs past the directory`,
      );
    }
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = new TextDecoder("utf-8", { fatal: false }).decode(nameBytes);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // 4.5.3: the zip64 extra field holds, in this order, only the values that are 0xFFFFFFFF above.
      let extra = at + CENTRAL_SIZE + nameLength;
      const extraEnd = extra + extraLength;
      let found = false;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === ZIP64_EXTRA_ID) {
          let field = extra + 4;
          const fieldEnd = Math.min(field + size, extraEnd);
          const take = () => {
            if (field + 8 > fieldEnd) {
              throw malformed(`ZIP64 扩展字段“${name}”损坏`, `the ZIP64 extra field of "${name}" is broken`);
            }
            const value = u64(field);
            field += 8;
            return value;
          };
          if (uncompressedSize === 0xffffffff) uncompressedSize = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
          found = true;
          break;
        }
        extra += 4 + size;
      }
      if (!found) {
        throw malformed(`ZIP 条目“${name}”缺少 ZIP64 扩展字段`, `the ZIP entry "${name}" lacks its ZIP64 extra field`);
      }
    }
    total += uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new ZipDirectoryError(
        "limit",
        `解压后大小超过上限 ${limits.maxUncompressedBytes} 字节（limits.maxUncompressedBytes；条目“${name}”声明 ${uncompressedSize} 字节）`,
        `the uncompressed size is more than the limit of ${limits.maxUncompressedBytes} bytes (limits.maxUncompressedBytes; entry "${name}" declares ${uncompressedSize} bytes)`,
      );
    }
    if (localHeaderOffset + LOCAL_SIZE > directoryOffset) {
      throw malformed(`ZIP 条目“${name}”的位置超出文件范围`, `the ZIP entry "${name}" points outside the file`);
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, crc32, flags, nameBytes });
    at = next;
  }
  return entries;
}

/** One entry's uncompressed data, a view into {@link StoredZip.bytes}. */
export interface InflatedEntry {
  readonly entry: ZipEntry;
  readonly data: Uint8Array;
}

/** The same archive with every entry stored (method 0): what the ZIP library then reads without inflating. */
export interface StoredZip {
  /** The stored archive's bytes. */
  readonly bytes: Uint8Array;
  /** Each entry's data (views into `bytes`), in directory order. */
  readonly entries: readonly InflatedEntry[];
}

const STORED_MAX = 0xffffffff;

/**
 * Decompresses every entry once, straight into a new archive where every entry is stored, checking
 * on the way that each deflated entry inflates to exactly the size its directory entry declares (a
 * lying directory cannot smuggle a zip bomb past {@link readZipDirectory}: the output is bounded by
 * the declared size, so memory stays within the limit already checked). A ZIP library reading the
 * result (exceljs via JSZip) only copies the data, so nothing is inflated twice; `inspect` sees each
 * entry's data first. Only the stored (0) and deflate (8) methods are supported, as by JSZip.
 *
 * @throws ZipDirectoryError
 */
export function inflateZipEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  inspect?: (entry: ZipEntry, data: Uint8Array) => void,
): StoredZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let localSize = 0;
  let centralSize = 0;
  for (const entry of entries) {
    localSize += LOCAL_SIZE + entry.nameBytes.byteLength + entry.uncompressedSize;
    centralSize += CENTRAL_SIZE + entry.nameBytes.byteLength;
  }
  if (localSize + centralSize + EOCD_SIZE > STORED_MAX || entries.length > 0xffff) {
    throw new ZipDirectoryError(
      "limit",
      "解压后的工作簿超过 4 GiB 或 65535 个条目",
      "the uncompressed workbook is larger than 4 GiB or has more than 65535 entries",
    );
  }
  const out = new Uint8Array(localSize + centralSize + EOCD_SIZE);
  const w = new DataView(out.buffer);
  const inflated: InflatedEntry[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    const local = entry.localHeaderOffset;
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) {
      throw malformed(
        `ZIP 条目“${entry.name}”的本地文件头损坏`,
        `the local header of the ZIP entry "${entry.name}" is broken`,
      );
    }
    const start = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.byteLength) {
      throw malformed(`ZIP 条目“${entry.name}”的数据被截断`, `the data of the ZIP entry "${entry.name}" is truncated`);
    }
    let data: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) {
        throw malformed(
          `ZIP 条目“${entry.name}”的大小不一致`,
          `the sizes of the stored ZIP entry "${entry.name}" disagree`,
        );
      }
      data = bytes.subarray(start, end);
    } else if (entry.method === 8) {
      try {
        data = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch {
        throw malformed(
          `ZIP 条目“${entry.name}”无法解压，或解压后大于声明的 ${entry.uncompressedSize} 字节`,
          `the ZIP entry "${entry.name}" cannot be inflated, or inflates to more than its declared ${entry.uncompressedSize} bytes`,
        );
      }
      if (data.byteLength !== entry.uncompressedSize) {
        throw malformed(
          `ZIP 条目“${entry.name}”解压后为 ${data.byteLength} 字节，不是声明的 ${entry.uncompressedSize} 字节`,
          `the ZIP entry "${entry.name}" inflates to ${data.byteLength} bytes, not the declared ${entry.uncompressedSize}`,
        );
      }
    } else {
      throw malformed(
        `ZIP 条目“${entry.name}”使用不支持的压缩方法 ${entry.method}`,
        `the ZIP entry "${entry.name}" uses the unsupported compression method ${entry.method}`,
      );
    }
    // 4.3.7 local file header, stored: version 10, the name's UTF-8 flag, method 0, no time/extra.
    offsets.push(at);
    w.setUint32(at, LOCAL_SIGNATURE, true);
    w.setUint16(at + 4, 10, true);
    w.setUint16(at + 6, entry.flags & 0x0800, true);
    w.setUint32(at + 14, entry.crc32, true);
    w.setUint32(at + 18, entry.uncompressedSize, true);
    w.setUint32(at + 22, entry.uncompressedSize, true);
    w.setUint16(at + 26, entry.nameBytes.byteLength, true);
    out.set(entry.nameBytes, at + LOCAL_SIZE);
    const dataAt = at + LOCAL_SIZE + entry.nameBytes.byteLength;
    out.set(data, dataAt);
    const stored = out.subarray(dataAt, dataAt + data.byteLength);
    inspect?.(entry, stored);
    inflated.push({ entry, data: stored });
    at = dataAt + data.byteLength;
  }
  // 4.3.12 central directory headers, then 4.3.16 the end record.
  const directoryOffset = at;
  entries.forEach((entry, i) => {
    w.setUint32(at, CENTRAL_SIGNATURE, true);
    w.setUint16(at + 4, 10, true);
    w.setUint16(at + 6, 10, true);
    w.setUint16(at + 8, entry.flags & 0x0800, true);
    w.setUint32(at + 16, entry.crc32, true);
    w.setUint32(at + 20, entry.uncompressedSize, true);
    w.setUint32(at + 24, entry.uncompressedSize, true);
    w.setUint16(at + 28, entry.nameBytes.byteLength, true);
    w.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(entry.nameBytes, at + CENTRAL_SIZE);
    at += CENTRAL_SIZE + entry.nameBytes.byteLength;
  });
  w.setUint32(at, EOCD_SIGNATURE, true);
  w.setUint16(at + 8, entries.length, true);
  w.setUint16(at + 10, entries.length, true);
  w.setUint32(at + 12, at - directoryOffset, true);
  w.setUint32(at + 16, directoryOffset, true);
  return { bytes: out, entries: inflated };
}
