import { describe, expect, it } from "vitest";
import { parseValue } from "./parse-value.js";
import { convertUnit, splitHeaderUnit, unitFactor } from "./unit-conversion.js";

describe("splitHeaderUnit", () => {
  it.each([
    ["GDP（亿元）", "GDP", "亿元"],
    ["产值(万元)", "产值", "万元"],
    ["排放量[吨]", "排放量", "吨"],
    ["增速【％】", "增速", "%"],
    ["人口 （万人）", "人口", "万人"],
  ])("%j → %j in %j", (header, name, unit) => {
    expect(splitHeaderUnit(header)).toEqual({ name, unit });
  });
  it("leaves headers without a unit alone", () => {
    expect(splitHeaderUnit("gdp")).toEqual({ name: "gdp" });
    expect(splitHeaderUnit("（万元）")).toEqual({ name: "（万元）" });
  });
});

describe("unit conversion", () => {
  it("converts exactly within a family", () => {
    expect(unitFactor("亿元", "万元")).toBe("10000");
    expect(unitFactor("元", "万元")).toBe("0.0001");
    expect(unitFactor("千元", "万元")).toBe("0.1");
    expect(unitFactor("‰", "%")).toBe("0.1");
    expect(convertUnit("1.5", "亿元", "万元")).toBe("15000");
    expect(convertUnit("3.2", "万吨", "吨")).toBe("32000");
    expect(convertUnit("12345", "人", "万人")).toBe("1.2345");
    expect(convertUnit("7", "个", "万个")).toBe("0.0007");
  });
  it("refuses pairs of different families or unknown units", () => {
    expect(unitFactor("吨", "万元")).toBeUndefined();
    expect(unitFactor("辆", "万辆")).toBeUndefined();
    expect(unitFactor("辆", "辆")).toBe("1");
  });
});

describe("parseValue", () => {
  it("converts a header unit to the declared unit", () => {
    expect(parseValue("1.5", { headerUnit: "亿元", targetUnit: "万元" })).toEqual({
      status: "number",
      value: "15000",
      sourceUnit: "亿元",
      unit: "万元",
    });
  });
  it("lets the cell's unit win over the header's", () => {
    expect(parseValue("2000万元", { headerUnit: "亿元", targetUnit: "亿元" })).toMatchObject({ value: "0.2" });
    expect(parseValue("2000万元", { headerUnit: "亿元" })).toMatchObject({ value: "0.2", unit: "亿元" });
  });
  it("turns percentages into points or fractions as asked", () => {
    expect(parseValue("85%")).toMatchObject({ status: "number", value: "85" });
    expect(parseValue("８５％", { percent: "fraction" })).toMatchObject({ value: "0.85" });
    expect(parseValue("8.5‰")).toMatchObject({ value: "0.85" });
    expect(parseValue("8.5‰", { percent: "fraction" })).toMatchObject({ value: "0.0085" });
    expect(parseValue("85", { headerUnit: "%", percent: "fraction" })).toMatchObject({ value: "0.85" });
    // a declared unit wins over the percent option
    expect(parseValue("85%", { targetUnit: "%", percent: "fraction" })).toMatchObject({ value: "85" });
    expect(parseValue("8.5%", { targetUnit: "‰" })).toMatchObject({ value: "85" });
  });
  it("reports an unknown unit pair", () => {
    expect(parseValue("3", { headerUnit: "吨", targetUnit: "万元" })).toMatchObject({
      status: "invalid",
      code: "unit_conversion_unknown",
    });
    expect(parseValue("85%", { targetUnit: "万元" })).toMatchObject({ code: "unit_conversion_unknown" });
  });
  it("reads missing markers and keeps the marker", () => {
    expect(parseValue(" — ")).toEqual({ status: "missing", marker: "—" });
    expect(parseValue("")).toEqual({ status: "missing", marker: "" });
  });
  it("keeps codes as text, leading zeros included", () => {
    expect(parseValue("007", { kind: "code" })).toEqual({ status: "code", value: "007", notNumeric: false });
    expect(parseValue("Ａ", { kind: "code" })).toEqual({ status: "code", value: "A", notNumeric: false });
    expect(parseValue("done")).toEqual({ status: "code", value: "done", notNumeric: true });
    expect(parseValue("done", { kind: "number" })).toMatchObject({ status: "invalid", code: "invalid_number" });
  });
});
