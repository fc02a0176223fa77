import { describe, expect, it } from "vitest";
import { normalizeEfficacyCoefficient } from "./efficacy-coefficient.js";
import { normalizeMinMax } from "./min-max.js";
import { codeOf, pathOf, strs } from "./test-helpers.js";

describe("normalizeMinMax", () => {
  it("defaults to [0, 100] with data goalposts (COINr n_minmax default l_u = c(0, 100))", () => {
    // (x − 10)/(30 − 10)·100: 10 → 0, 15 → 25, 30 → 100
    const r = normalizeMinMax([10, null, 15, 30]);
    expect(strs(r.values)).toEqual(["0", null, "25", "100"]);
    expect(r.flags).toEqual([[], ["missing"], [], []]);
    expect(strs([r.params.lower ?? null, r.params.upper ?? null])).toEqual(["10", "30"]);
  });

  it("cost direction and custom range", () => {
    // range [1, 10]: 1 + 9·(30 − x)/20 → 10 → 10, 15 → 7.75, 30 → 1
    expect(strs(normalizeMinMax([10, 15, 30], { direction: "cost", range: [1, 10] }).values)).toEqual([
      "10",
      "7.75",
      "1",
    ]);
  });

  it("fixed goalposts clamp and flag (COINr n_goalposts, trunc2posts = TRUE)", () => {
    // COINr docs: n_goalposts(1, gposts = c(0, 10, 1)) = 0.1; direction −1 gives (1 − 10)/(0 − 10) = 0.9
    expect(strs(normalizeMinMax([1], { goalposts: { lower: 0, upper: 10 }, range: [0, 1] }).values)).toEqual(["0.1"]);
    expect(
      strs(normalizeMinMax([1], { goalposts: { lower: 0, upper: 10 }, range: [0, 1], direction: "cost" }).values),
    ).toEqual(["0.9"]);
    const r = normalizeMinMax([-5, 5, 12], { goalposts: { lower: 0, upper: 10 } });
    expect(strs(r.values)).toEqual(["0", "50", "100"]);
    expect(r.flags).toEqual([["clamped"], [], ["clamped"]]);
  });

  it("one fixed goalpost, the other from data", () => {
    // L = 0 fixed, U = max = 40
    expect(strs(normalizeMinMax([10, 40], { goalposts: { lower: 0 } }).values)).toEqual(["25", "100"]);
  });

  it("typed errors for zero range, bad goalposts, bad range and all-missing", () => {
    expect(codeOf(() => normalizeMinMax([5, 5, null]))).toBe("zero_range");
    expect(codeOf(() => normalizeMinMax([1, 2], { goalposts: { lower: 3, upper: 1 } }))).toBe("invalid_goalposts");
    expect(codeOf(() => normalizeMinMax([1, 2], { range: [1, 1] }))).toBe("invalid_range");
    expect(codeOf(() => normalizeMinMax([null, null]))).toBe("all_missing");
    expect(codeOf(() => normalizeMinMax([]))).toBe("all_missing");
    expect(pathOf(() => normalizeMinMax([1, "x"], { path: ["indicators", "gdp"] }))).toEqual(["indicators", "gdp", 1]);
  });
});

describe("normalizeEfficacyCoefficient (功效系数法)", () => {
  it("worked example, China Green Development Index convention", () => {
    // L = 50, U = 100 across units; positive: 60 + 40·(75 − 50)/50 = 80; negative: 60 + 40·(100 − 75)/50 = 80
    // 60 + 40·(90 − 50)/50 = 92; negative 60 + 40·(100 − 90)/50 = 68
    expect(strs(normalizeEfficacyCoefficient([50, 75, 90, 100]).values)).toEqual(["60", "80", "92", "100"]);
    expect(strs(normalizeEfficacyCoefficient([50, 75, 90, 100], { direction: "cost" }).values)).toEqual([
      "100",
      "80",
      "68",
      "60",
    ]);
  });

  it("configurable base/span and fixed L/U with clamping", () => {
    const r = normalizeEfficacyCoefficient([0, 5, 20], { base: 50, span: 50, goalposts: { lower: 0, upper: 10 } });
    expect(strs(r.values)).toEqual(["50", "75", "100"]);
    expect(r.flags[2]).toEqual(["clamped"]);
    expect(codeOf(() => normalizeEfficacyCoefficient([1, 2], { span: 0 }))).toBe("invalid_span");
    expect(codeOf(() => normalizeEfficacyCoefficient([7, 7]))).toBe("zero_range");
  });
});
