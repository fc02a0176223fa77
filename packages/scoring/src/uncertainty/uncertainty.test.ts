import { readFileSync } from "node:fs";
import { type Project, validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { runMonteCarlo } from "./monte-carlo.js";
import { createPrng } from "./prng.js";
import { createUncertaintyModel } from "./uncertainty-model.js";

const load = (rel: string): Project => {
  const v = validateProject(JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")));
  if (!v.ok) throw new Error(`fixture ${rel} is invalid`);
  return v.value;
};
const ECO = "../../../schema/test/fixtures/eco-city.project.json";
const GREEN = "../../../ducha/templates/green-index.project.json";

/** Two indicators scored `direct` (the value is the score) under one node; units with given values. */
function tiny(values: Record<string, [number, number]>, weights: [string, string] = ["1", "1"]): Project {
  const units = Object.keys(values);
  const v = validateProject({
    schemaVersion: 1,
    id: "tiny",
    name: "Tiny",
    system: {
      id: "s",
      name: "S",
      version: "1",
      weighting: "relative",
      nodes: [{ id: "p", name: "P" }],
      indicators: ["x", "y"].map((id, i) => ({
        id,
        parent: "p",
        name: id,
        direction: "higher-better",
        kind: "quantitative",
        binding: false,
        weight: weights[i],
        scoring: { method: "direct" },
      })),
    },
    units: units.map((id) => ({ id, name: id, type: "district" })),
    observations: units.flatMap((u) =>
      ["x", "y"].map((ind, i) => ({ unit: u, indicator: ind, period: "2024", value: String(values[u]?.[i]) })),
    ),
    plan: {
      id: "p",
      name: "P",
      system: "s",
      period: "2024",
      grading: {
        bands: [
          { id: "top", name: "Top", minScore: "50.25" },
          { id: "rest", name: "Rest", minScore: "0" },
        ],
      },
    },
  });
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.value;
}

describe("createUncertaintyModel", () => {
  it("hand-checkable: arithmetic vs geometric aggregation swaps two units", () => {
    // A = (100, 1), B = (50, 50), equal weights.
    // Arithmetic: A = (100 + 1)/2 = 50.5, B = 50 → A first. Geometric: A = √(100·1) = 10, B = 50 → B first.
    const m = createUncertaintyModel(tiny({ a: [100, 1], b: [50, 50] }), {
      aggregation: { alternatives: ["weighted-arithmetic", "weighted-geometric"] },
    });
    expect(m.units).toEqual(["a", "b"]);
    expect(m.dimensions).toEqual([
      { id: "aggregation", kind: "categorical", description: "aggregation: weighted-arithmetic | weighted-geometric" },
    ]);
    const arith = m.evaluate(Float64Array.of(0.2)); // ⌊0.2·2⌋ = 0
    expect(Array.from(arith.scores)).toEqual([50.5, 50]);
    expect(Array.from(arith.ranks)).toEqual([1, 2]);
    const geo = m.evaluate(Float64Array.of(0.7)); // ⌊0.7·2⌋ = 1
    expect(geo.scores[0]).toBeCloseTo(10, 12);
    expect(geo.scores[1]).toBeCloseTo(50, 12);
    expect(Array.from(geo.ranks)).toEqual([2, 1]);
    expect(Array.from(m.nominal.ranks)).toEqual([1, 2]); // the system declares arithmetic
  });

  it("hand-checkable: a uniform ±50 % weight perturbation at the corners of the cube", () => {
    // A = (100, 0): total = 100·w₁/(w₁ + w₂). u = (1⁻, 0): w₁ = 1.5, w₂ = 0.5 → 75; u = (0, 1⁻) → 25.
    const m = createUncertaintyModel(tiny({ a: [100, 0], b: [0, 100] }), {
      weights: { perturbation: "uniform", spread: 0.5, items: ["x", "y"] },
    });
    expect(m.dimensions.map((d) => d.id)).toEqual(["weight:x", "weight:y"]);
    const hi = m.evaluate(Float64Array.of(1 - 2 ** -32, 0));
    expect(hi.scores[0]).toBeCloseTo(75, 6);
    expect(hi.scores[1]).toBeCloseTo(25, 6);
    const centre = m.evaluate(Float64Array.of(0.5, 0.5));
    expect(Array.from(centre.scores)).toEqual([50, 50]);
    expect(Array.from(centre.ranks)).toEqual([1, 1]); // a tie shares rank 1 (competition)
  });

  it("nominal scores and ranks are those of scoreAssessment (eco-city)", () => {
    const p = load(ECO);
    const m = createUncertaintyModel(p, { weights: { perturbation: "uniform", spread: 0.2 } });
    const exact = scoreAssessment(p);
    m.units.forEach((unit, k) => {
      const r = exact.units.find((x) => x.unit === unit);
      expect(r?.status === "scored" ? r.rank : null).toBe(m.nominal.ranks[k]);
      expect(r?.status === "scored" ? r.total.toNumber() : Number.NaN).toBeCloseTo(m.nominal.scores[k] as number, 9);
    });
    expect(m.units.length).toBe(exact.units.filter((u) => u.status === "scored" && u.rank !== null).length);
  });

  it("a categorical choice scores as the exact engine scores the project with that choice made", () => {
    // normalisation alternative k = ⌊u·2⌋: u = 0.75 → min-max for every numeric indicator;
    // missing-data alternative u = 0.75 → "zero" replacing every policy of the plan.
    const p = load(GREEN);
    const m = createUncertaintyModel(p, {
      normalization: { alternatives: ["nominal", { method: "min-max" }] },
      missingData: { alternatives: ["exclude-reweight", "zero"] },
    });
    expect(m.dimensions.map((d) => d.id)).toEqual(["missing-data", "normalization"]);
    const changed = structuredClone(p);
    for (const ind of changed.system.indicators) ind.scoring = { method: "min-max" };
    changed.plan.missingData = { default: "zero" };
    const exact = scoreAssessment(changed);
    const r = m.evaluate(Float64Array.of(0.75, 0.75));
    m.units.forEach((unit, k) => {
      const e = exact.units.find((x) => x.unit === unit);
      expect(e?.status).toBe("scored");
      if (e?.status !== "scored") return;
      expect(r.scores[k]).toBeCloseTo(e.total.toNumber(), 9);
      expect(r.ranks[k]).toBe(e.rank);
    });
    // And it is a different assessment from the nominal one.
    expect(Array.from(r.scores)).not.toEqual(Array.from(m.nominal.scores));
  });

  it("names the combination that cannot be scored (geometric mean over negative z-scores)", () => {
    expect(() =>
      createUncertaintyModel(load(GREEN), {
        normalization: { alternatives: ["nominal", { method: "z-score" }] },
        aggregation: { alternatives: ["weighted-arithmetic", "weighted-geometric"] },
      }),
    ).toThrow(/normalisation 'z-score', aggregation 'weighted-geometric'/);
  });

  it("rejects an invalid spec with invalid_uncertainty_spec", () => {
    const p = load(GREEN);
    expect(() => createUncertaintyModel(p, { weights: { perturbation: "uniform", spread: 1.5 } })).toThrow(
      expect.objectContaining({ code: "invalid_uncertainty_spec" }),
    );
    expect(() =>
      createUncertaintyModel(p, { weights: { perturbation: "uniform", spread: 0.1, items: ["nope"] } }),
    ).toThrow(/unknown node or indicator 'nope'/);
  });
});

describe("runMonteCarlo", () => {
  const spec = {
    weights: { perturbation: "uniform" as const, spread: 0.3 },
    normalization: { alternatives: ["nominal" as const, { method: "min-max" as const }] },
    missingData: { alternatives: ["exclude-reweight" as const, "zero" as const] },
  };

  it("is reproducible from its seed: same seed → identical output, different seed → different", () => {
    const p = load(GREEN);
    const a = runMonteCarlo({ project: p, spec }, { replications: 200, seed: 11 });
    const b = runMonteCarlo({ project: p, spec }, { replications: 200, seed: 11 });
    const c = runMonteCarlo({ project: p, spec }, { replications: 200, seed: 12 });
    expect(b.units).toEqual(a.units);
    expect(Array.from(b.ranks)).toEqual(Array.from(a.ranks));
    expect(Array.from(c.ranks)).not.toEqual(Array.from(a.ranks));
    // The perturbation does move ranks (otherwise the test above would be vacuous).
    expect(a.units.some((u) => u.rankHigh > u.rankLow)).toBe(true);
  });

  it("zero perturbation: every interval collapses onto the nominal rank", () => {
    const r = runMonteCarlo(
      { project: load(ECO), spec: { weights: { perturbation: "uniform", spread: 0 } } },
      { replications: 50, seed: 3 },
    );
    expect(r.units.length).toBeGreaterThan(5);
    for (const u of r.units) {
      expect([u.rankLow, u.medianRank, u.rankHigh, u.meanRank]).toEqual([
        u.nominalRank,
        u.nominalRank,
        u.nominalRank,
        u.nominalRank,
      ]);
      const p = Object.values(u.gradeProbabilities ?? {});
      expect(Math.max(...p)).toBe(1); // always the same grade
    }
  });

  it("hand-checkable: rank distribution and grade probabilities follow the draws of the seed", () => {
    // One categorical dimension: replication r uses geometric iff u_r ≥ 0.5, where u_r is the r-th
    // number of createPrng(5). Under arithmetic A ranks 1 and grades "top" (50.5 ≥ 50.25); under
    // geometric A ranks 2 (A = 10) and grades "rest".
    const model = createUncertaintyModel(tiny({ a: [100, 1], b: [50, 50] }), {
      aggregation: { alternatives: ["weighted-arithmetic", "weighted-geometric"] },
    });
    const R = 400;
    const rng = createPrng(5);
    let geometric = 0;
    for (let r = 0; r < R; r++) if (rng.next() >= 0.5) geometric++;
    const progress: [number, number][] = [];
    const res = runMonteCarlo(model, { replications: R, seed: 5, onProgress: (d, t) => progress.push([d, t]) });
    const a = res.units[0];
    expect(a?.unit).toBe("a");
    expect(a?.meanRank).toBeCloseTo(1 + geometric / R, 12);
    expect(a?.gradeProbabilities).toEqual({ top: (R - geometric) / R, rest: geometric / R });
    expect(a?.nominalRank).toBe(1);
    expect([a?.rankLow, a?.rankHigh]).toEqual([1, 2]);
    expect(geometric).toBeGreaterThan(150); // both choices occur
    expect(geometric).toBeLessThan(250);
    // Progress: about every 1 %, increasing, ending at (R, R).
    expect(progress.length).toBe(100);
    expect(progress.at(-1)).toEqual([R, R]);
    expect(progress.every(([d], i) => i === 0 || d > (progress[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it("Dirichlet weights are centred on the nominal weights", () => {
    // A = (100, 0), B = (0, 100), nominal weights 3 : 1 → ŵ = (0.75, 0.25); E[total A] = 100·E[w₁] = 75.
    const r = runMonteCarlo(
      {
        project: tiny({ a: [100, 0], b: [0, 100] }, ["3", "1"]),
        spec: { weights: { perturbation: "dirichlet", concentration: 10, groups: ["p"] } },
      },
      { replications: 4000, seed: 9 },
    );
    // sd of w₁ = √(0.75·0.25/11) ≈ 0.13, so the mean of 4,000 draws is within ±0.7 of 75 (3.4 σ).
    expect(r.units[0]?.meanScore).toBeGreaterThan(74.3);
    expect(r.units[0]?.meanScore).toBeLessThan(75.7);
    expect((r.units[0]?.meanScore ?? 0) + (r.units[1]?.meanScore ?? 0)).toBeCloseTo(100, 9);
    // B wins when w₁ < 0.5: w₁ ~ Beta(7.5, 2.5), P(w₁ < 0.5) ≈ 4.4 % — rare, but it happens.
    let bWins = 0;
    for (let k = 0; k < 4000; k++) if (r.ranks[2 * k] === 2) bWins++;
    expect(bWins / 4000).toBeGreaterThan(0.025);
    expect(bWins / 4000).toBeLessThan(0.075);
    expect(r.units[0]?.rankHigh).toBe(1);
    expect(r.dimensions.map((d) => d.id)).toEqual(["weight:x", "weight:y"]);
  });
});
