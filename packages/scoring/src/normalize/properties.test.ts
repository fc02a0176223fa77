import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";
import { normalize } from "./normalize.js";
import type { Direction, NormalizeResult } from "./types.js";

// Property tests shared by every numeric method: declared range, monotone in the good direction,
// permutation invariance, determinism, null preservation.

/** Errors a data-dependent method may legitimately throw for a random column (skip those cases). */
const DATA_ERRORS = new Set([
  "zero_range",
  "zero_variance",
  "insufficient_data",
  "target_out_of_range",
  "division_by_zero",
]);

interface Case {
  readonly name: string;
  readonly run: (values: readonly (number | null)[], direction: Direction) => NormalizeResult;
  /** Whether v is within the method's declared output range. */
  readonly inRange: (v: Dec) => boolean;
  /** Smallest input value the method accepts. */
  readonly minInput: number;
  /** Output order: for rank a lower output is better. */
  readonly lowerIsBetter?: boolean;
}

const cases: Case[] = [
  {
    name: "min-max",
    run: (v, direction) => normalize(v, "min-max", { direction }),
    inRange: (v) => v.gte(0) && v.lte(100),
    minInput: -1000,
  },
  {
    name: "min-max fixed goalposts",
    run: (v, direction) =>
      normalize(v, "min-max", { direction, goalposts: { lower: -100, upper: 100 }, range: [0, 1] }),
    inRange: (v) => v.gte(0) && v.lte(1),
    minInput: -1000,
  },
  {
    name: "efficacy-coefficient",
    run: (v, direction) => normalize(v, "efficacy-coefficient", { direction }),
    inRange: (v) => v.gte(60) && v.lte(100),
    minInput: -1000,
  },
  {
    name: "completion-ratio inverse",
    run: (v, direction) => normalize(v, "completion-ratio", { direction, target: 50, cap: 1.2, fullScore: 10 }),
    inRange: (v) => v.gte(0) && v.lte(12),
    minInput: 0,
  },
  {
    name: "completion-ratio reflected",
    run: (v, direction) => normalize(v, "completion-ratio", { direction, target: 50, costVariant: "reflected" }),
    inRange: (v) => v.gte(0) && v.lte(1),
    minInput: -1000,
  },
  {
    name: "distance-to-target capped",
    run: (v, direction) =>
      normalize(v, "distance-to-target", { direction, target: direction === "benefit" ? 900 : -900, capMax: true }),
    inRange: (v) => v.gte(0) && v.lte(1),
    minInput: -1000,
  },
  {
    name: "z-score",
    run: (v, direction) => normalize(v, "z-score", { direction }),
    inRange: () => true,
    minInput: -1000,
  },
  {
    name: "rank competition",
    run: (v, direction) => normalize(v, "rank", { direction }),
    inRange: (v) => v.gte(1) && v.isInteger(),
    minInput: -1000,
    lowerIsBetter: true,
  },
  {
    name: "rank dense",
    run: (v, direction) => normalize(v, "rank", { direction, ties: "dense" }),
    inRange: (v) => v.gte(1) && v.isInteger(),
    minInput: -1000,
    lowerIsBetter: true,
  },
  {
    name: "max",
    run: (v, direction) => normalize(v, "max", { direction }),
    inRange: (v) => v.gte(0) && v.lte(1),
    minInput: 0,
  },
  {
    name: "sum",
    run: (v, direction) => normalize(v, "sum", { direction }),
    inRange: (v) => v.gt(0) && v.lte(1),
    minInput: 1,
  },
  {
    name: "vector",
    run: (v, direction) => normalize(v, "vector", { direction }),
    inRange: (v) => v.gte(0) && v.lte(1),
    minInput: 0,
  },
  {
    name: "bands",
    run: (v, direction) =>
      normalize(v, "bands", {
        direction,
        bands: [
          { threshold: direction === "benefit" ? 500 : -500, score: 10 },
          { threshold: 0, score: 6, inclusive: false },
        ],
      }),
    inRange: (v) => ["0", "6", "10"].includes(v.toString()),
    minInput: -1000,
  },
  {
    name: "linear-deduction",
    run: (v, direction) =>
      normalize(v, "linear-deduction", { direction, target: 100, rate: 0.5, fullScore: 10, step: 3 }),
    inRange: (v) => v.gte(0) && v.lte(10),
    minInput: -1000,
  },
  {
    name: "target-range",
    run: (v) => normalize(v, "target-range", { lower: -10, upper: 10, tolerance: 200 }),
    inRange: (v) => v.gte(0) && v.lte(100),
    minInput: -1000,
  },
];

function attempt(fn: () => NormalizeResult): NormalizeResult | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ScoringError && DATA_ERRORS.has(error.code)) return undefined;
    throw error;
  }
}

const column = (min: number) =>
  fc
    .array(fc.option(fc.integer({ min, max: 1000 }), { nil: null, freq: 6 }), { minLength: 1, maxLength: 12 })
    .filter((xs) => xs.some((x) => x !== null));
const direction = fc.constantFrom<Direction>("benefit", "cost");
const str = (r: NormalizeResult) => r.values.map((v) => (v === null ? null : v.toString()));

describe.each(cases)("properties: $name", (c) => {
  it("outputs lie in the declared range, nulls stay null, never NaN/Infinity", () => {
    fc.assert(
      fc.property(column(c.minInput), direction, (xs, d) => {
        const r = attempt(() => c.run(xs, d));
        fc.pre(r !== undefined);
        if (r === undefined) return;
        r.values.forEach((v, i) => {
          if (xs[i] === null) {
            expect(v).toBeNull();
            expect(r.flags[i]).toContain("missing");
          } else {
            expect(v).not.toBeNull();
            expect(v?.isFinite()).toBe(true);
            expect(c.inRange(v as Dec)).toBe(true);
          }
        });
      }),
    );
  });

  it("improving a raw value never lowers its score (target-range: moving toward the range)", () => {
    fc.assert(
      fc.property(column(c.minInput), direction, fc.nat(), fc.integer({ min: 1, max: 500 }), (xs, d, k, delta) => {
        const present = xs.flatMap((x, i) => (x === null ? [] : [i]));
        const i = present[k % present.length] as number;
        const x = xs[i] as number;
        let improved: number;
        if (c.name === "target-range")
          improved = x > 10 ? Math.max(10, x - delta) : x < -10 ? Math.min(-10, x + delta) : x;
        else improved = d === "benefit" ? Math.min(1000, x + delta) : Math.max(c.minInput, x - delta);
        const ys = xs.map((v, j) => (j === i ? improved : v));
        const before = attempt(() => c.run(xs, d));
        const after = attempt(() => c.run(ys, d));
        fc.pre(before !== undefined && after !== undefined);
        const b = before?.values[i] as Dec;
        const a = after?.values[i] as Dec;
        // tolerance 1e-40: equal-in-exact-arithmetic scores (e.g. z-scores of two values, always ±1/√2)
        // may differ in the 50th significant digit
        expect(c.lowerIsBetter ? a.lte(b.plus("1e-40")) : a.gte(b.minus("1e-40"))).toBe(true);
      }),
    );
  });

  it("permuting the inputs permutes the outputs; results are deterministic", () => {
    fc.assert(
      fc.property(
        column(c.minInput).chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.shuffledSubarray(
              xs.map((_, i) => i),
              { minLength: xs.length },
            ),
          ),
        ),
        direction,
        ([xs, perm], d) => {
          const r = attempt(() => c.run(xs, d));
          fc.pre(r !== undefined);
          if (r === undefined) return;
          const permuted = c.run(
            perm.map((j) => xs[j] as number | null),
            d,
          );
          expect(str(permuted)).toEqual(perm.map((j) => str(r)[j]));
          expect(permuted.flags).toEqual(perm.map((j) => r.flags[j]));
          expect(str(c.run(xs, d))).toEqual(str(r));
          expect(Object.fromEntries(Object.entries(permuted.params).map(([k, v]) => [k, v.toString()]))).toEqual(
            Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, v.toString()])),
          );
        },
      ),
    );
  });
});
