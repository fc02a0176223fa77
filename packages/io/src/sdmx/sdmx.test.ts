import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.js";
import { importSdmxCsv } from "./import-sdmx-csv.js";
import { fromSdmxPeriod, toSdmxPeriod } from "./sdmx-codes.js";
import { toSdmxCsv } from "./to-sdmx-csv.js";

const HEADER = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS";

describe("SDMX periods", () => {
  it.each([
    ["2024", "2024"],
    ["2024S1", "2024-S1"],
    ["2024Q3", "2024-Q3"],
    ["2024-05", "2024-05"],
  ])("%s ↔ %s", (ducha, sdmx) => {
    expect(toSdmxPeriod(ducha)).toBe(sdmx);
    expect(fromSdmxPeriod(sdmx)).toBe(ducha);
  });
  it("reads the other SDMX spellings and rejects the rest", () => {
    expect(fromSdmxPeriod("2024-A1")).toBe("2024");
    expect(fromSdmxPeriod("2024-M05")).toBe("2024-05");
    expect(fromSdmxPeriod("2024-W05")).toBeUndefined();
    expect(toSdmxPeriod("2024Q5")).toBeUndefined();
    expect(toSdmxPeriod("2024S3")).toBeUndefined();
  });
});

describe("toSdmxCsv", () => {
  it("writes the SDMX-CSV 2.0 columns with OBS_STATUS codes", () => {
    const observations: Observation[] = [
      { unit: "CN_A", indicator: "GDP", period: "2024Q3", value: "-1.5", status: "verified" },
      { unit: "CN_B", indicator: "GDP", period: "2024S1", value: "2", status: "reported" },
      { unit: "CN_C", indicator: "GDP", period: "2024-05", value: "3", status: "estimated" },
      { unit: "CN_D", indicator: "RATING", period: "2024", value: "A", status: "reported" },
      { unit: "CN_E", indicator: "GDP", period: "2024", value: null, status: "missing", missingReason: "blank" },
    ];
    expect(toSdmxCsv(observations, { structureId: "CN_CITY:KPI(1.0)" })).toBe(
      [
        HEADER,
        "dataflow,CN_CITY:KPI(1.0),I,CN_A,GDP,2024-Q3,-1.5,0,A",
        "dataflow,CN_CITY:KPI(1.0),I,CN_B,GDP,2024-S1,2,0,P",
        "dataflow,CN_CITY:KPI(1.0),I,CN_C,GDP,2024-05,3,0,E",
        "dataflow,CN_CITY:KPI(1.0),I,CN_D,RATING,2024,A,,P",
        "dataflow,CN_CITY:KPI(1.0),I,CN_E,GDP,2024,,,O",
        "",
      ].join("\r\n"),
    );
  });
  it("throws DuchaError on a period id it cannot express", () => {
    expect(() =>
      toSdmxCsv([{ unit: "a", indicator: "b", period: "2024W1", value: "1", status: "reported" }], {
        structureId: "X:Y(1.0)",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid_period", path: ["observations", 0, "period"] }));
  });
});

describe("importSdmxCsv", () => {
  it("reads values × 10^UNIT_MULT exactly, statuses, periods and comments", () => {
    const csv = [
      `${HEADER},COMMENT_OBS,FREQ`,
      "dataflow,X:KPI(1.0),I,CN_A,GDP,2024-Q3,1.5,4,A,checked,Q",
      "dataflow,X:KPI(1.0),R,CN_B,GDP,2024-A1,0.123,-2,E,,A",
      "dataflow,X:KPI(1.0),,CN_C,GDP,2024-M05,,,O,,M",
      "dataflow,X:KPI(1.0),D,CN_D,GDP,2024,1,,A,,A",
      "dataflow,X:KPI(1.0),I,CN_E,GDP,2024,1,x,Z,,A",
    ].join("\n");
    const result = importSdmxCsv(csv, { file: "kpi.csv" });
    expect(result.observations).toEqual([
      { unit: "CN_A", indicator: "GDP", period: "2024Q3", value: "15000", status: "verified", note: "checked" },
      { unit: "CN_B", indicator: "GDP", period: "2024", value: "0.00123", status: "estimated" },
      { unit: "CN_C", indicator: "GDP", period: "2024-05", value: null, status: "missing", missingReason: "blank" },
    ]);
    expect(result.issues.map((i) => [i.code, i.severity, i.row, i.column.letter])).toEqual([
      ["unrecognized_column", "warning", 1, "K"],
      ["unsupported_action", "error", 5, "C"],
      ["invalid_unit_mult", "error", 6, "H"],
      ["unknown_obs_status", "warning", 6, "I"],
    ]);
    expect(result.stats).toMatchObject({ rowsRead: 5, accepted: 3, rejected: 2 });
  });

  it("detects the separator after STRUCTURE and reads labelled headers and codes", () => {
    const csv = [
      "STRUCTURE[|];STRUCTURE_ID: Id;ACTION;REF_AREA: Reference area;INDICATOR: Indicator;TIME_PERIOD: Time;OBS_VALUE: Value",
      "dataflow;X:KPI(1.0): KPIs;I;CN_A: District A;GDP: Gross domestic product;2024;1.5",
    ].join("\n");
    const result = importSdmxCsv(csv);
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      { unit: "CN_A", indicator: "GDP", period: "2024", value: "1.5", status: "reported" },
    ]);
  });

  it("rejects files that are not SDMX-CSV 2.0", () => {
    expect(() => importSdmxCsv("unit,indicator\n")).toThrow(expect.objectContaining({ code: "missing_column" }));
    expect(() => importSdmxCsv("STRUCTURE,STRUCTURE_ID,REF_AREA\n")).toThrow(
      expect.objectContaining({ code: "missing_column" }),
    );
  });

  it("round-trips toSdmxCsv → importSdmxCsv (property)", () => {
    const id = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
    const decimal = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat({ max: 999 })).map(([w, f]) => {
      const frac = String(f).padStart(3, "0").replace(/0+$/, "");
      const s = `${w}${frac === "" ? "" : `.${frac}`}`;
      return s;
    });
    const obs = fc.record({
      unit: id,
      indicator: id,
      period: fc.constantFrom("2024", "2024S2", "2024Q1", "2024-12"),
      value: fc.option(decimal, { nil: null }),
      status: fc.constantFrom("reported", "verified", "estimated") as fc.Arbitrary<Observation["status"]>,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(obs, { selector: (o) => `${o.unit}|${o.indicator}|${o.period}`, maxLength: 15 }),
        (drafts) => {
          const observations: Observation[] = drafts.map((d) =>
            d.value === null
              ? {
                  unit: d.unit,
                  indicator: d.indicator,
                  period: d.period,
                  value: null,
                  status: "missing",
                  missingReason: "blank",
                }
              : { ...d, value: d.value === "-0" ? "0" : d.value },
          );
          const result = importSdmxCsv(toSdmxCsv(observations, { structureId: "X:KPI(1.0)" }));
          expect(result.issues).toEqual([]);
          expect(result.observations).toEqual(observations);
        },
      ),
      { numRuns: 200 },
    );
  });
});
