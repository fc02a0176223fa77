import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { ahp } from "./ahp.js";

const fixed = (values: readonly { toFixed(dp: number): string }[], dp: number) => values.map((v) => v.toFixed(dp));

function codeOf(fn: () => unknown): { code: string; path: unknown } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringError);
    return { code: (error as ScoringError).code, path: (error as ScoringError).path };
  }
  throw new Error("expected a ScoringError");
}

// Saaty, T. L. (1990). How to make a decision: The analytic hierarchy process. European Journal of
// Operational Research 48(1), 9–26 — the house example, Table 2 (criteria: size, transportation,
// neighbourhood, age, yard, modern facilities, general condition, financing). Published:
// priorities .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669, CI = 0.238, CR = 0.169 (RI(8) = 1.41).
const HOUSE = [
  [1, 5, 3, 7, 6, 6, "1/3", "1/4"],
  ["1/5", 1, "1/3", 5, 3, 3, "1/5", "1/7"],
  ["1/3", 3, 1, 6, 3, 4, 6, "1/5"],
  ["1/7", "1/5", "1/6", 1, "1/3", "1/4", "1/7", "1/8"],
  ["1/6", "1/3", "1/3", 3, 1, "1/2", "1/5", "1/6"],
  ["1/6", "1/3", "1/4", 4, 2, 1, "1/5", "1/6"],
  [3, 5, "1/6", 7, 5, 5, 1, "1/2"],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

// Saaty, T. L. (2008). Decision making with the analytic hierarchy process. Int. J. Services Sciences
// 1(1), 83–98 — relative consumption of drinks in the US (coffee, wine, tea, beer, sodas, milk, water).
// Published eigenvector: .177 .019 .042 .116 .190 .129 .327. AHPy's test suite gives CR = 0.0235 with
// Donegan & Dodd's RI(7) = 1.2519.
const DRINKS = [
  [1, 9, 5, 2, 1, 1, "1/2"],
  ["1/9", 1, "1/3", "1/9", "1/9", "1/9", "1/9"],
  ["1/5", 3, 1, "1/3", "1/4", "1/3", "1/9"],
  ["1/2", 9, 3, 1, "1/2", 1, "1/3"],
  [1, 9, 4, 2, 1, 2, "1/2"],
  [1, 9, 3, 1, "1/2", 1, "1/3"],
  [2, 9, 9, 3, 2, 3, 1],
];

describe("ahp", () => {
  it("reproduces Saaty (1990) house example to the published precision", () => {
    const r = ahp(HOUSE);
    expect(fixed(r.weights, 3)).toEqual(["0.173", "0.054", "0.188", "0.018", "0.031", "0.036", "0.167", "0.333"]);
    expect(r.lambdaMax.toFixed(3)).toBe("9.669");
    // CI = (9.669 − 8)/7 = 0.238; CR = 0.238/1.41 = 0.169 > 0.1 → not consistent.
    expect(r.ci.toFixed(3)).toBe("0.238");
    expect(r.cr.toFixed(3)).toBe("0.169");
    expect(r.randomIndex.toString()).toBe("1.41");
    expect(r.consistent).toBe(false);
    expect(r.weights.reduce((a, b) => a.plus(b)).toString()).toBe("1");
  });

  it("reproduces Saaty (2008) drinks example and the Donegan–Dodd CR of AHPy", () => {
    const r = ahp(DRINKS, { randomIndex: "donegan-dodd" });
    expect(fixed(r.weights, 3)).toEqual(["0.177", "0.019", "0.042", "0.116", "0.190", "0.129", "0.327"]);
    expect(r.cr.toFixed(4)).toBe("0.0235");
    expect(r.consistent).toBe(true);
    // Same λmax with Saaty's (1980) RI(7) = 1.32.
    const saaty = ahp(DRINKS);
    expect(saaty.lambdaMax.toString()).toBe(r.lambdaMax.toString());
    expect(saaty.cr.toString()).toBe(saaty.ci.div("1.32").toString());
    const alonso = ahp(DRINKS, { randomIndex: "alonso-lamata" });
    expect(alonso.randomIndex.toString()).toBe("1.3417");
  });

  it("gives exact weights, λmax = n and CR = 0 for a consistent matrix", () => {
    // aᵢⱼ = wᵢ/wⱼ for w = (4, 2, 1)/7.
    const r = ahp([
      [1, 2, 4],
      ["1/2", 1, 2],
      ["1/4", "1/2", 1],
    ]);
    expect(r.weights.map(String)).toEqual([
      "0.5714285714285714285714285714285714285714",
      "0.2857142857142857142857142857142857142857",
      "0.1428571428571428571428571428571428571429",
    ]);
    expect(r.lambdaMax.toString()).toBe("3");
    expect(r.cr.isZero()).toBe(true);
  });

  it("handles n = 1 and n = 2 (always consistent)", () => {
    expect(ahp([[1]]).weights.map(String)).toEqual(["1"]);
    const two = ahp([
      [1, 3],
      ["1/3", 1],
    ]);
    expect(two.weights.map(String)).toEqual(["0.75", "0.25"]);
    expect(two.cr.isZero() && two.consistent).toBe(true);
  });

  it("uses the geometric-mean method on request", () => {
    // Row geometric means of the 3 × 3 example: (15)^(1/3), 1, (1/15)^(1/3).
    const r = ahp(
      [
        [1, 3, 5],
        ["1/3", 1, 3],
        ["1/5", "1/3", 1],
      ],
      { method: "geometric-mean" },
    );
    expect(fixed(r.weights, 4)).toEqual(["0.6370", "0.2583", "0.1047"]);
  });

  it("accepts rounded reciprocals within the tolerance and rejects others with a path", () => {
    const r = ahp([
      [1, 3],
      ["0.333", 1],
    ]);
    expect(r.matrix[1]?.[0]?.toFixed(10)).toBe("0.3333333333");
    expect(
      codeOf(() =>
        ahp([
          [1, 3, 1],
          ["1/3", 1, 2],
          [1, 2, 1],
        ]),
      ),
    ).toEqual({ code: "ahp_not_reciprocal", path: ["matrix", 2, 1] });
  });

  it("rejects non-square, non-positive and wrong-diagonal matrices", () => {
    expect(codeOf(() => ahp([[1, 2]])).code).toBe("ahp_not_square");
    expect(
      codeOf(() =>
        ahp([
          [1, -2],
          [-0.5, 1],
        ]),
      ).code,
    ).toBe("ahp_not_positive");
    expect(
      codeOf(() =>
        ahp([
          [2, 1],
          [1, 1],
        ]),
      ).code,
    ).toBe("ahp_invalid_diagonal");
    expect(codeOf(() => ahp(Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1)))).code).toBe(
      "ahp_random_index_unavailable",
    );
    expect(
      ahp(
        Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1)),
        { randomIndex: "donegan-dodd" },
      ).cr.isZero(),
    ).toBe(true);
  });

  // Bozóki, Fülöp & Rónyai (2010), On optimal completion of incomplete pairwise comparison matrices,
  // Mathematical and Computer Modelling 52, 318–333 — the 4 × 4 example with a₃₄ missing; AHPy's
  // test suite (same example) reports the optimum a₃₄ = 0.730297106886979, weights .3738 .392 .0985 .1357,
  // and CR = 0.0372 with Donegan–Dodd RI(4) = 0.8286.
  it("completes an incomplete matrix by minimising λmax (Bozóki et al. 2010)", () => {
    const r = ahp(
      [
        [1, 1, 5, 2],
        [1, 1, 3, 4],
        ["1/5", "1/3", 1, null],
        ["1/2", "1/4", null, 1],
      ],
      { randomIndex: "donegan-dodd" },
    );
    expect(r.completed).toHaveLength(1);
    expect(r.completed[0]?.row).toBe(2);
    expect(r.completed[0]?.column).toBe(3);
    expect(r.completed[0]?.value.toFixed(6)).toBe("0.730297");
    expect(fixed(r.weights, 4)).toEqual(["0.3738", "0.3920", "0.0985", "0.1357"]);
    expect(r.cr.toFixed(4)).toBe("0.0372");
    // Local optimality: moving the completed entry either way raises λmax.
    for (const factor of ["1.001", "0.999"]) {
      const value = r.completed[0]?.value.times(factor).toString() ?? "1";
      const moved = ahp([
        [1, 1, 5, 2],
        [1, 1, 3, 4],
        ["1/5", "1/3", 1, value],
        ["1/2", "1/4", `1/${value}`, 1],
      ]);
      expect(moved.lambdaMax.greaterThan(r.lambdaMax)).toBe(true);
    }
  });

  // Bozóki et al. (2010), incomplete version of Saaty's house example (12 of the 28 judgements removed),
  // as in AHPy's test suite ("Incomplete Housing"). AHPy's values come from a float optimiser stopped at
  // a tolerance of 1e-4, so they agree with the optimum to about 1e-5 (relative); an independent scipy
  // minimisation of λmax agrees with ours to about 1e-6.
  it("completes the incomplete house example of Bozóki et al. (2010)", () => {
    const names = "abcdefgh";
    const known: Record<string, number> = {
      ab: 5,
      ac: 3,
      ad: 7,
      ae: 6,
      af: 6,
      bd: 5,
      bf: 3,
      ce: 3,
      cg: 6,
      fd: 4,
      ga: 3,
      ge: 5,
      ha: 4,
      hb: 7,
      hd: 8,
      hf: 6,
    };
    const m: (number | string | null)[][] = Array.from({ length: 8 }, (_, i) =>
      Array.from({ length: 8 }, (_, j) => (i === j ? 1 : null)),
    );
    for (const [pair, value] of Object.entries(known)) {
      const i = names.indexOf(pair[0] as string);
      const j = names.indexOf(pair[1] as string);
      (m[i] as unknown[])[j] = value;
      (m[j] as unknown[])[i] = `1/${value}`;
    }
    const ahpy: Record<string, number> = {
      bc: 0.3300187496240363,
      be: 1.7197409185349517,
      bg: 0.4663515002203321,
      cd: 9.920512661898753,
      cf: 4.852486449214693,
      ch: 0.5696073301509899,
      de: 0.5252768142894285,
      dg: 0.1424438146531802,
      ef: 0.9311973564754218,
      eh: 0.10930828182051665,
      fg: 0.2912120796181874,
      gh: 0.4030898885178746,
    };
    const r = ahp(m);
    expect(r.completed).toHaveLength(12);
    for (const entry of r.completed) {
      const expected = ahpy[`${names[entry.row]}${names[entry.column]}`] as number;
      expect(Math.abs(entry.value.toNumber() / expected - 1)).toBeLessThan(2e-5);
    }
    // λmax is minimal: scaling any completed entry by ±0.1 % raises it.
    const first = r.completed[0] as {
      row: number;
      column: number;
      value: { times(f: string): { toString(): string } };
    };
    for (const factor of ["1.001", "0.999"]) {
      const moved = r.matrix.map((row) => row.map(String)) as (string | number)[][];
      const value = first.value.times(factor).toString();
      (moved[first.row] as (string | number)[])[first.column] = value;
      (moved[first.column] as (string | number)[])[first.row] = `1/${value}`;
      expect(ahp(moved).lambdaMax.greaterThan(r.lambdaMax)).toBe(true);
    }
  });

  it("recovers a consistent matrix from a spanning set of judgements", () => {
    // w = (8, 4, 2, 1): only the chain 0–1–2–3 is known; the optimum is the consistent completion.
    const r = ahp([
      [1, 2, null, null],
      ["1/2", 1, 2, null],
      [null, "1/2", 1, 2],
      [null, null, "1/2", 1],
    ]);
    expect(fixed(r.weights, 8)).toEqual(["0.53333333", "0.26666667", "0.13333333", "0.06666667"]);
    expect(r.lambdaMax.minus(4).abs().lessThan("1e-9")).toBe(true);
    expect(r.completed.map((c) => c.value.toFixed(6))).toEqual(["4.000000", "8.000000", "4.000000"]);
  });

  it("property: deleting judgements from a consistent matrix is undone by the completion, deterministically", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (w, gap) => {
          // aᵢⱼ = wᵢ/wⱼ; remove the pair (gap, gap + 1 … 3) that is not on the chain 0–1–2–3.
          const m: (string | null)[][] = w.map((wi) => w.map((wj) => `${wi}/${wj}`));
          const j = Math.min(gap + 2, 3);
          const i = j === 3 && gap === 2 ? 0 : gap;
          (m[i] as (string | null)[])[j] = null;
          (m[j] as (string | null)[])[i] = null;
          const r = ahp(m);
          expect(r.completed).toHaveLength(1);
          expect(
            Math.abs((r.completed[0]?.value.toNumber() ?? 0) / ((w[i] as number) / (w[j] as number)) - 1),
          ).toBeLessThan(1e-9);
          expect(r.lambdaMax.minus(4).abs().lessThan("1e-12")).toBe(true);
          expect(ahp(m).weights.map(String)).toEqual(r.weights.map(String));
        },
      ),
      { numRuns: 15 },
    );
  });

  it("rejects a disconnected comparison graph", () => {
    expect(
      codeOf(() =>
        ahp([
          [1, 2, null, null],
          ["1/2", 1, null, null],
          [null, null, 1, 3],
          [null, null, "1/3", 1],
        ]),
      ).code,
    ).toBe("ahp_incomplete_disconnected");
    expect(
      codeOf(() =>
        ahp([
          [1, 2],
          [null, 1],
        ]),
      ).code,
    ).toBe("ahp_not_reciprocal");
  });

  it("property: weights ≥ 0, sum to exactly 1, CR ≥ 0 and permuting criteria permutes the weights", () => {
    const scale = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9");
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 5 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(scale, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })),
          ),
        ([n, upper]) => {
          const m: (string | number)[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
          let k = 0;
          for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
              const v = upper[k++] as string | number;
              (m[i] as (string | number)[])[j] = v;
              (m[j] as (string | number)[])[i] = typeof v === "number" ? `1/${v}` : (v.split("/")[1] as string);
            }
          }
          const r = ahp(m);
          expect(r.weights.every((w) => !w.isNegative())).toBe(true);
          expect(r.weights.reduce((a, b) => a.plus(b)).toString()).toBe("1");
          expect(r.cr.isNegative()).toBe(false);
          // Reverse the criteria order.
          const reversed = m.map((row) => [...row].reverse()).reverse();
          const rr = ahp(reversed);
          expect(fixed(rr.weights, 30)).toEqual(fixed([...r.weights].reverse(), 30));
          expect(rr.lambdaMax.toFixed(28)).toBe(r.lambdaMax.toFixed(28));
        },
      ),
      { numRuns: 40 },
    );
  });
});
