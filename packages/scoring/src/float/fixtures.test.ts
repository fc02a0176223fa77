import { readFileSync } from "node:fs";
import { type Project, validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { compareWithExact } from "./agreement.js";
import { compileFloatModel } from "./float-model.js";
import { scoreAssessmentFloat, scoreFloatModel } from "./score-float.js";

const load = (rel: string): Project => {
  const json = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8"));
  const v = validateProject(json);
  if (!v.ok) throw new Error(`fixture ${rel} is invalid`);
  return v.value;
};

const FIXTURES = {
  "eco-city": "../../../schema/test/fixtures/eco-city.project.json",
  "green-index": "../../../ducha/templates/green-index.project.json",
  okr: "../../../ducha/templates/okr.project.json",
} as const;

describe("float fast path agrees with scoreAssessment on the example projects (1e-9 relative)", () => {
  for (const [name, rel] of Object.entries(FIXTURES)) {
    for (const rankOn of ["published", "exact"] as const) {
      it(`${name} (rankOn ${rankOn})`, () => {
        const p = load(rel);
        const exact = scoreAssessment(p, { rankOn });
        const float = scoreAssessmentFloat(p, { rankOn });
        expect(compareWithExact(exact, float)).toEqual([]);
        // Not vacuous: every unit of the exact result is compared and most are scored.
        expect(float.units.length).toBe(exact.units.length);
        expect(exact.units.filter((u) => u.status === "scored").length).toBeGreaterThan(5);
      });
    }
  }

  it("eco-city exercises vetoes, adjustments, categories, carry-forward and a geometric node", () => {
    const p = load(FIXTURES["eco-city"]);
    const r = scoreAssessmentFloat(p);
    const exact = scoreAssessment(p);
    const lan = r.units.indexOf("c_lan");
    // c_lan has a major environmental incident: its grade is capped at "good" in both paths.
    const lanExact = exact.units.find((u) => u.unit === "c_lan");
    expect(lanExact?.status === "scored" && lanExact.flags.includes("grade_capped")).toBe(true);
    expect(r.grades[lan]).not.toBe("excellent");
    // Adjustments are in the totals: d_west has 3 violations (−1.5).
    const west = r.units.indexOf("d_west");
    expect((r.totals[west] as number) - (r.base[west] as number)).toBeCloseTo(-1.5, 12);
  });

  it("a compiled model scores the same twice (no state leaks between evaluations)", () => {
    const model = compileFloatModel(load(FIXTURES.okr));
    const a = scoreFloatModel(model);
    const b = scoreFloatModel(model);
    expect(Array.from(b.totals)).toEqual(Array.from(a.totals));
    expect(b.grades).toEqual(a.grades);
  });

  it("throws unsupported_in_float for a winsorize transform and a custom aggregation", () => {
    const p = load(FIXTURES["green-index"]);
    const w = structuredClone(p) as Project;
    (w.system.indicators[0] as { transforms?: unknown }).transforms = [{ type: "winsorize" }];
    expect(() => compileFloatModel(w)).toThrow(expect.objectContaining({ code: "unsupported_in_float" }));
    const c = structuredClone(p) as Project;
    (c.system.nodes[0] as { aggregation?: string }).aggregation = "custom:mine";
    expect(() => compileFloatModel(c)).toThrow(/custom aggregation 'custom:mine'/);
  });
});
