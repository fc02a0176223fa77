import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHalfWidth } from "./full-width.js";
import { isMissingMarker } from "./missing-marker.js";
import { parseNumber } from "./parse-number.js";

describe("toHalfWidth", () => {
  it("converts full-width digits, signs, point, percent and letters", () => {
    expect(toHalfWidth("８５．５％")).toBe("85.5%");
    expect(toHalfWidth("－３")).toBe("-3");
    expect(toHalfWidth("＋１，２３４")).toBe("+1,234");
    expect(toHalfWidth("Ａ\u3000ｂ\u22123")).toBe("A b-3");
    expect(toHalfWidth("城东区")).toBe("城东区");
  });
});

describe("isMissingMarker", () => {
  it.each(["", "  ", "—", "－", "-", "/", "无", "NA", "n/a", "N/A", "#N/A", "——"])("%j is missing", (raw) => {
    expect(isMissingMarker(raw)).toBe(true);
  });
  it.each(["0", "-3", "A", "无锡"])("%j is not missing", (raw) => {
    expect(isMissingMarker(raw)).toBe(false);
  });
});

describe("parseNumber", () => {
  it.each([
    ["1234.5", "1234.5"],
    ["1,234.5", "1234.5"],
    ["1,234,567", "1234567"],
    ["８５．５", "85.5"],
    ["－３", "-3"],
    ["+2", "2"],
    ["-0", "0"],
    ["0085", "85"],
    ["1.50", "1.5"],
    [".5", "0.5"],
    ["(1,234)", "-1234"],
    ["1.5E+08", "150000000"],
    ["1e-3", "0.001"],
    ["3.2万", "32000"],
    ["1.5亿", "150000000"],
    ["２万亿", "2000000000000"],
    ["0.1", "0.1"],
    ["0.30000000000000004", "0.30000000000000004"],
    ["123456789012345678901234567890.123", "123456789012345678901234567890.123"],
  ])("%j → %j exactly", (raw, expected) => {
    expect(parseNumber(raw)).toEqual({ value: expected });
  });

  it("returns the cell's own unit", () => {
    expect(parseNumber("85%")).toEqual({ value: "85", unit: "%" });
    expect(parseNumber("８５％")).toEqual({ value: "85", unit: "%" });
    expect(parseNumber("3‰")).toEqual({ value: "3", unit: "‰" });
    expect(parseNumber("1.5亿元")).toEqual({ value: "1.5", unit: "亿元" });
    expect(parseNumber("3万吨")).toEqual({ value: "3", unit: "万吨" });
  });

  it.each(["", "abc", "1,23", "12,34.5", "1.2.3", "2024-05", "1e99999", "--3", "(-3)", "3.2万辆", "A1"])(
    "rejects %j",
    (raw) => {
      expect(parseNumber(raw)).toBeUndefined();
    },
  );

  it("reads any decimal written with thousands separators and full-width digits exactly (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 999 }), (whole, frac) => {
        const sign = whole < 0n ? "-" : "";
        const abs = (whole < 0n ? -whole : whole).toString();
        const grouped = abs.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const fracText = String(frac).padStart(3, "0").replace(/0+$/, "");
        const canonical = `${sign}${abs}${fracText === "" ? "" : `.${fracText}`}`;
        const expected = canonical === "-0" ? "0" : canonical;
        const written = `${sign}${grouped}${fracText === "" ? "" : `.${fracText}`}`;
        const fullWidth = written.replace(/[0-9.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(parseNumber(written)?.value).toBe(expected);
        expect(parseNumber(fullWidth)?.value).toBe(expected);
      }),
    );
  });
});
