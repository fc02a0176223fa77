import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { D } from "../internal/decimal.js";
import { kurtosis } from "./kurtosis.js";
import { mean } from "./mean.js";
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
