import type { Project } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { REMOVE_ONE_VALUES, twoPillarProject } from "../test-fixtures/two-pillar-project.js";
import { meanAbsoluteRankShift } from "./rank-shift.js";
import { type ScalarModel, sobolIndices } from "./sobol-indices.js";

/** The remove-one example (pillars P: x, y and Q: z; direct scores) with pillar weights as inputs. */
const project = (wP: string, wQ: string): Project => twoPillarProject(REMOVE_ONE_VALUES, { wP, wQ });

const ranks = (p: Project) => {
  const byUnit = new Map(scoreAssessment(p).units.map((u) => [u.unit, u.status === "scored" ? u.rank : null]));
  return ["a", "b", "c", "d"].map((u) => byUnit.get(u) ?? Number.NaN);
};

describe("sobolIndices over the exact engine", () => {
  it("pillar weights ±50 % drive the rank shift; an input the model ignores has S_T = 0 exactly", () => {
    const nominal = ranks(project("1", "1"));
    // Weights to 6 decimals, so the exact engine sees plain decimal strings.
    const weight = (u: number) => (0.5 + u).toFixed(6);
    const model: ScalarModel = {
      dimensions: [{ id: "weight_P" }, { id: "weight_Q" }, { id: "unused" }],
      evaluate: (u) => meanAbsoluteRankShift(ranks(project(weight(u[0] as number), weight(u[1] as number))), nominal),
    };
    const result = sobolIndices(model, { n: 64, seed: 3, sampling: "sobol" });
    if (result.status !== "estimated") throw new Error("expected an estimate");
    const [p, q, unused] = result.indices;
    // f(A_B^(unused)) = f(A) row by row, so Jansen's sum is exactly 0.
    expect(unused?.total).toBe(0);
    expect(Math.abs(unused?.first ?? 1)).toBeLessThan(0.1);
    // Only the P:Q ratio matters, symmetrically: both inputs carry the variance.
    expect(p?.total).toBeGreaterThan(0.3);
    expect(q?.total).toBeGreaterThan(0.3);
    expect(result.evaluations).toBe(64 * 5);
  });
});
