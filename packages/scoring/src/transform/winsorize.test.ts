import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf, strs } from "../normalize/test-helpers.js";
import { winsorize } from "./winsorize.js";

// Reference: COINr winsorise() with defaults winmax = 5, skew_thresh = 2, kurt_thresh = 3.5 — the
// steps below were traced by hand from its algorithm (R/treat.R) with exact arithmetic.
describe("winsorize (COINr winsorise semantics)", () => {
  it("worked example: two iterations, tied replacement, passes on kurtosis", () => {
    const xs = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400, 800, 1600];
    // start: skew 3.5720, kurt 13.4743 → fail (|skew| ≥ 2 AND kurt ≥ 3.5)
    // it. 1: skew ≥ 0 → 1600 → 800;           skew 2.6889, kurt 6.3681 → fail
    // it. 2: both 800s → 400 (imax = {23, 24}); skew 2.1382, kurt 3.1460 → pass (kurt < 3.5)
    const { values, treated } = winsorize(xs);
    expect(strs(values).slice(20)).toEqual(["100", "200", "400", "400", "400"]);
    expect(treated.indices).toEqual([23, 24]);
    expect(treated.points.map((p) => [p.index, p.side, p.from.toString(), p.to.toString()])).toEqual([
      [23, "high", "800", "400"],
      [24, "high", "1600", "400"],
    ]);
    expect(treated.count).toBe(2);
    expect(treated.initialSkewness?.toFixed(4)).toBe("3.5720");
    expect(treated.initialKurtosis?.toFixed(4)).toBe("13.4743");
    expect(treated.skewness?.toFixed(4)).toBe("2.1382");
    expect(treated.kurtosis?.toFixed(4)).toBe("3.1460");
    expect(treated.passed).toBe(true);
    expect(treated.reason).toBeUndefined();
  });

  it("decides the thresholds exactly: [0, 0, 0, 1] has G1 = 2 and G2 = 4 exactly and fails at (2, 4)", () => {
    // e = 4x − 1 = (−1, −1, −1, 3): M2 = 12, M3 = 24, M4 = 84.
    // G1 = n·√(n−1)·M3 / ((n−2)·M2^1.5) = 4·√3·24 / (2·24√3) = 2 exactly;
    // r = n·M4/M2² = 7/3, G2 = ((n+1)(r−3) + 6)(n−1)/((n−2)(n−3)) = (−10/3 + 6)·3/2 = 4 exactly.
    // At 50 digits they are 2.000…01 and 3.999…98: `kurt < 4` would have passed the data untreated.
    const { values, treated } = winsorize([0, 0, 0, 1], { skewThreshold: 2, kurtosisThreshold: 4 });
    expect(treated.initialKurtosis?.toString()).toBe("3.9999999999999999999999999999999999999999999999998");
    expect(treated.indices).toEqual([3]);
    expect(strs(values)).toEqual(["0", "0", "0", "0"]);
    // Just above the exact values the data pass untreated.
    const above = winsorize([0, 0, 0, 1], { skewThreshold: 2, kurtosisThreshold: "4.0000000000000000000001" });
    expect(above.treated.count).toBe(0);
    expect(above.treated.passed).toBe(true);
  });

  it("stops at maxPoints and says why", () => {
    const xs = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400, 800, 1600];
    const { treated } = winsorize(xs, { maxPoints: 1 });
    expect(treated.indices).toEqual([24]);
    expect(treated.skewness?.toFixed(4)).toBe("2.6889");
    expect(treated.passed).toBe(false);
    expect(treated.reason).toBe("thresholds_exceeded");
  });

  it("negative skew winsorises the low side; nulls are ignored and preserved", () => {
    // [−300, −100, 1 … 10]: skew −2.9121, kurt 8.6720 → −300 → −100; then skew −2.0348, kurt 2.5895 → pass
    const { values, treated } = winsorize([-300, null, -100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(strs(values).slice(0, 3)).toEqual(["-100", null, "-100"]);
    expect(treated.points.map((p) => [p.index, p.side])).toEqual([[0, "low"]]);
    expect(treated.passed).toBe(true);
  });

  it("no treatment when passing, too few values, or constant", () => {
    expect(winsorize([1, 2, 3, 4, 5]).treated.indices).toEqual([]);
    const few = winsorize([1, 2, 1000]).treated;
    expect(few.reason).toBe("insufficient_data");
    expect(few.passed).toBe(false);
    const flat = winsorize([7, 7, 7, 7, 7]).treated;
    expect(flat.passed).toBe(true);
    expect(flat.skewness).toBeNull();
    expect(codeOf(() => winsorize([1], { maxPoints: -1 }))).toBe("invalid_option");
  });

  it("custom thresholds", () => {
    // kurtosis threshold −10 never passes on kurtosis, so treatment continues while |skew| ≥ 1.7:
    // after step 2 skew is 2.1382, so a third step runs
    const xs = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400, 800, 1600];
    const { treated } = winsorize(xs, { skewThreshold: 1.7, kurtosisThreshold: -10 });
    expect(treated.count).toBeGreaterThan(2);
  });

  it("properties: only extremes change, toward the centre; nulls preserved; order-independent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null, freq: 8 }), { minLength: 4, maxLength: 25 }),
        fc.integer({ min: 1000, max: 100000 }),
        (base, outlier) => {
          const xs = [...base, outlier];
          const { values, treated } = winsorize(xs);
          values.forEach((v, i) => {
            if (xs[i] === null) expect(v).toBeNull();
            else if (!treated.indices.includes(i)) expect(v?.toString()).toBe(String(xs[i]));
          });
          for (const p of treated.points) {
            expect(p.side === "high" ? p.to.lt(p.from) : p.to.gt(p.from)).toBe(true);
          }
          const reversed = winsorize([...xs].reverse());
          expect(strs(reversed.values)).toEqual(strs(values).reverse());
        },
      ),
    );
  });
});
