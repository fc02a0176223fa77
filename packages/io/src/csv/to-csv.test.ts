import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Observation } from "../observation.js";
import { escapeFormula, unescapeFormula } from "./formula-escape.js";
import { importCsv } from "./import-csv.js";
import { toCsv } from "./to-csv.js";

describe("escapeFormula", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+cmd", "'+cmd"],
    ["-x", "'-x"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["'=x", "''=x"],
    ["abc", "abc"],
    ["'abc", "'abc"],
    ["", ""],
  ])("%j → %j", (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(text);
  });
  it("is reversible for any text (property)", () => {
    fc.assert(fc.property(fc.string(), (text) => unescapeFormula(escapeFormula(text)) === text));
  });
});

describe("toCsv", () => {
  it("writes long format, escaping text but not numbers", () => {
    const observations: Observation[] = [
      { unit: "a", indicator: "delta", period: "2024", value: "-3.5", status: "reported", note: "=1+1" },
      { unit: "@b", indicator: "rating", period: "2024Q3", value: "-", status: "verified", source: "x,y" },
      { unit: "c", indicator: "gdp", period: "2024", value: null, status: "missing", missingReason: "blank" },
    ];
    expect(toCsv(observations, { bom: false })).toBe(
      [
        "unit,indicator,period,value,status,missing_reason,source,note",
        "a,delta,2024,-3.5,reported,,,'=1+1",
        "'@b,rating,2024Q3,'-,verified,,\"x,y\",",
        "c,gdp,2024,,missing,blank,,",
        "",
      ].join("\r\n"),
    );
  });
  it("starts with a BOM by default and can write Chinese headers", () => {
    const csv = toCsv([], { header: "zh", lineEnding: "\n" });
    expect(csv).toBe("\uFEFF单位,指标,期间,数值,状态,缺失原因,来源,备注\n");
  });

  const text = fc
    .string({
      unit: fc.constantFrom("a", "Z", "城", "区", ",", '"', "\n", "=", "+", "-", "@", "'", " ", "1", ".", "\t"),
    })
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 9999 }))
    .map(([whole, frac]) => {
      const f = String(frac).padStart(4, "0").replace(/0+$/, "");
      const sign = whole < 0n ? "-" : "";
      const abs = (whole < 0n ? -whole : whole).toString();
      const s = `${sign}${abs}${f === "" ? "" : `.${f}`}`;
      return s === "-0" ? "0" : s;
    });
  const observation = fc.record({
    unit: text,
    indicator: text,
    period: fc.constantFrom("2024", "2024S1", "2024Q3", "2024-05"),
    value: fc.option(decimal, { nil: null }),
    status: fc.constantFrom("reported", "verified", "estimated") as fc.Arbitrary<Observation["status"]>,
    note: fc.option(text, { nil: undefined }),
    source: fc.option(text, { nil: undefined }),
  });

  it("round-trips through importCsv exactly (property)", () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 20 }), (drafts) => {
        const seen = new Set<string>();
        const observations: Observation[] = [];
        for (const d of drafts) {
          const key = `${d.unit}|${d.indicator}|${d.period}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const o: Observation =
            d.value === null
              ? {
                  unit: d.unit,
                  indicator: d.indicator,
                  period: d.period,
                  value: null,
                  status: "missing",
                  missingReason: "not reported",
                }
              : { unit: d.unit, indicator: d.indicator, period: d.period, value: d.value, status: d.status };
          if (d.note !== undefined) o.note = d.note;
          if (d.source !== undefined) o.source = d.source;
          observations.push(o);
        }
        const result = importCsv(toCsv(observations));
        expect(result.issues).toEqual([]);
        expect(result.observations).toEqual(observations);
        expect(result.stats.rowsRead).toBe(observations.length);
      }),
      { numRuns: 200 },
    );
  });
});
