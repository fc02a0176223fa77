import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../internal/decimal.js";
import { codeOf, pathOf, strs } from "../normalize/test-helpers.js";
import { excludeAndReweight } from "./exclude-and-reweight.js";
import { minimum } from "./minimum.js";
import { pointsSum } from "./points-sum.js";
import { weightedArithmeticMean } from "./weighted-arithmetic-mean.js";
import { weightedGeometricMean } from "./weighted-geometric-mean.js";

describe("excludeAndReweight", () => {
  it("drops nulls and re-normalises the rest", () => {
    // kept weights 0.6 and 0.2 → /0.8 → 0.75, 0.25
    const r = excludeAndReweight([80, null, 60], [0.6, 0.2, 0.2]);
    expect(r.excluded).toEqual([1]);
    expect(r.kept).toEqual([0, 2]);
    expect(strs(r.weights)).toEqual(["0.75", null, "0.25"]);
  });
  it("weights errors", () => {
    expect(codeOf(() => excludeAndReweight([1, 2], [0, 0]))).toBe("weights_sum_zero");
    expect(codeOf(() => excludeAndReweight([null, 2], [1, 0]))).toBe("weights_sum_zero");
    expect(codeOf(() => excludeAndReweight([1, 2], [1, -1]))).toBe("negative_weight");
    expect(pathOf(() => excludeAndReweight([1, 2], [1, -1], { path: ["pillars", "eco"] }))).toEqual([
      "pillars",
      "eco",
      "weights",
      1,
    ]);
    expect(codeOf(() => excludeAndReweight([1, 2], [1]))).toBe("length_mismatch");
    expect(codeOf(() => excludeAndReweight([null, null], [1, 1]))).toBe("all_missing");
  });
});

describe("weightedArithmeticMean (COINr a_amean)", () => {
  it("worked example", () => {
    // (3·80 + 1·60)/4 = 75
    expect(weightedArithmeticMean([80, 60], [3, 1]).value.toString()).toBe("75");
    // four equally weighted pillars (并行等重): (82 + 74 + 90 + 70)/4 = 79
    expect(weightedArithmeticMean([82, 74, 90, 70], [0.25, 0.25, 0.25, 0.25]).value.toString()).toBe("79");
  });
  it("missing: error by default, exclude on request", () => {
    expect(codeOf(() => weightedArithmeticMean([80, null], [1, 1]))).toBe("missing_value");
    const r = weightedArithmeticMean([80, null, 60], [0.6, 0.2, 0.2], { missing: "exclude" });
    // 0.75·80 + 0.25·60 = 75
    expect(r.value.toString()).toBe("75");
    expect(r.excluded).toEqual([1]);
  });
});

describe("weightedGeometricMean (COINr a_gmean)", () => {
  it("worked examples", () => {
    // √(4·9) = 6
    expect(weightedGeometricMean([4, 9], [1, 1]).value.toString()).toBe("6");
    // 2^(1/3)·8^(2/3) = 2^(1/3 + 2) = 4·∛2 = 5.0396841995794926590…
    expect(weightedGeometricMean([2, 8], [1, 2]).value.toFixed(30)).toBe(new D(2).cbrt().times(4).toFixed(30));
    // HDI-style: equal thirds of (0.5, 0.8, 0.9) → ∛0.36 = 0.711378…
    expect(weightedGeometricMean([0.5, 0.8, 0.9], [1, 1, 1]).value.toFixed(6)).toBe("0.711379");
  });
  it("zero or negative inputs are an error with a path", () => {
    expect(codeOf(() => weightedGeometricMean([0, 1], [1, 1]))).toBe("non_positive_value");
    expect(pathOf(() => weightedGeometricMean([1, -1], [1, 1]))).toEqual(["values", 1]);
    expect(codeOf(() => weightedGeometricMean([1, 2], [0, 0]))).toBe("weights_sum_zero");
  });
});

describe("pointsSum and minimum", () => {
  it("points sum with rescaled exclusion", () => {
    expect(pointsSum([18, 25, 30]).value.toString()).toBe("73");
    // (18 + 25)·100/70 = 61.428571…
    const r = pointsSum([18, 25, null], { missing: "exclude", maxPoints: [30, 40, 30] });
    expect(r.value.toFixed(4)).toBe("61.4286");
    expect(r.excluded).toEqual([2]);
    expect(codeOf(() => pointsSum([1, null]))).toBe("missing_value");
    expect(codeOf(() => pointsSum([1, null], { missing: "exclude" }))).toBe("missing_max_points");
  });
  it("minimum reports ties", () => {
    const r = minimum([80, 55, 90, 55]);
    expect(r.value.toString()).toBe("55");
    expect(r.at).toEqual([1, 3]);
    expect(minimum([80, null], { missing: "exclude" }).excluded).toEqual([1]);
    expect(codeOf(() => minimum([null]))).toBe("all_missing");
  });
});

describe("aggregation properties", () => {
  const pairs = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 10 })), {
      minLength: 1,
      maxLength: 10,
    })
    .filter((ps) => ps.some(([, w]) => w > 0));

  it("means lie within [min, max]; geometric ≤ arithmetic; permutation invariant; deterministic", () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const xs = ps.map(([x]) => x);
        const ws = ps.map(([, w]) => w);
        const am = weightedArithmeticMean(xs, ws).value;
        const gm = weightedGeometricMean(xs, ws).value;
        const lo = Math.min(...xs.filter((_, i) => (ws[i] as number) > 0));
        const hi = Math.max(...xs.filter((_, i) => (ws[i] as number) > 0));
        expect(am.gte(lo) && am.lte(hi)).toBe(true);
        expect(gm.gte(new D(lo).minus("1e-40")) && gm.lte(new D(hi).plus("1e-40"))).toBe(true);
        expect(gm.lte(am.plus("1e-40"))).toBe(true);
        const rev = [...ps].reverse();
        expect(
          weightedArithmeticMean(
            rev.map(([x]) => x),
            rev.map(([, w]) => w),
          ).value.toString(),
        ).toBe(am.toString());
        expect(
          weightedGeometricMean(
            rev.map(([x]) => x),
            rev.map(([, w]) => w),
          ).value.toString(),
        ).toBe(gm.toString());
        expect(weightedGeometricMean(xs, ws).value.toString()).toBe(gm.toString());
      }),
    );
  });

  it("equal inputs aggregate to exactly that value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 9 }),
        (c, ws) => {
          const xs = ws.map(() => c);
          expect(weightedArithmeticMean(xs, ws).value.toString()).toBe(String(c));
          expect(weightedGeometricMean(xs, ws).value.toString()).toBe(String(c));
        },
      ),
    );
  });

  it("exclude-and-reweight equals aggregating the kept subset", () => {
    fc.assert(
      fc.property(pairs, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (ps, drop) => {
        const xs = ps.map(([x], i) => (drop[i] ? null : x));
        const ws = ps.map(([, w]) => w);
        const keptW = ws.filter((_, i) => xs[i] !== null);
        fc.pre(keptW.some((w) => w > 0));
        const full = weightedArithmeticMean(xs, ws, { missing: "exclude" }).value;
        const sub = weightedArithmeticMean(
          xs.filter((x) => x !== null),
          keptW,
        ).value;
        expect(full.toString()).toBe(sub.toString());
      }),
    );
  });
});
