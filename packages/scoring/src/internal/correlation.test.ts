import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageRanks, pearson, spearman } from "./correlation.js";
import { D, type Dec } from "./decimal.js";

/** The previous O(n²) definition: rank = (values below) + (equal values, itself included, + 1) / 2. */
function averageRanksByCounting(values: readonly Dec[]): number[] {
  return values.map((v) => {
    let less = 0;
    let equal = 0;
    for (const other of values) {
      if (other.lessThan(v)) less++;
      else if (other.equals(v)) equal++;
    }
    return less + (equal + 1) / 2;
  });
}

describe("averageRanks", () => {
  it("gives tied values the mean of the ranks they span (R rank(ties.method = 'average'))", () => {
    // sorted: 1 (rank 1), 2 (rank 2), 3, 3 (ranks 3 and 4 → 3.5), 7 (rank 5)
    expect(averageRanks([3, 1, 7, 3, 2].map((v) => new D(v)))).toEqual([3.5, 1, 5, 3.5, 2]);
    expect(averageRanks([])).toEqual([]);
    expect(averageRanks([new D(5), new D(5), new D(5)])).toEqual([2, 2, 2]);
    // equal as Decimals though written differently
    expect(averageRanks([new D("1.50"), new D("1.5"), new D(-2)])).toEqual([2.5, 2.5, 1]);
  });

  it("property: equals the counting definition", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), fc.nat(3), (xs, places) => {
        const values = xs.map((x) => new D(x).div(10 ** places));
        expect(averageRanks(values)).toEqual(averageRanksByCounting(values));
      }),
      { numRuns: 300 },
    );
  });
});

describe("pearson / spearman", () => {
  it("are undefined for a constant list whose 50-digit mean is not its value", () => {
    const t = new D(200).div(7);
    const c = [t, t, t, t];
    const y = [1, 2, 3, 5].map((v) => new D(v));
    expect(pearson(c, c)).toBeUndefined();
    expect(pearson(c, y)).toBeUndefined();
    expect(pearson(y, c)).toBeUndefined();
    expect(spearman(c, c)).toBeUndefined();
    expect(spearman(y, c)).toBeUndefined();
    expect(pearson(y, y)?.toString()).toBe("1");
    expect(spearman(y, y)?.toString()).toBe("1");
  });

  it("are exactly ±1 for an exact affine relation, even when the 50-digit r is −0.99…91", () => {
    // x = (12, 15, 1) and y = 100 − x: deviations exactly opposite, so r = −1, but the rounded
    // means (28/3, 272/3) gave −0.99999999999999999999999999999999999999999999999991.
    const x = [12, 15, 1].map((v) => new D(v));
    const y = x.map((v) => new D(100).minus(v));
    expect(pearson(x, y)?.toString()).toBe("-1");
    expect(
      pearson(
        x,
        x.map((v) => v.times(2)),
      )?.toString(),
    ).toBe("1"); // 2x is exact at 50 digits
    expect(pearson(x, x)?.toString()).toBe("1");
    // not affine: stays below 1
    expect(
      pearson(
        x,
        [1, 2, 3, 5].map((v) => new D(v)),
      )?.lessThan(1),
    ).toBe(true);
  });
});
