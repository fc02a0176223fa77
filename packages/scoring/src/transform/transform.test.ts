import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../internal/decimal.js";
import { codeOf, pathOf, strs } from "../normalize/test-helpers.js";
import { clamp } from "./clamp.js";
import { denominate } from "./denominate.js";
import { logTransform } from "./log.js";
import { logOffset } from "./log-offset.js";

describe("denominate", () => {
  it("divides, scales, and flags zero / missing denominators instead of Infinity", () => {
    // 120 / 300 · 10000 = 4000; 50 / 0 → null (division_by_zero); null / 5 → null (missing); 7 / null → null
    const r = denominate([120, 50, null, 7], [300, 0, 5, null], { scale: 10000 });
    expect(strs(r.values)).toEqual(["4000", null, null, null]);
    expect(r.flags).toEqual([[], ["division_by_zero"], ["missing"], ["missing_denominator"]]);
    expect(codeOf(() => denominate([1, 2], [1]))).toBe("length_mismatch");
    expect(pathOf(() => denominate([1], ["x"]))).toEqual(["values", "denominators", 0]);
  });
});

describe("denominate properties", () => {
  it("never Infinity; null exactly where the numerator, denominator is missing or the denominator is 0", () => {
    const cell = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 15 }), (pairs) => {
        const r = denominate(
          pairs.map(([x]) => x),
          pairs.map(([, d]) => d),
        );
        pairs.forEach(([x, d], i) => {
          const v = r.values[i];
          if (x === null || d === null || d === 0) expect(v).toBeNull();
          else expect(v?.times(d).toFixed(30)).toBe(new D(x).toFixed(30));
          expect((r.flags[i] ?? []).length).toBe(x === null || d === null || d === 0 ? 1 : 0);
        });
      }),
    );
  });
});

describe("clamp", () => {
  it("clamps and flags each side", () => {
    const r = clamp([-5, 50, 130, null], { min: 0, max: 100 });
    expect(strs(r.values)).toEqual(["0", "50", "100", null]);
    expect(r.flags).toEqual([["clamped_low"], [], ["clamped_high"], ["missing"]]);
    expect(strs(clamp([1, 200], { max: 100 }).values)).toEqual(["1", "100"]);
    expect(codeOf(() => clamp([1], { min: 2, max: 1 }))).toBe("invalid_bounds");
  });

  it("property: output within bounds, unchanged values unflagged", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -500, max: 500 }), { maxLength: 20 }), (xs) => {
        const r = clamp(xs, { min: -100, max: 100 });
        r.values.forEach((v, i) => {
          expect(v?.gte(-100) && v.lte(100)).toBe(true);
          expect(r.flags[i]?.length === 0).toBe(v?.equals(xs[i] as number));
        });
      }),
    );
  });
});

describe("logTransform", () => {
  it("natural log; x ≤ 0 is an error with the value's path", () => {
    const r = logTransform([1, Math.E ** 0, "10", null]);
    expect(strs(r.values).slice(0, 2)).toEqual(["0", "0"]);
    expect(r.values[2]?.toFixed(12)).toBe("2.302585092994"); // ln 10
    expect(r.values[3]).toBeNull();
    expect(codeOf(() => logTransform([1, 0]))).toBe("non_positive_log");
    expect(pathOf(() => logTransform([1, -2]))).toEqual(["values", 1]);
  });
});

describe("logOffset", () => {
  it("COINr log_CT: ln(x − min + 0.01·(max − min))", () => {
    // min 0, max 100 → offset 1: 0 → ln 1 = 0; 9 → ln 10; 100 → ln 101
    const r = logOffset([0, 9, 100, null]);
    expect(r.values[0]?.toString()).toBe("0");
    expect(r.values[1]?.toFixed(12)).toBe("2.302585092994");
    expect(r.values[2]?.toFixed(12)).toBe(new D(101).ln().toFixed(12));
    expect(r.params.offset?.toString()).toBe("1");
    // negatives are fine: min −50, max 50, offset 1: −50 → 0
    expect(logOffset([-50, 50]).values[0]?.toString()).toBe("0");
    expect(codeOf(() => logOffset([3, 3]))).toBe("zero_range");
  });

  it("COINr log_GII: ln((max − 1)(x − min)/(max − min) + 1)", () => {
    // min 0, max 11: 0 → ln 1 = 0; 11 → ln 11; 5.5 → ln(10·0.5 + 1) = ln 6
    const r = logOffset([0, 5.5, 11], { variant: "gii" });
    expect(r.values[0]?.toString()).toBe("0");
    expect(r.values[1]?.toFixed(20)).toBe(new D(6).ln().toFixed(20));
    expect(r.values[2]?.toFixed(20)).toBe(new D(11).ln().toFixed(20));
    expect(codeOf(() => logOffset([0, 0.5], { variant: "gii" }))).toBe("invalid_log_domain");
  });

  it("property: strictly order-preserving", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 15 }), (xs) => {
        const r = logOffset(xs);
        for (let i = 0; i < xs.length; i++) {
          for (let j = 0; j < xs.length; j++) {
            if ((xs[i] as number) < (xs[j] as number)) expect(r.values[i]?.lt(r.values[j] as never)).toBe(true);
          }
        }
      }),
    );
  });
});
