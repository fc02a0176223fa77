import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { D, toDecimal } from "./decimal.js";

describe("toDecimal", () => {
  it("parses numbers, decimal strings, fractions and Decimals exactly", () => {
    expect(toDecimal(0.1).plus(toDecimal("0.2")).toString()).toBe("0.3");
    expect(toDecimal("1/3").times(3).toDecimalPlaces(40).toString()).toBe("1");
    expect(toDecimal(" 2.5e3 ").toString()).toBe("2500");
    expect(toDecimal(new D("7")).toString()).toBe("7");
    expect(new D("1e-30").toString()).toBe("0.000000000000000000000000000001");
  });

  it("rejects non-finite, malformed and exponent-abuse input with a path", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, "", "abc", "1e99999", "1/0", "1,000"]) {
      expect(() => toDecimal(bad, ["m", 0, 1])).toThrow(ScoringError);
    }
    try {
      toDecimal("x", ["weights", 2]);
    } catch (error) {
      expect((error as ScoringError).code).toBe("invalid_number");
      expect((error as ScoringError).path).toEqual(["weights", 2]);
    }
  });
});
