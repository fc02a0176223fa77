import { readFileSync } from "node:fs";
import { loadProject, type Project } from "@ducha/schema";
import { explain, scoreAssessment } from "@ducha/scoring";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeResultsWorkbook } from "./index.js";

const loaded = loadProject(
  readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const EVIL = '=HYPERLINK("http://evil.example","click")';
// The same project with a malicious display name for one unit.
const project: Project = {
  ...loaded.value,
  units: loaded.value.units.map((u) => (u.id === "d_west" ? { ...u, name: { zh: EVIL, en: EVIL } } : u)),
};
const result = scoreAssessment(project);

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("writeResultsWorkbook", () => {
  it("writes the ranking in result order with published totals formatted 0.00", async () => {
    const workbook = await read(await writeResultsWorkbook(result, project, { explain }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Ranking",
      "Node scores",
      "Indicator scores",
      "Adjustments & vetoes",
      "Trace",
      "Settings",
    ]);
    const ranking = workbook.getWorksheet("Ranking");
    if (ranking === undefined) throw new Error("no Ranking");
    expect(ranking.rowCount).toBe(1 + result.units.length);
    result.units.forEach((u, i) => {
      const row = ranking.getRow(i + 2);
      expect(row.getCell(3).value).toBe(u.unit);
      if (u.status !== "scored") return;
      expect(row.getCell(1).value).toBe(u.rank);
      expect(row.getCell(6).value).toBe(Number(u.published.toFixed(2)));
      expect(row.getCell(6).numFmt).toBe("0.00");
    });
    // Ranks ascend down the sheet.
    const ranks = result.units.map((_, i) => ranking.getRow(i + 2).getCell(1).value as number | null);
    const ranked = ranks.filter((r): r is number => r !== null);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(ranked[0]).toBe(1);
  });

  it("escapes a malicious unit name in every sheet", async () => {
    const workbook = await read(await writeResultsWorkbook(result, project, { explain }));
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(typeof cell.value === "object" && cell.value !== null && "formula" in cell.value).toBe(false);
          if (typeof cell.value === "string" && cell.value.includes("HYPERLINK")) {
            expect(cell.value.startsWith("'=")).toBe(true);
          }
        });
      });
    }
    const ranking = workbook.getWorksheet("Ranking");
    const names = (ranking?.getColumn(4).values ?? []) as unknown[];
    expect(names).toContain(`'${EVIL}`);
  });

  it("writes node and indicator scores, adjustments, the trace and settings", async () => {
    const workbook = await read(await writeResultsWorkbook(result, project, { explain, lang: "en" }));
    const first = result.units.find((u) => u.status === "scored");
    if (first === undefined || first.status !== "scored") throw new Error("nothing scored");
    const nodes = workbook.getWorksheet("Node scores");
    const headers = (nodes?.getRow(1).values ?? []) as unknown[];
    const ecologyColumn = headers.indexOf("Ecology and environment (ecology)");
    expect(ecologyColumn).toBeGreaterThan(2);
    expect(nodes?.getRow(2).getCell(ecologyColumn).value).toBe(Number(first.nodes.ecology?.score?.toString()));
    expect(nodes?.getRow(2).getCell(ecologyColumn).numFmt).toBe("0.00");

    const indicators = workbook.getWorksheet("Indicator scores");
    // the best-ranked unit assessed on GDP growth (departments are not)
    const withGdp = result.units.find((u) => u.status === "scored" && u.indicators.gdp_growth !== undefined);
    if (withGdp === undefined || withGdp.status !== "scored") throw new Error("no unit with gdp_growth");
    const gdp = withGdp.indicators.gdp_growth;
    const rows: ExcelJS.Row[] = [];
    indicators?.eachRow((row) => {
      if (row.getCell(1).value === withGdp.unit && row.getCell(3).value === "gdp_growth") rows.push(row);
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.getCell(8).value).toBe(Number(gdp?.score?.toString()));
    expect(rows[0]?.getCell(9).value).toBe(Number(gdp?.weight.toString()));

    const trace = workbook.getWorksheet("Trace");
    const steps = result.units.reduce((n, u) => n + explain(result, u.unit).steps.length, 0);
    expect(trace?.rowCount).toBe(1 + steps);
    const firstSteps = explain(result, result.units[0]?.unit ?? "").steps;
    expect(trace?.getRow(2).getCell(4).value).toBe(firstSteps[0]?.text.zh);
    expect(trace?.getRow(2).getCell(5).value).toBe(firstSteps[0]?.text.en);

    const adjustments = workbook.getWorksheet("Adjustments & vetoes");
    const expectedRows = result.units.reduce(
      (n, u) => n + (u.status === "scored" ? u.adjustments.items.length + u.vetoes.length : 0),
      0,
    );
    expect(adjustments?.rowCount).toBe(1 + expectedRows);
    const settings = workbook.getWorksheet("Settings");
    expect(settings?.getRow(6).values).toEqual([undefined, "小数位数 / Decimals", 2]);
    expect(expectedRows).toBeGreaterThan(0);
  });

  it("says how to get a trace when explain is not passed", async () => {
    const workbook = await read(await writeResultsWorkbook(result, project));
    expect(String(workbook.getWorksheet("Trace")?.getRow(2).getCell(5).value)).toMatch(/explain/);
  });
});
