import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";
import { combineWeights } from "./combine.js";
import { equalWeights } from "./equal.js";
import { normalizeWeightsPerParent } from "./per-parent.js";
import { weightsFromPoints } from "./points.js";

const sum = (values: readonly Dec[]) => values.reduce((a, b) => a.plus(b)).toString();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringError);
    return (error as ScoringError).code;
  }
  throw new Error("expected a ScoringError");
}

describe("equalWeights", () => {
  it("gives 1/n, summing to exactly 1 (the residual unit of 1e-40 goes to the first weight)", () => {
    expect(equalWeights(4).weights.map(String)).toEqual(["0.25", "0.25", "0.25", "0.25"]);
    const third = equalWeights(3).weights.map(String);
    expect(third[0]).toBe(`0.${"3".repeat(39)}4`);
    expect(third[1]).toBe(`0.${"3".repeat(40)}`);
    expect(sum(equalWeights(3).weights)).toBe("1");
    expect(codeOf(() => equalWeights(0))).toBe("invalid_count");
  });
});

describe("weightsFromPoints", () => {
  it("divides points (分值) by their total", () => {
    const r = weightsFromPoints([30, 20, 50]);
    expect(r.weights.map(String)).toEqual(["0.3", "0.2", "0.5"]);
    expect(r.total.toString()).toBe("100");
    expect(codeOf(() => weightsFromPoints([1, -1]))).toBe("negative_weight");
    expect(codeOf(() => weightsFromPoints([0, 0]))).toBe("weights_sum_zero");
  });
});

describe("normalizeWeightsPerParent", () => {
  it("normalises siblings and multiplies along the path", () => {
    const { local, global } = normalizeWeightsPerParent([
      { id: "eco", weight: 25 },
      { id: "env", weight: 25 },
      { id: "live", weight: 50 },
      { id: "gdp", parent: "eco", weight: 6 },
      { id: "tax", parent: "eco", weight: 4 },
      { id: "air", parent: "env", weight: 1 },
    ]);
    expect(String(local.eco)).toBe("0.25");
    expect(String(local.gdp)).toBe("0.6");
    expect(String(local.air)).toBe("1");
    expect(String(global.gdp)).toBe("0.15");
    expect(String(global.tax)).toBe("0.1");
    expect(String(global.air)).toBe("0.25");
  });

  it("rejects duplicate ids, unknown parents and cycles", () => {
    expect(
      codeOf(() =>
        normalizeWeightsPerParent([
          { id: "a", weight: 1 },
          { id: "a", weight: 1 },
        ]),
      ),
    ).toBe("duplicate_id");
    expect(codeOf(() => normalizeWeightsPerParent([{ id: "a", parent: "x", weight: 1 }]))).toBe("unknown_parent");
    expect(
      codeOf(() =>
        normalizeWeightsPerParent([
          { id: "a", parent: "b", weight: 1 },
          { id: "b", parent: "a", weight: 1 },
        ]),
      ),
    ).toBe("cycle");
  });
});

describe("combineWeights", () => {
  it("multiplicative: w = s·o / Σ s·o", () => {
    // s = (0.5, 0.5), o = (0.2, 0.8): s·o = (0.1, 0.4), Σ = 0.5 → (0.2, 0.8).
    expect(combineWeights([0.5, 0.5], [0.2, 0.8]).weights.map(String)).toEqual(["0.2", "0.8"]);
    // s = (0.6, 0.4), o = (0.3, 0.7): s·o = (0.18, 0.28), Σ = 0.46 → (9/23, 14/23).
    const r = combineWeights([0.6, 0.4], [0.3, 0.7]).weights;
    expect(r.map((w) => w.toFixed(10))).toEqual(["0.3913043478", "0.6086956522"]);
    expect(sum(r)).toBe("1");
  });

  it("linear: w = α s + (1 − α) o", () => {
    expect(combineWeights([0.5, 0.5], [0.2, 0.8], { method: "linear" }).weights.map(String)).toEqual(["0.35", "0.65"]);
    expect(combineWeights([0.5, 0.5], [0.2, 0.8], { method: "linear", alpha: 1 }).weights.map(String)).toEqual([
      "0.5",
      "0.5",
    ]);
    expect(codeOf(() => combineWeights([1], [1], { method: "linear", alpha: 2 }))).toBe("invalid_alpha");
    expect(codeOf(() => combineWeights([1, 0], [0, 1]))).toBe("weights_sum_zero");
    expect(codeOf(() => combineWeights([1], [0.5, 0.5]))).toBe("invalid_weights");
  });

  it("property: combined weights are ≥ 0 and sum to exactly 1", () => {
    const vec = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(vec, vec, fc.integer({ min: 0, max: 10 }), (s, o, a) => {
        for (const r of [combineWeights(s, o), combineWeights(s, o, { method: "linear", alpha: a / 10 })]) {
          expect(r.weights.every((w) => !w.isNegative())).toBe(true);
          expect(sum(r.weights)).toBe("1");
        }
        expect(sum(weightsFromPoints(s).weights)).toBe("1");
        expect(sum(equalWeights(s[0] ?? 1).weights)).toBe("1");
      }),
      { numRuns: 100 },
    );
  });
});
