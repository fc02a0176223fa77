import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { D } from "../internal/decimal.js";
import { kurtosis } from "./kurtosis.js";
import { mean } from "./mean.js";
import { kurtosisExceeds, skewnessExceeds } from "./moment-threshold.js";
import { skewness } from "./skewness.js";
import { standardDeviation } from "./standard-deviation.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringError) return error.code;
    throw error;
  }
  return undefined;
}

describe("mean and standardDeviation", () => {
  it("ignore nulls; sample vs population", () => {
    expect(mean([1, 2, null, 6]).toString()).toBe("3");
    // Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32; population 32/8 = 4 → 2; sample 32/7
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(standardDeviation(xs, { kind: "population" }).toString()).toBe("2");
    expect(standardDeviation(xs).toFixed(10)).toBe("2.1380899353"); // √(32/7), R: sd(c(2,4,4,4,5,5,7,9))
    expect(codeOf(() => mean([null, null]))).toBe("all_missing");
    expect(codeOf(() => standardDeviation([3]))).toBe("insufficient_data");
  });
});

describe("skewness / kurtosis (type 2, as COINr skew()/kurt(), e1071 type 2, Excel SKEW/KURT)", () => {
  it("worked example [1, 2, 3, 4, 10]", () => {
    // mean 4, d = [−3, −2, −1, 0, 6]; Σd² = 50, Σd³ = 180, Σd⁴ = 1394, n = 5
    // g1 = √5·180/50^1.5 = 0.72·√2.5; G1 = g1·√20/3 = 0.24·√50 = 1.2·√2 = 1.6970562748…
    expect(skewness([1, 2, 3, 4, 10]).toFixed(40)).toBe(new D(2).sqrt().times("1.2").toFixed(40));
    expect(skewness([1, 2, 3, 4, 10]).toFixed(6)).toBe("1.697056");
    // r = 5·1394/2500 = 2.788; G2 = (6·(2.788−3)+6)·4/(3·2) = 4.728·4/6 = 3.152 (Excel KURT = 3.152)
    expect(kurtosis([1, 2, 3, 4, 10]).toString()).toBe("3.152");
  });

  it("ignores nulls and is symmetric under reflection", () => {
    expect(skewness([1, null, 2, 3, 4, 10]).toFixed(20)).toBe(skewness([1, 2, 3, 4, 10]).toFixed(20));
    expect(skewness([-1, -2, -3, -4, -10]).toFixed(20)).toBe(skewness([1, 2, 3, 4, 10]).neg().toFixed(20));
    expect(skewness([1, 2, 3]).toString()).toBe("0");
  });

  it("throws typed errors instead of NaN", () => {
    expect(codeOf(() => skewness([1, 2]))).toBe("insufficient_data");
    expect(codeOf(() => kurtosis([1, 2, 3, null]))).toBe("insufficient_data");
    expect(codeOf(() => skewness([5, 5, 5, 5]))).toBe("zero_variance");
    expect(codeOf(() => kurtosis([5, 5, 5, 5]))).toBe("zero_variance");
  });

  it("property: location/scale invariant and permutation invariant", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 20 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -100, max: 100 }),
        (xs, a, b) => {
          fc.pre(new Set(xs).size > 1);
          const shifted = xs.map((x) => a * x + b);
          const reversed = [...xs].reverse();
          expect(skewness(shifted).toFixed(30)).toBe(skewness(xs).toFixed(30));
          expect(kurtosis(shifted).toFixed(30)).toBe(kurtosis(xs).toFixed(30));
          expect(skewness(reversed).toString()).toBe(skewness(xs).toString());
          expect(kurtosis(reversed).toString()).toBe(kurtosis(xs).toString());
        },
      ),
    );
  });
});

describe("equal values are decided exactly, not by the 50-digit mean's residue", () => {
  // 200/7 = 28.571428571428571428571428571428571428571428571429 at 50 digits; Σ of four copies /4
  // rounds to …4285714285714286 / … and differs from the value in the last digit.
  const t = new D(200).div(7);

  it("mean of equal values is the value; sd is exactly 0; skewness/kurtosis are zero_variance", () => {
    for (const n of [2, 4, 6, 7, 9]) {
      const xs = Array.from({ length: n }, () => t);
      expect(mean(xs).equals(t), `n = ${n}`).toBe(true);
      expect(standardDeviation(xs).toString()).toBe("0");
      expect(standardDeviation(xs, { kind: "population" }).toString()).toBe("0");
      if (n >= 4) {
        expect(codeOf(() => skewness(xs))).toBe("zero_variance");
        expect(codeOf(() => kurtosis(xs))).toBe("zero_variance");
      }
    }
  });
});

describe("skewnessExceeds / kurtosisExceeds (exact threshold tests)", () => {
  const dec = (xs: readonly number[]) => xs.map((x) => new D(x));

  it("[0, 0, 0, 1]: G1 = 2 and G2 = 4 exactly, so neither exceeds its own value", () => {
    // e = 4x − 1 = (−1, −1, −1, 3): M2 = 12, M3 = 24, M4 = 84 (hand computation in the audit tests)
    const x = dec([0, 0, 0, 1]);
    expect(skewnessExceeds(x, new D(2))).toBe(false);
    expect(skewnessExceeds(x, new D(2), true)).toBe(true); // |G1| ≥ 2: exactly 2
    expect(kurtosisExceeds(x, new D(4), true)).toBe(true); // G2 ≥ 4: exactly 4
    expect(kurtosisExceeds(x, new D("4.00000000000000000001"), true)).toBe(false);
    expect(skewnessExceeds(x, new D("1.99999999999999999999"))).toBe(true);
    expect(kurtosisExceeds(x, new D(4))).toBe(false);
    expect(kurtosisExceeds(x, new D("3.99999999999999999999"))).toBe(true);
    expect(skewnessExceeds(dec([0, 0, 0, -1]), new D(2))).toBe(false);
    expect(skewnessExceeds(x, new D(-1))).toBe(true); // |G1| ≥ 0 > −1
    expect(skewnessExceeds(dec([5, 5, 5]), new D(-1))).toBe(false); // undefined: no flag
    expect(kurtosisExceeds(dec([1, 2, 3]), new D(-10))).toBe(false); // too few values
  });

  it("property: agree with the rounded G1/G2 away from the threshold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 15 }),
        fc.integer({ min: -300, max: 600 }),
        fc.nat(2),
        (xs, tHundredths, places) => {
          fc.pre(new Set(xs).size > 1);
          const values = xs.map((x) => new D(x).div(10 ** places));
          const t = new D(tHundredths).div(100);
          const g1 = skewness(values).abs();
          const g2 = kurtosis(values);
          if (g1.minus(t).abs().greaterThan("1e-40")) expect(skewnessExceeds(values, t)).toBe(g1.greaterThan(t));
          if (g2.minus(t).abs().greaterThan("1e-40")) expect(kurtosisExceeds(values, t)).toBe(g2.greaterThan(t));
        },
      ),
      { numRuns: 300 },
    );
  });
});
