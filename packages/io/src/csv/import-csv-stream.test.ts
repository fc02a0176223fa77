import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { importCsv } from "./import-csv.js";
import { importCsvFile } from "./import-csv-file.js";
import { importCsvStream } from "./import-csv-stream.js";

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > start && cut < bytes.length) {
      yield bytes.subarray(start, cut);
      start = cut;
    }
  }
  yield bytes.subarray(start);
}

const sample =
  '单位,指标,期间,数值,备注\n城东区,gdp,2024,"1,234.5","多行\n备注"\n城西区,gdp,2024,８５％,\n高新区,gdp,2024,abc,\n\n城东区,gdp,2024,1,\n';

describe("importCsvStream", () => {
  it("gives the same result as importCsv however the bytes are chunked, in UTF-8 and GB18030 (property)", async () => {
    for (const bytes of [new TextEncoder().encode(sample), new Uint8Array(iconv.encode(sample, "gb18030"))]) {
      const expected = importCsv(bytes);
      expect(expected.stats).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1, blankRows: 1 });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 12 }), async (cuts) => {
          const result = await importCsvStream(chunked(bytes, cuts));
          expect(result).toEqual(expected);
        }),
        { numRuns: 60 },
      );
    }
  });

  it("reads a Node readable stream and enforces the byte limit", async () => {
    const bytes = new TextEncoder().encode(sample);
    const result = await importCsvStream(Readable.from([bytes]));
    expect(result.observations.map((o) => o.value)).toEqual(["1234.5", "85", "abc"]);
    await expect(importCsvStream(Readable.from([bytes]), { limits: { maxBytes: 20 } })).rejects.toMatchObject({
      code: "limit_exceeded",
    });
  });

  it("wraps a truncated file (unclosed quote) as ImportError", async () => {
    await expect(
      importCsvStream(chunked(new TextEncoder().encode('unit,indicator,period,value\na,b,2024,"1'), [])),
    ).rejects.toMatchObject({
      code: "malformed_csv",
      name: "ImportError",
    });
  });
});

describe("importCsvFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "ducha-io-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a file and names it in issues", async () => {
    const path = join(dir, "data.csv");
    writeFileSync(path, sample);
    const result = await importCsvFile(path);
    // the multi-line cell keeps row 2 one spreadsheet row, so "abc" is on row 4
    expect(result.issues[0]).toMatchObject({ file: path, row: 4, code: "value_not_numeric" });
    const named = await importCsvFile(path, { file: "data.csv" });
    expect(named.issues[0]?.file).toBe("data.csv");
  });

  it("throws read_failed and limit_exceeded", async () => {
    await expect(importCsvFile(join(dir, "nope.csv"))).rejects.toMatchObject({ code: "read_failed" });
    const path = join(dir, "big.csv");
    writeFileSync(path, sample);
    await expect(importCsvFile(path, { limits: { maxBytes: 10 } })).rejects.toMatchObject({ code: "limit_exceeded" });
  });
});
