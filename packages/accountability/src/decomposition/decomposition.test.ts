import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDecomposition } from "./check-decomposition.js";
import { decomposeTarget } from "./decompose-target.js";

const targets = (r: ReturnType<typeof decomposeTarget>) =>
  Object.fromEntries(r.children.map((c) => [c.unit, c.target]));

describe("decomposeTarget — sum (children add up to the parent)", () => {
  it("splits proportionally to last year's values, exactly when it divides", () => {
    // 100 by bases 50 : 30 : 20 → 50, 30, 20; nothing left over.
    const r = decomposeTarget({
      parent: 100,
      rule: { kind: "sum", basis: "base" },
      children: [
        { unit: "A", base: 50 },
        { unit: "B", base: 30 },
        { unit: "C", base: 20 },
      ],
    });
    expect(targets(r)).toEqual({ A: "50.00", B: "30.00", C: "20.00" });
    expect(r.remainder).toEqual({ units: 0, recipients: [] });
    expect(r.achieved).toBe("100");
  });

  it("allocates the remainder by largest remainder (worked example, 1 decimal)", () => {
    // Parent 1000.0 (万元) by last year's values A 123.4, B 456.7, C 789.0 (Σ 1369.1):
    //   quota A = 1000·123.4/1369.1 = 90.1322…  → ⌊⌋ 90.1, remainder .322 (in units of 0.1)
    //   quota B = 1000·456.7/1369.1 = 333.5768… → ⌊⌋ 333.5, remainder .768
    //   quota C = 1000·789.0/1369.1 = 576.2909… → ⌊⌋ 576.2, remainder .909
    //   Σ⌊⌋ = 999.8 → 2 units of 0.1 left → to C (.909) and B (.768) → 90.1 + 333.6 + 576.3 = 1000.0
    const r = decomposeTarget({
      parent: "1000",
      decimals: 1,
      rule: { kind: "sum", basis: "base" },
      children: [
        { unit: "A", base: "123.4" },
        { unit: "B", base: "456.7" },
        { unit: "C", base: "789.0" },
      ],
    });
    expect(targets(r)).toEqual({ A: "90.1", B: "333.6", C: "576.3" });
    expect(r.remainder).toEqual({ units: 2, recipients: ["B", "C"] });
    expect(r.children[0]?.exact.startsWith("90.13220363742604630779")).toBe(true);
    expect(r.achieved).toBe("1000");
  });

  it("breaks remainder ties by larger quota, then unit id", () => {
    // 10 by shares .45/.35/.20, 0 decimals: quotas 4.5, 3.5, 2 → floors 4, 3, 2 (Σ 9), 1 left;
    // A and B tie on remainder .5, A has the larger quota → 5, 3, 2.
    const r = decomposeTarget({
      parent: 10,
      decimals: 0,
      rule: { kind: "sum", basis: "share" },
      children: [
        { unit: "B", share: "0.35" },
        { unit: "A", share: "0.45" },
        { unit: "C", share: "0.2" },
      ],
    });
    expect(targets(r)).toEqual({ A: "5", B: "3", C: "2" });
    // 100 in three equal parts: 33.33 ×3 = 99.99, the last 0.01 goes to "A" (full tie, id order).
    const thirds = decomposeTarget({
      parent: 100,
      rule: { kind: "sum", basis: "base" },
      children: [
        { unit: "C", base: 1 },
        { unit: "A", base: 1 },
        { unit: "B", base: 1 },
      ],
    });
    expect(targets(thirds)).toEqual({ A: "33.34", B: "33.33", C: "33.33" });
  });

  it("rejects unusable input with codes and paths", () => {
    const children = [
      { unit: "A", share: "0.5" },
      { unit: "B", share: "0.4" },
    ];
    expect(() => decomposeTarget({ parent: 1, rule: { kind: "sum", basis: "share" }, children })).toThrow(
      expect.objectContaining({ code: "shares_not_one", path: ["children"] }),
    );
    expect(() =>
      decomposeTarget({
        parent: "100.005",
        rule: { kind: "sum", basis: "base" },
        children: [{ unit: "A", base: 1 }],
      }),
    ).toThrow(expect.objectContaining({ code: "parent_precision", path: ["parent"] }));
    expect(() =>
      decomposeTarget({
        parent: 1,
        rule: { kind: "sum", basis: "base" },
        children: [
          { unit: "A", base: 1 },
          { unit: "B", base: -1 },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: "negative_base", path: ["children", 1, "base"] }));
    expect(() =>
      decomposeTarget({ parent: 1, rule: { kind: "sum", basis: "base" }, children: [{ unit: "A" }] }),
    ).toThrow(expect.objectContaining({ code: "missing_base", path: ["children", 0, "base"] }));
    expect(() =>
      decomposeTarget({
        parent: 1,
        rule: { kind: "sum", basis: "base" },
        children: [
          { unit: "A", base: 0 },
          { unit: "A", base: 0 },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: "duplicate_child", path: ["children", 1, "unit"] }));
    expect(() =>
      decomposeTarget({ parent: Number.NaN, rule: { kind: "sum", basis: "base" }, children: [{ unit: "A", base: 1 }] }),
    ).toThrow(expect.objectContaining({ code: "invalid_number", path: ["parent"] }));
  });

  it("property: the targets add up to the parent exactly, each within one unit of its quota, independent of order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer(),
        (cents, decimals, bases, seed) => {
          fc.pre(bases.some((b) => b > 0));
          const parent = (cents / 10 ** decimals).toFixed(decimals);
          const children = bases.map((base, i) => ({ unit: `u${i}`, base }));
          const r = decomposeTarget({ parent, decimals, rule: { kind: "sum", basis: "base" }, children });
          expect(checkDecomposition(parent, r.children, { kind: "sum", basis: "base" })).toEqual({
            valid: true,
            achieved: r.achieved,
          });
          for (const c of r.children) {
            // |target − quota| < one unit of 10^-decimals (exact decimal comparison)
            expect(new Decimal(c.target).minus(c.exact).abs().lt(new Decimal(10).pow(-decimals))).toBe(true);
          }
          const shuffled = [...children].sort((a, b) => ((a.base * 7919 + seed) % 97) - ((b.base * 7919 + seed) % 97));
          const r2 = decomposeTarget({ parent, decimals, rule: { kind: "sum", basis: "base" }, children: shuffled });
          expect(targets(r2)).toEqual(targets(r));
        },
      ),
    );
  });
});

describe("decomposeTarget — weighted mean, each-at-least", () => {
  it("solves the free children's common target for a weighted mean (forest cover by land area)", () => {
    // City forest-cover target 45.00 %; land area A 100, B 300, C 600 km²; B has committed to 40 %.
    // r = (45·1000 − 300·40) / (100 + 600) = 33000 / 700 = 47.142857… → rounded up to 47.15.
    // Weighted mean = (100·47.15 + 300·40 + 600·47.15) / 1000 = 45005 / 1000 = 45.005.
    const r = decomposeTarget({
      parent: "45",
      rule: { kind: "weighted" },
      children: [
        { unit: "A", weight: 100 },
        { unit: "B", weight: 300, target: 40 },
        { unit: "C", weight: 600 },
      ],
    });
    expect(targets(r)).toEqual({ A: "47.15", B: "40", C: "47.15" });
    expect(r.children.map((c) => c.origin)).toEqual(["allocated", "fixed", "allocated"]);
    expect(r.achieved).toBe("45.005");
    const children = r.children.map((c, i) => ({ ...c, weight: [100, 300, 600][i] ?? 0 }));
    const strict = checkDecomposition("45", children, { kind: "weighted" });
    expect(strict.valid ? [] : strict.problems.map((p) => [p.code, p.difference])).toEqual([
      ["over_allocation", "0.005"],
    ]);
    expect(
      checkDecomposition("45", children, { kind: "weighted" }, "higher_is_better", { tolerance: "0.01" }).valid,
    ).toBe(true);
  });

  it("rounds towards the demanding side for lower-is-better (energy intensity by GDP)", () => {
    // Target 0.5 t/万元; A (GDP 2) fixed at 0.55; B (GDP 1) solves (0.5·3 − 2·0.55)/1 = 0.4 exactly.
    // With weight 3 for B: (0.5·5 − 1.1)/3 = 0.4666… → rounded DOWN to 0.46 (more demanding).
    const exact = decomposeTarget({
      parent: "0.5",
      direction: "lower_is_better",
      rule: { kind: "weighted" },
      children: [
        { unit: "A", weight: 2, target: "0.55" },
        { unit: "B", weight: 1 },
      ],
    });
    expect(targets(exact)).toEqual({ A: "0.55", B: "0.40" });
    expect(exact.achieved).toBe("0.5");
    const rounded = decomposeTarget({
      parent: "0.5",
      direction: "lower_is_better",
      rule: { kind: "weighted" },
      children: [
        { unit: "A", weight: 2, target: "0.55" },
        { unit: "B", weight: 3 },
      ],
    });
    expect(targets(rounded).B).toBe("0.46");
  });

  it("gives every child at least the parent target under each-at-least", () => {
    const r = decomposeTarget({
      parent: "95",
      rule: { kind: "each-at-least" },
      children: [{ unit: "A" }, { unit: "B", target: "97" }],
    });
    expect(targets(r)).toEqual({ A: "95", B: "97" });
    expect(r.achieved).toBe("95");
    expect(() =>
      decomposeTarget({ parent: "95", rule: { kind: "each-at-least" }, children: [{ unit: "A", target: "94" }] }),
    ).toThrow(expect.objectContaining({ code: "child_below_parent", path: ["children", 0, "target"] }));
    // lower-is-better: PM2.5 target 35; a child may commit to 33, not 36.
    expect(
      targets(
        decomposeTarget({
          parent: 35,
          direction: "lower_is_better",
          rule: { kind: "each-at-least" },
          children: [{ unit: "A", target: 33 }],
        }),
      ),
    ).toEqual({ A: "33" });
  });
});

describe("checkDecomposition", () => {
  const sum = { kind: "sum", basis: "share" } as const;

  it("reports a gap and an over-allocation with amounts", () => {
    // 40 + 55 = 95 < 100 → gap of 5
    const gap = checkDecomposition(
      "100",
      [
        { unit: "A", target: "40" },
        { unit: "B", target: "55" },
      ],
      sum,
    );
    expect(gap).toEqual({
      valid: false,
      achieved: "95",
      problems: [
        {
          code: "gap",
          path: ["children"],
          expected: "100",
          actual: "95",
          difference: "5",
          message: {
            zh: "下级目标合计 95 低于上级目标 100，缺口 5",
            en: "the child targets add up to 95, below the parent target 100: a gap of 5",
          },
        },
      ],
    });
    // 40 + 65.5 = 105.5 > 100 → over-allocation of 5.5 (层层加码)
    const over = checkDecomposition(
      100,
      [
        { unit: "A", target: 40 },
        { unit: "B", target: "65.5" },
      ],
      sum,
    );
    expect(over.valid ? [] : over.problems.map((p) => [p.code, p.difference])).toEqual([["over_allocation", "5.5"]]);
    // exact decimals: 0.1 + 0.2 = 0.3 (no float drift)
    expect(
      checkDecomposition(
        "0.3",
        [
          { unit: "A", target: 0.1 },
          { unit: "B", target: 0.2 },
        ],
        sum,
      ).valid,
    ).toBe(true);
  });

  it("treats lower-is-better totals as caps (总量控制)", () => {
    // Emission cap 1000 t: children 400 + 700 = 1100 exceed the cap → gap of 100.
    const r = checkDecomposition(
      1000,
      [
        { unit: "A", target: 400 },
        { unit: "B", target: 700 },
      ],
      sum,
      "lower_is_better",
    );
    expect(r.valid ? [] : r.problems.map((p) => [p.code, p.difference, p.message.zh])).toEqual([
      ["gap", "100", "下级目标合计 1100 高于上级目标 1000，缺口 100"],
    ]);
    // 400 + 500 = 900: stricter than needed → over-allocation under sum, fine under min.
    const strict = [
      { unit: "A", target: 400 },
      { unit: "B", target: 500 },
    ];
    expect(checkDecomposition(1000, strict, sum, "lower_is_better").valid).toBe(false);
    expect(checkDecomposition(1000, strict, { kind: "min", basis: "base" }, "lower_is_better").valid).toBe(true);
  });

  it("min allows over-allocation but not a gap", () => {
    const min = { kind: "min", basis: "base" } as const;
    expect(
      checkDecomposition(
        100,
        [
          { unit: "A", target: 60 },
          { unit: "B", target: 50 },
        ],
        min,
      ),
    ).toEqual({
      valid: true,
      achieved: "110",
    });
    const r = checkDecomposition(
      100,
      [
        { unit: "A", target: 60 },
        { unit: "B", target: 30 },
      ],
      min,
    );
    expect(r.valid ? [] : r.problems.map((p) => [p.code, p.difference])).toEqual([["gap", "10"]]);
  });

  it("flags every child below the parent for rates (each-at-least), both directions", () => {
    const r = checkDecomposition(
      "95",
      [
        { unit: "A", target: "95" },
        { unit: "B", target: "96" },
        { unit: "C", target: "94.5" },
      ],
      { kind: "each-at-least" },
    );
    expect(r).toMatchObject({ valid: false, achieved: "94.5" });
    expect(r.valid ? [] : r.problems.map((p) => [p.code, p.path, p.unit, p.difference])).toEqual([
      ["child_below_parent", ["children", 2, "target"], "C", "0.5"],
    ]);
    const pm = checkDecomposition(
      35,
      [
        { unit: "A", target: 34 },
        { unit: "B", target: 36 },
      ],
      { kind: "each-at-least" },
      "lower_is_better",
    );
    expect(pm.valid ? [] : pm.problems.map((p) => [p.unit, p.message.en])).toEqual([
      ["B", 'child "B" target 36 is above the parent target 35 for a lower-is-better indicator (by 1)'],
    ]);
  });

  it("reports missing, duplicate, unexpected and invalid children all at once", () => {
    const r = checkDecomposition(
      "abc",
      [
        { unit: "A", target: 10 },
        { unit: "B", target: null },
        { unit: "A", target: 5 },
        { unit: "X", target: "1,000" },
      ],
      sum,
      "higher_is_better",
      { expectedUnits: ["A", "B", "C"] },
    );
    expect(r.valid ? [] : r.problems.map((p) => [p.code, p.path, p.unit])).toEqual([
      ["invalid_parent", ["parent"], undefined],
      ["missing_child", ["children", 1, "target"], "B"],
      ["duplicate_child", ["children", 2, "unit"], "A"],
      ["unexpected_child", ["children", 3, "unit"], "X"],
      ["invalid_number", ["children", 3, "target"], "X"],
      ["missing_child", ["children"], "C"],
    ]);
  });

  it("requires weights for the weighted rule", () => {
    const r = checkDecomposition(
      "45",
      [
        { unit: "A", target: 45 },
        { unit: "B", target: 45, weight: -1 },
      ],
      { kind: "weighted" },
    );
    expect(r.valid ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([
      ["missing_weight", ["children", 0, "weight"]],
      ["missing_weight", ["children", 1, "weight"]],
    ]);
    const zero = checkDecomposition("45", [{ unit: "A", target: 45, weight: 0 }], { kind: "weighted" });
    expect(zero.valid ? [] : zero.problems.map((p) => p.code)).toEqual(["weight_sum_zero"]);
  });
});
