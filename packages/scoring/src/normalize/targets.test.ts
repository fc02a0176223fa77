import { describe, expect, it } from "vitest";
import { normalizeBands } from "./bands.js";
import { normalizeCompletionRatio } from "./completion-ratio.js";
import { normalizeDistanceToTarget } from "./distance-to-target.js";
import { normalizeLinearDeduction } from "./linear-deduction.js";
import { normalizeTargetRange } from "./target-range.js";
import { codeOf, pathOf, strs } from "./test-helpers.js";

describe("normalizeCompletionRatio (完成率)", () => {
  it("benefit x/t capped at 1 by default", () => {
    // 150/200 = 0.75; 240/200 = 1.2 → capped 1; 200/200 = 1 (not flagged)
    const r = normalizeCompletionRatio([150, 240, 200, null], { target: 200 });
    expect(strs(r.values)).toEqual(["0.75", "1", "1", null]);
    expect(r.flags).toEqual([[], ["capped"], [], ["missing"]]);
  });

  it("cap 1.2 and full score (score = weight × min(ratio, cap))", () => {
    // 8 points: 260/200 = 1.3 → 1.2 → 9.6; 150/200 → 0.75·8 = 6
    expect(strs(normalizeCompletionRatio([260, 150], { target: 200, cap: 1.2, fullScore: 8 }).values)).toEqual([
      "9.6",
      "6",
    ]);
    // no cap
    expect(strs(normalizeCompletionRatio([260], { target: 200, cap: null }).values)).toEqual(["1.3"]);
  });

  it("cost variants: inverse t/x and reflected (2t − x)/t", () => {
    // target 0.5 t/ce: x = 0.625 → 0.5/0.625 = 0.8; x = 0.4 → 1.25 → capped 1; x = 0 → capped
    const inv = normalizeCompletionRatio([0.625, 0.4, 0], { target: 0.5, direction: "cost" });
    expect(strs(inv.values)).toEqual(["0.8", "1", "1"]);
    expect(inv.flags).toEqual([[], ["capped"], ["capped"]]);
    // reflected: (1 − 0.6)/0.5 = 0.8; (1 − 1.2)/0.5 = −0.4 → floored 0
    const refl = normalizeCompletionRatio([0.6, 1.2], { target: 0.5, direction: "cost", costVariant: "reflected" });
    expect(strs(refl.values)).toEqual(["0.8", "0"]);
    expect(refl.flags).toEqual([[], ["floored"]]);
  });

  it("per-unit targets and errors", () => {
    expect(strs(normalizeCompletionRatio([50, 90], { target: [100, 90] }).values)).toEqual(["0.5", "1"]);
    expect(codeOf(() => normalizeCompletionRatio([1], { target: 0 }))).toBe("invalid_target");
    expect(codeOf(() => normalizeCompletionRatio([1, 2], { target: [1] }))).toBe("length_mismatch");
    expect(pathOf(() => normalizeCompletionRatio([1, 2], { target: [1, null] }))).toEqual(["values", "target", 1]);
    expect(codeOf(() => normalizeCompletionRatio([0], { target: 1, direction: "cost", cap: null }))).toBe(
      "division_by_zero",
    );
    expect(codeOf(() => normalizeCompletionRatio([-1], { target: 1, direction: "cost" }))).toBe("negative_value");
    expect(normalizeCompletionRatio([-10], { target: 100 }).flags).toEqual([["floored"]]);
  });
});

describe("normalizeDistanceToTarget (COINr n_dist2targ)", () => {
  it("benefit (x − min)/(t − min), capMax", () => {
    // min 20, t 80: 50 → 30/60 = 0.5; 100 → 80/60 = 4/3 (uncapped, as COINr cap_max = FALSE)
    const un = normalizeDistanceToTarget([20, 50, 100], { target: 80 });
    expect(strs(un.values).slice(0, 2)).toEqual(["0", "0.5"]);
    expect(un.values[2]?.toFixed(6)).toBe("1.333333");
    const capped = normalizeDistanceToTarget([20, 50, 100], { target: 80, capMax: true });
    expect(strs(capped.values)).toEqual(["0", "0.5", "1"]);
    expect(capped.flags[2]).toEqual(["capped"]);
  });

  it("cost (max − x)/(max − t)", () => {
    // max 10, t 2: 6 → 4/8 = 0.5, 2 → 1, 10 → 0
    expect(strs(normalizeDistanceToTarget([10, 6, 2], { target: 2, direction: "cost" }).values)).toEqual([
      "0",
      "0.5",
      "1",
    ]);
  });

  it("errors instead of COINr's warning + negative scores", () => {
    expect(codeOf(() => normalizeDistanceToTarget([20, 50], { target: 10 }))).toBe("target_out_of_range");
    expect(codeOf(() => normalizeDistanceToTarget([20, 50], { target: 20 }))).toBe("zero_range");
    expect(codeOf(() => normalizeDistanceToTarget([20, 50], { target: 60, direction: "cost" }))).toBe(
      "target_out_of_range",
    );
  });
});

describe("normalizeTargetRange (适度指标)", () => {
  it("full inside, linear decay outside, floored beyond tolerance", () => {
    // [3, 5], tolerance 2: 2 → 100·(1 − 1/2) = 50; 4 → 100; 5.5 → 75; 8 → 1 − 3/2 < 0 → 0
    const r = normalizeTargetRange([2, 4, 5.5, 8], { lower: 3, upper: 5, tolerance: 2 });
    expect(strs(r.values)).toEqual(["50", "100", "75", "0"]);
    expect(r.flags).toEqual([["outside_range"], [], ["outside_range"], ["outside_range", "floored"]]);
  });

  it("asymmetric tolerance, point target and errors", () => {
    // below 1 per 10 points... tolerance below 10, above 2; full 10: 45 → 10·(1 − 5/10) = 5; 51 → 10·(1 − 1/2) = 5
    expect(
      strs(
        normalizeTargetRange([45, 51], { lower: 50, upper: 50, tolerance: { below: 10, above: 2 }, fullScore: 10 })
          .values,
      ),
    ).toEqual(["5", "5"]);
    expect(codeOf(() => normalizeTargetRange([1], { lower: 5, upper: 3, tolerance: 1 }))).toBe("invalid_range");
    expect(codeOf(() => normalizeTargetRange([1], { lower: 3, upper: 5, tolerance: 0 }))).toBe("invalid_tolerance");
  });
});

describe("normalizeLinearDeduction (扣分法)", () => {
  it("完成目标得满分，每低1个百分点扣0.5分，扣完为止", () => {
    // 10 points, target 95: 96 → 10; 92.4 → 10 − 0.5·2.6 = 8.7; 60 → 10 − 17.5 < 0 → 0 (floored)
    const r = normalizeLinearDeduction([96, 92.4, 60], { target: 95, rate: 0.5, fullScore: 10 });
    expect(strs(r.values)).toEqual(["10", "8.7", "0"]);
    expect(r.flags).toEqual([[], [], ["floored"]]);
  });

  it("step counting and cost direction", () => {
    // shortfall 2.6: started → 3 steps → 8.5; completed → 2 steps → 9
    const o = { target: 95, rate: 0.5, fullScore: 10 } as const;
    expect(strs(normalizeLinearDeduction([92.4], { ...o, stepCounting: "started" }).values)).toEqual(["8.5"]);
    expect(strs(normalizeLinearDeduction([92.4], { ...o, stepCounting: "completed" }).values)).toEqual(["9"]);
    // cost: incidents, target ≤ 2, 5 points off per incident above: 4 → 100 − 10 = 90
    expect(strs(normalizeLinearDeduction([1, 4], { target: 2, rate: 5, direction: "cost" }).values)).toEqual([
      "100",
      "90",
    ]);
    // step 0.5 pp: shortfall 1.2 → 2.4 steps → 10 − 2.4 = 7.6
    expect(strs(normalizeLinearDeduction([93.8], { ...o, rate: 1, step: 0.5 }).values)).toEqual(["7.6"]);
    expect(codeOf(() => normalizeLinearDeduction([1], { target: 2, rate: 0 }))).toBe("invalid_rate");
  });
});

describe("normalizeBands (分档)", () => {
  const bands = [
    { threshold: 85, score: 8 },
    { threshold: 95, score: 10 },
    { threshold: 70, score: 5, inclusive: false },
  ];

  it("inclusive and exclusive bounds, band index and otherwise", () => {
    const r = normalizeBands([96, 95, 84.9, 70, 70.1, null], { bands });
    expect(strs(r.values)).toEqual(["10", "10", "5", "0", "5", null]);
    expect(r.band).toEqual([1, 1, 2, null, 2, null]);
    expect(r.flags[3]).toEqual(["no_band"]);
  });

  it("cost direction: x ≤ threshold", () => {
    // accidents: ≤ 0 → 10, ≤ 2 → 6, otherwise 0
    const cost = [
      { threshold: 0, score: 10 },
      { threshold: 2, score: 6 },
    ];
    expect(strs(normalizeBands([0, 2, 3], { bands: cost, direction: "cost" }).values)).toEqual(["10", "6", "0"]);
  });

  it("validation", () => {
    expect(codeOf(() => normalizeBands([1], { bands: [] }))).toBe("invalid_bands");
    expect(
      codeOf(() =>
        normalizeBands([1], {
          bands: [
            { threshold: 90, score: 5 },
            { threshold: 80, score: 8 },
          ],
        }),
      ),
    ).toBe("non_monotone_bands");
    expect(
      codeOf(() =>
        normalizeBands([1], {
          bands: [
            { threshold: 90, score: 5 },
            { threshold: 90, score: 5 },
          ],
        }),
      ),
    ).toBe("duplicate_band");
    expect(codeOf(() => normalizeBands([1], { bands, otherwise: 6 }))).toBe("non_monotone_bands");
  });
});
