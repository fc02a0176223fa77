import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Dec } from "../internal/decimal.js";
import { correlationMatrix } from "./correlation-matrix.js";
import { cronbachAlpha } from "./cronbach-alpha.js";

const column = (length: number) =>
  fc.array(fc.integer({ min: -50, max: 50 }), { minLength: length, maxLength: length });

describe("audit properties", () => {
  it("standardised alpha equals raw alpha of the z-scored items", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }).chain((n) => fc.array(column(n), { minLength: 2, maxLength: 5 })),
        (items) => {
          fc.pre(items.every((xs) => new Set(xs).size > 1));
          const z = items.map((xs) => {
            const d = xs.map((x) => new D(x));
            const mean = d.reduce((s, x) => s.plus(x), new D(0)).div(d.length);
            const sd = d
              .reduce((s, x) => s.plus(x.minus(mean).pow(2)), new D(0))
              .div(d.length - 1)
              .sqrt();
            return d.map((x) => x.minus(mean).div(sd));
          });
          const standardized = cronbachAlpha(items.map((values, i) => ({ id: `i${i}`, values }))).standardized;
          const rawOfZ = cronbachAlpha(z.map((values, i) => ({ id: `i${i}`, values }))).raw;
          if (standardized === null || rawOfZ === null) {
            // Both undefined together: the z-scored total can only be constant when r̄ = −1/(k − 1).
            expect(standardized === null && rawOfZ === null).toBe(true);
            return;
          }
          expect(standardized.minus(rawOfZ).abs().lessThan("1e-30")).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("Pearson is invariant under positive affine maps, Spearman under monotone maps; both symmetric and in [−1, 1]", () => {
    fc.assert(
      fc.property(column(7), column(7), fc.integer({ min: 1, max: 9 }), (xs, ys, a) => {
        fc.pre(new Set(xs).size > 1 && new Set(ys).size > 1);
        const m = correlationMatrix([
          { id: "x", values: xs },
          { id: "y", values: ys },
        ]);
        const affine = correlationMatrix([
          { id: "x", values: xs.map((x) => a * x - 3) },
          { id: "y", values: ys },
        ]);
        const cubed = correlationMatrix([
          { id: "x", values: xs.map((x) => x ** 3) },
          { id: "y", values: ys },
        ]);
        const r = m.pearson[0]?.[1] as Dec;
        expect(r.toString()).toBe(m.pearson[1]?.[0]?.toString());
        expect(r.abs().lessThanOrEqualTo(1)).toBe(true);
        expect(
          r
            .minus(affine.pearson[0]?.[1] as Dec)
            .abs()
            .lessThan("1e-40"),
        ).toBe(true);
        expect(m.spearman[0]?.[1]?.toString()).toBe(cubed.spearman[0]?.[1]?.toString());
      }),
      { numRuns: 100 },
    );
  });
});
