import { readFileSync } from "node:fs";
import { DEFAULT_TASK_STATUSES, loadProject, localize, type Project } from "@ducha/schema";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCsv, toCsv } from "../src/csv/index.js";
import { D, decimalString } from "../src/internal/decimal.js";
import { assessedIndicators, assessedUnits, indicatorCodes } from "../src/internal/project-indicators.js";
import type { Observation } from "../src/observation.js";
import { importSdmxCsv, toSdmxCsv } from "../src/sdmx/index.js";
import { importEntryTemplate, writeEntryTemplate } from "../src/xlsx/index.js";

const loaded = loadProject(
  readFileSync(new URL("../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const project: Project = loaded.value;
const rated = new Set(project.plan.ratedIndicators ?? []);
/** Every (unit, indicator) cell of the entry template, with the codes allowed for that indicator. */
const cells = assessedUnits(project).flatMap((unit) =>
  project.system.indicators
    .filter((i) => !rated.has(i.id) && assessedIndicators(project, unit).has(i.id))
    .map((i) => ({ unit: unit.id, indicator: i, codes: indicatorCodes(i, DEFAULT_TASK_STATUSES) })),
);

/** Exact decimals with up to 8 decimals and 12 integer digits, in canonical form ("12.345", "-0.5", "7"). */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([n, scale]) => decimalString(new D(n.toString()).div(new D(10).pow(scale))));

const observationsArb = fc
  .tuple(
    fc.subarray(cells, { minLength: 1 }),
    fc.array(decimal, { minLength: cells.length, maxLength: cells.length }),
    fc.array(fc.nat(), { minLength: cells.length, maxLength: cells.length }),
  )
  .map(([chosen, numbers, picks]) =>
    chosen.map((cell, k): Observation => {
      const codes = cell.codes;
      const value = codes === undefined ? (numbers[k] ?? "0") : (codes[(picks[k] ?? 0) % codes.length] ?? "");
      return { unit: cell.unit, indicator: cell.indicator.id, period: "2024", value, status: "reported" };
    }),
  );

const key = (o: Observation) => `${o.unit}|${o.indicator}|${o.period}|${o.value ?? "∅"}`;
const keys = (list: readonly Observation[]) => list.map(key).sort();

async function fillTemplate(observations: readonly Observation[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeEntryTemplate(project)) as unknown as ExcelJS.Buffer);
  const byHeader = new Map(
    project.system.indicators.map((i) => [
      `${localize(i.name, "en")}${i.unit === undefined ? "" : `（${i.unit}）`}`,
      i.id,
    ]),
  );
  const wanted = new Map(observations.map((o) => [`${o.unit}|${o.indicator}`, o.value]));
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible" || sheet.name === "填报说明") continue;
    const headers = sheet.getRow(2);
    for (let r = 3; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      for (let c = 3; c <= headers.cellCount; c++) {
        const id = byHeader.get(String(headers.getCell(c).value));
        const value = wanted.get(`${String(row.getCell(1).value)}|${id}`);
        // Booleans are typed as the dropdown words; numbers as text, so that every digit survives
        // (a number cell holds a double: 15 significant digits).
        if (value !== undefined && value !== null)
          row.getCell(c).value = value === "true" ? "是" : value === "false" ? "否" : value;
      }
    }
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

describe("round trip across formats", () => {
  it("observations → CSV → SDMX-CSV → filled entry template keep every value exactly", async () => {
    await fc.assert(
      fc.asyncProperty(observationsArb, async (observations) => {
        const fromCsv = importCsv(toCsv(observations));
        expect(fromCsv.stats.rejected).toBe(0);
        expect(keys(fromCsv.observations)).toEqual(keys(observations));

        const fromSdmx = importSdmxCsv(toSdmxCsv(fromCsv.observations, { structureId: "DUCHA:ECO_CITY(1.0)" }));
        expect(fromSdmx.stats.rejected).toBe(0);
        expect(keys(fromSdmx.observations)).toEqual(keys(observations));

        const fromTemplate = await importEntryTemplate(await fillTemplate(fromSdmx.observations), project);
        expect(fromTemplate.stats.rejected).toBe(0);
        // The template also returns every cell left blank, as a missing observation.
        const filled = fromTemplate.observations.filter((o) => o.status !== "missing");
        expect(keys(filled)).toEqual(keys(observations));
        expect(fromTemplate.observations.length).toBe(cells.length);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
