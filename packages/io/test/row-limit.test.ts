import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { loadProject, type Project } from "@ducha/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importCsv } from "../src/csv/import-csv.js";
import { importCsvStream } from "../src/csv/import-csv-stream.js";
import { DEFAULT_IMPORT_LIMITS } from "../src/import-options.js";
import { ImportError } from "../src/issue/import-error.js";
import { importSdmxCsv } from "../src/sdmx/import-sdmx-csv.js";
import { importEntryTemplate } from "../src/xlsx/import-entry-template.js";
import { importXlsx } from "../src/xlsx/import-xlsx.js";
import { writeEntryTemplate } from "../src/xlsx/template.js";

// limits.maxRows counts data rows (stats.rowsRead): title lines, header lines, units rows and blank
// rows are not counted. N data rows pass with maxRows N; with maxRows N − 1 the N-th data row throws
// limit_exceeded located at its row.

/** Title line (row 1), header (row 2), 3 data rows (rows 3, 4, 6) around a blank row 5. */
const LONG = "2024 年数据\nunit,indicator,period,value\na,x,2024,1\nb,x,2024,2\n,,,\nc,x,2024,3\n";
/** Header (row 1), units row (row 2), 3 data rows (rows 3–5). */
const WIDE = "单位,GDP,增速\n,亿元,%\na,1,2\nb,3,4\nc,5,6\n";

function thrown(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

async function rejected(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

const stream = (text: string) => Readable.from([new TextEncoder().encode(text)]);

describe("limits.maxRows counts data rows", () => {
  it("documents the default: one million data rows", () => {
    expect(DEFAULT_IMPORT_LIMITS.maxRows).toBe(1_000_000);
  });

  it("CSV long: N data rows pass with maxRows N, N + 1 throw at the extra row", async () => {
    const ok = importCsv(LONG, { limits: { maxRows: 3 } });
    expect(ok.stats).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0, headerRows: 2, blankRows: 1 });
    expect(ok.observations.map((o) => o.value)).toEqual(["1", "2", "3"]);
    const e = thrown(() => importCsv(LONG, { file: "long.csv", limits: { maxRows: 2 } }));
    expect([e.code, e.file, e.row]).toEqual(["limit_exceeded", "long.csv", 6]);
    expect(e.message).toContain("maxRows");
    expect(e.messageZh).toContain("limits.maxRows");

    const streamed = await importCsvStream(stream(LONG), { limits: { maxRows: 3 } });
    expect(streamed.stats).toEqual(ok.stats);
    const s = await rejected(() => importCsvStream(stream(LONG), { limits: { maxRows: 2 } }));
    expect([s.code, s.row]).toEqual(["limit_exceeded", 6]);
  });

  it("CSV long: rejected rows count as data rows too", () => {
    const csv = "unit,indicator,period,value\na,x,2024,1\nb,x,nope,2\n";
    expect(importCsv(csv, { limits: { maxRows: 2 } }).stats).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    expect(thrown(() => importCsv(csv, { limits: { maxRows: 1 } })).row).toBe(3);
  });

  it("CSV wide: the header and the units row are not counted", async () => {
    const ok = importCsv(WIDE, { period: "2024", limits: { maxRows: 3 } });
    expect(ok.format).toBe("wide");
    expect(ok.stats).toMatchObject({ rowsRead: 3, accepted: 3, headerRows: 2, observations: 6 });
    const e = thrown(() => importCsv(WIDE, { period: "2024", limits: { maxRows: 2 } }));
    expect([e.code, e.row]).toEqual(["limit_exceeded", 5]);
    const s = await rejected(() => importCsvStream(stream(WIDE), { period: "2024", limits: { maxRows: 2 } }));
    expect([s.code, s.row]).toEqual(["limit_exceeded", 5]);
  });

  it("SDMX-CSV: the header is not counted", () => {
    const sdmx =
      "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
      "dataflow,X:KPI(1.0),I,A,GDP,2024,1\ndataflow,X:KPI(1.0),I,B,GDP,2024,2\n";
    expect(importSdmxCsv(sdmx, { limits: { maxRows: 2 } }).stats.rowsRead).toBe(2);
    const e = thrown(() => importSdmxCsv(sdmx, { limits: { maxRows: 1 } }));
    expect([e.code, e.row]).toEqual(["limit_exceeded", 3]);
  });

  it("XLSX: a title, the header and blank rows are not counted", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("data");
    sheet.addRow(["2024 年数据"]);
    sheet.addRow(["单位", "指标", "期间", "数值"]);
    sheet.addRow(["a", "x", "2024", 1]);
    sheet.addRow(["b", "x", "2024", 2]);
    sheet.addRow([]);
    sheet.addRow(["c", "x", "2024", 3]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ok = await importXlsx(bytes, { limits: { maxRows: 3 } });
    expect(ok.stats).toMatchObject({ rowsRead: 3, accepted: 3, headerRows: 2, blankRows: 1 });
    const e = await rejected(() => importXlsx(bytes, { file: "d.xlsx", limits: { maxRows: 2 } }));
    expect([e.code, e.file, e.row]).toEqual(["limit_exceeded", "d.xlsx", 6]);
  });

  it("XLSX entry templates: the two header rows are not counted", async () => {
    const loaded = loadProject(
      readFileSync(new URL("../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
    );
    if (!loaded.ok) throw new Error("eco-city fixture does not load");
    const project: Project = loaded.value;
    const template = await writeEntryTemplate(project);
    const all = await importEntryTemplate(template, project);
    const n = all.stats.rowsRead;
    expect(n).toBeGreaterThan(1);
    expect(all.stats.headerRows).toBeGreaterThan(0);
    expect((await importEntryTemplate(template, project, { limits: { maxRows: n } })).stats.rowsRead).toBe(n);
    const e = await rejected(() => importEntryTemplate(template, project, { limits: { maxRows: n - 1 } }));
    expect(e.code).toBe("limit_exceeded");
    expect(e.row).toBeGreaterThan(2);
  });
});
