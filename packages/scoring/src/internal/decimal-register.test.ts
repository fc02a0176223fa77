import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Dec } from "./decimal.js";
import { make, operand, parts, shortDecimal } from "./decimal-arbitraries.js";
import {
  addInto,
  compare,
  DecimalRegister,
  divInto,
  load,
  mulInto,
  prepareDivisor,
  ShortDivisor,
  toDec,
} from "./decimal-register.js";

// Register operations must equal decimal.js (precision 50, ROUND_HALF_UP) whenever they accept,
// and must accept the everyday cases (short and 50-digit operands, non-zero results).
const RUNS = { numRuns: 3000 };
const a = new DecimalRegister();
const b = new DecimalRegister();
const out = new DecimalRegister();
const divisor = new ShortDivisor();
/** Whether a value has at most 50 significant digits and a moderate exponent (always covered). */
const everyday = (x: Dec) => x.sd() <= 50 && Math.abs(x.e) < 1e4;

describe("decimal registers", () => {
  it("load and toDec round-trip every non-zero finite value of up to 24 words", () => {
    fc.assert(
      fc.property(operand, (s) => {
        const x = make(s);
        const ok = load(a, x);
        expect(ok).toBe(!x.isZero());
        if (ok) expect(parts(toDec(a))).toEqual(parts(x));
      }),
      RUNS,
    );
    expect(load(a, new D(Number.NaN))).toBe(false);
    expect(load(a, new D(Number.POSITIVE_INFINITY))).toBe(false);
    expect(load(a, new D("-0"))).toBe(false);
  });

  it("compare equals Decimal#cmp, zeros and non-finite values included", () => {
    const special = fc.constantFrom("0", "-0", "NaN", "Infinity", "-Infinity");
    const any = fc.oneof({ weight: 8, arbitrary: operand }, { weight: 1, arbitrary: special });
    fc.assert(
      fc.property(any, any, (p, q) => {
        const [x, y] = [make(p), make(q)];
        expect(compare(x, y)).toEqual(x.cmp(y));
        expect(compare(x, x)).toEqual(x.cmp(x));
      }),
      RUNS,
    );
    const x = new D("1.5");
    expect(compare(x, new D("1.50000000000000000000000000000000000000000000000000000000001"))).toBe(-1);
    expect(compare(new D("-2"), new D("-10"))).toBe(1);
  });

  it("addInto equals Decimal#plus and Decimal#minus", () => {
    fc.assert(
      fc.property(operand, operand, fc.constantFrom(1, -1), (p, q, sign) => {
        const [x, y] = [make(p), make(q)];
        fc.pre(load(a, x) && load(b, y));
        const expected = sign === 1 ? x.plus(y) : x.minus(y);
        const ok = addInto(out, a, b, sign);
        if (ok) expect(parts(toDec(out))).toEqual(parts(expected));
        else if (everyday(x) && everyday(y) && Math.abs(x.e - y.e) < 100) expect(expected.isZero()).toBe(true);
      }),
      RUNS,
    );
  });

  it("mulInto equals Decimal#times", () => {
    fc.assert(
      fc.property(operand, operand, (p, q) => {
        const [x, y] = [make(p), make(q)];
        fc.pre(load(a, x) && load(b, y));
        const ok = mulInto(out, a, b);
        if (ok) expect(parts(toDec(out))).toEqual(parts(x.times(y)));
        else expect(Math.abs(x.e + y.e)).toBeGreaterThan(1e15 - 10); // overflow or underflow
      }),
      RUNS,
    );
  });

  it("divInto equals Decimal#div for divisors of up to 8 significant digits", () => {
    fc.assert(
      fc.property(operand, fc.oneof(shortDecimal, operand), (p, q) => {
        const [x, y] = [make(p), make(q)];
        fc.pre(load(a, x) && !y.isZero());
        if (!prepareDivisor(divisor, y)) {
          expect(y.sd() > 8 || y.d.length > 2).toBe(true);
          return;
        }
        const ok = divInto(out, a, divisor);
        if (ok) expect(parts(toDec(out))).toEqual(parts(x.div(y)));
        else expect(Math.abs(x.e - y.e)).toBeGreaterThan(1e15 - 10);
      }),
      RUNS,
    );
  });

  it("rounds ties at the 51st digit away from zero, with carries", () => {
    // 1000…0003 (50 digits) + 0.5 = …3.5 → …4; −(…3) − 0.5 → −…4.
    load(a, new D(`1${"0".repeat(48)}3`));
    load(b, new D("0.5"));
    expect(addInto(out, a, b, 1)).toBe(true);
    expect(toDec(out).toString()).toBe(`1${"0".repeat(48)}4`);
    a.s = -1;
    b.s = -1;
    expect(addInto(out, a, b, 1)).toBe(true);
    expect(toDec(out).toString()).toBe(`-1${"0".repeat(48)}4`);
    // 99…9 (50 nines) + 0.5: the carry runs out of the leading word → 1e50.
    load(a, new D("9".repeat(50)));
    load(b, new D("0.5"));
    expect(addInto(out, a, b, 1)).toBe(true);
    expect(parts(toDec(out))).toEqual(parts(new D("9".repeat(50)).plus("0.5")));
    expect(toDec(out).toString()).toBe(`1${"0".repeat(50)}`);
    // 2/3 = 0.66…67 (the 51st digit 6 rounds up); 1.25 × 1.25 = 1.5625 exact.
    load(a, new D(2));
    prepareDivisor(divisor, new D(3));
    expect(divInto(out, a, divisor)).toBe(true);
    expect(toDec(out).toString()).toBe(`0.${"6".repeat(49)}7`);
    load(a, new D("1.25"));
    load(b, new D("1.25"));
    expect(mulInto(out, a, b)).toBe(true);
    expect(toDec(out).toString()).toBe("1.5625");
    // x − x is an exact zero: declined (decimal.js decides the sign of zero).
    expect(addInto(out, a, b, -1)).toBe(false);
  });
});
