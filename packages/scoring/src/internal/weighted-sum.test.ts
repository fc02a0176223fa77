import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { D, type Dec } from "./decimal.js";
import { make, operand, parts, rounded, shortDecimal } from "./decimal-arbitraries.js";
import { DecimalColumn } from "./decimal-column.js";
import * as kernel from "./decimal-kernel.js";
import { WeightedSum } from "./weighted-sum.js";

// The unfused kernel ops, spied on (still computing), to see when the accumulator falls back.
vi.mock("./decimal-kernel.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./decimal-kernel.js")>();
  return { ...real, add: vi.fn(real.add), mul: vi.fn(real.mul) };
});
const unfusedCalls = () => vi.mocked(kernel.add).mock.calls.length + vi.mocked(kernel.mul).mock.calls.length;

/** acc = acc.plus(x.times(w)) from new D(0), in plain decimal.js: every intermediate value. */
function reference(terms: readonly (readonly [Dec, Dec])[]): Dec[] {
  let acc = new D(0);
  const out = [acc];
  for (const [x, w] of terms) {
    acc = acc.plus(x.times(w));
    out.push(acc);
  }
  return out;
}

/** Scores and weights: 50-digit values (normalised weights, scores), short ones, anything, zeros. */
const term = fc.tuple(
  fc.oneof(rounded, shortDecimal, operand, fc.constantFrom("0", "-0", "100")),
  fc.oneof(rounded, shortDecimal, operand, fc.constantFrom("0", "0.25", "1/3")),
);

describe("WeightedSum equals acc.plus(x.times(w)) step by step", () => {
  it("for random terms (ties, carries, negatives, wide exponents, zeros, cancellations)", () => {
    const acc = new WeightedSum();
    const fromColumn = new WeightedSum();
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), fc.array(fc.nat(11)), (specs, cancelAt) => {
        const terms: [Dec, Dec][] = specs.map(([x, w]) => [make(x), make(w)]);
        // Cancellations: x·w followed by x·(−w) brings the sum back (often to zero).
        for (const i of cancelAt) {
          const t = terms[i];
          if (t !== undefined) terms.splice(i + 1, 0, [t[0], t[1].neg()]);
        }
        const expected = reference(terms);
        acc.reset();
        fromColumn.reset();
        expect(parts(acc.value())).toEqual(parts(expected[0] as Dec));
        // The same terms with the scores read from a column (addProductAt).
        const column = new DecimalColumn(terms.length);
        terms.forEach(([x], i) => {
          column.set(i, x);
        });
        terms.forEach(([x, w], i) => {
          acc.addProduct(x, w);
          fromColumn.addProductAt(column, i, w);
          expect(parts(acc.value())).toEqual(parts(expected[i + 1] as Dec));
          expect(parts(fromColumn.value())).toEqual(parts(expected[i + 1] as Dec));
          fromColumn.valueInto(column, i);
          expect(parts(column.get(i) as Dec)).toEqual(parts(expected[i + 1] as Dec));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps nested accumulators independent", () => {
    const outer = new WeightedSum();
    const inner = new WeightedSum();
    fc.assert(
      fc.property(fc.array(fc.array(term, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), operand, (groups, ws) => {
        const w = make(ws);
        outer.reset();
        let expected = new D(0);
        for (const g of groups) {
          inner.reset();
          const terms: [Dec, Dec][] = g.map(([x, y]) => [make(x), make(y)]);
          for (const [x, y] of terms) inner.addProduct(x, y);
          const sub = reference(terms).at(-1) as Dec;
          expect(parts(inner.value())).toEqual(parts(sub));
          outer.addProduct(inner.value(), w);
          expected = expected.plus(sub.times(w));
        }
        expect(parts(outer.value())).toEqual(parts(expected));
      }),
      { numRuns: 1000 },
    );
  });

  it("hand cases: a weighted mean, a tie at the 51st digit, zeros", () => {
    // COINr a_amean with weights 0.25 / 0.75: 80 · 0.25 + 90 · 0.75 = 20 + 67.5 = 87.5.
    const acc = new WeightedSum();
    acc.reset();
    acc.addProduct(new D(80), new D("0.25"));
    acc.addProduct(new D(90), new D("0.75"));
    expect(acc.value().toString()).toBe("87.5");
    // Three scores of 100 with weights 1/3 (50 digits 0.33…33): 33.3…33 (48 threes after the point)
    // each; the sum 99.9…99 stays at 50 digits.
    const third = new D(1).div(3);
    acc.reset();
    for (let i = 0; i < 3; i++) acc.addProduct(new D(100), third);
    expect(acc.value().toString()).toBe(`99.${"9".repeat(48)}`);
    expect(parts(acc.value())).toEqual(parts(reference(Array(3).fill([new D(100), third])).at(-1) as Dec));
    // 1 + 5·10^−50 · 1: the sum's 51st digit is the 5 → rounds up to 1.00…01 (49 places).
    acc.reset();
    acc.addProduct(new D(1), new D(1));
    acc.addProduct(new D("5e-50"), new D(1));
    expect(acc.value().toString()).toBe(`1.${"0".repeat(48)}1`);
    // Zero products leave the sum; an empty sum and a cancelled sum are +0.
    acc.addProduct(new D(0), new D("-3"));
    acc.addProduct(new D("-0"), new D("3"));
    expect(acc.value().toString()).toBe(`1.${"0".repeat(48)}1`);
    acc.reset();
    expect(parts(acc.value())).toEqual(parts(new D(0)));
    acc.addProduct(new D("2.5"), new D(4));
    acc.addProduct(new D("-2.5"), new D(4));
    expect(parts(acc.value())).toEqual(parts(new D(0)));
    acc.addProduct(new D(7), new D("0.5"));
    expect(acc.value().toString()).toBe("3.5");
  });

  it("takes the fused path (no unfused op) for 50-digit scores and weights", () => {
    const acc = new WeightedSum();
    const before = unfusedCalls();
    acc.reset();
    for (let i = 1; i <= 20; i++) acc.addProduct(new D(100).div(i + 2), new D(1).div(7 * i));
    acc.addProduct(new D(0), new D(1).div(3));
    acc.value();
    const column = new DecimalColumn(2);
    column.set(0, new D(100).div(7));
    acc.addProductAt(column, 0, new D("0.5"));
    expect(unfusedCalls()).toBe(before);
    expect(() => acc.addProductAt(column, 1, new D(1))).toThrow(TypeError);
    // A cancellation to zero is left to the unfused ops (decimal.js decides the sign of zero).
    acc.reset();
    acc.addProduct(new D(1), new D(2));
    acc.addProduct(new D(-1), new D(2));
    expect(unfusedCalls()).toBeGreaterThan(before);
  });
});
