import { describe, expect, it } from "vitest";
import { normalizeMax } from "./max.js";
import { normalizeMinMax } from "./min-max.js";
import { normalizeSum } from "./sum.js";
import { round8 } from "./test-helpers.js";
import { normalizeVector } from "./vector.js";

// Reference: pymcdm `tests/test_normalizations.py` — 6×3 decision matrix with criterion types
// [−1, −1, 1] (cost, cost, benefit); expected outputs are the published values rounded to 8 places,
// listed row-major there and split by column here.
const C1 = [66, 61, 65, 95, 63, 74]; // cost
const C2 = [56, 55, 49, 56, 43, 59]; // cost
const C3 = [95, 166, 113, 99, 178, 140]; // benefit

function column(flat: number[], j: number): number[] {
  return flat.filter((_, i) => i % 3 === j);
}

describe("pymcdm reference outputs", () => {
  it("minmax_normalization (our min-max with range [0, 1])", () => {
    const expected = [
      0.85294118, 0.1875, 0.0, 1.0, 0.25, 0.85542169, 0.88235294, 0.625, 0.21686747, 0.0, 0.1875, 0.04819277,
      0.94117647, 1.0, 1.0, 0.61764706, 0.0, 0.54216867,
    ];
    // hand check, C1 cost: (95 − 66)/(95 − 61) = 29/34 = 0.85294118
    const r = { range: [0, 1] as const };
    expect(round8(normalizeMinMax(C1, { ...r, direction: "cost" }).values)).toEqual(column(expected, 0));
    expect(round8(normalizeMinMax(C2, { ...r, direction: "cost" }).values)).toEqual(column(expected, 1));
    expect(round8(normalizeMinMax(C3, r).values)).toEqual(column(expected, 2));
  });

  it("max_normalization", () => {
    const expected = [
      0.30526316, 0.05084746, 0.53370787, 0.35789474, 0.06779661, 0.93258427, 0.31578947, 0.16949153, 0.63483146, 0.0,
      0.05084746, 0.55617978, 0.33684211, 0.27118644, 1.0, 0.22105263, 0.0, 0.78651685,
    ];
    // hand check, C1 cost: 1 − 66/95 = 29/95 = 0.30526316
    expect(round8(normalizeMax(C1, { direction: "cost" }).values)).toEqual(column(expected, 0));
    expect(round8(normalizeMax(C2, { direction: "cost" }).values)).toEqual(column(expected, 1));
    expect(round8(normalizeMax(C3).values)).toEqual(column(expected, 2));
  });

  it("sum_normalization", () => {
    const expected = [
      0.17447136, 0.155945, 0.12010114, 0.1887723, 0.15878037, 0.20986094, 0.17715554, 0.17822286, 0.14285714,
      0.12121168, 0.155945, 0.12515803, 0.18277952, 0.20309117, 0.22503161, 0.15560959, 0.1480156, 0.17699115,
    ];
    // hand check, C3 benefit: Σ = 791, 113/791 = 1/7 = 0.14285714
    expect(round8(normalizeSum(C1, { direction: "cost" }).values)).toEqual(column(expected, 0));
    expect(round8(normalizeSum(C2, { direction: "cost" }).values)).toEqual(column(expected, 1));
    expect(round8(normalizeSum(C3).values)).toEqual(column(expected, 2));
  });

  it("vector_normalization", () => {
    const expected = [
      0.62375904, 0.57085288, 0.28587109, 0.65226214, 0.57851622, 0.49952212, 0.62945966, 0.62449627, 0.34003614,
      0.45844104, 0.57085288, 0.29790777, 0.6408609, 0.67047632, 0.53563215, 0.57815408, 0.54786285, 0.42128371,
    ];
    expect(round8(normalizeVector(C1, { direction: "cost" }).values)).toEqual(column(expected, 0));
    expect(round8(normalizeVector(C2, { direction: "cost" }).values)).toEqual(column(expected, 1));
    expect(round8(normalizeVector(C3).values)).toEqual(column(expected, 2));
  });
});
