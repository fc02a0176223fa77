import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "../value/parse-number.js";
import { parseValue } from "../value/parse-value.js";
import { D, decimalString } from "./decimal.js";
import { plainDecimal } from "./plain-decimal.js";

describe("plainDecimal (fast path of parseNumber)", () => {
  it("canonicalises plain decimals like the full parser", () => {
    expect(plainDecimal("1234.50")).toBe("1234.5");
    expect(plainDecimal("1,170.48")).toBe("1170.48");
    expect(plainDecimal("+007")).toBe("7");
    expect(plainDecimal("-0.000")).toBe("0");
    expect(plainDecimal("-0012.300")).toBe("-12.3");
    expect(plainDecimal("0.0001")).toBe("0.0001");
    expect(plainDecimal("12,345,678")).toBe("12345678");
  });

  it("declines everything else (left to the full parser)", () => {
    for (const text of [
      "",
      " 1",
      "1 ",
      "1.",
      ".5",
      "1e5",
      "1,23",
      "1234,567",
      ",123",
      "1,",
      "--1",
      "+",
      "-",
      "８５",
      "85%",
      "1.2.3",
      "1,234.5,6",
      "0001,234",
    ]) {
      expect(plainDecimal(text)).toBeUndefined();
    }
  });

  it("agrees with parseNumber and decimal.js on every string it accepts", () => {
    const text = fc.string({
      unit: fc.constantFrom("0", "0", "1", "5", "9", ",", ".", "-", "+", " ", "e"),
      maxLength: 24,
    });
    fc.assert(
      fc.property(text, (s) => {
        const fast = plainDecimal(s);
        if (fast === undefined) return;
        expect(parseNumber(s)).toEqual({ value: fast });
        expect(fast).toBe(decimalString(new D(s.replaceAll(",", ""))));
        expect(parseValue(s)).toEqual({ status: "number", value: fast });
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts every canonical decimal string unchanged", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, scale]) => decimalString(new D(n.toString()).div(new D(10).pow(scale))));
    fc.assert(
      fc.property(decimal, (s) => {
        expect(plainDecimal(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});
