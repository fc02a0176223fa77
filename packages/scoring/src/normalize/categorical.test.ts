import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeBoolean } from "./boolean.js";
import { normalizeGradeMap } from "./grade-map.js";
import { normalizeTaskStatus } from "./task-status.js";
import { codeOf, pathOf, strs } from "./test-helpers.js";

describe("normalizeGradeMap (定性指标)", () => {
  const scores = { 好: 100, 较好: 80, 一般: 60, 差: 40 };
  it("maps grades, keeps null, trims", () => {
    const r = normalizeGradeMap(["好", " 一般 ", null], { scores });
    expect(strs(r.values)).toEqual(["100", "60", null]);
    expect(r.flags[2]).toEqual(["missing"]);
    expect(r.params.较好?.toString()).toBe("80");
  });
  it("unknown grade is an error with the path", () => {
    expect(codeOf(() => normalizeGradeMap(["A", "E"], { scores: { A: 100 } }))).toBe("unknown_grade");
    expect(pathOf(() => normalizeGradeMap(["A", "E"], { scores: { A: 100 }, path: ["u", "q1"] }))).toEqual([
      "u",
      "q1",
      1,
    ]);
    expect(codeOf(() => normalizeGradeMap(["constructor"], { scores: { A: 100 } }))).toBe("unknown_grade");
    expect(codeOf(() => normalizeGradeMap(["A"], { scores: {} }))).toBe("invalid_grade_map");
    expect(codeOf(() => normalizeGradeMap([null], { scores }))).toBe("all_missing");
  });
});

describe("normalizeTaskStatus (工作任务)", () => {
  it("done = full, late = half, not done = 0 by default", () => {
    expect(strs(normalizeTaskStatus(["done", "late", "not-done"]).values)).toEqual(["100", "50", "0"]);
    expect(strs(normalizeTaskStatus(["late"], { fullScore: 5 }).values)).toEqual(["2.5"]);
  });
  it("configurable fractions; unknown status is an error", () => {
    const fractions = { done: 1, partial: 0.6, "not-done": 0 };
    expect(strs(normalizeTaskStatus(["partial"], { fractions }).values)).toEqual(["60"]);
    expect(codeOf(() => normalizeTaskStatus(["late"], { fractions }))).toBe("unknown_status");
    expect(codeOf(() => normalizeTaskStatus(["done"], { fractions: { done: 2 } }))).toBe("invalid_fraction");
  });
});

describe("normalizeBoolean", () => {
  it("maps true/false", () => {
    expect(strs(normalizeBoolean([true, false, null]).values)).toEqual(["100", "0", null]);
    expect(strs(normalizeBoolean([true, false], { trueScore: 5, falseScore: -5 }).values)).toEqual(["5", "-5"]);
    expect(codeOf(() => normalizeBoolean(["yes" as unknown as boolean]))).toBe("invalid_boolean");
  });
});

describe("categorical properties", () => {
  const scores = { A: 100, B: 80, C: 60, D: 40 };
  const grades = fc.array(fc.option(fc.constantFrom("A", "B", "C", "D"), { nil: null, freq: 5 }), {
    minLength: 1,
    maxLength: 12,
  });

  it("grade map: outputs are map values, permutation invariant, deterministic", () => {
    fc.assert(
      fc.property(
        grades.filter((g) => g.some((x) => x !== null)),
        (gs) => {
          const r = strs(normalizeGradeMap(gs, { scores }).values);
          gs.forEach((g, i) => {
            expect(r[i]).toBe(g === null ? null : String(scores[g]));
          });
          expect(strs(normalizeGradeMap([...gs].reverse(), { scores }).values)).toEqual([...r].reverse());
        },
      ),
    );
  });

  it("task status and boolean stay within [0, full]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("done", "late", "not-done"), { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 1 }),
        (ts, bs) => {
          for (const v of normalizeTaskStatus(ts).values) expect(v?.gte(0) && v.lte(100)).toBe(true);
          for (const v of normalizeBoolean(bs).values) expect(v?.gte(0) && v.lte(100)).toBe(true);
        },
      ),
    );
  });

  it("duplicate labels after trimming are rejected", () => {
    expect(codeOf(() => normalizeGradeMap(["A"], { scores: { A: 100, " A": 90 } }))).toBe("invalid_grade_map");
  });
});
