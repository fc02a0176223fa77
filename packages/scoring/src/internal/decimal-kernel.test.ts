import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Dec } from "./decimal.js";
import { add, div, mul, parsePlain, sub } from "./decimal-kernel.js";

// The kernel must return what decimal.js returns (precision 50, ROUND_HALF_UP) digit for digit:
// compare sign, exponent, digit words and the string of every result.
// (The string only below |e| = 10^4: D never uses exponent notation, so 1e9 would print 10^9 digits.)
const parts = (x: Dec) => ({
  s: x.s,
  e: x.e,
  d: x.d === null ? null : [...x.d],
  str: Math.abs(x.e) < 1e4 ? x.toString() : "",
});

/** Significands that stress rounding: random, carry chains of 9s, ties (…5 at the 51st digit). */
const significand = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[1-9][0-9]{0,59}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9][0-9]{0,6}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^9{1,60}[0-9]?$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]0{0,52}5$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9][0-9]{49}[0-9]?5$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]9{48,52}[4-6]?$/) },
);
const exponent = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -60, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-9e15 + 200, 9e15 - 200, -1e9, 1e9) },
);
// Operands are generated as text (so that a counterexample prints short) and built by `make`:
// "<decimal>" or "<decimal>/<decimal>" for the 50-digit result of a division.
/** Finite decimals, zeros (±0) included. */
const decimal = fc
  .oneof(
    { weight: 12, arbitrary: fc.tuple(fc.boolean(), significand, exponent) },
    { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.constant("0"), fc.constant(0)) },
  )
  .map(([neg, sig, e]) => `${neg ? "-" : ""}${sig}e${e}`);
/** Short divisors (the kernel's own division path): up to 10 significant digits. */
const shortDecimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,9}$/), fc.integer({ min: -30, max: 30 }))
  .map(([neg, sig, e]) => `${neg ? "-" : ""}${sig}e${e}`);
/** The results of 50-digit operations, as the engine feeds them back in. */
const rounded = fc.tuple(decimal, shortDecimal).map(([x, y]) => `${x}/${y}`);
const operand = fc.oneof(decimal, shortDecimal, rounded);
const make = (spec: string): Dec => {
  const [x, y] = spec.split("/");
  return y === undefined ? new D(x as string) : new D(x as string).div(y);
};
const RUNS = { numRuns: 4000 };

describe("decimal kernel (D: 50 significant digits, ROUND_HALF_UP)", () => {
  it("mul equals Decimal#times", () => {
    fc.assert(
      fc.property(operand, operand, (a, b) => {
        const [x, y] = [make(a), make(b)];
        expect(parts(mul(x, y))).toEqual(parts(x.times(y)));
      }),
      RUNS,
    );
  });

  it("add and sub equal Decimal#plus and Decimal#minus", () => {
    fc.assert(
      fc.property(operand, operand, (a, b) => {
        const [x, y] = [make(a), make(b)];
        expect(parts(add(x, y))).toEqual(parts(x.plus(y)));
        expect(parts(sub(x, y))).toEqual(parts(x.minus(y)));
        expect(parts(sub(x, x))).toEqual(parts(x.minus(x)));
      }),
      RUNS,
    );
  });

  it("div equals Decimal#div, short and long divisors", () => {
    fc.assert(
      fc.property(operand, fc.oneof(shortDecimal, operand), (a, b) => {
        const [x, y] = [make(a), make(b)];
        fc.pre(!y.isZero());
        expect(parts(div(x, y))).toEqual(parts(x.div(y)));
      }),
      RUNS,
    );
  });

  it("rounds exact ties at the 51st digit away from zero", () => {
    const fifty = `1${"0".repeat(48)}3`; // 50 significant digits
    // x + 5·10^(e − 50): the exact sum ends in …35 at digits 50–51.
    const x = new D(fifty);
    const half = new D("0.5");
    expect(add(x, half).toString()).toBe(`1${"0".repeat(48)}4`);
    expect(add(x.neg(), half.neg()).toString()).toBe(`-1${"0".repeat(48)}4`);
    expect(sub(x, half).toString()).toBe(`1${"0".repeat(48)}3`); // …2.5 → …3
    // 51-digit tie through mul by 1 and div by 1 (the constructor keeps all 51 digits).
    const tie = new D(`${"9".repeat(50)}5`);
    expect(parts(mul(tie, new D(1)))).toEqual(parts(tie.times(1)));
    expect(mul(tie, new D(1)).toString()).toBe(`1${"0".repeat(51)}`);
    expect(parts(div(tie, new D(1)))).toEqual(parts(tie.div(1)));
    expect(parts(div(new D(2), new D(3)))).toEqual(parts(new D(2).div(3)));
    expect(div(new D(2), new D(3)).toString()).toBe(`0.${"6".repeat(49)}7`);
    expect(div(new D(-1), new D(8)).toString()).toBe("-0.125");
  });

  it("returns genuine D instances that decimal.js keeps computing with", () => {
    const r = mul(new D("1.5"), new D("2.25"));
    expect(r).toBeInstanceOf(D);
    expect(D.isDecimal(r)).toBe(true);
    expect(r.constructor).toBe(D);
    expect(Object.keys(r)).toEqual(Object.keys(new D("3.375")));
    expect(r.plus(1).toString()).toBe("4.375");
    expect(JSON.stringify({ r })).toBe('{"r":"3.375"}');
    expect(parts(div(new D(0), new D(7)))).toEqual(parts(new D(0).div(7)));
    expect(parts(mul(new D("-0"), new D(7)))).toEqual(parts(new D("-0").times(7)));
  });

  it("parsePlain equals new D(s) for plain decimal strings and declines everything else", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{1,20}(\.[0-9]{1,18})?$/), (s) => {
        const fast = parsePlain(s);
        if (new D(s).isZero()) expect(fast).toBeUndefined();
        else expect(parts(fast as Dec)).toEqual(parts(new D(s)));
      }),
      RUNS,
    );
    for (const s of ["", "-", ".5", "5.", "1e5", "+1", " 1", "1 ", "1.2.3", "0x10", "1,5", "--1", "0", "-0.00"])
      expect(parsePlain(s)).toBeUndefined();
    expect(parsePlain("00012.3400")?.toString()).toBe("12.34");
  });
});
