import { readFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_IMPORT_LIMITS } from "../import-options.js";
import { importXlsx } from "../xlsx/import-xlsx.js";
import { inflateZipEntries, readZipDirectory, ZipDirectoryError } from "./zip-directory.js";

const workbook = new Uint8Array(readFileSync(new URL("../../test/fixtures/workbook.xlsx", import.meta.url)));
const limits = { maxUncompressedBytes: DEFAULT_IMPORT_LIMITS.maxUncompressedBytes, maxEntries: 10_000 };

interface Part {
  readonly name: string;
  readonly data: Uint8Array;
  /** Deflate the data (method 8) instead of storing it. */
  readonly deflate?: boolean;
  /** Uncompressed size to claim in the central directory instead of the real one. */
  readonly claim?: number;
}

/** Builds a ZIP file by hand (APPNOTE 4.3.7 local headers, 4.3.12 central directory, 4.3.16 EOCD). */
function zip(parts: readonly Part[], options: { zip64?: boolean } = {}): Uint8Array {
  const chunks: number[] = [];
  const central: number[] = [];
  const le = (out: number[], value: number, size: number) => {
    for (let i = 0; i < size; i++) out.push(Math.floor(value / 2 ** (8 * i)) & 0xff);
  };
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const body = part.deflate ? deflateRawSync(part.data) : part.data;
    const offset = chunks.length;
    const size = part.claim ?? part.data.byteLength;
    le(chunks, 0x04034b50, 4);
    le(chunks, 20, 2); // version needed
    le(chunks, 0, 2); // flags
    le(chunks, part.deflate ? 8 : 0, 2);
    le(chunks, 0, 4); // time, date
    le(chunks, 0, 4); // crc (not checked here)
    le(chunks, body.byteLength, 4);
    le(chunks, part.data.byteLength, 4);
    le(chunks, name.byteLength, 2);
    le(chunks, 0, 2);
    chunks.push(...name, ...body);
    le(central, 0x02014b50, 4);
    le(central, 20, 2); // made by
    le(central, 20, 2); // needed
    le(central, 0, 2);
    le(central, part.deflate ? 8 : 0, 2);
    le(central, 0, 4);
    le(central, 0, 4);
    le(central, body.byteLength, 4);
    le(central, options.zip64 ? 0xffffffff : size, 4);
    le(central, name.byteLength, 2);
    le(central, options.zip64 ? 12 : 0, 2); // extra
    le(central, 0, 2); // comment
    le(central, 0, 2); // disk
    le(central, 0, 2); // internal attributes
    le(central, 0, 4); // external attributes
    le(central, offset, 4);
    central.push(...name);
    if (options.zip64) {
      le(central, 0x0001, 2);
      le(central, 8, 2);
      le(central, size, 8);
    }
  }
  const directoryOffset = chunks.length;
  chunks.push(...central);
  if (options.zip64) {
    const record = chunks.length;
    le(chunks, 0x06064b50, 4);
    le(chunks, 44, 8);
    le(chunks, 45, 2);
    le(chunks, 45, 2);
    le(chunks, 0, 4);
    le(chunks, 0, 4);
    le(chunks, parts.length, 8);
    le(chunks, parts.length, 8);
    le(chunks, central.length, 8);
    le(chunks, directoryOffset, 8);
    le(chunks, 0x07064b50, 4);
    le(chunks, 0, 4);
    le(chunks, record, 8);
    le(chunks, 1, 4);
  }
  le(chunks, 0x06054b50, 4);
  le(chunks, 0, 4); // disks
  le(chunks, options.zip64 ? 0xffff : parts.length, 2);
  le(chunks, options.zip64 ? 0xffff : parts.length, 2);
  le(chunks, central.length, 4);
  le(chunks, options.zip64 ? 0xffffffff : directoryOffset, 4);
  le(chunks, 0, 2);
  return new Uint8Array(chunks);
}

const text = (s: string) => new TextEncoder().encode(s);

function zipError(f: () => unknown): ZipDirectoryError {
  try {
    f();
  } catch (error) {
    if (error instanceof ZipDirectoryError) return error;
    throw error;
  }
  throw new Error("expected a ZipDirectoryError");
}

describe("readZipDirectory", () => {
  it("lists the entries of a real workbook with their sizes", () => {
    const entries = readZipDirectory(workbook, limits);
    expect(entries.map((e) => e.name)).toContain("xl/workbook.xml");
    expect(entries.every((e) => e.uncompressedSize > 0 || e.name.endsWith("/"))).toBe(true);
    expect(() => inflateZipEntries(workbook, entries)).not.toThrow();
  });

  it("reads a hand-built archive, plain and ZIP64, and checks the declared sizes against the data", () => {
    const parts = [
      { name: "a.txt", data: text("hello") },
      { name: "b.xml", data: text("<x>".repeat(100)), deflate: true },
    ];
    for (const bytes of [zip(parts), zip(parts, { zip64: true })]) {
      const entries = readZipDirectory(bytes, limits);
      expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
        ["a.txt", 0, 5],
        ["b.xml", 8, 300],
      ]);
      inflateZipEntries(bytes, entries);
    }
  });

  it("decompresses each entry once, into a stored archive that needs no second inflate", () => {
    const entries = readZipDirectory(workbook, limits);
    expect(entries.some((e) => e.method === 8)).toBe(true);
    const stored = inflateZipEntries(workbook, entries);
    const again = readZipDirectory(stored.bytes, limits);
    // Same names, sizes and CRCs; every entry now stored (method 0), so JSZip/exceljs only copy bytes.
    expect(again.map((e) => [e.name, e.method, e.uncompressedSize, e.compressedSize, e.crc32])).toEqual(
      entries.map((e) => [e.name, 0, e.uncompressedSize, e.uncompressedSize, e.crc32]),
    );
    for (const { entry, data } of stored.entries) {
      expect(data.byteLength).toBe(entry.uncompressedSize);
      expect(crc32(data) >>> 0).toBe(entry.crc32);
    }
    // Stored entries come back as views of the same bytes.
    const twice = inflateZipEntries(stored.bytes, again);
    expect(twice.entries.map(({ data }) => Buffer.from(data).toString("latin1"))).toEqual(
      stored.entries.map(({ data }) => Buffer.from(data).toString("latin1")),
    );
  });

  it("refuses a directory that claims a huge uncompressed size (zip bomb) before inflating anything", () => {
    const bomb = zip([
      { name: "xl/worksheets/sheet1.xml", data: text("<a/>"), deflate: true, claim: 0xfffffff0 },
      { name: "b", data: text("b") },
    ]);
    const error = zipError(() => readZipDirectory(bomb, limits));
    expect(error.kind).toBe("limit");
    expect(error.message).toContain("limits.maxUncompressedBytes");
    // Entries that are each small but together too large.
    const many = zip([
      { name: "a", data: text("x"), claim: 60 },
      { name: "b", data: text("x"), claim: 60 },
    ]);
    expect(zipError(() => readZipDirectory(many, { ...limits, maxUncompressedBytes: 100 })).kind).toBe("limit");
    expect(readZipDirectory(many, { ...limits, maxUncompressedBytes: 120 })).toHaveLength(2);
    const entries = zip([
      { name: "a", data: text("x") },
      { name: "b", data: text("x") },
      { name: "c", data: text("x") },
    ]);
    expect(zipError(() => readZipDirectory(entries, { ...limits, maxEntries: 2 })).message).toContain("3 entries");
  });

  it("catches a directory that understates a deflated entry (the lie cannot hide a bomb)", () => {
    const liar = zip([{ name: "big.xml", data: new Uint8Array(1_000_000), deflate: true, claim: 1000 }]);
    const entries = readZipDirectory(liar, limits);
    expect(zipError(() => inflateZipEntries(liar, entries)).message).toContain("more than its declared 1000 bytes");
  });

  it("rejects truncated and broken structures as malformed", () => {
    const good = zip([{ name: "a.txt", data: text("hello") }]);
    expect(zipError(() => readZipDirectory(good.subarray(0, good.byteLength - 1), limits)).kind).toBe("malformed");
    expect(zipError(() => readZipDirectory(new Uint8Array(0), limits)).message).toContain("end-of-central-directory");
    expect(zipError(() => readZipDirectory(text("not a zip at all"), limits)).kind).toBe("malformed");
    const cut = workbook.subarray(0, Math.floor(workbook.byteLength / 2));
    expect(zipError(() => readZipDirectory(cut, limits)).kind).toBe("malformed");
    // EOCD intact but the central directory signature broken.
    const broken = good.slice();
    const eocd = broken.byteLength - 22;
    const directory = new DataView(broken.buffer).getUint32(eocd + 16, true);
    broken[directory] = 0;
    expect(zipError(() => readZipDirectory(broken, limits)).message).toContain("entry 1");
  });
});

describe("importXlsx limits", () => {
  it("turns the ZIP checks into ImportErrors: limit_exceeded and malformed_xlsx", async () => {
    const bomb = zip([{ name: "[Content_Types].xml", data: text("<a/>"), deflate: true, claim: 300 * 1024 * 1024 }]);
    await expect(importXlsx(bomb, { file: "bomb.xlsx" })).rejects.toMatchObject({
      name: "ImportError",
      code: "limit_exceeded",
      file: "bomb.xlsx",
    });
    await expect(importXlsx(workbook, { limits: { maxUncompressedBytes: 1000 } })).rejects.toMatchObject({
      code: "limit_exceeded",
    });
    await expect(importXlsx(workbook.subarray(0, 1000), { file: "cut.xlsx" })).rejects.toMatchObject({
      code: "malformed_xlsx",
      file: "cut.xlsx",
    });
  });

  it("refuses merged or validated ranges so large that exceljs would never finish loading", async () => {
    const sheet = (body: string) =>
      zip([{ name: "xl/worksheets/sheet1.xml", data: text(`<worksheet>${body}</worksheet>`), deflate: true }]);
    // exceljs visits every cell of a merge and of a data validation's sqref while loading.
    await expect(
      importXlsx(sheet('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
    ).rejects.toMatchObject({ code: "limit_exceeded", message: expect.stringContaining("merged") });
    await expect(
      importXlsx(
        sheet('<dataValidations><dataValidation type="list" sqref="A1 B1:B1048576 C1:D1048576"/></dataValidations>'),
      ),
    ).rejects.toMatchObject({ code: "limit_exceeded" });
    // exceljs creates a column object for every column up to a <col max>.
    await expect(importXlsx(sheet('<cols><col min="1" max="2000000000" width="9"/></cols>'))).rejects.toMatchObject({
      code: "limit_exceeded",
      message: expect.stringContaining("XFD"),
    });
    // Small ranges pass the guard (exceljs then finds no workbook part, so no worksheet).
    await expect(importXlsx(sheet('<mergeCells><mergeCell ref="A1:F1"/></mergeCells>'))).rejects.toMatchObject({
      code: "missing_sheet",
    });
  });

  it("enforces maxRows (data rows) and maxColumns on the sheet", async () => {
    // The first sheet has a title, a two-row header and 3 data rows (rows 4–6).
    await expect(importXlsx(workbook, { period: "2024", limits: { maxRows: 2 } })).rejects.toMatchObject({
      code: "limit_exceeded",
      row: 6,
    });
    await expect(importXlsx(workbook, { limits: { maxColumns: 2 } })).rejects.toMatchObject({ code: "limit_exceeded" });
  });
});
