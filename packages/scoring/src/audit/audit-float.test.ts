import { readFileSync } from "node:fs";
import { loadProject, validateProject } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { ScoringError } from "../errors.js";
import { buildProject, projectShapeArbitrary } from "../float/test-projects.js";
import { D, type Dec, toDecimal } from "../internal/decimal.js";
import { type AssessmentAudit, auditAssessment } from "./audit-assessment.js";
import { correlationMatrixFloat, cronbachAlphaFloat, floatColumn, indicatorStatisticsFloat } from "./audit-float.js";
import { correlationMatrix } from "./correlation-matrix.js";
import { cronbachAlpha } from "./cronbach-alpha.js";
import { indicatorStatistics } from "./indicator-statistics.js";

const isDec = (x: unknown): x is Dec => D.isDecimal(x);

/**
 * Differences between an exact and a float result: every Decimal within 1e-9 relative (absolute
 * below 1), everything else (counts, nulls, flags, ids, outliers) equal.
 */
function differences(exact: unknown, float: unknown, path = "$", out: string[] = []): string[] {
  if (isDec(exact) || isDec(float)) {
    if (!isDec(exact) || !isDec(float)) out.push(`${path}: ${String(exact)} vs ${String(float)}`);
    else if (exact.minus(float).abs().greaterThan(D.max(1, exact.abs()).times("1e-9")))
      out.push(`${path}: ${exact.toString()} vs ${float.toString()}`);
    return out;
  }
  if (Array.isArray(exact) && Array.isArray(float)) {
    if (exact.length !== float.length) out.push(`${path}: length ${exact.length} vs ${float.length}`);
    else
      exact.forEach((x, i) => {
        differences(x, float[i], `${path}.${i}`, out);
      });
    return out;
  }
  if (typeof exact === "object" && exact !== null && typeof float === "object" && float !== null) {
    const keys = new Set([...Object.keys(exact), ...Object.keys(float)]);
    keys.delete("arithmetic");
    for (const key of keys)
      differences(
        (exact as Record<string, unknown>)[key],
        (float as Record<string, unknown>)[key],
        `${path}.${key}`,
        out,
      );
    return out;
  }
  if (exact !== float) out.push(`${path}: ${String(exact)} vs ${String(float)}`);
  return out;
}

/**
 * Whether every column the audit reads (indicator raw values and scores, node scores, the index) has
 * as many distinct values in double precision as in exact decimals. Not so when values differ only
 * beyond the 16th digit (e.g. category means imputed for several units): the float path then sees
 * ties or a constant column where the exact path sees distinct values and a (defined) correlation —
 * an inherent limit of binary floats, left out here. Constant columns whose 50-digit mean is not
 * their value (a column of 80.7692307…231) are included: both paths now decide constancy exactly.
 */
function floatDistinguishable(result: ReturnType<typeof scoreAssessment>): boolean {
  const columns = new Map<string, unknown[]>();
  const add = (key: string, v: unknown) => {
    if (!isDec(v)) return;
    const list = columns.get(key) ?? [];
    list.push(v);
    columns.set(key, list);
  };
  for (const u of result.units) {
    for (const [id, cell] of Object.entries(u.indicators)) {
      add(`raw:${id}`, cell.raw);
      add(`score:${id}`, cell.score);
    }
    if (u.status !== "scored") continue;
    for (const [id, node] of Object.entries(u.nodes)) add(`node:${id}`, node.score);
    add("base", u.base);
  }
  for (const values of columns.values()) {
    const decs = values as Dec[];
    if (new Set(decs.map((d) => d.toString())).size !== new Set(decs.map((d) => d.toNumber())).size) return false;
  }
  return true;
}

const both = (project: Parameters<typeof auditAssessment>[0], options = {}) => {
  const result = scoreAssessment(project);
  const exact = auditAssessment(project, result, { ...options, arithmetic: "exact" });
  const float = auditAssessment(project, result, { ...options, arithmetic: "float" });
  return { exact, float };
};

describe("auditAssessment float path", () => {
  it("agrees with the exact path to 1e-9 on the eco-city fixture (raw and score bases)", () => {
    const loaded = loadProject(
      readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
    );
    if (!loaded.ok) throw new Error("eco-city fixture does not load");
    for (const statisticsOn of ["raw", "score"] as const) {
      const { exact, float } = both(loaded.value, { statisticsOn });
      expect(exact.arithmetic).toBe("exact");
      expect(float.arithmetic).toBe("float");
      expect(differences(exact, float)).toEqual([]);
    }
  });

  it("agrees with the exact path to 1e-9 on generated projects (missing values, ties, categories)", () => {
    fc.assert(
      fc.property(projectShapeArbitrary, (shape) => {
        const v = validateProject(buildProject(shape));
        if (!v.ok) throw new Error(`generated project is invalid: ${JSON.stringify(v.issues.slice(0, 3))}`);
        let result: ReturnType<typeof scoreAssessment>;
        try {
          result = scoreAssessment(v.value);
        } catch (e) {
          if (e instanceof ScoringError) return; // not scorable: nothing to audit
          throw e;
        }
        fc.pre(floatDistinguishable(result));
        const exact = auditAssessment(v.value, result, { arithmetic: "exact", minPairs: 2 });
        const float = auditAssessment(v.value, result, { arithmetic: "float", minPairs: 2 });
        // The skew–kurtosis flag is decided exactly on both paths near its thresholds (G1 = 2 exactly
        // for three equal values and one other), so it is compared like everything else.
        const problems = differences(exact, float);
        expect(problems).toEqual([]);
      }),
      { numRuns: 80, seed: 20261126 },
    );
  });

  it('"auto" picks exact for small work and float above k(k + 1)/2 · n = 20,000', () => {
    const loaded = loadProject(
      readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
    );
    if (!loaded.ok) throw new Error("eco-city fixture does not load");
    const result = scoreAssessment(loaded.value);
    expect(auditAssessment(loaded.value, result).arithmetic).toBe("exact"); // 30 indicators × 12 units: 5,580
    expect(() => auditAssessment(loaded.value, result, { arithmetic: "fast" as "float" })).toThrow(
      expect.objectContaining({ code: "invalid_options", path: ["options", "arithmetic"] }),
    );
    // 100 units × 20 indicators: 210 · 100 = 21,000 > 20,000
    const units = Array.from({ length: 100 }, (_, u) => `u${String(u).padStart(3, "0")}`);
    const indicators = Array.from({ length: 20 }, (_, i) => `i${String(i).padStart(2, "0")}`);
    const project = validateProject({
      schemaVersion: 1,
      id: "big",
      name: "Big",
      units: units.map((id) => ({ id, name: id, type: "district" })),
      system: {
        id: "sys",
        name: "S",
        version: "1",
        weighting: "relative",
        nodes: [{ id: "P", name: "P", weight: "1" }],
        indicators: indicators.map((id) => ({
          id,
          name: id,
          parent: "P",
          kind: "quantitative",
          direction: "higher-better",
          binding: false,
          weight: "1",
          scoring: { method: "min-max" },
        })),
      },
      observations: units.flatMap((unit, u) =>
        indicators.map((indicator, i) => ({
          unit,
          indicator,
          period: "2024",
          value: String(((u * 7 + i * 13) % 31) + i),
        })),
      ),
      plan: { id: "p", name: "Plan", system: "sys", period: "2024" },
    });
    if (!project.ok) throw new Error(JSON.stringify(project.issues.slice(0, 3)));
    expect(auditAssessment(project.value, scoreAssessment(project.value)).arithmetic).toBe("float");
  });
});

describe("float building blocks", () => {
  const cols = [
    [1, 2, 2, 4, 5, null, 7],
    [3, 1, 4, 1, 5, 9, null],
    [2, 2, 2, 2, 2, 2, 2],
    [7, null, 5, 4, 3, 2, 1],
    // A constant column of 200/7 (28.571…429 at 50 digits, whose 50-digit mean is not itself).
    Array.from({ length: 7 }, () => "200/7"),
  ];
  const dec = (xs: (number | string | null)[]) =>
    xs.map((x) => (x === null ? null : typeof x === "string" ? toDecimal(x) : new D(x)));

  it("correlation matrix: Pearson, Spearman with average ranks for ties, nulls and pairs as the exact one", () => {
    const exact = correlationMatrix(cols.map((values, i) => ({ id: `c${i}`, values })));
    const float = correlationMatrixFloat(
      cols.map((_, i) => `c${i}`),
      cols.map((c) => floatColumn(dec(c))),
      3,
    );
    expect(differences(exact, float)).toEqual([]);
    // c0 and c1 over their 5 complete pairs (rows 1–5): c0 = 1, 2, 2, 4, 5 → ranks 1, 2.5, 2.5, 4, 5;
    // c1 = 3, 1, 4, 1, 5 → ranks 3, 1.5, 4, 1.5, 5. Deviations from the mean rank 3: (−2, −0.5, −0.5,
    // 1, 2) and (0, −1.5, 1, −1.5, 2): Σdxdy = 2.75, Σdx² = Σdy² = 9.5, so ρ = 2.75/9.5 = 0.2895
    expect(float.spearman[0]?.[1]?.toFixed(4)).toBe("0.2895");
    expect(float.pairs[0]?.[1]).toBe(5);
    expect(float.pearson[2]?.[0]).toBeNull(); // constant column
    expect(exact.pearson[4]?.[4]).toBeNull(); // constant 200/7 column: null on both paths
    expect(exact.spearman[4]?.[0]).toBeNull();
    expect(float.spearman[0]?.[3]?.toString()).toBe("-1"); // rows 1, 3, 4, 5, 7: reversed order
  });

  it("Cronbach's alpha and indicator statistics as the exact ones", () => {
    // D. J. Denis (Wiley), SPSS RELIABILITY example: alpha 0.633, standardised 0.691 — the same
    // five items as audit.test.ts; here only agreement with the exact path is checked.
    const items = [
      [1, 2, 3, 4, 5, 4, 3, 2, 4, 5],
      [2, 2, 3, 5, 4, 4, 3, 1, 5, 5],
      [1, 3, 3, 4, 5, 5, 2, 2, 4, 4],
      [3, 1, 2, 4, 4, 3, 3, 2, 5, 4],
      [2, 2, 4, 3, 5, 4, 2, 3, 3, 5],
    ];
    const exact = cronbachAlpha(items.map((values, i) => ({ id: `q${i}`, values })));
    const float = cronbachAlphaFloat(items.map((c) => floatColumn(dec(c))));
    expect(differences(exact, float)).toEqual([]);
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100, null, 0, 0];
    const t = {
      skew: new D(2),
      kurt: new D("3.5"),
      avail: new D("0.65"),
      zero: new D("0.5"),
      unique: new D("0.5"),
      k: new D("1.5"),
    };
    const units = x.map((_, i) => `u${i}`);
    expect(differences(indicatorStatistics(x, { units }), indicatorStatisticsFloat(dec(x), { units }, t))).toEqual([]);
    const t7 = new D(200).div(7); // 28.571…429 at 50 digits; the 50-digit mean of 4 copies is not t7
    for (const few of [[], [null], [3], [3, 3, 3], [1, 2], [5, 5, 5, 5, 6], [0, 0, 0, 1], [0, 0, 0, -1]]) {
      const d = dec(few);
      expect(differences(indicatorStatistics(few), indicatorStatisticsFloat(d, {}, t)), JSON.stringify(few)).toEqual(
        [],
      );
    }
    // Constant columns of a repeating decimal: exact and float both see a constant column.
    const constant = [t7, t7, t7, t7, null, t7];
    expect(differences(indicatorStatistics(constant), indicatorStatisticsFloat(constant, {}, t))).toEqual([]);
  });
});

/** Float and exact audits are both AssessmentAudit values (type check). */
export type _Check = AssessmentAudit;
