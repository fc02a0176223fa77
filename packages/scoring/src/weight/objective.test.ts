import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";
import { criticWeights } from "./critic.js";
import { entropyWeights } from "./entropy.js";
import { merecWeights } from "./merec.js";

const fixed = (values: readonly Dec[], dp: number) => values.map((v) => v.toFixed(dp));
const sum = (values: readonly Dec[]) => values.reduce((a, b) => a.plus(b)).toString();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringError);
    return (error as ScoringError).code;
  }
  throw new Error("expected a ScoringError");
}

describe("entropyWeights", () => {
  // Elsayed, Dawood & Karthikeyan (2017), Evaluating alternatives through the application of TOPSIS
  // method with entropy weight, Int. J. Eng. Trends Technol. 46(2):60–66 — as used in pymcdm's test
  // suite (TestEntropyWeights): weights 0.104991 0.069124 0.071373 0.449937 0.304575.
  it("reproduces the Elsayed et al. (2017) example of pymcdm's tests", () => {
    const matrix = [
      [7, 312, 1891, 6613, 163],
      [72, 88, 728, 941804, 1078],
      [10, 252, 2594, 3466, 117471],
      [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897],
      [29, 48, 380, 912, 34051],
      [7, 476, 3300, 78470, 2212],
      [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103],
      [12, 79, 579, 3240, 96098],
      [21, 45, 261, 1253, 453],
      [1, 72, 530, 4333, "0.104800"],
    ];
    const r = entropyWeights(matrix);
    expect(fixed(r.weights, 6)).toEqual(["0.104991", "0.069124", "0.071373", "0.449937", "0.304575"]);
    expect(sum(r.weights)).toBe("1");
  });

  // Xu (2004), A note on the subjective and objective integrated approach to determine attribute
  // weights, EJOR 156(2):530–532 — entropy weights 0.4630 0.3992 0.1378 0.0000 (as in pyrepo-mcda's tests).
  it("reproduces Xu (2004)", () => {
    const r = entropyWeights([
      [30, 30, 38, 29],
      [19, 54, 86, 29],
      [19, 15, 85, "28.9"],
      [68, 70, 60, 29],
    ]);
    expect(fixed(r.weights, 4)).toEqual(["0.4630", "0.3992", "0.1378", "0.0000"]);
  });

  it("hand-computed 2 × 2 case, zeros (0·ln 0 = 0), constant columns and shifts", () => {
    // Column 0 = (1, 0): p = (1, 0), e = 0, d = 1. Column 1 = (5, 5): constant, e = 1, d = 0.
    const r = entropyWeights([
      [1, 5],
      [0, 5],
    ]);
    expect(r.weights.map(String)).toEqual(["1", "0"]);
    expect(r.entropy.map(String)).toEqual(["0", "1"]);
    expect(r.constantCriteria).toEqual([1]);
    expect(
      codeOf(() =>
        entropyWeights([
          [-1, 2],
          [3, 4],
        ]),
      ),
    ).toBe("negative_value");
    expect(
      fixed(
        entropyWeights(
          [
            [-1, 2],
            [3, 4],
          ],
          { shift: 1 },
        ).weights,
        10,
      ),
    ).toEqual(
      fixed(
        entropyWeights([
          [0, 3],
          [4, 5],
        ]).weights,
        10,
      ),
    );
    expect(
      codeOf(() =>
        entropyWeights([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toBe("weights_undefined");
    expect(codeOf(() => entropyWeights([[1, 2]]))).toBe("invalid_matrix");
  });

  it("min-max variant reflects cost criteria", () => {
    const benefit = entropyWeights(
      [
        [1, 10],
        [2, 20],
        [4, 30],
      ],
      { normalization: "min-max" },
    );
    const cost = entropyWeights(
      [
        [1, 30],
        [2, 20],
        [4, 10],
      ],
      { normalization: "min-max", directions: ["benefit", "cost"] },
    );
    expect(fixed(cost.weights, 30)).toEqual(fixed(benefit.weights, 30));
  });
});

describe("criticWeights", () => {
  // Tuş & Aytaç Adalı (2019), The new combination with CRITIC and WASPAS methods for the time and
  // attendance software selection problem, Opsearch 56(2):528–538 — weights 0.157 0.249 0.168 0.121
  // 0.154 0.151, as in pymcdm's test suite (TestCRITICWeights, `critic_weights(matrix)` without types).
  const MATRIX = [
    [5000, 3, 3, 4, 3, 2],
    [680, 5, 3, 2, 2, 1],
    [2000, 3, 2, 3, 4, 3],
    [600, 4, 3, 1, 2, 2],
    [800, 2, 4, 3, 3, 4],
  ];

  it("reproduces Tuş & Adalı (2019) as pymcdm does (no directions)", () => {
    const r = criticWeights(MATRIX);
    expect(fixed(r.weights, 3)).toEqual(["0.157", "0.249", "0.168", "0.121", "0.154", "0.151"]);
    expect(sum(r.weights)).toBe("1");
    // sample vs population σ: same weights, σ differs by √(5/4).
    const pop = criticWeights(MATRIX, undefined, { sd: "population" });
    expect(fixed(pop.weights, 30)).toEqual(fixed(r.weights, 30));
    expect(
      r.sd[0]
        ?.div(pop.sd[0] as Dec)
        .pow(2)
        .toFixed(20),
    ).toBe("1.25000000000000000000");
  });

  it("with directions reflects cost columns (Diakoulaki et al. 1995)", () => {
    const r = criticWeights(MATRIX, ["cost", "benefit", "benefit", "benefit", "benefit", "benefit"]);
    // Cross-checked with numpy: 0.1841 0.2130 0.1422 0.1583 0.1684 0.1340.
    expect(fixed(r.weights, 4)).toEqual(["0.1841", "0.2130", "0.1422", "0.1583", "0.1684", "0.1340"]);
  });

  it("spearman correlation, constant columns and degenerate input", () => {
    const r = criticWeights(
      [
        [1, 5, 3],
        [2, 5, 1],
        [3, 5, 2],
      ],
      undefined,
      { correlation: "spearman" },
    );
    expect(r.constantCriteria).toEqual([1]);
    expect(r.weights[1]?.isZero()).toBe(true);
    // Ranks of column 0: 1 2 3; column 2: 3 1 2 → ρ = −0.5.
    expect(r.correlation[0]?.[2]?.toString()).toBe("-0.5");
    expect(
      codeOf(() =>
        criticWeights([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toBe("weights_undefined");
  });
});

describe("merecWeights", () => {
  // Keshavarz-Ghorabaee et al. (2021), Symmetry 13(4):525, illustrative example (5 alternatives,
  // criteria C1, C2 benefit; C3, C4 cost): weights 0.5752 0.0141 0.4016 0.0091 — also pymcdm's
  // TestMERECWeights.
  it("reproduces the illustrative example of the MEREC paper", () => {
    const r = merecWeights(
      [
        [450, 8000, 54, 145],
        [10, 9100, 2, 160],
        [100, 8200, 31, 153],
        [220, 9300, 1, 162],
        [5, 8400, 23, 158],
      ],
      ["benefit", "benefit", "cost", "cost"],
    );
    expect(fixed(r.weights, 4)).toEqual(["0.5752", "0.0141", "0.4016", "0.0091"]);
    expect(sum(r.weights)).toBe("1");
  });

  it("rejects values ≤ 0", () => {
    expect(
      codeOf(() =>
        merecWeights(
          [
            [1, 0],
            [2, 3],
          ],
          ["benefit", "cost"],
        ),
      ),
    ).toBe("non_positive_value");
  });
});

const positiveMatrix = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, n]) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }), {
      minLength: m,
      maxLength: m,
    }),
  )
  .filter((rows) => (rows[0] ?? []).some((_, j) => rows.some((r) => r[j] !== rows[0]?.[j])));

describe("objective weights: properties", () => {
  const methods = {
    entropy: (m: number[][]) => entropyWeights(m).weights,
    critic: (m: number[][]) => criticWeights(m).weights,
    merec: (m: number[][]) =>
      merecWeights(
        m,
        (m[0] ?? []).map((_, j) => (j % 2 === 0 ? "benefit" : "cost")),
      ).weights,
  };
  for (const [name, method] of Object.entries(methods)) {
    it(`${name}: weights ≥ 0, sum exactly 1, independent of the order of alternatives, deterministic`, () => {
      fc.assert(
        fc.property(positiveMatrix, fc.integer(), (matrix, seed) => {
          let w: Dec[];
          try {
            w = method(matrix);
          } catch (error) {
            // Only the documented "no information at all" outcome may throw.
            expect((error as ScoringError).code).toBe("weights_undefined");
            return;
          }
          expect(w.every((x) => !x.isNegative())).toBe(true);
          expect(sum(w)).toBe("1");
          const shuffled = [...matrix]
            .sort((a, b) => (((a[0] ?? 0) * 31 + seed) % 7) - (((b[0] ?? 0) * 31 + seed) % 7))
            .reverse();
          expect(method(shuffled).map(String)).toEqual(w.map(String));
          expect(method(matrix).map(String)).toEqual(w.map(String));
        }),
        { numRuns: 60 },
      );
    });
  }
});
