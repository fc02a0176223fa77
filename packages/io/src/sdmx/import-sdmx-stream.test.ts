import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../issue/import-error.js";
import { importSdmxCsv, importSdmxCsvFile, importSdmxCsvStream } from "./import-sdmx-csv.js";

const HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS";
const MIXED = [
  `${HEADER},COMMENT_OBS,FREQ`,
  "dataflow,X:KPI(1.0),I,CN_A,GDP,2024-Q3,1.5,4,A,checked,Q",
  "dataflow,X:KPI(1.0),R,CN_B,GDP,2024-A1,0.123,-2,E,,A",
  ",,,,,,,,,,",
  "dataflow,X:KPI(1.0),,CN_C,GDP,2024-M05,,,O,,M",
  "dataflow,X:KPI(1.0),D,CN_D,GDP,2024,1,,A,,A",
  "dataflow,X:KPI(1.0),I,CN_E,GDP,2024,1,x,Z,,A",
  'dataflow,X:KPI(1.0),I,城东区,GDP,2024,"1,5",,A,"多行\n备注",A',
].join("\r\n");

/** The text as UTF-8 bytes cut into `size`-byte chunks (multi-byte characters split across chunks). */
function chunks(text: string, size: number): Readable {
  const bytes = new TextEncoder().encode(text);
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; at += size) parts.push(bytes.subarray(at, at + size));
  return Readable.from(parts);
}

describe("importSdmxCsvStream / importSdmxCsvFile", () => {
  it("gives exactly the sync result, whatever the chunking", async () => {
    const expected = importSdmxCsv(MIXED, { file: "kpi.csv" });
    // "1,5" is no number (bad thousands group): read as a code with a warning, so that row is accepted.
    expect(expected.stats).toMatchObject({ rowsRead: 6, accepted: 4, rejected: 2, blankRows: 1, headerRows: 1 });
    for (const size of [1, 2, 7, 64, 1 << 16]) {
      const streamed = await importSdmxCsvStream(chunks(MIXED, size), { file: "kpi.csv" });
      expect(streamed).toEqual(expected);
    }
  });

  it("keeps located issues and rowsRead = accepted + rejected (property, random chunking)", async () => {
    const row = fc.record({
      unit: fc.constantFrom("CN_A", "CN_B", "", "城东区"),
      value: fc.constantFrom("1.5", "", "x", "1,234", "-0.50"),
      mult: fc.constantFrom("", "2", "y"),
      period: fc.constantFrom("2024", "2024-Q1", "nope"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), async (rows, size) => {
        const text = [
          HEADER,
          ...rows.map((r) => `df,X:KPI(1.0),I,${r.unit},GDP,${r.period},"${r.value}",${r.mult},A`),
        ].join("\n");
        const sync = importSdmxCsv(text);
        const streamed = await importSdmxCsvStream(chunks(text, size));
        expect(streamed).toEqual(sync);
        const { stats } = streamed;
        expect(stats.rowsRead).toBe(stats.accepted + stats.rejected);
        for (const issue of streamed.issues.filter((i) => i.row > 1)) {
          expect(issue.row).toBeGreaterThan(1);
          expect(issue.row).toBeLessThanOrEqual(rows.length + 1);
          expect(issue.column.letter).toMatch(/^[A-I]$/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("reads many rows from a lazily generated stream (never held as one text)", async () => {
    const n = 30_000;
    async function* generate() {
      yield new TextEncoder().encode(`${HEADER}\n`);
      for (let i = 0; i < n; i += 1000) {
        let block = "";
        for (let k = i; k < i + 1000; k++) block += `df,X:KPI(1.0),I,U${k % 97},I${k},2024,${k}.25,,A\n`;
        yield new TextEncoder().encode(block);
      }
    }
    const result = await importSdmxCsvStream(generate());
    expect(result.stats).toMatchObject({ rowsRead: n, accepted: n, rejected: 0, observations: n });
    expect(result.observations[n - 1]).toEqual({
      unit: `U${(n - 1) % 97}`,
      indicator: `I${n - 1}`,
      period: "2024",
      value: `${n - 1}.25`,
      status: "verified",
    });
  });

  it("streams a file, with its name in issues and the same limits", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ducha-sdmx-"));
    try {
      const path = join(dir, "kpi.csv");
      writeFileSync(path, `\uFEFF${MIXED}`);
      const result = await importSdmxCsvFile(path);
      expect(result).toEqual(importSdmxCsv(MIXED, { file: path }));
      expect(result.issues.every((i) => i.file === path)).toBe(true);
      await expect(importSdmxCsvFile(path, { limits: { maxRows: 5 } })).rejects.toMatchObject({
        code: "limit_exceeded",
        row: 8,
      });
      await expect(importSdmxCsvFile(path, { limits: { maxBytes: 10 } })).rejects.toMatchObject({
        code: "limit_exceeded",
      });
      await expect(importSdmxCsvFile(join(dir, "none.csv"))).rejects.toMatchObject({ code: "read_failed" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("throws ImportError for input that is not SDMX-CSV, truncated quotes and strict mode", async () => {
    await expect(importSdmxCsvStream(chunks("unit,indicator\n", 4))).rejects.toMatchObject({ code: "missing_column" });
    await expect(importSdmxCsvStream(chunks("", 4))).rejects.toMatchObject({ code: "missing_column" });
    await expect(importSdmxCsvStream(chunks(`${HEADER}\ndf,X,I,A,G,2024,"1`, 5))).rejects.toMatchObject({
      code: "malformed_csv",
    });
    const strict = await importSdmxCsvStream(chunks(MIXED, 9), { mode: "strict" }).catch((error: unknown) => error);
    expect(strict).toBeInstanceOf(ImportError);
    expect(strict).toMatchObject({ code: "strict_mode_failed", row: 6 });
  });
});
