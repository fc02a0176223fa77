import { readFileSync } from "node:fs";
import { loadProject, type Project } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { ScoringError } from "../errors.js";
import { D } from "../internal/decimal.js";
import { twoPillarProject } from "../test-fixtures/two-pillar-project.js";
import { auditAssessment } from "./audit-assessment.js";
import { correlationMatrix } from "./correlation-matrix.js";
import { cronbachAlpha } from "./cronbach-alpha.js";
import { indicatorStatistics } from "./indicator-statistics.js";

describe("indicatorStatistics", () => {
  // COINr "treat" vignette: x <- c(1:10, 30, 100), used to show check_SkewKurt() failing.
  const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
  const units = x.map((_, i) => `u${i + 1}`);

  it("describes the COINr outlier example and flags it by |skew| > 2 and kurtosis > 3.5", () => {
    const s = indicatorStatistics(x, { units });
    // Σx = 185, mean = 185/12; skewness and kurtosis (type 2) as computed independently in double
    // precision (NumPy, the e1071 type-2 formulas): G1 = 3.063241, G2 = 9.741391.
    expect(s.mean?.toFixed(10)).toBe(new D(185).div(12).toFixed(10));
    expect(s.skewness?.toFixed(6)).toBe("3.063241");
    expect(s.kurtosis?.toFixed(6)).toBe("9.741391");
    expect(s.flags.skewKurtosis).toBe(true);
    // R quantile type 7: h = 11·0.25 = 2.75 → 3 + 0.75·1 = 3.75; h = 8.25 → 9 + 0.25 = 9.25; median 6.5
    expect([s.q1?.toString(), s.median?.toString(), s.q3?.toString(), s.iqr?.toString()]).toEqual([
      "3.75",
      "6.5",
      "9.25",
      "5.5",
    ]);
    // Tukey fences 3.75 − 8.25 = −4.5 and 9.25 + 8.25 = 17.5: 30 and 100 lie above.
    expect(s.fences?.low.toString()).toBe("-4.5");
    expect(s.fences?.high.toString()).toBe("17.5");
    expect(s.outliers.map((o) => [o.unit, o.value.toString(), o.side])).toEqual([
      ["u11", "30", "high"],
      ["u12", "100", "high"],
    ]);
    expect(s.min?.toString()).toBe("1");
    expect(s.max?.toString()).toBe("100");
    expect(s.sd?.toFixed(6)).toBe("27.688062"); // R: sd(c(1:10, 30, 100))
    expect(s.flags.lowAvailability).toBe(false);
  });

  it("without the two outliers, the flag is off", () => {
    const s = indicatorStatistics(x.slice(0, 10));
    expect(s.skewness?.toString()).toBe("0");
    expect(s.flags.skewKurtosis).toBe(false);
    expect(s.outliers).toEqual([]);
  });

  it("counts missing values, zeros and distinct values, and flags them by COINr's thresholds", () => {
    const s = indicatorStatistics([0, 0, 0, 5, null, null, null, null]);
    expect([s.n, s.available, s.missing, s.nonZero, s.unique]).toEqual([8, 4, 4, 1, 2]);
    expect(s.missingShare.toString()).toBe("0.5");
    expect(s.flags).toEqual({ lowAvailability: true, manyZeros: true, fewUnique: false, skewKurtosis: false });
    expect(indicatorStatistics([1, 1, 1, 2]).flags.fewUnique).toBe(false); // 2/4 is not < 0.5
    expect(indicatorStatistics([1, 1, 1, 1, 1, 2]).flags.fewUnique).toBe(true); // 2/6
  });

  it("reports undefined statistics as null with the reason, never NaN", () => {
    expect(indicatorStatistics([null, null]).notes).toEqual(["no_values"]);
    expect(indicatorStatistics([null, null]).mean).toBeNull();
    const two = indicatorStatistics([1, 3]);
    expect(two.sd?.toFixed(6)).toBe("1.414214");
    expect(two.skewness).toBeNull();
    expect(two.notes).toEqual(["too_few_for_skewness", "too_few_for_kurtosis"]);
    const constant = indicatorStatistics([4, 4, 4, 4]);
    expect(constant.sd?.toString()).toBe("0");
    expect(constant.notes).toEqual(["zero_variance"]);
    expect(constant.outliers).toEqual([]);
    expect(() => indicatorStatistics([1, 2], { units: ["a"] })).toThrow(ScoringError);
    expect(() => indicatorStatistics([1, "x"])).toThrow(/values\.1/);
  });
});

describe("correlationMatrix", () => {
  it("Pearson: Anscombe's (1973) quartet, sets I and IV, r = 0.816", () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const x4 = [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8];
    const y4 = [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89];
    const m = correlationMatrix([
      { id: "x", values: x },
      { id: "y1", values: y1 },
    ]);
    expect(m.pearson[0]?.[1]?.toFixed(3)).toBe("0.816");
    expect(m.pearson[0]?.[1]?.toFixed(6)).toBe("0.816421");
    expect(m.pearson[0]?.[0]?.toString()).toBe("1");
    const m4 = correlationMatrix([
      { id: "x4", values: x4 },
      { id: "y4", values: y4 },
    ]);
    expect(m4.pearson[1]?.[0]?.toFixed(3)).toBe("0.817"); // 0.81652: Anscombe's "0.816" truncated
  });

  it("Spearman: the IQ vs hours of TV example, ρ = 1 − 6·194/(10·99) = −29/165", () => {
    // Worked example of Spearman's rank correlation (Wikipedia, "Spearman's rank correlation
    // coefficient", Example): Σd² = 194, n = 10.
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const m = correlationMatrix([
      { id: "iq", values: iq },
      { id: "tv", values: tv },
    ]);
    expect(m.spearman[0]?.[1]?.toFixed(30)).toBe(new D(-29).div(165).toFixed(30));
  });

  it("uses pairwise-complete observations and says how many pairs", () => {
    const m = correlationMatrix([
      { id: "a", values: [1, 2, 3, 4, null] },
      { id: "b", values: [2, 4, 5, null, 9] },
      { id: "c", values: [1, null, 1, 1, 1] },
    ]);
    expect(m.pairs).toEqual([
      [4, 3, 3],
      [3, 4, 3],
      [3, 3, 4],
    ]);
    const direct = correlationMatrix([
      { id: "a", values: [1, 2, 3] },
      { id: "b", values: [2, 4, 5] },
    ]);
    expect(m.pearson[0]?.[1]?.toString()).toBe(direct.pearson[0]?.[1]?.toString());
    expect(m.pearson[0]?.[1]?.toFixed(4)).toBe("0.9820");
    // c is constant: undefined correlations are null, not NaN
    expect(m.pearson[0]?.[2]).toBeNull();
    expect(m.spearman[2]?.[2]).toBeNull();
    // fewer than minPairs complete pairs
    expect(
      correlationMatrix(
        m.ids.map((id, i) => ({
          id,
          values: [
            [1, 2, 3],
            [3, 1, 2],
            [1, 1, 2],
          ][i] as number[],
        })),
        { minPairs: 4 },
      ).pearson[0]?.[1],
    ).toBeNull();
    expect(() =>
      correlationMatrix([
        { id: "a", values: [1] },
        { id: "a", values: [2] },
      ]),
    ).toThrow(/twice/);
    expect(() =>
      correlationMatrix([
        { id: "a", values: [1] },
        { id: "b", values: [2, 3] },
      ]),
    ).toThrow(ScoringError);
  });
});

describe("cronbachAlpha", () => {
  it("reproduces the SPSS RELIABILITY example of Denis, Applied Univariate, Bivariate, and Multivariate Statistics", () => {
    // D. J. Denis (Wiley), Cronbach's alpha example: five items, ten cases; SPSS output
    // "Cronbach's Alpha 0.633, Cronbach's Alpha Based on Standardized Items 0.691"; item means
    // 7.3, 8.8, 9.1, 9.4, 7.0.
    const rows = [
      [10, 12, 15, 11, 12],
      [12, 18, 12, 12, 1],
      [8, 16, 14, 14, 4],
      [6, 8, 16, 8, 6],
      [4, 7, 8, 7, 5],
      [6, 6, 3, 7, 3],
      [3, 4, 6, 5, 8],
      [7, 3, 7, 9, 9],
      [8, 9, 4, 10, 10],
      [9, 5, 6, 11, 12],
    ];
    const items = [0, 1, 2, 3, 4].map((j) => ({ id: `item_${j + 1}`, values: rows.map((r) => r[j] as number) }));
    const a = cronbachAlpha(items);
    // By hand: item variances 66.1/9, 229.6/9, 202.9/9, 66.4/9, 130/9 → Σ = 695/9; row totals
    // 60, 55, 56, 44, 31, 25, 26, 35, 41, 43 (mean 41.6) → s_T² = 1408.4/9.
    // α = 5/4 · (1 − 695/1408.4) = 17835/28168 = 0.63317
    expect(a.raw?.toFixed(30)).toBe(new D(17835).div(28168).toFixed(30));
    expect(a.raw?.toFixed(3)).toBe("0.633");
    expect(a.standardized?.toFixed(3)).toBe("0.691");
    expect(a.meanInterItemCorrelation?.toFixed(4)).toBe("0.3093");
    expect([a.items, a.cases, a.excluded]).toEqual([5, 10, []]);
  });

  it("deletes incomplete cases listwise and reports them; keeps a negative alpha as computed", () => {
    // x, y of the remove-one example: Σs_i² = 2875/3 + 2075/3 = 1650, s_T² = 1000 → α = 2·(1 − 1.65) = −1.3
    const a = cronbachAlpha([
      { id: "x", values: [60, 90, 20, 80, null] },
      { id: "y", values: [80, 20, 60, 70, 50] },
    ]);
    expect(a.raw?.toString()).toBe("-1.3");
    expect(a.excluded).toEqual([4]);
    expect(a.cases).toBe(4);
    expect(cronbachAlpha([{ id: "x", values: [1, 2, 3] }]).raw).toBeNull();
    expect(
      cronbachAlpha([
        { id: "x", values: [1, 1, 1] },
        { id: "y", values: [1, 2, 3] },
      ]).standardized,
    ).toBeNull();
  });
});

/** The remove-one example: pillars P (x, y) and Q (z), direct scores. */
const small = (): Project => twoPillarProject();

describe("auditAssessment", () => {
  it("on a hand-checkable project: pillar correlations, flags and alpha", () => {
    const project = small();
    const audit = auditAssessment(project, scoreAssessment(project));
    expect(audit.units).toEqual(["b", "a", "d", "c"]);
    expect(audit.indicators.map((i) => [i.indicator, i.pillar, i.basis])).toEqual([
      ["x", "P", "raw"],
      ["y", "P", "raw"],
      ["z", "Q", "raw"],
    ]);
    // r(x, y) = −975/√(2875·2075) ≈ −0.3992: not below −0.4, so no flag by default …
    expect(audit.indicatorCorrelations.pearson[0]?.[1]?.toFixed(4)).toBe("-0.3992");
    expect(audit.flags).toEqual([]);
    // … but below −0.3
    const strict = auditAssessment(project, scoreAssessment(project), { negativeBelow: "-0.3" });
    expect(strict.flags.map((f) => [f.kind, f.pillar, f.a, f.b])).toEqual([["negative", "P", "x", "y"]]);
    // x with its pillar P = (x + y)/2: r = 0.6470; z is alone in Q, so r(z, Q) = 1
    expect(audit.indicators[0]?.withPillar.pearson?.toFixed(4)).toBe("0.6470");
    expect(audit.indicators[2]?.withPillar.pearson?.toString()).toBe("1");
    // pillar vs pillar: r(P, Q) = −0.6172; r(P, index) = 0.3651
    expect(audit.pillarCorrelations.ids).toEqual(["P", "Q", "index"]);
    expect(audit.pillarCorrelations.pearson[0]?.[1]?.toFixed(4)).toBe("-0.6172");
    expect(audit.pillarCorrelations.pearson[0]?.[2]?.toFixed(4)).toBe("0.3651");
    // alpha of P (x, y) = −1.3 (see above); Q has one item (undefined); index over P and Q
    expect(audit.cronbach.map((c) => [c.group, c.raw?.toString() ?? null])).toEqual([
      ["P", "-1.3"],
      ["Q", null],
      ["index", expect.any(String)],
    ]);
    expect(audit.pillarCoherence[0]?.meanWithin?.toFixed(4)).toBe("-0.3992");
  });

  it("on the eco-city fixture: every indicator, pillar and the index, with consistent shapes", () => {
    const loaded = loadProject(
      readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
    );
    if (!loaded.ok) throw new Error("eco-city fixture does not load");
    const project = loaded.value;
    const result = scoreAssessment(project);
    const audit = auditAssessment(project, result);
    expect(audit.indicators).toHaveLength(Object.keys(result.indicators).length);
    expect(audit.pillarCorrelations.ids).toEqual(["duty", "ecology", "economy", "livelihood", "index"]);
    expect(audit.cronbach.map((c) => c.group)).toEqual(["duty", "ecology", "economy", "livelihood", "index"]);
    // Qualitative indicators are described by their scores, quantitative ones by raw values.
    expect(audit.indicators.find((i) => i.indicator === "leadership_evaluation")?.basis).toBe("score");
    expect(audit.indicators.find((i) => i.indicator === "gdp_growth")?.basis).toBe("raw");
    // Departments are not assessed on gdp_growth (the city is not assessed at all): 4 districts + 4 counties.
    expect(audit.indicators.find((i) => i.indicator === "gdp_growth")?.statistics.n).toBe(8);
    const k = audit.indicatorCorrelations.ids.length;
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) {
        const a = audit.indicatorCorrelations.pearson[i]?.[j];
        const b = audit.indicatorCorrelations.pearson[j]?.[i];
        expect(a?.toString()).toBe(b?.toString());
        if (a !== null && a !== undefined) expect(a.abs().lessThanOrEqualTo(1)).toBe(true);
      }
    }
    expect(() => auditAssessment({ ...project, id: "other" }, result)).toThrow(/result/);
  });
});
