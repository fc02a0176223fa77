import { describe, expect, it } from "vitest";
import { mean } from "../stats/mean.js";
import { standardDeviation } from "../stats/standard-deviation.js";
import { normalizeDistanceToTarget } from "./distance-to-target.js";
import { normalizeMinMax } from "./min-max.js";
import { strs } from "./test-helpers.js";
import { normalizeZScore } from "./z-score.js";

// Reference: COINr `tests/testthat/test-normalise.R` (expected values taken from its expectations).
describe("COINr reference cases", () => {
  it('test "dist2targ": n_dist2targ with and without cap_max, both directions', () => {
    // x = c(0, 5, 11), targ = 10, direction = 1 → c(0, 0.5, 1.1); cap_max = TRUE → c(0, 0.5, 1)
    expect(strs(normalizeDistanceToTarget([0, 5, 11], { target: 10 }).values)).toEqual(["0", "0.5", "1.1"]);
    expect(strs(normalizeDistanceToTarget([0, 5, 11], { target: 10, capMax: true }).values)).toEqual(["0", "0.5", "1"]);
    // x = c(−1, 1, 10), targ = 0, direction = −1 → c(1.1, 0.9, 0); cap_max = TRUE → c(1, 0.9, 0)
    expect(strs(normalizeDistanceToTarget([-1, 1, 10], { target: 0, direction: "cost" }).values)).toEqual([
      "1.1",
      "0.9",
      "0",
    ]);
    expect(strs(normalizeDistanceToTarget([-1, 1, 10], { target: 0, direction: "cost", capMax: true }).values)).toEqual(
      ["1", "0.9", "0"],
    );
  });

  it('test "n_funcs": n_goalposts(x, c(0, 10, 1)) truncation cases', () => {
    const gp = { goalposts: { lower: 0, upper: 10 }, range: [0, 1] as const };
    // 1 → 0.1, 11 → 1 (above max), −1 → 0 (below min); direction −1: 0.9, 0, 1
    expect(strs(normalizeMinMax([1, 11, -1], gp).values)).toEqual(["0.1", "1", "0"]);
    expect(strs(normalizeMinMax([1, 11, -1], { ...gp, direction: "cost" }).values)).toEqual(["0.9", "0", "1"]);
  });

  it('test "norm_num": n_minmax onto c(2, 7) and n_zscore with m_sd = c(5, 2) on 1:10', () => {
    const x = Array.from({ length: 10 }, (_, i) => i + 1);
    const mm = normalizeMinMax(x, { range: [2, 7] }).values;
    expect(mm[0]?.toString()).toBe("2");
    expect(mm[9]?.toString()).toBe("7");
    const z = normalizeZScore(x, { targetMean: 5, targetSd: 2 }).values.map((v) => v?.toString() ?? null);
    expect(mean(z).toFixed(40)).toBe("5.".padEnd(42, "0"));
    expect(standardDeviation(z).toFixed(40)).toBe("2.".padEnd(42, "0"));
  });
});
