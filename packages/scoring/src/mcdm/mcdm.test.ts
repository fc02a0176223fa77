import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";
import type { CriterionDirection } from "../internal/matrix.js";
import { greyRelational } from "./grey-relational.js";
import { topsis } from "./topsis.js";
import { vikor } from "./vikor.js";

const fixed = (values: readonly Dec[], dp: number) => values.map((v) => v.toFixed(dp));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringError);
    return (error as ScoringError).code;
  }
  throw new Error("expected a ScoringError");
}

// Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid, Springer, ch. 1 (TOPSIS) and ch. 2
// (VIKOR): 6 alternatives, 4 benefit criteria, weights 0.4 0.3 0.1 0.2. Expected values as in the
// pyrepo-mcda / distance-metrics-mcda test suites: TOPSIS (vector) 0.387 0.327 0.391 0.615 0.868 0.493;
// VIKOR (v = 0.625) Q = 0.640 1.000 0.693 0.271 0.000 0.694.
const PP = [
  [8, 7, 2, 1],
  [5, 3, 7, 5],
  [7, 5, 6, 4],
  [9, 9, 7, 3],
  [11, 10, 3, 7],
  [6, 9, 5, 4],
];
const PP_W = [0.4, 0.3, 0.1, 0.2];
const BENEFIT4: CriterionDirection[] = ["benefit", "benefit", "benefit", "benefit"];

describe("topsis", () => {
  it("reproduces Papathanasiou & Ploskas (2018) with vector normalisation (classic TOPSIS)", () => {
    const r = topsis(PP, PP_W, BENEFIT4);
    expect(fixed(r.closeness, 3)).toEqual(["0.387", "0.327", "0.391", "0.615", "0.868", "0.493"]);
    expect(r.ranks).toEqual([5, 6, 4, 2, 1, 3]);
  });

  it("reproduces the pymcdm TOPSIS docstring example with min-max normalisation", () => {
    // pymcdm `TOPSIS()` example: [[1, 3000], [2, 3750], [5, 4500]], weights 0.5/0.5, types [-1, 1] → 0.500 0.617 0.500.
    const r = topsis(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      [0.5, 0.5],
      ["cost", "benefit"],
      { normalization: "min-max" },
    );
    expect(fixed(r.closeness, 3)).toEqual(["0.500", "0.617", "0.500"]);
    expect(r.ranks).toEqual([2, 1, 2]);
  });

  it("treats cost criteria with the minimum as ideal and scales weights", () => {
    // Hand computation, one cost criterion, values 1 and 3: ideal 1, anti-ideal 3 → closeness 1 and 0.
    const r = topsis([[1], [3]], [7], ["cost"], { normalization: "none" });
    expect(r.closeness.map(String)).toEqual(["1", "0"]);
    expect(r.weights.map(String)).toEqual(["1"]);
    expect(
      codeOf(() =>
        topsis(
          [
            [1, 2],
            [1, 2],
          ],
          [1, 1],
          ["benefit", "cost"],
        ),
      ),
    ).toBe("no_variation");
    expect(
      codeOf(() =>
        topsis(
          [
            [1, 2],
            [1, 2],
          ],
          [1],
          ["benefit", "cost"],
        ),
      ),
    ).toBe("invalid_weights");
    expect(
      codeOf(() =>
        topsis(
          [
            [1, 2],
            [3, 4],
          ],
          [1, 1],
          ["benefit"],
        ),
      ),
    ).toBe("invalid_directions");
  });
});

describe("vikor", () => {
  it("reproduces Papathanasiou & Ploskas (2018) with v = 0.625", () => {
    const r = vikor(PP, PP_W, BENEFIT4, { v: 0.625 });
    expect(fixed(r.Q, 3)).toEqual(["0.640", "1.000", "0.693", "0.271", "0.000", "0.694"]);
    // Hand-checked S and R (numpy): S = 0.6286 0.7667 0.6010 0.3095 0.0800 0.5162; R = 0.2 0.4 0.2667 0.1333 0.08 0.3333.
    expect(fixed(r.S, 4)).toEqual(["0.6286", "0.7667", "0.6010", "0.3095", "0.0800", "0.5162"]);
    expect(fixed(r.R, 4)).toEqual(["0.2000", "0.4000", "0.2667", "0.1333", "0.0800", "0.3333"]);
    expect(r.ranks).toEqual([3, 6, 4, 2, 1, 5]);
    // a′ = A5 (Q 0), a″ = A4 (Q 0.271); DQ = 1/5 = 0.2 → C1 holds; A5 is best by S and R → C2 holds.
    expect(r.compromise.dq.toString()).toBe("0.2");
    expect(r.compromise.acceptableAdvantage).toBe(true);
    expect(r.compromise.acceptableStability).toBe(true);
    expect(r.compromise.solutions).toEqual([4]);
  });

  it("reproduces the pymcdm VIKOR docstring example (v = 0.5)", () => {
    const r = vikor(
      [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      [0.25, 0.25, 0.25, 0.25],
      BENEFIT4,
    );
    expect(fixed(r.Q, 4)).toEqual(["0.5679", "0.7667", "1.0000", "0.7493", "0.0000"]);
  });

  it("gives a compromise set when the advantage is not acceptable", () => {
    // Q = 0, 0.5 ... with 3 alternatives DQ = 0.5; alternatives close in Q form the set.
    const r = vikor(
      [
        [10, 10],
        [9, 10],
        [1, 1],
      ],
      [0.5, 0.5],
      ["benefit", "benefit"],
    );
    expect(r.compromise.acceptableAdvantage).toBe(false);
    expect(r.compromise.solutions).toEqual([0, 1]);
    const flat = vikor(
      [
        [1, 5],
        [1, 3],
      ],
      [1, 1],
      ["benefit", "benefit"],
    );
    expect(flat.constantCriteria).toEqual([0]);
    expect(codeOf(() => vikor([[1], [2]], [1], ["benefit"], { v: 2 }))).toBe("invalid_v");
  });
});

describe("greyRelational", () => {
  // JMcDM `grey` example (Yıldırım & Önder 2015, Çok Kriterli Karar Verme Yöntemleri, Dora):
  // grades 0.525 0.7007142857 0.5464285714 0.5762820513 0.6509523810.
  it("reproduces the Yıldırım & Önder (2015) example of JMcDM", () => {
    const r = greyRelational(
      [
        [105000, 105, 10, 4, 300, 10],
        [120000, 110, 15, 4, 500, 8],
        [150000, 120, 12, 3, 550, 12],
        [115000, 105, 20, 4, 600, 9],
        [135000, 115, 15, 5, 400, 9],
      ],
      [0.05, 0.2, 0.1, 0.15, 0.1, 0.4],
      ["cost", "benefit", "cost", "benefit", "benefit", "cost"],
    );
    expect(fixed(r.grades, 10)).toEqual([
      "0.5250000000",
      "0.7007142857",
      "0.5464285714",
      "0.5762820513",
      "0.6509523810",
    ]);
    expect(r.ranks).toEqual([5, 1, 4, 3, 2]);
  });

  it("hand computation with ρ = 0.5 and a constant column", () => {
    // z = (1, 0) on column 0, column 1 constant → z = 1; Δ = (0, 1 | 0, 0); Δmin 0, Δmax 1;
    // ξ(Δ = 1) = 0.5/1.5 = 1/3, ξ(0) = 1; grades with w = (0.5, 0.5): 1 and 2/3.
    const r = greyRelational(
      [
        [2, 7],
        [1, 7],
      ],
      [1, 1],
      ["benefit", "cost"],
    );
    expect(r.grades.map((g) => g.toFixed(10))).toEqual(["1.0000000000", "0.6666666667"]);
    expect(r.constantCriteria).toEqual([1]);
    expect(codeOf(() => greyRelational([[1], [2]], [1], ["benefit"], { rho: 0 }))).toBe("invalid_rho");
  });
});

describe("ranking methods: properties", () => {
  const instance = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }))
    .chain(([m, n]) =>
      fc.record({
        matrix: fc.array(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
        directions: fc.array(fc.constantFrom<CriterionDirection>("benefit", "cost"), { minLength: n, maxLength: n }),
        permutation: fc.shuffledSubarray(
          Array.from({ length: m }, (_, i) => i),
          { minLength: m, maxLength: m },
        ),
      }),
    )
    .filter(({ matrix }) => matrix.some((row) => row.some((v, j) => v !== matrix[0]?.[j])));

  it("TOPSIS closeness ∈ [0, 1]; permuting alternatives permutes results; deterministic", () => {
    fc.assert(
      fc.property(instance, ({ matrix, weights, directions, permutation }) => {
        for (const normalization of ["vector", "min-max", "none"] as const) {
          const r = topsis(matrix, weights, directions, { normalization });
          expect(r.closeness.every((c) => !c.isNegative() && !c.greaterThan(1))).toBe(true);
          const p = topsis(
            permutation.map((i) => matrix[i] as number[]),
            weights,
            directions,
            { normalization },
          );
          expect(p.closeness.map(String)).toEqual(permutation.map((i) => String(r.closeness[i])));
          expect(p.ranks).toEqual(permutation.map((i) => r.ranks[i]));
          expect(topsis(matrix, weights, directions, { normalization }).closeness.map(String)).toEqual(
            r.closeness.map(String),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("VIKOR and grey relational: permuting alternatives permutes results; Q and grades ∈ [0, 1]", () => {
    fc.assert(
      fc.property(instance, ({ matrix, weights, directions, permutation }) => {
        const permuted = permutation.map((i) => matrix[i] as number[]);
        const v = vikor(matrix, weights, directions);
        const vp = vikor(permuted, weights, directions);
        expect(vp.Q.map(String)).toEqual(permutation.map((i) => String(v.Q[i])));
        expect(vp.ranks).toEqual(permutation.map((i) => v.ranks[i]));
        expect(v.Q.every((q) => !q.isNegative() && !q.greaterThan(1))).toBe(true);
        const g = greyRelational(matrix, weights, directions);
        const gp = greyRelational(permuted, weights, directions);
        expect(gp.grades.map(String)).toEqual(permutation.map((i) => String(g.grades[i])));
        expect(g.grades.every((x) => x.greaterThan(0) && !x.greaterThan("1.000000000000000000000000000001"))).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
  });
});
