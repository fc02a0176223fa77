import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { meanAbsoluteRankShift, rankShiftModel } from "./rank-shift.js";
import { type ScalarModel, type SobolIndex, sobolIndices } from "./sobol-indices.js";

/**
 * Ishigami & Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(−π, π), a = 7, b = 0.1.
 * Analytic variances (Sobol' & Levitan 1999; Saltelli et al. 2010 §4):
 * V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0, V13 = b²π⁸(1/18 − 1/50) = 8b²π⁸/225,
 * V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½ ≈ 13.8446.
 * S1 ≈ 0.3139, S2 ≈ 0.4424, S3 = 0, ST1 = (V1 + V13)/V ≈ 0.5576, ST2 = S2, ST3 = V13/V ≈ 0.2437.
 */
const A = 7;
const B = 0.1;
const PI4 = Math.PI ** 4;
const PI8 = Math.PI ** 8;
const V1 = 0.5 * (1 + (B * PI4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = (8 * B ** 2 * PI8) / 225;
const V = A ** 2 / 8 + (B * PI4) / 5 + (B ** 2 * PI8) / 18 + 0.5;
const ISHIGAMI_TRUE = {
  first: [V1 / V, V2 / V, 0],
  total: [(V1 + V13) / V, V2 / V, V13 / V],
};
const ishigami: ScalarModel = {
  dimensions: [{ id: "x1" }, { id: "x2" }, { id: "x3" }],
  evaluate: (u) => {
    const x1 = -Math.PI + 2 * Math.PI * (u[0] as number);
    const x2 = -Math.PI + 2 * Math.PI * (u[1] as number);
    const x3 = -Math.PI + 2 * Math.PI * (u[2] as number);
    return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
  },
};

/**
 * Sobol's g-function (Saltelli & Sobol' 1995): f = Π (|4u_i − 2| + a_i)/(1 + a_i), u_i ~ U(0, 1).
 * V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1, S_i = V_i/V, S_Ti = V_i Π_{j≠i}(1 + V_j)/V.
 */
const G_A = [0, 1, 4.5, 9, 99, 99, 99, 99];
const gFunction: ScalarModel = {
  dimensions: G_A.map((_, i) => ({ id: `u${i + 1}` })),
  evaluate: (u) => G_A.reduce((p, a, i) => (p * (Math.abs(4 * (u[i] as number) - 2) + a)) / (1 + a), 1),
};
const gV = G_A.map((a) => 1 / (3 * (1 + a) ** 2));
const gTotalV = gV.reduce((p, v) => p * (1 + v), 1) - 1;
const G_TRUE = {
  first: gV.map((v) => v / gTotalV),
  total: gV.map((v, i) => (v * gV.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / gTotalV),
};

function estimated(result: ReturnType<typeof sobolIndices>): readonly SobolIndex[] {
  if (result.status !== "estimated") throw new Error("expected an estimate");
  return result.indices;
}

describe("sobolIndices: analytic test functions", () => {
  it("the analytic Ishigami values are the published ones", () => {
    expect(ISHIGAMI_TRUE.first[0]).toBeCloseTo(0.3139, 4);
    expect(ISHIGAMI_TRUE.first[1]).toBeCloseTo(0.4424, 4);
    expect(ISHIGAMI_TRUE.total[0]).toBeCloseTo(0.5576, 4);
    expect(ISHIGAMI_TRUE.total[2]).toBeCloseTo(0.2437, 4);
  });

  it("Ishigami, Sobol' sampling, N = 2^14: within 0.005 of the truth", () => {
    const s = estimated(sobolIndices(ishigami, { n: 2 ** 14, seed: 2024, sampling: "sobol" }));
    s.forEach((x, i) => {
      expect(Math.abs(x.first - (ISHIGAMI_TRUE.first[i] as number)), `S${i + 1}`).toBeLessThan(0.005);
      expect(Math.abs(x.total - (ISHIGAMI_TRUE.total[i] as number)), `ST${i + 1}`).toBeLessThan(0.005);
    });
  });

  it("Ishigami, pseudo-random sampling, N = 2^14: within ≈ 5 standard errors (0.035) of the truth", () => {
    const s = estimated(sobolIndices(ishigami, { n: 2 ** 14, seed: 7 }));
    s.forEach((x, i) => {
      expect(Math.abs(x.first - (ISHIGAMI_TRUE.first[i] as number)), `S${i + 1}`).toBeLessThan(0.035);
      expect(Math.abs(x.total - (ISHIGAMI_TRUE.total[i] as number)), `ST${i + 1}`).toBeLessThan(0.035);
    });
  });

  it("g-function (a = 0, 1, 4.5, 9, 99 ×4), Sobol' sampling, N = 2^13: within 0.02", () => {
    const s = estimated(sobolIndices(gFunction, { n: 2 ** 13, seed: 5, sampling: "sobol" }));
    s.forEach((x, i) => {
      expect(Math.abs(x.first - (G_TRUE.first[i] as number)), `S${i + 1}`).toBeLessThan(0.02);
      expect(Math.abs(x.total - (G_TRUE.total[i] as number)), `ST${i + 1}`).toBeLessThan(0.02);
    });
    // The most important input is u1 (a = 0): S1 ≈ 0.716.
    expect(G_TRUE.first[0]).toBeCloseTo(0.7165, 3);
  });

  it("error shrinks with N (Sobol' sampling, Ishigami)", () => {
    const err = (n: number) => {
      const s = estimated(sobolIndices(ishigami, { n, seed: 3, sampling: "sobol" }));
      return s.reduce(
        (m, x, i) =>
          Math.max(
            m,
            Math.abs(x.first - (ISHIGAMI_TRUE.first[i] as number)),
            Math.abs(x.total - (ISHIGAMI_TRUE.total[i] as number)),
          ),
        0,
      );
    };
    expect(err(2 ** 15)).toBeLessThan(err(2 ** 8));
  });

  it("95 % bootstrap intervals cover the truth in most of 20 independent runs (pseudo-random, N = 1024)", () => {
    let covered = 0;
    let intervals = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const s = estimated(sobolIndices(ishigami, { n: 1024, seed, bootstrap: { resamples: 200, confidence: 0.95 } }));
      s.forEach((x, i) => {
        for (const [ci, truth] of [
          [x.firstCi, ISHIGAMI_TRUE.first[i] as number],
          [x.totalCi, ISHIGAMI_TRUE.total[i] as number],
        ] as const) {
          if (ci === undefined) throw new Error("no interval");
          expect(ci.low).toBeLessThanOrEqual(ci.high);
          intervals++;
          if (ci.low <= truth && truth <= ci.high) covered++;
        }
      });
    }
    // Nominal coverage 95 % of 120 intervals; percentile bootstrap runs a little under.
    expect(covered / intervals).toBeGreaterThan(0.85);
  });

  it("an additive model has S_i = S_Ti = b_i² / Σb² (Y = X1 + 2·X2)", () => {
    const s = estimated(
      sobolIndices(
        { dimensions: [{ id: "x1" }, { id: "x2" }], evaluate: (u) => (u[0] as number) + 2 * (u[1] as number) },
        { n: 4096, seed: 1, sampling: "sobol", bootstrap: { resamples: 100, confidence: 0.9 } },
      ),
    );
    expect(s[0]?.first).toBeCloseTo(0.2, 2);
    expect(s[1]?.first).toBeCloseTo(0.8, 2);
    expect(s[0]?.total).toBeCloseTo(0.2, 2);
    expect(s[1]?.total).toBeCloseTo(0.8, 2);
    expect(s[0]?.firstCi?.low).toBeLessThan(0.2 + 1e-9 + 0.02);
  });
});

describe("sobolIndices: contract", () => {
  it("is reproducible from its seed and uses N·(k + 2) runs", () => {
    let calls = 0;
    const counted: ScalarModel = {
      dimensions: ishigami.dimensions,
      evaluate: (u) => {
        calls++;
        return ishigami.evaluate(u);
      },
    };
    const a = sobolIndices(counted, { n: 256, seed: 9, bootstrap: { resamples: 50, confidence: 0.9 } });
    expect(calls).toBe(256 * 5);
    expect(a.evaluations).toBe(1280);
    const b = sobolIndices(ishigami, { n: 256, seed: 9, bootstrap: { resamples: 50, confidence: 0.9 } });
    expect(b).toEqual(a);
    const c = sobolIndices(ishigami, { n: 256, seed: 10 });
    expect(estimated(c)[0]?.first).not.toBe(estimated(a)[0]?.first);
    // The bootstrap does not change the point estimates.
    expect(estimated(sobolIndices(ishigami, { n: 256, seed: 9 }))[0]?.first).toBe(estimated(a)[0]?.first);
  });

  it("reports a constant output instead of dividing 0 by 0", () => {
    const result = sobolIndices({ dimensions: [{ id: "x" }, { id: "y" }], evaluate: () => 3 }, { n: 64, seed: 1 });
    expect(result).toMatchObject({ status: "constant_output", value: 3, evaluations: 256 });
  });

  it("throws typed errors for bad options and non-finite outputs", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (e instanceof ScoringError) return e.code;
        throw e;
      }
      return undefined;
    };
    expect(code(() => sobolIndices(ishigami, { n: 1, seed: 1 }))).toBe("invalid_options");
    expect(code(() => sobolIndices(ishigami, { n: 8, seed: 0.5 }))).toBe("invalid_seed");
    expect(code(() => sobolIndices({ dimensions: [], evaluate: () => 1 }, { n: 8, seed: 1 }))).toBe("invalid_options");
    expect(code(() => sobolIndices(ishigami, { n: 8, seed: 1, bootstrap: { resamples: 10, confidence: 1.5 } }))).toBe(
      "invalid_options",
    );
    expect(code(() => sobolIndices({ dimensions: [{ id: "x" }], evaluate: () => Number.NaN }, { n: 8, seed: 1 }))).toBe(
      "invalid_model_output",
    );
    const many = { dimensions: Array.from({ length: 33 }, (_, i) => ({ id: `x${i}` })), evaluate: () => 1 };
    expect(code(() => sobolIndices(many, { n: 8, seed: 1, sampling: "sobol" }))).toBe("too_many_dimensions");
  });
});

describe("meanAbsoluteRankShift and rankShiftModel", () => {
  it("computes COINr's mean absolute rank change", () => {
    expect(meanAbsoluteRankShift([2, 1, 3], [1, 2, 3])).toBeCloseTo(2 / 3, 15);
    expect(meanAbsoluteRankShift(new Float64Array([1, 2, 3]), [1, 2, 3])).toBe(0);
    // |4−1| + |1−2| + skipped + |2−4| = 6 over 3 units
    expect(meanAbsoluteRankShift([4, 1, Number.NaN, 2], [1, 2, 3, 4], { unranked: "skip" })).toBe(2);
    expect(() => meanAbsoluteRankShift([4, 1, Number.NaN, 2], [1, 2, 3, 4])).toThrow(/ranks\.2/);
    expect(() => meanAbsoluteRankShift([1, 2], [1, 2, 3])).toThrow(ScoringError);
    expect(() => meanAbsoluteRankShift([Number.NaN], [1], { unranked: "skip" })).toThrow(/no unit/);
  });

  it("plugs a rank-producing model into sobolIndices: only the input that reorders units matters", () => {
    // Two units; u[0] > 0.5 swaps them, u[1] is ignored: output = 1 if swapped, else 0.
    const model = rankShiftModel({
      dimensions: [{ id: "order" }, { id: "noise" }],
      nominal: { ranks: [1, 2] },
      evaluate: (u) => ({ ranks: (u[0] as number) > 0.5 ? [2, 1] : [1, 2] }),
    });
    const s = estimated(sobolIndices(model, { n: 2048, seed: 4, sampling: "sobol" }));
    expect(s[0]?.first).toBeCloseTo(1, 2);
    expect(s[0]?.total).toBeCloseTo(1, 2);
    expect(Math.abs(s[1]?.total ?? 1)).toBeLessThan(1e-12);
  });
});
