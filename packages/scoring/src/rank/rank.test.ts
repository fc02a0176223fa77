import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Dec } from "../internal/decimal.js";
import { rankValues } from "./rank.js";

const dec = (xs: (string | null)[]): (Dec | null)[] => xs.map((x) => (x === null ? null : new D(x)));

describe("rankValues", () => {
  it("competition ranking 1224, highest first by default", () => {
    expect(rankValues(dec(["90", "85", "90", "70"]))).toEqual([1, 3, 1, 4]);
  });

  it("dense ranking 1223", () => {
    expect(rankValues(dec(["90", "85", "90", "70"]), { ties: "dense" })).toEqual([1, 2, 1, 3]);
  });

  it("ascending order: the lowest value is best", () => {
    expect(rankValues(dec(["90", "85", "90", "70"]), { order: "asc" })).toEqual([3, 2, 3, 1]);
  });

  it("null values are not ranked and take no rank", () => {
    expect(rankValues(dec([null, "80", "95", null, "80"]))).toEqual([null, 2, 1, null, 2]);
    expect(rankValues(dec([null, null]))).toEqual([null, null]);
    expect(rankValues([])).toEqual([]);
  });

  it("compares exactly: values differing in the 30th decimal are not tied", () => {
    const a = new D("0.1").plus(new D("1e-30"));
    expect(rankValues([new D("0.1"), a, new D("0.10")])).toEqual([2, 1, 2]);
  });

  it("rejects bad options and non-finite values", () => {
    expect(() => rankValues([], { ties: "x" as "dense" })).toThrow(/ties/);
    expect(() => rankValues([], { order: "x" as "asc" })).toThrow(/order/);
    expect(() => rankValues([new D(Number.NaN)])).toThrowError(expect.objectContaining({ code: "invalid_number" }));
  });

  const arbValues = fc.array(
    fc.option(
      fc.integer({ min: -5, max: 5 }).map((n) => new D(n).div(2)),
      { nil: null },
    ),
    {
      maxLength: 25,
    },
  );
  const arbOptions = fc.record({
    ties: fc.constantFrom("competition" as const, "dense" as const),
    order: fc.constantFrom("desc" as const, "asc" as const),
  });

  it("property: ranks follow their values under any permutation", () => {
    fc.assert(
      fc.property(arbValues, arbOptions, fc.integer(), (values, options, seed) => {
        const ranks = rankValues(values, options);
        const perm = values.map((_, i) => i);
        let s = seed >>> 0;
        for (let i = perm.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) >>> 0;
          const j = s % (i + 1);
          [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
        }
        const shuffled = rankValues(
          perm.map((i) => values[i] ?? null),
          options,
        );
        perm.forEach((orig, k) => {
          expect(shuffled[k]).toBe(ranks[orig]);
        });
      }),
    );
  });

  it("property: ties share a rank, better values get better ranks, ranks in 1..m", () => {
    fc.assert(
      fc.property(arbValues, arbOptions, (values, options) => {
        const ranks = rankValues(values, options);
        const m = values.filter((v) => v !== null).length;
        values.forEach((v, i) => {
          const r = ranks[i];
          if (v === null) {
            expect(r).toBeNull();
            return;
          }
          expect(r).toBeGreaterThanOrEqual(1);
          expect(r).toBeLessThanOrEqual(m);
          values.forEach((w, j) => {
            if (w === null) return;
            const rj = ranks[j] as number;
            if (w.equals(v)) expect(rj).toBe(r);
            const wBetter = options.order === "desc" ? w.greaterThan(v) : w.lessThan(v);
            if (wBetter) expect(rj).toBeLessThan(r as number);
          });
        });
      }),
    );
  });

  it("property: competition rank = 1 + #strictly better; dense ranks are contiguous 1..k", () => {
    fc.assert(
      fc.property(arbValues, arbOptions, (values, options) => {
        const ranks = rankValues(values, options);
        const present = values.filter((v): v is Dec => v !== null);
        if (options.ties === "competition") {
          values.forEach((v, i) => {
            if (v === null) return;
            const better = present.filter((w) => (options.order === "desc" ? w.greaterThan(v) : w.lessThan(v))).length;
            expect(ranks[i]).toBe(better + 1);
          });
        } else {
          const distinct = new Set(present.map((v) => v.toString())).size;
          const used = [...new Set(ranks.filter((r): r is number => r !== null))].sort((a, b) => a - b);
          expect(used).toEqual(Array.from({ length: distinct }, (_, k) => k + 1));
        }
      }),
    );
  });
});
