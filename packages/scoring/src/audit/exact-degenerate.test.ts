import type { Project } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { pearson } from "../internal/correlation.js";
import { D, type Dec } from "../internal/decimal.js";
import { twoPillarProject } from "../test-fixtures/two-pillar-project.js";
import { auditAssessment } from "./audit-assessment.js";
import { indicatorStatisticsFloat } from "./audit-float.js";
import { correlationMatrix } from "./correlation-matrix.js";
import { cronbachAlpha } from "./cronbach-alpha.js";
import { indicatorStatistics } from "./indicator-statistics.js";
import { comparePearson } from "./pearson-threshold.js";

// Degenerate data whose statistics used to be decided by 50-digit rounding residue.
// 200/7 = 28.571428571428571428571428571428571428571428571429 at 50 digits; the 50-digit mean of
// four copies is 28.57142857142857142857142857142857142857142857143 (the sum 114.28…716 rounds), so
// the deviations were ±1e-48 and Σ(x − x̄)² > 0: a constant column had r = 1 with itself.
const T = new D(200).div(7);
const copies = (n: number, v: Dec = T) => Array.from({ length: n }, () => v);

describe("constant columns with a repeating decimal are constant (exact path)", () => {
  it("correlationMatrix gives null, not r = 1, for a constant column (diagonal and pairs)", () => {
    for (const n of [4, 5, 6, 7, 9]) {
      const m = correlationMatrix([
        { id: "c", values: copies(n) },
        { id: "third", values: copies(n, new D(1).div(3)) },
        { id: "y", values: Array.from({ length: n }, (_, i) => i * i) },
      ]);
      for (const [i, j] of [
        [0, 0],
        [1, 1],
        [0, 1],
        [0, 2],
        [1, 2],
      ] as const) {
        expect(m.pearson[i]?.[j], `n = ${n}, pearson ${i},${j}`).toBeNull();
        expect(m.spearman[i]?.[j], `n = ${n}, spearman ${i},${j}`).toBeNull();
      }
      expect(m.pearson[2]?.[2]?.toString()).toBe("1");
    }
  });

  it("a constant column over the complete pairs only is constant too", () => {
    // Rows 0–3 complete: c = 200/7 there (the last value, 1, pairs with a missing y).
    const m = correlationMatrix([
      { id: "c", values: [T, T, T, T, 1] },
      { id: "y", values: [1, 2, 4, 3, null] },
    ]);
    expect(m.pairs[0]?.[1]).toBe(4);
    expect(m.pearson[0]?.[1]).toBeNull();
    expect(m.spearman[0]?.[1]).toBeNull();
  });

  it("indicatorStatistics: mean is the value, sd exactly 0, skewness/kurtosis null", () => {
    const s = indicatorStatistics(copies(6));
    expect(s.mean?.equals(T)).toBe(true);
    expect(s.sd?.toString()).toBe("0");
    expect([s.skewness, s.kurtosis]).toEqual([null, null]);
    expect(s.notes).toEqual(["zero_variance"]);
  });

  it("cronbachAlpha: constant row totals leave raw alpha undefined (no 1e48-sized alpha)", () => {
    // a + b = 200/7 in every row, exactly: T − 1 and T − 2 are exact at 50 digits (no carry).
    const a = cronbachAlpha([
      { id: "a", values: [0, T, 1, 2] },
      { id: "b", values: [T, 0, T.minus(1), T.minus(2)] },
    ]);
    expect(a.raw).toBeNull();
    // Constant item: variance exactly 0, so alpha is k/(k − 1)·(1 − s_b²/s_T²) = 2·(1 − 1) = 0.
    const c = cronbachAlpha([
      { id: "c", values: copies(4) },
      { id: "b", values: [1, 2, 3, 4] },
    ]);
    expect(c.raw?.toString()).toBe("0");
    expect(c.standardized).toBeNull(); // a constant item has no correlation
    // Two items with x + y = 100 exactly: r = −1, so 1 + (k − 1)·r̄ = 0 and standardised alpha is
    // undefined (it was −2.2·10⁴⁹ from r = −0.99…91). Raw alpha: totals constant, undefined too.
    const x = [12, 15, 1].map((v) => new D(v));
    const d = cronbachAlpha([
      { id: "x", values: x },
      { id: "y", values: x.map((v) => new D(100).minus(v)) },
    ]);
    expect(d.meanInterItemCorrelation?.toString()).toBe("-1");
    expect([d.standardized, d.raw]).toEqual([null, null]);
  });
});

describe("the skew–kurtosis flag is decided exactly on its thresholds", () => {
  // [0, 0, 0, 1]: n = 4, mean 1/4, scaled deviations e = 4x − 1 = (−1, −1, −1, 3): M2 = 12, M3 = 24,
  // M4 = 84. G1 = n√(n−1)·M3/((n−2)·M2^1.5) = 4√3·24/(2·12·2√3) = 2 exactly;
  // r = n·M4/M2² = 336/144 = 7/3, G2 = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)) = (−10/3 + 6)·3/2 = 4 exactly.
  const x = [0, 0, 0, 1];

  it("|G1| = 2 is not > 2 (the 50-digit G1 is 2.000…01)", () => {
    const s = indicatorStatistics(x);
    expect(s.skewness?.minus(2).abs().lessThan("1e-45")).toBe(true);
    expect(s.kurtosis?.minus(4).abs().lessThan("1e-45")).toBe(true);
    expect(s.flags.skewKurtosis).toBe(false);
    // Just below each threshold the flag is on; exactly on either it is off.
    expect(indicatorStatistics(x, { skewThreshold: "1.9999999999" }).flags.skewKurtosis).toBe(true);
    expect(indicatorStatistics(x, { skewThreshold: "1.9999999999", kurtosisThreshold: 4 }).flags.skewKurtosis).toBe(
      false,
    );
    expect(
      indicatorStatistics(x, { skewThreshold: "1.9999999999", kurtosisThreshold: "3.9999999999" }).flags.skewKurtosis,
    ).toBe(true);
    // Reflected data: G1 = −2, |G1| = 2, still not > 2.
    expect(indicatorStatistics([0, 0, 0, -1]).flags.skewKurtosis).toBe(false);
  });
});

describe("correlation flags are decided exactly on their thresholds", () => {
  // x = (0, 0, 1), y = (0, 2, 0): scaled deviations 3x − Σx = (−1, −1, 2), 3y − Σy = (−2, 4, −2);
  // Sxy = 2 − 4 − 4 = −6, Sxx = 6, Syy = 24, r = −6/√144 = −1/2 exactly. At 50 digits (means 1/3
  // and 2/3 rounded) r comes out −0.50000000000000000000000000000000000000000000000001.
  const x = [0, 0, 1].map((v) => new D(v));
  const y = [0, 2, 0].map((v) => new D(v));

  it("comparePearson gives the sign of r − t without rounding", () => {
    expect(pearson(x, y)?.lessThan("-0.5")).toBe(true); // the rounded r is on the wrong side
    expect(comparePearson(x, y, new D("-0.5"))).toBe(0);
    expect(comparePearson(x, y, new D("-0.4"))).toBe(-1);
    expect(comparePearson(x, y, new D("-0.6"))).toBe(1);
    expect(comparePearson(x, y, new D("0.9"))).toBe(-1);
    expect(comparePearson(x, y, new D(0))).toBe(-1);
    expect(comparePearson(x, x, new D(1))).toBe(0);
    expect(comparePearson(x, x, new D("0.9"))).toBe(1);
  });

  it("property: agrees with the 50-digit r away from the threshold", () => {
    const col = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(col, col, fc.integer({ min: -100, max: 100 }), fc.nat(1), (xs, ys, tPercent, places) => {
        fc.pre(new Set(xs).size > 1 && new Set(ys).size > 1);
        const a = xs.map((v) => new D(v).div(10 ** places));
        const b = ys.map((v) => new D(v));
        const t = new D(tPercent).div(100);
        const r = pearson(a, b) as Dec;
        if (r.minus(t).abs().greaterThan("1e-40")) expect(comparePearson(a, b, t)).toBe(r.comparedTo(t));
      }),
      { numRuns: 300 },
    );
  });

  /** Three units, pillar P with x and y (direct scores), pillar Q with z. */
  const project = (): Project =>
    twoPillarProject({ x: [0, 0, 1], y: [0, 2, 0], z: [3, 1, 2] }, { id: "flags", name: "Flags" });

  it("auditAssessment: r(x, y) = −1/2 is not below −0.5, on both paths", () => {
    const p = project();
    const result = scoreAssessment(p);
    for (const arithmetic of ["exact", "float"] as const) {
      const at = auditAssessment(p, result, { arithmetic, negativeBelow: "-0.5" });
      expect(at.indicatorCorrelations.pearson[0]?.[1]?.minus("-0.5").abs().lessThan("1e-12")).toBe(true);
      expect(at.flags, arithmetic).toEqual([]);
      const below = auditAssessment(p, result, { arithmetic, negativeBelow: "-0.49999999999" });
      expect(
        below.flags.map((f) => [f.kind, f.a, f.b]),
        arithmetic,
      ).toEqual([["negative", "x", "y"]]);
    }
  });
});

describe("share flags are decided exactly", () => {
  it("2 of 3 available is below 0.66…67 (50 digits), though the 50-digit share 2/3 equals it", () => {
    const t = new D(2).div(3); // 0.66666666666666666666666666666666666666666666666667 > 2/3
    const s = indicatorStatistics([1, 2, null], { availabilityThreshold: t });
    expect(s.availableShare.equals(t)).toBe(true); // the rounded share is no help
    expect(s.flags.lowAvailability).toBe(true);
    // 1 unique of 3 (1/3 = 0.33…33 at 50 digits, below 1/3): not below 0.33…33
    const u = indicatorStatistics([5, 5, 5], { uniqueThreshold: new D(1).div(3) });
    expect(u.flags.fewUnique).toBe(false);
    expect(indicatorStatistics([5, 5, 5], { uniqueThreshold: "0.3333334" }).flags.fewUnique).toBe(true);
    // many zeros: 1 non-zero of 3 against the same 0.33…33
    expect(indicatorStatistics([0, 0, 4], { nonZeroThreshold: new D(1).div(3) }).flags.manyZeros).toBe(false);
    expect(indicatorStatistics([], {}).flags.lowAvailability).toBe(true); // no entries: share 0
  });
});

describe("Tukey outliers are decided against the exact fences", () => {
  it("a value on the rounded fence but above the exact one is an outlier", () => {
    // Sorted [0, 0, 0, 0, x, x, x, v], n = 8: Q1 at h = 1.75 → 0; Q3 at h = 5.25 → x; IQR = x.
    // x = 1.0…01 (50 digits): Q3 + 1.5·x = 2.5·x = 2.50…025 (51 digits), rounded half-up to
    // v = 2.50…03 — the reported fence. v > 2.5·x exactly, so v is an outlier.
    const x = new D(`1.${"0".repeat(48)}1`);
    const v = new D(`2.5${"0".repeat(47)}3`);
    const s = indicatorStatistics([0, 0, 0, 0, x, x, x, v]);
    expect(s.fences?.high.equals(v)).toBe(true);
    expect(s.outliers.map((o) => [o.index, o.side])).toEqual([[7, "high"]]);
    // The same on the low side, mirrored.
    const m = indicatorStatistics([0, 0, 0, 0, x, x, x, v].map((d) => new D(d).neg()));
    expect(m.outliers.map((o) => [o.index, o.side])).toEqual([[7, "low"]]);
    // The float audit path decides near a fence with the same exact test.
    const t = { skew: new D(2), kurt: new D("3.5"), avail: new D("0.65"), zero: new D("0.5"), unique: new D("0.5") };
    const f = indicatorStatisticsFloat(
      [0, 0, 0, 0, x, x, x, v].map((d) => new D(d)),
      {},
      { ...t, k: new D("1.5") },
    );
    expect(f.outliers.map((o) => [o.index, o.side])).toEqual([[7, "high"]]);
  });
});
