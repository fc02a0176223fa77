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

  it("matches SciPy in all 64 dimensions at points 1000 and 54321", () => {
    // scipy.stats.qmc.Sobol(d=64, scramble=False).random(2**16)[i] with SciPy 1.17 (the same
    // Joe–Kuo direction numbers); the first 1024 points of all 64 dimensions were also compared in
    // full when this table was transcribed.
    const at1000 = [
      0.2197265625, 0.0966796875, 0.5185546875, 0.6767578125, 0.2802734375, 0.9072265625, 0.0458984375, 0.8994140625,
      0.5009765625, 0.0693359375, 0.0849609375, 0.2548828125, 0.1611328125, 0.3837890625, 0.1435546875, 0.3701171875,
      0.7197265625, 0.3447265625, 0.9912109375, 0.7255859375, 0.5224609375, 0.5498046875, 0.9501953125, 0.5400390625,
      0.5830078125, 0.9072265625, 0.0400390625, 0.9794921875, 0.0595703125, 0.3408203125, 0.1474609375, 0.1455078125,
      0.2958984375, 0.5927734375, 0.8017578125, 0.7705078125, 0.8486328125, 0.8310546875, 0.3076171875, 0.4794921875,
      0.9130859375, 0.2548828125, 0.9599609375, 0.7021484375, 0.8408203125, 0.0927734375, 0.8720703125, 0.9189453125,
      0.9990234375, 0.4794921875, 0.3525390625, 0.5166015625, 0.7529296875, 0.4384765625, 0.1259765625, 0.8916015625,
      0.4541015625, 0.0791015625, 0.8837890625, 0.5712890625, 0.4462890625, 0.6025390625, 0.2587890625, 0.4462890625,
    ];
    const at54321 = [
      0.5800323486328125, 0.5904998779296875, 0.7326812744140625, 0.1931304931640625, 0.4058685302734375,
      0.5713958740234375, 0.6852264404296875, 0.4492950439453125, 0.9478912353515625, 0.4934234619140625,
      0.0815887451171875, 0.2456512451171875, 0.6154022216796875, 0.8896026611328125, 0.6577606201171875,
      0.8455352783203125, 0.1277923583984375, 0.8006439208984375, 0.8214874267578125, 0.8641204833984375,
      0.5063323974609375, 0.6101837158203125, 0.8625335693359375, 0.7212982177734375, 0.1627044677734375,
      0.2941436767578125, 0.1325531005859375, 0.1676788330078125, 0.2509002685546875, 0.4425201416015625,
      0.8151092529296875, 0.2567596435546875, 0.9213104248046875, 0.4925689697265625, 0.0912017822265625,
      0.4740142822265625, 0.5348358154296875, 0.8905181884765625, 0.4945831298828125, 0.6065216064453125,
      0.1992340087890625, 0.5894317626953125, 0.3520355224609375, 0.1376495361328125, 0.0529327392578125,
      0.0902252197265625, 0.0918121337890625, 0.8605499267578125, 0.8091278076171875, 0.9297943115234375,
      0.3640289306640625, 0.0495452880859375, 0.4263153076171875, 0.6519012451171875, 0.6466217041015625,
      0.4994354248046875, 0.7322235107421875, 0.9933319091796875, 0.6414337158203125, 0.2600860595703125,
      0.4430999755859375, 0.0779266357421875, 0.7906951904296875, 0.5161590576171875,
    ];
    expect(Array.from(sobolSequence(1, 64, { skip: 1000 }))).toEqual(at1000);
    expect(Array.from(sobolSequence(1, 64, { skip: 54321 }))).toEqual(at54321);
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
