import { readFileSync } from "node:fs";
import { type Indicator, loadProject, localize, type Project } from "@ducha/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatImportIssue } from "../issue/format-import-issue.js";
import { createEntryTemplate, importEntryTemplate, importXlsx, writeEntryTemplate } from "./index.js";

const loaded = loadProject(
  readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const project: Project = loaded.value;
const byEnHeader = new Map(
  project.system.indicators.map((i) => [`${localize(i.name, "en")}${i.unit === undefined ? "" : `（${i.unit}）`}`, i]),
);

/** A deterministic value per unit × indicator, as typed into Excel, and what must be imported. */
function valueFor(indicator: Indicator, unitIndex: number, k: number): { typed: string | number; expected: string } {
  if (indicator.kind === "qualitative" && indicator.scoring.method === "grade-map") {
    const keys = Object.keys(indicator.scoring.map);
    const key = keys[(unitIndex + k) % keys.length] ?? "";
    return { typed: key, expected: key };
  }
  if (indicator.kind === "task") {
    const statuses = ["done", "partly-done", "late", "not-done"];
    const s = statuses[(unitIndex + k) % 4] ?? "";
    return { typed: s, expected: s };
  }
  if (indicator.kind === "boolean")
    return unitIndex % 2 === 0 ? { typed: "是", expected: "true" } : { typed: "否", expected: "false" };
  // Alternate text cells with exact decimals ("12.345"; canonical form, so "12.350" → "12.35") and
  // numeric cells (stored as doubles, read at Excel's 15 significant digits: 12.345 → "12.345").
  const text = `${10 + unitIndex}.${(345 + k) % 1000}`;
  const canonical = text.replace(/0+$/, "");
  return (unitIndex + k) % 2 === 0
    ? { typed: text, expected: canonical }
    : { typed: Number(text), expected: canonical };
}

async function fill(bytes: Uint8Array, edit?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const expected = new Map<string, string>();
  const units = project.units.map((u) => u.id);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible" || sheet.name === "填报说明") continue;
    const header = sheet.getRow(2);
    for (let r = 3; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const unit = String(row.getCell(1).value);
      for (let c = 3; c <= header.cellCount; c++) {
        const indicator = byEnHeader.get(String(header.getCell(c).value));
        if (indicator === undefined) throw new Error(`unknown header ${String(header.getCell(c).value)}`);
        const cell = row.getCell(c);
        if (cell.protection?.locked !== false) continue;
        const { typed, expected: want } = valueFor(indicator, units.indexOf(unit), c);
        cell.value = typed;
        expected.set(`${unit}|${indicator.id}`, want);
      }
    }
    edit?.(sheet);
  }
  const out = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  return { bytes: out, expected };
}

describe("createEntryTemplate", () => {
  it("writes one protected sheet per pillar with two frozen header rows, dropdowns and greyed cells", async () => {
    const workbook = await createEntryTemplate(project, { deadline: "2025-01-15" });
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(["填报说明", "经济发展", "生态环境保护", "民生改善", "领导履职", "_lists", "_meta"]);
    expect(workbook.getWorksheet("_meta")?.state).toBe("veryHidden");
    const economy = workbook.getWorksheet("经济发展");
    if (economy === undefined) throw new Error("no sheet");
    expect(economy.getRow(1).getCell(3).value).toBe("地区生产总值增速（%）");
    expect(economy.getRow(2).getCell(3).value).toBe("GDP growth（%）");
    expect(economy.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
    // 12 assessed units (the city only aggregates), in declaration order.
    expect(economy.rowCount).toBe(14);
    expect(economy.getRow(3).getCell(1).value).toBe("d_east");
    // Departments are not assessed on GDP growth: grey and locked; districts: unlocked, decimal validation.
    const depRow = [...Array(economy.rowCount).keys()]
      .map((i) => economy.getRow(i + 1))
      .find((r) => r.getCell(1).value === "dep_dev");
    expect(depRow?.getCell(3).protection?.locked).toBe(true);
    expect(depRow?.getCell(3).fill).toMatchObject({ pattern: "solid" });
    expect(economy.getRow(3).getCell(3).protection?.locked).toBe(false);
    expect(economy.getRow(3).getCell(3).dataValidation).toMatchObject({ type: "decimal" });
    expect(economy.getRow(1).getCell(3).protection?.locked).not.toBe(false);
    const duty = workbook.getWorksheet("领导履职");
    const dutyHeaders = duty?.getRow(2).values as unknown[];
    const gradeColumn = dutyHeaders.indexOf("Leadership team evaluation");
    const taskColumn = dutyHeaders.indexOf("Annual key tasks");
    const boolColumn = dutyHeaders.indexOf("No disciplinary violations");
    expect(duty?.getRow(3).getCell(gradeColumn).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"A,B,C,D,—"'],
    });
    expect(duty?.getRow(3).getCell(taskColumn).dataValidation.formulae).toEqual(['"done,partly-done,late,not-done,—"']);
    expect(duty?.getRow(3).getCell(boolColumn).dataValidation.formulae).toEqual(['"是,否,—"']);
    // Rated indicators (leaders_rating) come from rater groups and are not in the template.
    expect(dutyHeaders).not.toContain("Leadership team rating（分）");
    const instructions = workbook.getWorksheet("填报说明");
    const text = instructions?.getColumn(1).values.join("\n") ?? "";
    expect(text).toContain("2025-01-15");
    expect(text).toContain("Deadline for returning this file: 2025-01-15");
  });

  it("protects sheets after a write and read", async () => {
    const bytes = await writeEntryTemplate(project, { layout: "per-unit", units: ["d_east", "dep_env"] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["填报说明", "东城区", "市生态环境局", "_lists", "_meta"]);
    const sheet = workbook.getWorksheet("市生态环境局") as unknown as { sheetProtection?: { sheet?: boolean } };
    expect(sheet.sheetProtection?.sheet).toBe(true);
    // A department sheet lists only what departments are assessed on (duty pillar, housing, elderly care, sewage).
    const headers = ((workbook.getWorksheet("市生态环境局")?.getRow(2).values ?? []) as unknown[]).filter(Boolean);
    expect(headers).toContain("Urban sewage treatment rate（%）");
    expect(headers).not.toContain("GDP growth（%）");
  });

  it("rejects unknown units and periods", async () => {
    await expect(createEntryTemplate(project, { units: ["nowhere"] })).rejects.toThrow(/nowhere/);
    await expect(createEntryTemplate(project, { period: "2024Q5" })).rejects.toThrow(/2024Q5/);
  });
});

describe("importEntryTemplate", () => {
  for (const layout of ["per-pillar", "per-unit"] as const) {
    it(`round-trips every value exactly (${layout})`, async () => {
      const template = await writeEntryTemplate(project, { layout, period: "2025" });
      const { bytes, expected } = await fill(template);
      const result = await importEntryTemplate(bytes, project, { file: "filled.xlsx" });
      expect(result.issues.map((i) => formatImportIssue(i))).toEqual([]);
      expect(result.period).toBe("2025");
      const got = new Map(result.observations.map((o) => [`${o.unit}|${o.indicator}`, o.value]));
      expect(got).toEqual(expected);
      expect(got.get("d_east|leadership_evaluation")).toMatch(/^[ABCD]$/);
      if (layout === "per-pillar") {
        expect(got.get("d_east|gdp_growth")).toBe("11.348"); // typed as the text "11.348"
        expect(got.get("d_east|fiscal_revenue_growth")).toBe("11.349"); // typed as the number 11.349
      }
      expect(result.observations.every((o) => o.period === "2025" && o.status === "reported")).toBe(true);
      const { stats } = result;
      expect(stats.rowsRead).toBe(stats.accepted + stats.rejected);
      // Every unit has a row on every pillar sheet (departments with grey cells on economy), or one sheet each.
      expect(stats.rowsRead).toBe(layout === "per-pillar" ? 4 * 12 : 12);
      expect(stats.rejected).toBe(0);
    });
  }

  it("reads blanks and — as missing, reports bad codes, grey-cell values and the sheet", async () => {
    const template = await writeEntryTemplate(project);
    const { bytes } = await fill(template, (sheet) => {
      if (sheet.name === "经济发展") {
        sheet.getRow(3).getCell(3).value = "—";
        sheet.getRow(4).getCell(3).value = null;
        sheet.getRow(5).getCell(3).value = "abc";
        const dep = [...Array(sheet.rowCount).keys()]
          .map((i) => sheet.getRow(i + 1))
          .find((r) => r.getCell(1).value === "dep_dev");
        if (dep !== undefined) dep.getCell(3).value = 5;
      }
      if (sheet.name === "领导履职") {
        const headers = sheet.getRow(2).values as unknown[];
        sheet.getRow(3).getCell(headers.indexOf("Leadership team evaluation")).value = "E";
        sheet.getRow(4).getCell(headers.indexOf("Annual key tasks")).value = "部分完成";
      }
    });
    const result = await importEntryTemplate(bytes, project, { file: "t.xlsx" });
    const missing = result.observations.filter((o) => o.indicator === "gdp_growth" && o.status === "missing");
    expect(missing.map((o) => [o.unit, o.missingReason])).toEqual([
      ["d_east", "marker:—"],
      ["d_west", "blank"],
    ]);
    const codes = result.issues.map((i) => [i.code, i.sheet, i.row, i.column.letter]);
    expect(codes).toContainEqual(["invalid_number", "经济发展", 5, "C"]);
    expect(codes).toContainEqual(["invalid_code", "领导履职", 3, expect.any(String)]);
    expect(codes).toContainEqual(["not_assessed", "经济发展", expect.any(Number), "C"]);
    expect(result.observations.some((o) => o.unit === "dep_dev" && o.indicator === "gdp_growth")).toBe(false);
    expect(result.observations.find((o) => o.unit === "d_west" && o.indicator === "key_tasks")?.value).toBe(
      "partly-done",
    );
    expect(result.stats.rejected).toBe(2);
    expect(result.stats.rowsRead).toBe(result.stats.accepted + result.stats.rejected);
    const invalid = result.issues.find((i) => i.code === "invalid_number");
    if (invalid === undefined) throw new Error("no invalid_number issue");
    expect(formatImportIssue(invalid)).toMatch(/^t\.xlsx\[经济发展\]:5:C/);
  });

  it("refuses a plain workbook and a template of another project", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("data").addRow(["单位", "指标", "期间", "数值"]);
    const plainBytes = new Uint8Array((await plain.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    await expect(importEntryTemplate(plainBytes, project)).rejects.toMatchObject({ code: "not_a_template" });
    const template = await writeEntryTemplate(project);
    await expect(importEntryTemplate(template, { ...project, id: "other" })).rejects.toMatchObject({
      code: "template_mismatch",
    });
    await expect(importXlsx(template)).rejects.toMatchObject({ code: "entry_template" });
    // importXlsx still reads a chosen data sheet as a plain wide sheet (unit column = 单位代码).
    await expect(importXlsx(template, { sheet: 2, period: "2024" })).resolves.toBeDefined();
  });

  it("refuses a _meta sheet with an absurd column number, and enforces the row and size limits", async () => {
    const template = await writeEntryTemplate(project);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
    const meta = workbook.getWorksheet("_meta");
    meta?.eachRow((row) => {
      if (row.getCell(1).value === "column") row.getCell(3).value = 1e9 + 0.5;
    });
    const broken = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(importEntryTemplate(broken, project)).rejects.toMatchObject({ code: "not_a_template" });
    await expect(importEntryTemplate(template, project, { limits: { maxRows: 3 } })).rejects.toMatchObject({
      code: "limit_exceeded",
    });
    await expect(
      importEntryTemplate(template, project, { limits: { maxUncompressedBytes: 1000 } }),
    ).rejects.toMatchObject({ code: "limit_exceeded", message: expect.stringContaining("maxUncompressedBytes") });
  });
});
