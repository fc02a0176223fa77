import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineRatings, type RaterGroupSpec, type RatingInput } from "./combine-ratings.js";

const GROUPS: RaterGroupSpec[] = [
  { id: "leading", weight: "0.6", trimHighest: 1, trimLowest: 1 },
  { id: "public", weight: "0.4", trimHighest: 1, trimLowest: 1 },
];
const LEADING = [95, 92, 90, 88, 91, 85, 97];
const PUBLIC = [80, 85, 90, 75, 88, 92, 70, 86, 84];
const ratings = (group: string, scores: number[]): RatingInput[] =>
  scores.map((score, k) => ({ group, rater: `${group}-${k}`, score }));

describe("combineRatings", () => {
  it("hand computation: leading group 0.6 (7 raters, trim 1/1), public 0.4 (9 raters, trim 1/1)", () => {
    // leading sorted: 85 88 90 91 92 95 97 → drop 85 and 97 → 88 90 91 92 95, Σ 456, mean 91.2
    // public sorted: 70 75 80 84 85 86 88 90 92 → drop 70 and 92 → 75 80 84 85 86 88 90, Σ 588, mean 84
    // value = 0.6 × 91.2 + 0.4 × 84 = 54.72 + 33.6 = 88.32
    const r = combineRatings([...ratings("public", PUBLIC), ...ratings("leading", LEADING)], GROUPS);
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.value.toString()).toBe("88.32");
    expect(r.reweighted).toBe(false);
    expect(r.missingGroups).toEqual([]);
    expect(r.groups.map((g) => [g.group, g.count, g.mean.toString(), g.weight.toString()])).toEqual([
      ["leading", 7, "91.2", "0.6"],
      ["public", 9, "84", "0.4"],
    ]);
    expect(r.groups[0]?.trimmed.map(String)).toEqual(["85", "97"]);
    expect(r.groups[0]?.used.map(String)).toEqual(["88", "90", "91", "92", "95"]);
    expect(r.groups[1]?.trimmed.map(String)).toEqual(["70", "92"]);
  });

  it("a missing group makes the result insufficient by default", () => {
    const r = combineRatings(ratings("leading", LEADING), GROUPS);
    expect(r).toMatchObject({ status: "insufficient_data", missingGroups: ["public"] });
  });

  it("too few ratings after trimming: 2 ratings with trim 1/1 leave 0 < minRatings 1", () => {
    const r = combineRatings([...ratings("leading", LEADING), ...ratings("public", [80, 90])], GROUPS);
    expect(r).toMatchObject({ status: "insufficient_data", missingGroups: ["public"] });
    const needThree = combineRatings(
      [...ratings("leading", [90, 91, 92, 93]), ...ratings("public", PUBLIC)],
      [{ ...GROUPS[0], minRatings: 3 } as RaterGroupSpec, GROUPS[1] as RaterGroupSpec],
    );
    // 4 − 1 − 1 = 2 < 3
    expect(needThree).toMatchObject({ status: "insufficient_data", missingGroups: ["leading"] });
  });

  it("reweight: the remaining group's weight becomes 1 and the result is flagged", () => {
    const r = combineRatings(ratings("public", PUBLIC), GROUPS, { missingGroup: "reweight" });
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.value.toString()).toBe("84");
    expect(r.reweighted).toBe(true);
    expect(r.missingGroups).toEqual(["leading"]);
    expect(r.groups.map((g) => g.weight.toString())).toEqual(["1"]);
    expect(combineRatings([], GROUPS, { missingGroup: "reweight" })).toMatchObject({
      status: "insufficient_data",
      missingGroups: ["leading", "public"],
    });
  });

  it("weights are normalised: 3 and 1 act as 0.75 and 0.25; no trimming by default", () => {
    // a: mean(80, 90) = 85; b: 60; value = 0.75 × 85 + 0.25 × 60 = 63.75 + 15 = 78.75
    const r = combineRatings(
      [
        { group: "a", score: 80 },
        { group: "a", score: "90" },
        { group: "b", score: 60 },
      ],
      [
        { id: "a", weight: 3 },
        { id: "b", weight: 1 },
      ],
    );
    expect(r.status === "ok" && r.value.toString()).toBe("78.75");
  });

  it("all-zero weights of the groups used → insufficient_data, never NaN", () => {
    const r = combineRatings([{ group: "a", score: 80 }], [{ id: "a", weight: 0 }]);
    expect(r.status).toBe("insufficient_data");
  });

  it("rejects unknown groups, duplicate raters, bad trims and weights with a path", () => {
    expect(() => combineRatings([{ group: "peer", score: 1 }], GROUPS)).toThrowError(
      expect.objectContaining({ code: "unknown_rater_group", path: ["ratings", 0, "group"] }),
    );
    expect(() =>
      combineRatings(
        [
          { group: "public", rater: "r1", score: 1 },
          { group: "public", rater: "r1", score: 2 },
        ],
        GROUPS,
      ),
    ).toThrowError(expect.objectContaining({ code: "duplicate_rating", path: ["ratings", 1, "rater"] }));
    expect(() => combineRatings([], [{ id: "a", weight: 1, trimHighest: -1 }])).toThrowError(
      expect.objectContaining({ code: "invalid_count", path: ["groups", 0, "trimHighest"] }),
    );
    expect(() => combineRatings([], [{ id: "a", weight: -1 }])).toThrowError(
      expect.objectContaining({ code: "negative_weight" }),
    );
    expect(() => combineRatings([], [...GROUPS, { id: "public", weight: 1 }])).toThrowError(
      expect.objectContaining({ code: "duplicate_rater_group", path: ["groups", 2, "id"] }),
    );
    expect(() => combineRatings([{ group: "public", score: "x" }], GROUPS)).toThrowError(
      expect.objectContaining({ code: "invalid_number", path: ["ratings", 0, "score"] }),
    );
  });

  it("property: order-independent; the value lies between the smallest and largest group mean", () => {
    const arbScores = fc.array(
      fc.integer({ min: 0, max: 200 }).map((n) => n / 2),
      { minLength: 3, maxLength: 12 },
    );
    fc.assert(
      fc.property(arbScores, arbScores, (a, b) => {
        const input = [...ratings("leading", a), ...ratings("public", b)];
        const r = combineRatings(input, GROUPS);
        const rev = combineRatings([...input].reverse(), [...GROUPS].reverse());
        expect(r.status).toBe("ok");
        if (r.status !== "ok" || rev.status !== "ok") return;
        expect(rev.value.equals(r.value)).toBe(true);
        const means = r.groups.map((g) => g.mean);
        const lo = means.reduce((x, y) => (x.lt(y) ? x : y));
        const hi = means.reduce((x, y) => (x.gt(y) ? x : y));
        expect(r.value.gte(lo) && r.value.lte(hi)).toBe(true);
        for (const g of r.groups) expect(g.used.length + g.trimmed.length).toBe(g.count);
      }),
    );
  });
});
