import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { createRandom } from "./random.js";
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from "./sobol-sequence.js";

describe("sobolSequence", () => {
  it("matches the first points of SciPy qmc.Sobol(d=3, scramble=False)", () => {
    // scipy.stats.qmc.Sobol(d=3, scramble=False).random(8) (Joe–Kuo directions, Gray-code order).
    // Hand check, dimension 3 (s = 2, a = 1, m = 1, 3): v = ½, ¾, ½ ⊕ ⅛ ⊕ ¾ = ⅜; Gray order flips
    // v0, v1, v0, v2, v0, v1, v0 → 0, ½, ¼, ¾, ⅝, ⅛, ⅞, ⅜.
    const expected = [
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ];
    expect(Array.from(sobolSequence(8, 3))).toEqual(expected.flat());
  });

  it("continues from `skip` exactly as the full sequence", () => {
    const full = sobolSequence(40, 5);
    expect(Array.from(sobolSequence(17, 5, { skip: 23 }))).toEqual(Array.from(full.subarray(23 * 5, 40 * 5)));
  });

  it("every 2^m prefix puts one point in each dyadic interval of every coordinate, in all 64 dimensions", () => {
    const m = 8;
    const count = 2 ** m;
    const d = SOBOL_MAX_DIMENSIONS;
    const points = sobolSequence(count, d);
    for (let dim = 0; dim < d; dim++) {
      const seen = new Set<number>();
      for (let i = 0; i < count; i++) seen.add(Math.floor((points[i * d + dim] as number) * count));
      expect(seen.size, `dimension ${dim + 1}`).toBe(count);
    }
  });

  it("the first two dimensions form a (0, m, 2)-net: one point in every elementary box of area 2^-m", () => {
    const m = 6;
    const count = 2 ** m;
    const points = sobolSequence(count, 2);
    for (let a = 0; a <= m; a++) {
      const cells = new Set<string>();
      for (let i = 0; i < count; i++) {
        const x = Math.floor((points[2 * i] as number) * 2 ** a);
        const y = Math.floor((points[2 * i + 1] as number) * 2 ** (m - a));
        cells.add(`${x},${y}`);
      }
      expect(cells.size, `boxes 2^-${a} × 2^-${m - a}`).toBe(count);
    }
  });

  it("a digital shift keeps the stratification and is reproducible from its seed", () => {
    const a = sobolSequence(64, 4, { shiftSeed: 11 });
    expect(Array.from(a)).toEqual(Array.from(sobolSequence(64, 4, { shiftSeed: 11 })));
    expect(Array.from(a)).not.toEqual(Array.from(sobolSequence(64, 4)));
    for (let dim = 0; dim < 4; dim++) {
      const seen = new Set<number>();
      for (let i = 0; i < 64; i++) seen.add(Math.floor((a[i * 4 + dim] as number) * 64));
      expect(seen.size).toBe(64);
    }
  });

  it("rejects bad sizes with typed errors", () => {
    expect(() => sobolSequence(0, 2)).toThrow(ScoringError);
    expect(() => sobolSequence(4, SOBOL_MAX_DIMENSIONS + 1)).toThrow(/dimensions/);
    expect(() => sobolSequence(4, 2, { shiftSeed: 1.5 })).toThrow(/seed/);
  });
});

describe("createRandom (xoshiro128**)", () => {
  it("is reproducible, seed-dependent, in [0, 1) and roughly uniform", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 20000 }, () => a.next());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(xs[0]).not.toBe(c.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01); // sd of the mean ≈ 0.0020
    const buckets = new Array(10).fill(0);
    for (const x of xs) buckets[Math.floor(x * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200); // sd ≈ 42
    expect(createRandom(42, 1).next()).not.toBe(createRandom(42).next());
  });
});
