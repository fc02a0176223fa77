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

  it("eco-city variants: points weighting, minimum node, every veto effect, category quotas, other policies", () => {
    const base = load(FIXTURES["eco-city"]);
    const variants: [string, (p: Project) => void][] = [
      [
        "分值制 points",
        (p) => {
          // Indicators keep their weight as points; each node gets the sum of its children (bottom up).
          const sys = p.system as { weighting: string; totalPoints?: string };
          sys.weighting = "points";
          const points = new Map<string, number>();
          for (const i of p.system.indicators as { id: string; parent: string; weight?: string; points?: string }[]) {
            i.points = i.weight ?? "1";
            delete i.weight;
            points.set(i.parent, (points.get(i.parent) ?? 0) + Number(i.points));
          }
          const nodes = p.system.nodes as { id: string; parent?: string; weight?: string; points?: string }[];
          for (const n of [...nodes].reverse()) {
            n.points = String(points.get(n.id) ?? 0);
            delete n.weight;
            if (n.parent !== undefined) points.set(n.parent, (points.get(n.parent) ?? 0) + Number(n.points));
          }
          sys.totalPoints = String(
            nodes.filter((n) => n.parent === undefined).reduce((t, n) => t + Number(n.points), 0),
          );
        },
      ],
      [
        "minimum node",
        (p) => {
          (p.system.nodes.find((n) => n.id === "eco_air") as { aggregation?: string }).aggregation = "minimum";
        },
      ],
      [
        "veto effects",
        (p) => {
          const effects = [
            { type: "zero-node", node: "ecology" },
            { type: "zero-total" },
            { type: "exclude-from-ranking" },
          ];
          const vetoes = p.plan.vetoes as { effect: unknown; trigger: unknown }[];
          effects.forEach((effect, i) => {
            vetoes.push({
              ...structuredClone(vetoes[i % 2] as object),
              id: `extra_${i}`,
              effect,
              trigger: i === 0 ? { type: "binding-missed", indicators: ["pm25"] } : { type: "event" },
            } as { effect: unknown; trigger: unknown });
          });
          const events = p.vetoEvents as { veto: string }[];
          events.push({ ...(events[0] as object), veto: "extra_1" } as { veto: string });
          events.push({ ...(events[0] as object), unit: "d_east", veto: "extra_2" } as { veto: string });
        },
      ],
      [
        "category quotas, include ties",
        (p) => {
          const g = p.plan.grading as { quotaScope?: string; quotaTies?: string };
          g.quotaScope = "category";
          g.quotaTies = "include";
        },
      ],
      // The one missing value (labour_productivity) is carried forward per indicator in the fixture.
      [
        "zero everywhere",
        (p) => {
          p.plan.missingData = { default: "zero" };
        },
      ],
      [
        "category-mean everywhere",
        (p) => {
          p.plan.missingData = { default: "category-mean" };
        },
      ],
      [
        "exclude-reweight everywhere",
        (p) => {
          p.plan.missingData = { default: "exclude-reweight" };
        },
      ],
      [
        "1 decimal half-even",
        (p) => {
          p.plan.rounding = { decimals: 1, mode: "half-even" };
        },
      ],
    ];
    for (const [name, change] of variants) {
      const p = structuredClone(base);
      change(p);
      const v = validateProject(p);
      expect(v.ok, `${name}: ${v.ok ? "" : JSON.stringify(v.issues.slice(0, 2))}`).toBe(true);
      const exact = scoreAssessment(p);
      const float = scoreAssessmentFloat(p);
      expect(compareWithExact(exact, float), name).toEqual([]);
      // Each variant changes something (otherwise it would test nothing new).
      const fingerprint = (r: typeof float) =>
        JSON.stringify([Array.from(r.totals), Array.from(r.published), Array.from(r.ranks), r.grades]);
      expect(fingerprint(float), name).not.toBe(fingerprint(scoreAssessmentFloat(base)));
    }
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
