import { describe, expect, it } from "vitest";
import { ImportError } from "../issue/import-error.js";
import { importCsv } from "./import-csv.js";

const LONG = "unit,indicator,period,value\n";
const known = {
  units: ["district_a", "district_b"],
  indicators: [
    { id: "gdp_growth", name: "GDP增速", unit: "%" },
    { id: "revenue", name: "财政收入", unit: "万元" },
    { id: "rating", type: "qualitative" as const, codes: ["A", "B", "C", "D"] },
  ],
  periods: ["2024", "2024Q3"],
};

describe("importCsv — long format", () => {
  it("reads Chinese aliases, exact values, status, note and source", () => {
    const csv =
      '单位,指标,期间,数值,状态,备注,来源\n城东区,gdp,2024,"1,234.5",核实,已核实,统计局\n城西区,gdp,2024,3.2万,,,\n';
    const result = importCsv(csv);
    expect(result.format).toBe("long");
    expect(result.observations).toEqual([
      {
        unit: "城东区",
        indicator: "gdp",
        period: "2024",
        value: "1234.5",
        status: "verified",
        note: "已核实",
        source: "统计局",
      },
      { unit: "城西区", indicator: "gdp", period: "2024", value: "32000", status: "reported" },
    ]);
    expect(result.stats).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, headerRows: 1 });
  });

  it("locates issues by spreadsheet row, column letter and header, with zh and en", () => {
    const result = importCsv(`${LONG}district_a,gdp_growth,2024,abc\n`, { file: "data.csv", known });
    expect(result.issues).toEqual([
      {
        code: "invalid_number",
        severity: "error",
        file: "data.csv",
        row: 2,
        column: { letter: "D", header: "value" },
        raw: "abc",
        message: {
          zh: "“abc”不是数字；应为如 1234.5、1,234.5、85%、3.2万 的数值",
          en: '"abc" is not a number; expected e.g. 1234.5, 1,234.5, 85%, 3.2万',
        },
      },
    ]);
    expect(result.stats).toMatchObject({ rowsRead: 1, accepted: 0, rejected: 1, errors: 1 });
  });

  it("suggests the closest known indicator, unit and period", () => {
    const result = importCsv(
      `${LONG}district_a,gdp_grwoth,2024,5\ndistrict_c,revenue,2024,5\ndistrict_a,revenue,2024Q4,5\n`,
      {
        known,
      },
    );
    expect(result.issues.map((i) => [i.code, i.row, i.column.letter, i.suggestion])).toEqual([
      ["unknown_indicator", 2, "B", "gdp_growth"],
      ["unknown_unit", 3, "A", "district_a"],
      ["unknown_period", 4, "C", "2024Q3"],
    ]);
    expect(result.issues[0]?.message.en).toBe(`unknown indicator "gdp_grwoth"; did you mean 'gdp_growth'?`);
    expect(result.stats).toMatchObject({ rowsRead: 3, accepted: 0, rejected: 3 });
  });

  it("maps indicator names to ids and converts to the declared unit", () => {
    const csv =
      "单位,指标,期间,数值（亿元）\ndistrict_a,财政收入,2024,1.5\ndistrict_b,GDP增速,2024,８５％\nc,GDP增速,2024,85\n";
    const result = importCsv(csv, { known: { indicators: known.indicators } });
    // row 3: the cell's own % wins over the header's 亿元; row 4: 亿元 → % is not convertible
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([["unit_conversion_unknown", 4]]);
    expect(result.observations).toEqual([
      { unit: "district_a", indicator: "revenue", period: "2024", value: "15000", status: "reported" },
      { unit: "district_b", indicator: "gdp_growth", period: "2024", value: "85", status: "reported" },
    ]);
  });

  it("rejects duplicates and points at the first row", () => {
    const result = importCsv(`${LONG}a,x,2024,1\nb,x,2024,2\na,x,2024,3\n`);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "duplicate_observation", row: 4, raw: "3" });
    expect(result.issues[0]?.message.en).toContain("already on row 2");
    expect(result.observations.map((o) => o.value)).toEqual(["1", "2"]);
  });

  it("keeps missing values visible with their marker and reason", () => {
    const result = importCsv(`${LONG}a,x,2024,—\nb,x,2024,\nc,x,2024,N/A\n`);
    expect(result.observations.map((o) => [o.value, o.status, o.missingReason])).toEqual([
      [null, "missing", "marker:—"],
      [null, "missing", "blank"],
      [null, "missing", "marker:N/A"],
    ]);
  });

  it("checks status against the value", () => {
    const csv = "unit,indicator,period,value,status\na,x,2024,1,done?\nb,x,2024,—,verified\nc,x,2024,5,missing\n";
    const result = importCsv(csv);
    expect(result.issues.map((i) => [i.code, i.severity, i.row])).toEqual([
      ["invalid_status", "error", 2],
      ["status_overridden", "warning", 3],
      ["value_with_missing_status", "error", 4],
    ]);
    expect(result.stats).toMatchObject({ rowsRead: 3, accepted: 1, rejected: 2 });
  });

  it("validates codes of qualitative indicators and keeps leading zeros", () => {
    const result = importCsv(`${LONG}district_a,rating,2024,Ａ\ndistrict_b,rating,2024,E\n`, { known });
    expect(result.observations[0]?.value).toBe("A");
    expect(result.issues[0]).toMatchObject({ code: "invalid_code", row: 3 });
    const codes = importCsv(`${LONG}007,task,2024,0012\n`, { known: { indicators: [{ id: "task", type: "task" }] } });
    expect(codes.observations[0]).toMatchObject({ unit: "007", value: "0012" });
  });

  it("warns about implausible values without rejecting them", () => {
    const result = importCsv(`${LONG}a,gdp_growth,2024,250\nb,gdp_growth,2024,-3.5\n`, {
      bounds: { gdp_growth: { min: "-50", max: 100 } },
    });
    expect(result.issues.map((i) => [i.code, i.severity, i.row])).toEqual([["value_out_of_range", "warning", 2]]);
    expect(result.stats).toMatchObject({ accepted: 2, warnings: 1 });
  });

  it("skips title lines and blank rows, and honours column mapping", () => {
    const csv = "2024年数据\n\n区县;考核项;数额;年\n城东区;gdp;5;2024\n;;;\n";
    const result = importCsv(csv, { columns: { indicator: "考核项", value: "数额" } });
    expect(result.delimiter).toBe(";");
    expect(result.observations).toEqual([
      { unit: "城东区", indicator: "gdp", period: "2024", value: "5", status: "reported" },
    ]);
    expect(result.stats).toMatchObject({ rowsRead: 1, headerRows: 3, blankRows: 1 });
  });

  it("warns about unrecognised columns and cells beyond the header", () => {
    const result = importCsv(`unit,indicator,period,value,extra\na,x,2024,1,z,overflow\n`);
    expect(result.issues.map((i) => [i.code, i.row, i.column.letter])).toEqual([
      ["unrecognized_column", 1, "E"],
      ["extra_cells", 2, "F"],
    ]);
    expect(result.stats).toMatchObject({ accepted: 1, ignoredColumns: 1 });
  });

  it("throws in strict mode with all issues", () => {
    const run = () =>
      importCsv(`${LONG}a,x,2024,abc\nb,x,20x,1\n`, {
        mode: "strict",
        file: "f.csv",
        known: { indicators: [{ id: "x", type: "quantitative" }] },
      });
    expect(run).toThrow(ImportError);
    try {
      run();
    } catch (error) {
      const e = error as ImportError;
      expect(e.code).toBe("strict_mode_failed");
      expect(e.issues.map((i) => i.code)).toEqual(["invalid_number", "invalid_period"]);
      expect(e.row).toBe(2);
      expect(e.file).toBe("f.csv");
    }
  });

  it("throws ImportError for malformed files, missing columns and limits", () => {
    expect(() => importCsv(`${LONG}a,x,2024,"1\n`)).toThrow(expect.objectContaining({ code: "malformed_csv" }));
    expect(() => importCsv("unit,value\na,1\n", { format: "long" })).toThrow(
      expect.objectContaining({ code: "missing_column" }),
    );
    // maxRows counts data rows: the header line is not one of them.
    expect(() => importCsv(`${LONG}a,x,2024,1\nb,x,2024,1\n`, { limits: { maxRows: 1 } })).toThrow(
      expect.objectContaining({ code: "limit_exceeded", row: 3 }),
    );
    expect(importCsv(`${LONG}a,x,2024,1\nb,x,2024,1\n`, { limits: { maxRows: 2 } }).stats.rowsRead).toBe(2);
    expect(() => importCsv(`${LONG}`, { limits: { maxBytes: 10 } })).toThrow(
      expect.objectContaining({ code: "limit_exceeded" }),
    );
    expect(() => importCsv(`${LONG}a,x,2024,1,2,3\n`, { limits: { maxColumns: 5 } })).toThrow(
      expect.objectContaining({ code: "limit_exceeded", row: 2 }),
    );
  });
});

describe("importCsv — wide format", () => {
  it("reads one row per unit with the period from an option and units in headers", () => {
    const csv = "单位,GDP（亿元）,增速(%),备注\n城东区,１．５,８５％,ok\n城西区,—,3,\n";
    const result = importCsv(csv, {
      period: "2024",
      known: {
        indicators: [
          { id: "gdp", name: "GDP", unit: "万元" },
          { id: "growth", name: "增速" },
        ],
      },
    });
    expect(result.format).toBe("wide");
    expect(result.observations).toEqual([
      { unit: "城东区", indicator: "gdp", period: "2024", value: "15000", status: "reported", note: "ok" },
      { unit: "城东区", indicator: "growth", period: "2024", value: "85", status: "reported", note: "ok" },
      { unit: "城西区", indicator: "gdp", period: "2024", value: null, status: "missing", missingReason: "marker:—" },
      { unit: "城西区", indicator: "growth", period: "2024", value: "3", status: "reported" },
    ]);
    expect(result.stats).toMatchObject({ rowsRead: 2, accepted: 2, observations: 4 });
  });

  it("reads the period from a column and rejects a row as a whole on any error", () => {
    const csv = "unit,period,gdp,growth\na,2024,1,2\nb,2024,x,3\n";
    const result = importCsv(csv, { known: { indicators: [{ id: "gdp", type: "quantitative" }, { id: "growth" }] } });
    expect(result.observations.map((o) => `${o.unit}.${o.indicator}=${o.value}`)).toEqual(["a.gdp=1", "a.growth=2"]);
    expect(result.issues).toMatchObject([{ code: "invalid_number", row: 3, column: { letter: "C", header: "gdp" } }]);
    expect(result.stats).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
  });

  it("reports unknown indicator columns once at the header", () => {
    const result = importCsv("unit,gdp,gpd_x\na,1,2\n", {
      period: "2024",
      known: { indicators: [{ id: "gdp" }, { id: "gdp_x" }] },
    });
    expect(result.issues).toMatchObject([
      { code: "unknown_indicator", row: 1, column: { letter: "C" }, suggestion: "gdp_x" },
    ]);
    expect(result.stats).toMatchObject({ ignoredColumns: 1, accepted: 1, errors: 1 });
  });

  it("does not read a value column as an indicator when the indicator column is missing", () => {
    expect(() => importCsv("单位,期间,数值\na,2024,1\n")).toThrow(
      expect.objectContaining({ code: "missing_column", message: expect.stringContaining('"indicator"') }),
    );
  });

  it("needs a period column or option", () => {
    expect(() => importCsv("unit,gdp\na,1\n")).toThrow(expect.objectContaining({ code: "missing_column" }));
    expect(() => importCsv("unit,gdp\na,1\n", { period: "20x4" })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });
});

describe("importCsv — empty input", () => {
  it("throws for an empty or blank file instead of returning nothing", () => {
    for (const input of ["", "\n\n", new Uint8Array()]) {
      expect(() => importCsv(input)).toThrow(
        expect.objectContaining({ code: "missing_column", message: expect.stringContaining("empty") }),
      );
    }
    expect(importCsv("unit,indicator,period,value\n").stats).toMatchObject({ rowsRead: 0, headerRows: 1 });
  });
});

describe("importCsv — options", () => {
  it("maps columns by 0-based index and takes the header row from headerRow", () => {
    const csv = "说明：单位为万元\n区,项,年,额\nA,gdp,2024,3\n";
    const result = importCsv(csv, { headerRow: 2, columns: { unit: 0, indicator: 1, period: 2, value: 3 } });
    expect(result.observations).toEqual([
      { unit: "A", indicator: "gdp", period: "2024", value: "3", status: "reported" },
    ]);
    expect(result.stats).toMatchObject({ headerRows: 2, rowsRead: 1 });
  });

  it("forces or refuses the wide units row", () => {
    const csv = "unit,gdp\n,万元\na,1\n";
    const known = { indicators: [{ id: "gdp", unit: "元" }] };
    expect(importCsv(csv, { period: "2024", known }).observations[0]?.value).toBe("10000");
    const refused = importCsv(csv, { period: "2024", known, unitRow: false });
    // the units row is then a data row without a unit: rejected with an issue
    expect(refused.issues.map((i) => [i.code, i.row])).toContainEqual(["missing_field", 2]);
    expect(refused.stats).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
  });

  it("checks the period option against known periods and uses the default status", () => {
    expect(() => importCsv("unit,gdp\na,1\n", { period: "2023", known: { periods: ["2024"] } })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    const result = importCsv("unit,gdp\na,1\n", { period: "2024年", defaultStatus: "estimated" });
    expect(result.observations).toEqual([
      { unit: "a", indicator: "gdp", period: "2024", value: "1", status: "estimated" },
    ]);
  });
});
