import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { D, type Dec } from "./decimal.js";
import { decimal, make, operand, parts, rounded, shortDecimal } from "./decimal-arbitraries.js";
import { DecimalColumn } from "./decimal-column.js";
import * as kernel from "./decimal-kernel.js";
import {
  CLAMP_LOWER,
  CLAMP_NONE,
  CLAMP_UPPER,
  linearScaleCell,
  linearScaleCellInto,
  linearScaleClamp,
} from "./linear-scale-cell.js";

// The unfused kernel ops, spied on (still computing), to see when the fused path falls back.
vi.mock("./decimal-kernel.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./decimal-kernel.js")>();
  return { ...real, add: vi.fn(real.add), sub: vi.fn(real.sub), mul: vi.fn(real.mul), div: vi.fn(real.div) };
});
const unfusedCalls = () =>
  [kernel.add, kernel.sub, kernel.mul, kernel.div].reduce((n, f) => n + vi.mocked(f).mock.calls.length, 0);

/** The unfused cell in plain decimal.js operations, as `linear-scale.ts` specifies it. */
function reference(x: Dec, lower: Dec, upper: Dec, range: Dec, span: Dec, offset: Dec, benefit: boolean) {
  let v = x;
  let clamp = CLAMP_NONE;
  if (v.lessThan(lower)) {
    v = lower;
    clamp = CLAMP_LOWER;
  } else if (v.greaterThan(upper)) {
    v = upper;
    clamp = CLAMP_UPPER;
  }
  const fraction = benefit ? v.minus(lower).div(range) : upper.minus(v).div(range);
  const scaled = span.times(fraction);
  return { value: offset.isZero() ? scaled : offset.plus(scaled), clamp };
}

const column = new DecimalColumn(2);

function check(x: Dec, lower: Dec, upper: Dec, span: Dec, offset: Dec, benefit: boolean, range = upper.minus(lower)) {
  const expected = reference(x, lower, upper, range, span, offset, benefit);
  const got = linearScaleCell(x, lower, upper, range, span, offset, benefit);
  expect({ value: parts(got), clamp: linearScaleClamp() }).toEqual({
    value: parts(expected.value),
    clamp: expected.clamp,
  });
  // The same cell written into a column.
  column.set(1, null);
  linearScaleCellInto(column, 1, x, lower, upper, range, span, offset, benefit);
  expect({ value: parts(column.get(1) as Dec), clamp: linearScaleClamp() }).toEqual({
    value: parts(expected.value),
    clamp: expected.clamp,
  });
  return got;
}

/** Goalposts: mostly short (data values, targets), sometimes any operand. */
const post = fc.oneof({ weight: 3, arbitrary: shortDecimal }, { weight: 1, arbitrary: operand });
/** Spans and offsets: the engine's (100, 40, 60, 0), short ones, and rounding stressors. */
const scale = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("100", "40", "60", "1", "0", "-0", "0.5") },
  { weight: 2, arbitrary: shortDecimal },
  { weight: 2, arbitrary: decimal },
  { weight: 1, arbitrary: rounded },
);

describe("linearScaleCell equals the unfused decimal.js sequence", () => {
  it("for random goalposts, values, spans and offsets (clamping included)", () => {
    fc.assert(
      fc.property(post, post, operand, scale, scale, fc.boolean(), (p, q, s, sp, off, benefit) => {
        let [lower, upper] = [make(p), make(q)];
        if (lower.greaterThan(upper)) [lower, upper] = [upper, lower];
        check(make(s), lower, upper, make(sp), make(off), benefit);
      }),
      { numRuns: 5000 },
    );
  });

  it("for values inside the goalposts (the fused path's everyday case)", () => {
    // x = L + t·(U − L) for t in [0, 1] given by a 50-digit or short fraction.
    const t = fc.oneof(rounded, shortDecimal, decimal).map((s) => make(s).abs());
    fc.assert(
      fc.property(post, post, t, scale, scale, fc.boolean(), (p, q, frac, sp, off, benefit) => {
        let [lower, upper] = [make(p), make(q)];
        if (lower.greaterThan(upper)) [lower, upper] = [upper, lower];
        fc.pre(frac.lessThanOrEqualTo(1));
        const x = lower.plus(upper.minus(lower).times(frac));
        check(x, lower, upper, make(sp), make(off), benefit);
      }),
      { numRuns: 5000 },
    );
  });

  it("for any range the caller passes (zero, negative, long, non-finite go the unfused way)", () => {
    const range = fc.oneof(operand, fc.constantFrom("0", "-0", "Infinity"));
    fc.assert(
      fc.property(post, post, operand, range, scale, scale, fc.boolean(), (p, q, s, r, sp, off, benefit) => {
        const [lower, upper] = [make(p), make(q)];
        check(make(s), lower, upper, make(sp), make(off), benefit, make(r));
      }),
      { numRuns: 2000 },
    );
  });

  it("hand cases: min-max, efficacy coefficient, clamps, ties at the 51st digit", () => {
    const [L, U, h, z] = [new D(40), new D(90), new D(100), new D(0)];
    // min-max 0–100 (COINr n_minmax): (65 − 40)/50 · 100 = 50; cost: (90 − 65)/50 · 100 = 50.
    expect(check(new D(65), L, U, h, z, true).toString()).toBe("50");
    expect(check(new D("77.5"), L, U, h, z, false).toString()).toBe("25");
    // 功效系数法 60 + 40 · (x − L)/(U − L): x = 52.5 → 60 + 40 · 0.25 = 70.
    expect(check(new D("52.5"), L, U, new D(40), new D(60), true).toString()).toBe("70");
    // Clamps: below L scores as L (0 / the base 60), above U as U.
    expect(check(new D(12), L, U, h, z, true).toString()).toBe("0");
    expect(linearScaleClamp()).toBe(CLAMP_LOWER);
    expect(check(new D(12), L, U, new D(40), new D(60), true).toString()).toBe("60");
    expect(check(new D(95), L, U, h, z, true).toString()).toBe("100");
    expect(linearScaleClamp()).toBe(CLAMP_UPPER);
    expect(check(new D(90), L, U, h, z, true).toString()).toBe("100");
    expect(linearScaleClamp()).toBe(CLAMP_NONE);
    // (x − 0)/4 with x = 3 + 1e−49 (50 digits): 0.75 + 2.5e−50 has a 5 as 51st digit → 0.75 + 3e−50.
    const x = new D(`3.${"0".repeat(48)}1`);
    expect(check(x, z, new D(4), new D(1), z, true).toString()).toBe(`0.75${"0".repeat(47)}3`);
    // Cost, negative values: (0 − (−x))/4, the same tie.
    expect(check(x.neg(), new D(-4), z, new D(1), z, false).toString()).toBe(`0.75${"0".repeat(47)}3`);
    // span · fraction: 15 · 0.1…1 (50 ones) = 1.6…65 (51 digits, 49 sixes) → 1.6…67 (48 sixes);
    // 45 · 0.1…1 = 4.9…95 → the carry runs through every 9 → 5.
    const ones = new D(`0.${"1".repeat(50)}`);
    expect(check(ones, z, new D(1), new D(15), z, true).toString()).toBe(`1.${"6".repeat(48)}7`);
    expect(check(ones, z, new D(1), new D(45), z, true).toString()).toBe("5");
    // offset + scaled: 1 + 0.00…05 (51st digit after the leading 1) rounds up: 1.00…01.
    const tiny = new D(`0.${"0".repeat(49)}5`);
    expect(check(tiny, z, new D(1), new D(1), new D(1), true).toString()).toBe(`1.${"0".repeat(48)}1`);
    // A negative offset and span: −1 + (−3) · 0.5 = −2.5.
    expect(check(new D(1), z, new D(2), new D(-3), new D(-1), true).toString()).toBe("-2.5");
  });

  it("takes the fused path (no unfused op) for a value inside short goalposts", () => {
    const [L, U] = [new D("12.5"), new D("98.25")];
    const before = unfusedCalls();
    const values = ["12.51", "50", "98.24", `50.${"1234567890".repeat(5)}`];
    for (const x of values.map((v) => new D(v))) {
      linearScaleCell(x, L, U, U.minus(L), new D(100), new D(0), true);
      linearScaleCell(x, L, U, U.minus(L), new D(40), new D(60), false);
      linearScaleCellInto(column, 0, x, L, U, U.minus(L), new D(40), new D(60), true);
    }
    expect(unfusedCalls()).toBe(before);
    // A value at the lower goalpost has a zero difference: the unfused ops decide the sign of zero.
    linearScaleCell(L, L, U, U.minus(L), new D(100), new D(0), true);
    expect(unfusedCalls()).toBeGreaterThan(before);
  });
});
