import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError } from "../issue/import-error.js";
import { importXlsx, type XlsxImportOptions } from "./import-xlsx.js";

// The streaming reader (exceljs WorkbookReader fed from the already decompressed entries) must give
// exactly what the workbook model gives: same observations, issues (rows, columns, raw values) and stats.

const workbook = new Uint8Array(readFileSync(new URL("../../test/fixtures/workbook.xlsx", import.meta.url)));
const known = {
  indicators: [
    { id: "gdp", name: "GDP", unit: "万元" },
    { id: "revenue", name: "财政收入", unit: "万元" },
    { id: "forest", name: "森林覆盖率", unit: "%" },
    { id: "pm25", name: "PM2.5浓度", unit: "微克/立方米" },
  ],
};

async function both(bytes: Uint8Array, options: XlsxImportOptions) {
  const settle = (streaming: boolean) =>
    importXlsx(bytes, { ...options, streaming }).then(
      (result) => ({ result }),
      (error: unknown) => {
        if (!(error instanceof ImportError)) throw error;
        return { error: { code: error.code, row: error.row, message: error.message } };
      },
    );
  return { streamed: await settle(true), loaded: await settle(false) };
}

describe("importXlsx streaming", () => {
  it("reads the fixture's merged two-row header, dates, codes and formulas exactly as the workbook model", async () => {
    const wide = await importXlsx(workbook, { period: "2024", known, file: "workbook.xlsx", streaming: true });
    expect([wide.sheet, wide.format]).toEqual(["宽表", "wide"]);
    expect(wide.observations.slice(0, 4).map((o) => [o.unit, o.indicator, o.value])).toEqual([
      ["城东区", "gdp", "123400"], // 12.34 亿元 = 123400 万元: the merged group header did not hide the leaf unit
      ["城东区", "revenue", "5600"],
      ["城东区", "forest", "0.3"],
      ["城东区", "pm25", "35"],
    ]);
    expect(wide.issues).toMatchObject([
      { code: "invalid_number", row: 6, column: { letter: "B", header: "GDP（亿元）" } },
    ]);
    expect(wide.stats).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1, headerRows: 3 });
    for (const options of [
      { period: "2024", known, file: "workbook.xlsx" },
      { period: "2024" },
      { period: "2024", headerRows: 1 as const },
      { sheet: "long" },
      { sheet: 2, mode: "strict" as const },
      { sheet: "long", limits: { maxRows: 3 } },
      { sheet: "long", limits: { maxRows: 4 } },
      { sheet: "nope" },
      { sheet: 9 },
    ]) {
      const { streamed, loaded } = await both(workbook, options);
      expect(streamed).toEqual(loaded);
    }
    const long = await importXlsx(workbook, { sheet: "long", streaming: true });
    expect(long.observations.map((o) => [o.unit, o.period, o.value])).toEqual([
      ["007", "2024-05", "1234.5"],
      ["010", "2024-05", "42"],
      ["012", "2024-06", null],
      ["013", "2024-06", "=SUM(D2:D3)"],
    ]);
  });

  it("gives the same result as the workbook model on generated sheets (property)", async () => {
    const cell = fc.oneof(
      fc.constantFrom("城东区", "gdp", "—", "", "x", "８．５", "1,234", "007", "2024", "2024-Q3"),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 99999 }),
      fc.constant(null),
    );
    const sheet = fc.record({
      title: fc.boolean(),
      twoRows: fc.boolean(),
      rows: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 12 }),
      gaps: fc.array(fc.nat({ max: 14 }), { maxLength: 3 }),
      mergeUnits: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(sheet, async (spec) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("data");
        let r = 0;
        const add = (values: unknown[]) => {
          r++;
          if (values.length > 0) ws.getRow(r).values = values as ExcelJS.CellValue[];
        };
        if (spec.title) {
          add(["2024 年"]);
          ws.mergeCells(r, 1, r, 4);
        }
        if (spec.twoRows) {
          add(["单位", "经济", null, "期间"]);
          add([null, "gdp", "growth", null]);
          ws.mergeCells(r - 1, 2, r - 1, 3);
          ws.mergeCells(r - 1, 1, r, 1);
          ws.mergeCells(r - 1, 4, r, 4);
        } else add(["单位", "指标", "期间", "数值", "备注"]);
        spec.rows.forEach((values, i) => {
          if (spec.gaps.includes(i)) add([]);
          add(values);
        });
        if (spec.mergeUnits && spec.rows.length >= 2) ws.mergeCells(r - 1, 1, r, 1);
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const options = spec.twoRows ? { period: "2024" } : {};
        const { streamed, loaded } = await both(bytes, options);
        expect(streamed).toEqual(loaded);
        if ("result" in streamed && streamed.result !== undefined) {
          const { stats } = streamed.result;
          expect(stats.rowsRead).toBe(stats.accepted + stats.rejected);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("streams a large sheet row by row, with row accounting, located issues and the row limit", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("big");
    ws.addRow(["unit", "indicator", "period", "value"]);
    const n = 20_000;
    for (let k = 0; k < n; k++)
      ws.addRow([`u${k % 50}`, `i${Math.floor(k / 50)}`, "2024", k % 1000 === 999 ? "bad" : k / 4]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await importXlsx(bytes, { streaming: true });
    expect(r.stats).toMatchObject({ rowsRead: n, accepted: n, rejected: 0, headerRows: 1, observations: n });
    // Row 20000 holds k = 19998 (u48, i399, 19998 / 4); row 20001 the "bad" code of k = 19999.
    expect(r.observations[n - 2]).toEqual({
      unit: "u48",
      indicator: "i399",
      period: "2024",
      value: "4999.5",
      status: "reported",
    });
    expect(r.observations[n - 1]).toMatchObject({ unit: "u49", value: "bad" });
    expect(r.issues).toHaveLength(n / 1000);
    expect(r.issues[0]).toMatchObject({
      code: "value_not_numeric",
      row: 1001,
      column: { letter: "D", header: "value" },
      raw: "bad",
    });
    // "auto" (the default) and the workbook model give the same result on this sheet.
    expect(await importXlsx(bytes)).toEqual(r);
    expect(await importXlsx(bytes, { streaming: false })).toEqual(r);
    expect((await importXlsx(bytes, { streaming: true, limits: { maxRows: n } })).stats.rowsRead).toBe(n);
    await expect(importXlsx(bytes, { streaming: true, limits: { maxRows: n - 1 } })).rejects.toMatchObject({
      code: "limit_exceeded",
      row: n + 1,
    });
  }, 60_000);
});
