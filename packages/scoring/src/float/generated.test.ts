import { validateProject } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { ScoringError } from "../errors.js";
import { compareWithExact } from "./agreement.js";
import { scoreAssessmentFloat } from "./score-float.js";
import { buildProject, projectShapeArbitrary } from "./test-projects.js";

type Outcome = { kind: "scored"; problems: string[] } | { kind: "error"; exact: string; float: string };

function outcome(shape: Parameters<typeof buildProject>[0], rankOn: "published" | "exact"): Outcome {
  const v = validateProject(buildProject(shape));
  if (!v.ok) throw new Error(`generated project is invalid: ${JSON.stringify(v.issues.slice(0, 3))}`);
  let exact: ReturnType<typeof scoreAssessment>;
  try {
    exact = scoreAssessment(v.value, { rankOn });
  } catch (e) {
    if (!(e instanceof ScoringError)) throw e;
    let floatCode = "(no error)";
    try {
      scoreAssessmentFloat(v.value, { rankOn });
    } catch (f) {
      floatCode = f instanceof ScoringError ? f.code : String(f);
    }
    return { kind: "error", exact: e.code, float: floatCode };
  }
  return { kind: "scored", problems: compareWithExact(exact, scoreAssessmentFloat(v.value, { rankOn })) };
}

describe("float fast path agrees with scoreAssessment on generated projects", () => {
  it("totals, node scores, ranks and grades agree to 1e-9 relative; errors have the same code", () => {
    fc.assert(
      fc.property(projectShapeArbitrary, fc.constantFrom("published" as const, "exact" as const), (shape, rankOn) => {
        const o = outcome(shape, rankOn);
        if (o.kind === "error") expect(o.float).toBe(o.exact);
        else expect(o.problems).toEqual([]);
      }),
      { numRuns: 300, seed: 20241125 },
    );
  }, 180_000);

  it("the generator is not vacuous: most generated projects score, every rule and policy occurs", () => {
    const shapes = fc.sample(projectShapeArbitrary, { numRuns: 200, seed: 7 });
    const outcomes = shapes.map((s) => outcome(s, "published"));
    const scored = outcomes.filter((o) => o.kind === "scored").length;
    expect(scored).toBeGreaterThan(150);
    const methods = new Set(shapes.flatMap((s) => buildProject(s).system.indicators.map((i) => i.scoring.method)));
    expect([...methods].sort()).toEqual(
      [
        "bands",
        "boolean",
        "completion-ratio",
        "distance-to-target",
        "efficacy-coefficient",
        "grade-map",
        "linear-deduction",
        "max",
        "min-max",
        "rank",
        "sum",
        "target-range",
        "task-status",
        "vector",
        "z-score",
      ].sort(),
    );
    expect(new Set(shapes.map((s) => s.policy)).size).toBe(4);
  }, 180_000);
});
