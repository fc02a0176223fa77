import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ImportError, knownReferences } from "@ducha/io";
import type { Project } from "@ducha/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importData } from "./import-data.js";
import { loadProject } from "./load-project.js";
import { UnsupportedFormatError } from "./unsupported-format-error.js";

const loaded = loadProject(fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url)));
if (!loaded.ok) throw new Error("the eco-city template must be valid");
const project: Project = loaded.value;
const dir = mkdtempSync(join(tmpdir(), "ducha-import-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("knownReferences", () => {
  it("lists units, indicators with type/unit/codes and auxiliaries", () => {
    const known = knownReferences(project);
    expect([...(known.units ?? [])]).toHaveLength(project.units.length);
    const byId = new Map([...(known.indicators ?? [])].map((i) => [i.id, i]));
    expect(byId.get("fixed_investment")).toMatchObject({ type: "quantitative", unit: "亿元" });
    expect([...(byId.get("rule_of_law")?.codes ?? [])]).toEqual(["好", "较好", "一般", "差"]);
    expect([...(byId.get("housing_task")?.codes ?? [])]).toEqual(["done", "partly-done", "late", "not-done"]);
    expect([...(byId.get("clean_government")?.codes ?? [])]).toEqual(expect.arrayContaining(["是", "否"]));
    expect(byId.get("population")).toMatchObject({ type: "quantitative", unit: "万人" });
  });
});

describe("importData", () => {
  it("locates an unknown indicator with a did-you-mean suggestion and accounts for every row", async () => {
    const path = file(
      "long.csv",
      "unit,indicator,period,value\nd_east,gdp_growth,2024,6.1\nd_east,GDP_gr,2024,5\nd_estt,pm25,2024,30\n",
    );
    const r = await importData(path, { project, file: "long.csv" });
    expect(r.format).toBe("csv");
    expect(r.stats).toMatchObject({ rowsRead: 3, accepted: 1, rejected: 2 });
    const unknown = r.issues.find((i) => i.code === "unknown_indicator");
    expect(unknown).toMatchObject({ file: "long.csv", row: 3, column: { letter: "B" }, suggestion: "gdp_growth" });
    expect(unknown?.message.en).toBe(`unknown indicator "GDP_gr"; did you mean 'gdp_growth'?`);
    expect(r.issues.find((i) => i.code === "unknown_unit")).toMatchObject({ row: 4, suggestion: "d_east" });
    expect(r.observations).toEqual([
      { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "6.1", status: "reported" },
    ]);
  });

  it("reads codes and booleans per the indicator kind, rejecting unknown codes", async () => {
    const path = file(
      "codes.csv",
      "单位,指标,期间,数值\nd_west,clean_government,2024,否\nd_west,rule_of_law,2024,好\nd_west,housing_task,2024,late\nd_west,clean_government,2024,maybe\n",
    );
    const r = await importData(path, { project });
    expect(r.observations.map((o) => o.value)).toEqual([false, "好", "late"]);
    expect(r.issues).toMatchObject([{ code: "invalid_code", row: 5, severity: "error" }]);
  });

  it("defaults the period to the plan's and converts into the declared unit (wide layout)", async () => {
    // fixed_investment is declared in 亿元: 35000 万元 = 3.5 亿元
    const path = file("wide.csv", "单位,fixed_investment（万元）,gdp_growth\nd_east,35000,6.1\n");
    const r = await importData(path, { project });
    expect(r.issues).toEqual([]);
    expect(r.observations).toEqual([
      { unit: "d_east", indicator: "fixed_investment", period: "2024", value: "3.5", status: "reported" },
      { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "6.1", status: "reported" },
    ]);
  });

  it("detects SDMX-CSV by its STRUCTURE header, also in a .csv file", async () => {
    const text =
      "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\ndataflow,X:ECO(1.0),I,d_east,gdp_growth,2024,6.3\n";
    for (const name of ["a.sdmx.csv", "b.csv"]) {
      const r = await importData(file(name, text), { project });
      expect(r.format).toBe("sdmx");
      expect(r.observations).toMatchObject([{ unit: "d_east", indicator: "gdp_growth", period: "2024", value: "6.3" }]);
    }
  });

  it("reads an Excel workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("2024");
    sheet.addRow(["单位", "指标", "数值"]);
    sheet.addRow(["c_lan", "pm25", 41]);
    const path = join(dir, "data.xlsx");
    await workbook.xlsx.writeFile(path);
    const r = await importData(path, { project });
    expect(r.format).toBe("xlsx");
    expect(r.observations).toMatchObject([{ unit: "c_lan", indicator: "pm25", period: "2024", value: "41" }]);
  });

  it("throws ImportError read_failed for a missing file and UnsupportedFormatError for an unknown extension", async () => {
    await expect(importData(join(dir, "missing.csv"), { project })).rejects.toSatisfy(
      (e) => e instanceof ImportError && e.code === "read_failed",
    );
    await expect(importData(join(dir, "missing.xlsx"), { project })).rejects.toSatisfy(
      (e) => e instanceof ImportError && e.code === "read_failed",
    );
    await expect(importData(file("data.ods", "x"), { project })).rejects.toSatisfy(
      (e) => e instanceof UnsupportedFormatError && e.code === "unsupported_format" && e.format === ".ods",
    );
  });
});

describe("importData onProgress and entry templates", () => {
  it("reports the bytes read up to the file's size, for CSV (streamed) and XLSX", async () => {
    const rows = ["unit,indicator,period,value"];
    for (let m = 1; m <= 12; m++) rows.push(`d_east,gdp_growth,2024-${String(m).padStart(2, "0")},6.${m}`);
    const csv = file("progress.csv", `${rows.join("\n")}\n`);
    const seen: [number, number][] = [];
    const result = await importData(csv, { project, onProgress: (p) => seen.push([p.bytesRead, p.totalBytes]) });
    expect(result.stats.accepted).toBe(12);
    const size = Buffer.byteLength(`${rows.join("\n")}\n`);
    expect(seen[0]).toEqual([0, size]);
    expect(seen.at(-1)).toEqual([size, size]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.[0]).toBeGreaterThanOrEqual(seen[i - 1]?.[0] ?? 0);

    const book = new ExcelJS.Workbook();
    book.addWorksheet("data").addRows([
      ["unit", "indicator", "period", "value"],
      ["d_west", "pm25", "2024", 33.1],
    ]);
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const xlsx = join(dir, "progress.xlsx");
    writeFileSync(xlsx, bytes);
    const xlsxSeen: number[] = [];
    const fromXlsx = await importData(xlsx, { project, onProgress: (p) => xlsxSeen.push(p.bytesRead) });
    expect(fromXlsx.observations).toEqual([
      expect.objectContaining({ unit: "d_west", indicator: "pm25", value: "33.1" }),
    ]);
    expect(xlsxSeen[0]).toBe(0);
    expect(xlsxSeen.at(-1)).toBe(bytes.byteLength);
  });

  it("a missing file is read_failed with or without onProgress", async () => {
    for (const onProgress of [undefined, () => {}]) {
      const error = await importData(join(dir, "none.csv"), { project, ...(onProgress ? { onProgress } : {}) }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe("read_failed");
      expect(((error as ImportError).cause as { code?: string }).code).toBe("ENOENT");
    }
  });

  it("reads a filled-in data-entry template (createEntryTemplate) back by its hidden _meta sheet", async () => {
    const { createEntryTemplate } = await import("@ducha/io/xlsx");
    const book = await createEntryTemplate(project, { units: ["c_qing"], layout: "per-unit", lang: "en" });
    const sheet = book.worksheets.find((s) => s.getCell("A3").value === "c_qing");
    if (sheet === undefined) throw new Error("no sheet for c_qing");
    const header = sheet.getRow(2).values as unknown[];
    const column = header.findIndex((v) => typeof v === "string" && v.startsWith("New urban jobs"));
    sheet.getCell(3, column).value = 1.25;
    const path = join(dir, "filled-template.xlsx");
    writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const result = await importData(path, { project });
    expect(result.format).toBe("xlsx");
    expect(result.stats.errors).toBe(0);
    expect(result.observations).toContainEqual(
      expect.objectContaining({ unit: "c_qing", indicator: "new_jobs", period: "2024", value: "1.25" }),
    );
    // the cells left empty are missing observations, never zeros
    expect(result.observations.filter((o) => o.value === null).every((o) => o.status === "missing")).toBe(true);
  });
});
