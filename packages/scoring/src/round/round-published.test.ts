import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../internal/decimal.js";
import { roundDecimal } from "./round-decimal.js";
import { PUBLISHED_GUARD_DIGITS, roundPublished } from "./round-published.js";

const third = new D(1).div(3);
const meanOf3 = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(new D(x).times(third)), new D(0));

describe("roundPublished", () => {
  it("publishes the exact mean 85.125 as 85.13 (half-up), not the 50-digit residue's 85.12", () => {
    const mean = meanOf3(["85.125", "85", "85.25"]);
    expect(mean.toString()).toBe("85.124999999999999999999999999999999999999999999999");
    expect(roundDecimal(mean).toString()).toBe("85.12");
    expect(roundPublished(mean).toString()).toBe("85.13");
    expect(roundPublished(mean.negated()).toString()).toBe("-85.13");
  });

  it("truncation sees the exact value, not the residue", () => {
    // 1/3 · 30 = 10 exactly; at 50 digits it is 9.99…9 → "down" would publish 9.99.
    const v = new D(1).div(3).times(30);
    expect(v.toString()).toBe("9.9999999999999999999999999999999999999999999999999");
    expect(roundDecimal(v, { mode: "down" }).toString()).toBe("9.99");
    expect(roundPublished(v, { mode: "down" }).toFixed(2)).toBe("10.00");
    // 1/7 · 70 = 10 exactly, computed 9.99…98: "up" publishes 10, not 10.01 or 9.99.
    const w = new D(1).div(7).times(70);
    expect(roundPublished(w, { mode: "up" }).toFixed(2)).toBe("10.00");
  });

  it("changes nothing for values with at most 40 significant digits (property)", () => {
    const modes = ["half-up", "half-even", "down", "up"] as const;
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...modes),
        (coef, scale, decimals, mode) => {
          const x = new D(coef.toString()).div(new D(10).pow(scale));
          expect(x.precision(true)).toBeLessThanOrEqual(PUBLISHED_GUARD_DIGITS);
          expect(roundPublished(x, { decimals, mode }).toString()).toBe(roundDecimal(x, { decimals, mode }).toString());
        },
      ),
    );
  });

  it("reports invalid input like roundDecimal", () => {
    expect(() => roundPublished(new D(Number.NaN))).toThrow(/finite/);
    expect(() => roundPublished(new D(1), { decimals: 21 })).toThrow(/decimals/);
  });
});
