import { describe, expect, it } from "vitest";
import { normalizeRank } from "./rank.js";
import { codeOf, strs } from "./test-helpers.js";
import { normalizeZScore } from "./z-score.js";

describe("normalizeZScore (COINr n_zscore)", () => {
  it("sample sd by default, like R scale()/n_zscore", () => {
    // μ = 4, sample σ = √((4 + 0 + 4)/2) = 2 → R: scale(c(2, 4, 6)) = −1, 0, 1
    const r = normalizeZScore([2, 4, null, 6]);
    expect(strs(r.values)).toEqual(["-1", "0", null, "1"]);
    expect(r.params.sd?.toString()).toBe("2");
  });
  it("population sd, cost direction, m_sd scaling", () => {
    // population σ = √(8/3); z(6) = 2/√(8/3) = √1.5 = 1.2247…
    expect(normalizeZScore([2, 4, 6], { sd: "population" }).values[2]?.toFixed(10)).toBe("1.2247448714");
    // COINr m_sd = c(100, 10), cost: 100 − 10·z
    expect(strs(normalizeZScore([2, 4, 6], { direction: "cost", targetMean: 100, targetSd: 10 }).values)).toEqual([
      "110",
      "100",
      "90",
    ]);
  });
  it("errors", () => {
    expect(codeOf(() => normalizeZScore([3, 3, 3]))).toBe("zero_variance");
    expect(codeOf(() => normalizeZScore([3, null]))).toBe("insufficient_data");
    expect(codeOf(() => normalizeZScore([1, 2], { targetSd: 0 }))).toBe("invalid_target_sd");
  });
});

describe("normalizeRank", () => {
  it("competition (1224) and dense (1223), 1 = best", () => {
    expect(strs(normalizeRank([90, 95, 95, 80, null]).values)).toEqual(["3", "1", "1", "4", null]);
    expect(strs(normalizeRank([90, 95, 95, 80], { ties: "dense" }).values)).toEqual(["2", "1", "1", "3"]);
    expect(strs(normalizeRank([90, 95, 95, 80], { direction: "cost" }).values)).toEqual(["2", "3", "3", "1"]);
  });
  it("equal decimal spellings tie", () => {
    expect(strs(normalizeRank(["1.50", 1.5, "3/2"]).values)).toEqual(["1", "1", "1"]);
  });
});
