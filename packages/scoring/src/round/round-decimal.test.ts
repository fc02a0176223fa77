import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../internal/decimal.js";
import { roundDecimal } from "./round-decimal.js";

const r = (s: string, options?: Parameters<typeof roundDecimal>[1]) => roundDecimal(new D(s), options).toString();

describe("roundDecimal", () => {
  it("half-up (四舍五入) by default, 2 decimals; 2.675 → 2.68 where float rounding gives 2.67", () => {
    expect(r("2.675")).toBe("2.68");
    expect((2.675).toFixed(2)).toBe("2.67"); // the float bug this avoids
    expect(r("2.674999")).toBe("2.67");
    expect(r("85.125")).toBe("85.13");
    expect(r("1.005")).toBe("1.01");
  });

  it("half-up rounds ties away from zero for negatives", () => {
    expect(r("-2.675")).toBe("-2.68");
    expect(r("-2.674")).toBe("-2.67");
  });

  it("half-even rounds ties to the even digit", () => {
    expect(r("2.665", { mode: "half-even" })).toBe("2.66");
    expect(r("2.675", { mode: "half-even" })).toBe("2.68");
    expect(r("-2.665", { mode: "half-even" })).toBe("-2.66");
    expect(r("2.6651", { mode: "half-even" })).toBe("2.67");
  });

  it("down truncates toward zero, up rounds away from zero", () => {
    expect(r("2.679", { mode: "down" })).toBe("2.67");
    expect(r("-2.679", { mode: "down" })).toBe("-2.67");
    expect(r("2.671", { mode: "up" })).toBe("2.68");
    expect(r("-2.671", { mode: "up" })).toBe("-2.68");
    expect(r("2.67", { mode: "up" })).toBe("2.67");
  });

  it("decimals option, including 0 and no negative zero", () => {
    expect(r("89.5", { decimals: 0 })).toBe("90");
    expect(r("12.34567", { decimals: 4 })).toBe("12.3457");
    expect(r("-0.001")).toBe("0");
    expect(roundDecimal(new D("3.1")).toFixed(2)).toBe("3.10");
  });

  it("rejects bad options and non-finite values", () => {
    expect(() => r("1", { decimals: -1 })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => r("1", { decimals: 1.5 })).toThrow(/decimals/);
    expect(() => r("1", { mode: "nearest" as "up" })).toThrow(/mode/);
    expect(() => roundDecimal(new D(Number.POSITIVE_INFINITY))).toThrowError(
      expect.objectContaining({ code: "invalid_number" }),
    );
  });

  it("property: |rounded − x| ≤ half a unit (nearest modes), < one unit (directed); down ≤ |x| ≤ up", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
        const x = new D(n).div(100_000);
        const unit = new D(10).pow(-decimals);
        for (const mode of ["half-up", "half-even"] as const) {
          expect(roundDecimal(x, { decimals, mode }).minus(x).abs().lte(unit.div(2))).toBe(true);
        }
        const down = roundDecimal(x, { decimals, mode: "down" });
        const up = roundDecimal(x, { decimals, mode: "up" });
        expect(down.abs().lte(x.abs()) && x.abs().lte(up.abs())).toBe(true);
        expect(
          up
            .minus(down)
            .abs()
            .lt(unit.plus(unit.div(1e6))),
        ).toBe(true);
        expect(roundDecimal(x, { decimals }).decimalPlaces()).toBeLessThanOrEqual(decimals);
        // Symmetry: every mode here is symmetric around zero.
        expect(roundDecimal(x.neg(), { decimals }).equals(roundDecimal(x, { decimals }).neg())).toBe(true);
      }),
    );
  });
});
