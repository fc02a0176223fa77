import { describe, expect, it } from "vitest";
import { importCsv } from "../csv/import-csv.js";
import type { KnownReferences } from "../import-options.js";
import { suggestKnownId } from "./suggest-known-id.js";

const known: KnownReferences = {
  units: ["d_east", "d_west"],
  indicators: [
    { id: "gdp_growth", type: "quantitative" },
    { id: "pm25", type: "quantitative" },
  ],
};

describe("suggestKnownId", () => {
  it("suggests the closest unit and indicator id and says so in both languages", () => {
    const { issues } = importCsv(
      "unit,indicator,period,value\nd_east,GDP_gr,2024,5\nd_estt,pm25,2024,30\nzzz_qqq,pm25,2024,1\n",
      { known },
    );
    const suggested = issues.map((i) => suggestKnownId(i, known));
    const indicator = suggested.find((i) => i.code === "unknown_indicator");
    expect(indicator).toMatchObject({ row: 2, suggestion: "gdp_growth" });
    expect(indicator?.message.en).toMatch(/; did you mean 'gdp_growth'\?$/);
    expect(indicator?.message.zh).toMatch(/，是否为“gdp_growth”？$/);
    expect(suggested.find((i) => i.code === "unknown_unit" && i.row === 3)).toMatchObject({ suggestion: "d_east" });
    // nothing close: unchanged
    const far = issues.find((i) => i.code === "unknown_unit" && i.row === 4);
    if (far === undefined) throw new Error("expected an unknown_unit issue on row 4");
    expect(suggestKnownId(far, known)).toBe(far);
  });

  it("leaves other issues and issues with a suggestion unchanged", () => {
    const { issues } = importCsv("unit,indicator,period,value\nd_east,pm25,2024,abc\n", { known });
    const bad = issues[0];
    if (bad === undefined) throw new Error("expected an issue");
    expect(bad.code).not.toMatch(/^unknown_/);
    expect(suggestKnownId(bad, known)).toBe(bad);
    const already = { ...bad, code: "unknown_unit" as const, raw: "d_eas", suggestion: "x" };
    expect(suggestKnownId(already, known)).toBe(already);
  });
});
