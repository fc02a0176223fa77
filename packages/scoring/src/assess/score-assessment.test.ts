import type { Project } from "@ducha/schema";
import { validateProject } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScoringError } from "../errors.js";
import { explain } from "../explain/explain.js";
import { scoreAssessment } from "./score-assessment.js";
import type { ScoredUnit } from "./types.js";

/**
 * A small project computed by hand:
 * pillar econ (weight 1): gdp (min-max on data, weight 2), jobs (completion ratio, target 10, cap 1.2, weight 1)
 * pillar eco (weight 1): pm25 (lower-better, min-max on fixed goalposts 20–60)
 */
function small(): Project {
  return {
    schemaVersion: 1,
    id: "small",
    name: "Small",
    system: {
      id: "sys",
      name: "Sys",
      version: "1",
      weighting: "relative",
      nodes: [
        { id: "econ", name: "Economy", weight: "1" },
        { id: "eco", name: "Ecology", weight: "1" },
      ],
      indicators: [
        {
          id: "gdp",
          parent: "econ",
          name: "GDP",
          direction: "higher-better",
          kind: "quantitative",
          binding: false,
          weight: "2",
          scoring: { method: "min-max" },
        },
        {
          id: "jobs",
          parent: "econ",
          name: "Jobs",
          direction: "higher-better",
          kind: "quantitative",
          binding: true,
          weight: "1",
          scoring: { method: "completion-ratio", cap: "1.2" },
        },
        {
          id: "pm25",
          parent: "eco",
          name: "PM2.5",
          direction: "lower-better",
          kind: "quantitative",
          binding: false,
          weight: "1",
          scoring: { method: "min-max", goalposts: { low: "20", high: "60" } },
        },
      ],
    },
    units: [
      { id: "a", name: "A", type: "district" },
      { id: "b", name: "B", type: "district" },
      { id: "c", name: "C", type: "district" },
    ],
    targets: [{ indicator: "jobs", period: "2024", target: "10" }],
    observations: [
      { unit: "a", indicator: "gdp", period: "2024", value: "100" },
      { unit: "b", indicator: "gdp", period: "2024", value: "150" },
      { unit: "c", indicator: "gdp", period: "2024", value: "200" },
      { unit: "a", indicator: "jobs", period: "2024", value: "13" },
      { unit: "b", indicator: "jobs", period: "2024", value: "9" },
      { unit: "c", indicator: "jobs", period: "2024", value: "5" },
      { unit: "a", indicator: "pm25", period: "2024", value: "30" },
      { unit: "b", indicator: "pm25", period: "2024", value: "70" },
      { unit: "c", indicator: "pm25", period: "2024", value: "40" },
    ],
    plan: {
      id: "p",
      name: "Plan",
      system: "sys",
      period: "2024",
      grading: {
        bands: [
          { id: "excellent", name: "优秀", minScore: "70", maxShare: "0.34" },
          { id: "good", name: "良好", minScore: "50" },
          { id: "poor", name: "较差", minScore: "0" },
        ],
      },
    },
  };
}

const scored = (r: ReturnType<typeof scoreAssessment>, id: string) => {
  const u = r.units.find((x) => x.unit === id);
  if (u?.status !== "scored") throw new Error(`${id} not scored`);
  return u;
};

describe("scoreAssessment — published figures", () => {
  it("publishes what the exact formula gives, not the 50-digit residue (mean of 85.125, 85, 85.25 → 85.13)", () => {
    const p = small();
    p.system.nodes = [{ id: "all", name: "All", weight: "1" }];
    p.system.indicators = ["x", "y", "z"].map((id) => ({
      id,
      parent: "all",
      name: id,
      direction: "higher-better" as const,
      kind: "quantitative" as const,
      binding: false,
      weight: "1",
      scoring: { method: "min-max" as const, goalposts: { low: "0", high: "100" } },
    }));
    p.targets = [];
    p.plan.grading = undefined;
    p.observations = [
      ["x", "85.125"],
      ["y", "85"],
      ["z", "85.25"],
    ].flatMap(([indicator, value]) => [
      { unit: "a", indicator: indicator as string, period: "2024", value: value as string },
      { unit: "b", indicator: indicator as string, period: "2024", value: "50" },
    ]);
    p.units = p.units.slice(0, 2);
    expect(validateProject(p).ok).toBe(true);
    const a = scored(scoreAssessment(p), "a");
    // Σ xᵢ · (1/3) at 50 digits is 85.12499…9; the exact mean is 85.125, 四舍五入 → 85.13.
    expect(a.total.toString()).toBe("85.124999999999999999999999999999999999999999999999");
    expect(a.published.toFixed(2)).toBe("85.13");
    p.plan.rounding = { decimals: 2, mode: "down" };
    expect(scored(scoreAssessment(p), "a").published.toFixed(2)).toBe("85.12");
    p.plan.rounding = { decimals: 1, mode: "up" };
    expect(scored(scoreAssessment(p), "b").published.toFixed(1)).toBe("50.0");
  });
});

describe("scoreAssessment — hand-computed example", () => {
  it("matches the hand computation exactly", () => {
    expect(validateProject(small()).ok).toBe(true);
    const r = scoreAssessment(small());
    // gdp min-max on data [100, 200]: a 0, b 50, c 100
    // jobs completion ratio ×100, cap 1.2: a min(1.3,1.2)=120, b 90, c 50
    // econ = (2·gdp + jobs)/3: a 40, b 190/3 = 63.333…, c 250/3 = 83.333…
    // pm25 lower-better, fixed goalposts 20–60: (60 − x)/40 ×100: a 75, b 70 → clamped to 60 → 0, c 50
    // total = (econ + eco)/2: a 57.5, b 31.666…, c 66.666…
    const a = scored(r, "a");
    const b = scored(r, "b");
    const c = scored(r, "c");
    expect(a.indicators.jobs?.score?.toString()).toBe("120");
    expect(a.indicators.jobs?.flags).toContain("capped");
    expect(b.indicators.pm25?.flags).toContain("clamped");
    expect(a.total.toString()).toBe("57.5");
    expect(b.total.toFixed(10)).toBe("31.6666666667");
    expect(c.total.toFixed(10)).toBe("66.6666666667");
    expect(c.published.toString()).toBe("66.67");
    expect(b.published.toString()).toBe("31.67");
    expect([c.rank, a.rank, b.rank]).toEqual([1, 2, 3]);
    // global weights: gdp 1/2·2/3 = 1/3, jobs 1/6, pm25 1/2; contributions add up to the total
    expect(c.indicators.gdp?.globalWeight.toFixed(12)).toBe("0.333333333333");
    const sum = Object.values(a.indicators).reduce((s, i) => s.plus(i.contribution ?? 0), a.total.minus(a.total));
    expect(sum.toString()).toBe("57.5");
    // binding jobs missed by b and c (9 < 10, 5 < 10)
    expect(b.bindingMissed).toEqual(["jobs"]);
    expect(a.bindingMissed).toEqual([]);
  });

  it("grades with the quota: 优秀 ≥ 70 is nobody; good ≥ 50 for a and c", () => {
    const r = scoreAssessment(small());
    expect(scored(r, "c").grade).toBe("good");
    expect(scored(r, "a").grade).toBe("good");
    expect(scored(r, "b").grade).toBe("poor");
  });

  it("applies bonus/deduction with caps and a veto that caps the grade", () => {
    const p = small();
    p.plan.adjustments = [
      { id: "award", name: "Award", type: "bonus", points: "3", cap: "4" },
      { id: "violation", name: "Violation", type: "deduction", points: "1" },
    ];
    p.adjustmentRecords = [
      { unit: "c", adjustment: "award", period: "2024", count: 2 },
      { unit: "a", adjustment: "violation", period: "2024", count: 2 },
    ];
    p.plan.vetoes = [
      { id: "incident", name: "Incident", trigger: { type: "event" }, effect: { type: "cap-grade", grade: "good" } },
    ];
    p.vetoEvents = [{ unit: "c", veto: "incident", period: "2024" }];
    const r = scoreAssessment(p);
    const c = scored(r, "c");
    // 66.666… + min(6, 4) = 70.666…; 优秀 quota floor(0.34·3) = 1 but the veto caps c at good
    expect(c.total.toFixed(4)).toBe("70.6667");
    expect(c.adjustments.bonus.toString()).toBe("4");
    expect(c.flags).toEqual(expect.arrayContaining(["bonus_capped", "vetoed", "grade_capped"]));
    expect(c.grade).toBe("good");
    expect(scored(r, "a").total.toString()).toBe("55.5");
  });

  it("is deterministic and independent of the order of units and observations", () => {
    const r1 = JSON.stringify(scoreAssessment(small()));
    const p = small();
    p.units.reverse();
    p.observations?.reverse();
    p.system.indicators.reverse();
    expect(JSON.stringify(scoreAssessment(p))).toBe(r1);
  });

  it("missing data: excluded and re-weighted, zero, carried forward, category mean — always flagged", () => {
    const p = small();
    p.observations = (p.observations ?? []).filter((o) => !(o.unit === "a" && o.indicator === "gdp"));
    const excluded = scored(scoreAssessment(p), "a");
    expect(excluded.indicators.gdp?.score).toBeNull();
    expect(excluded.indicators.gdp?.flags).toEqual(expect.arrayContaining(["missing", "excluded"]));
    // econ = jobs only = 120 (re-weighted); total = (120 + 75)/2
    expect(excluded.total.toString()).toBe("97.5");

    p.plan.missingData = { default: "zero" };
    const zero = scored(scoreAssessment(p), "a");
    expect(zero.indicators.gdp?.flags).toContain("zero_filled");
    expect(zero.indicators.gdp?.score?.toString()).toBe("0");

    p.plan.missingData = { default: "carry-forward" };
    p.observations.push({ unit: "a", indicator: "gdp", period: "2023", value: "175" });
    const carried = scored(scoreAssessment(p), "a");
    expect(carried.indicators.gdp?.source).toBe("carried_forward");
    expect(carried.indicators.gdp?.period).toBe("2023");
    expect(carried.indicators.gdp?.flags).toContain("carried_forward");

    p.plan.missingData = { default: "category-mean" };
    const imputed = scored(scoreAssessment(p), "a");
    expect(imputed.indicators.gdp?.raw?.toString()).toBe("175"); // mean of b 150 and c 200
    expect(imputed.indicators.gdp?.flags).toContain("imputed");
  });

  it("reports insufficient data instead of a number when nothing is known", () => {
    const p = small();
    p.observations = (p.observations ?? []).filter((o) => o.unit !== "b");
    const r = scoreAssessment(p);
    const b = r.units.find((u) => u.unit === "b");
    expect(b?.status).toBe("insufficient_data");
    expect(r.units.at(-1)?.unit).toBe("b");
  });

  it("throws typed errors for input that cannot be scored", () => {
    const zeroRange = small();
    zeroRange.system.indicators[0] = {
      ...zeroRange.system.indicators[0],
      scoring: { method: "min-max" },
    } as Project["system"]["indicators"][number];
    zeroRange.observations = (zeroRange.observations ?? []).map((o) =>
      o.indicator === "gdp" ? { ...o, value: "5" } : o,
    );
    expect(() => scoreAssessment(zeroRange)).toThrow(ScoringError);
    const log = small();
    (log.system.indicators[0] as { transforms?: unknown }).transforms = [{ type: "log" }];
    log.observations = (log.observations ?? []).map((o) =>
      o.unit === "a" && o.indicator === "gdp" ? { ...o, value: "-1" } : o,
    );
    expect(() => scoreAssessment(log)).toThrow(/ln\(x\) needs x > 0/);
    const noTarget = small();
    noTarget.targets = [];
    expect(() => scoreAssessment(noTarget)).toThrow(/needs a target/);
  });

  it("explains every step in data and text", () => {
    const r = scoreAssessment(small());
    const e = explain(r, "a");
    expect(e.steps.map((s) => s.step)).toEqual(
      expect.arrayContaining(["raw", "normalize", "weight", "aggregate", "round", "rank", "grade"]),
    );
    expect(e.text.en).toContain("jobs: observed 13 (2024), target 10");
    expect(e.text.zh).toContain("四舍五入公布为 57.50");
    const node = explain(r, "a", "econ");
    expect(node.steps.every((s) => ["gdp", "jobs", "econ"].includes(s.subject ?? ""))).toBe(true);
    expect(() => explain(r, "zz")).toThrow(ScoringError);
  });
});

describe("scoreAssessment — properties", () => {
  const values = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 9, maxLength: 9 });
  const withValues = (v: number[]): Project => {
    const p = small();
    p.observations = (p.observations ?? []).map((o, i) => ({ ...o, value: String(v[i]) }));
    p.targets = [{ indicator: "jobs", period: "2024", target: "500" }];
    (p.system.indicators[0] as { scoring: unknown }).scoring = {
      method: "min-max",
      goalposts: { low: "0", high: "1000" },
    };
    return p;
  };

  it("totals stay within their declared range: [0, 120·1/6 + 100·5/6] with min-max and a 1.2-capped ratio", () => {
    fc.assert(
      fc.property(values, (v) => {
        for (const u of scoreAssessment(withValues(v)).units) {
          if (u.status !== "scored") continue;
          expect(u.total.greaterThanOrEqualTo(0)).toBe(true);
          expect(u.total.lessThanOrEqualTo("103.3333333333333333333333333333333333333333333334")).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("improving one raw value in its good direction never lowers that unit's score (compensatory aggregation)", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 200 }), (v, k, delta) => {
        const before = scoreAssessment(withValues(v));
        const better = [...v];
        const lowerIsBetter = k >= 6; // observations 6–8 are pm25
        better[k] = lowerIsBetter ? Math.max(0, (v[k] ?? 0) - delta) : (v[k] ?? 0) + delta;
        const after = scoreAssessment(withValues(better));
        const unit = ["a", "b", "c"][k % 3] as string;
        const t0 = (before.units.find((u) => u.unit === unit) as ScoredUnit).total;
        const t1 = (after.units.find((u) => u.unit === unit) as ScoredUnit).total;
        expect(t1.greaterThanOrEqualTo(t0)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("permuting units and observations changes nothing", () => {
    fc.assert(
      fc.property(values, fc.array(fc.nat(), { minLength: 9, maxLength: 9 }), (v, keys) => {
        const p = withValues(v);
        const q = withValues(v);
        q.observations = [...(q.observations ?? [])]
          .map((o, i) => ({ o, k: keys[i] ?? 0 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.o);
        q.units = [...q.units].reverse();
        expect(JSON.stringify(scoreAssessment(q))).toBe(JSON.stringify(scoreAssessment(p)));
      }),
      { numRuns: 30 },
    );
  });
});
