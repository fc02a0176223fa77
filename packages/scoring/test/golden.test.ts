import { readFileSync } from "node:fs";
import { type Project, validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../src/index.js";
import { generatedProject } from "./generated-project.js";

// Golden results, recorded before the engine's performance work: any change in any Decimal of any
// result (scores, weights, contributions, flags, ranks, grades) fails these tests.
describe("scoreAssessment golden results", () => {
  it("eco-city example is unchanged", async () => {
    const p: Project = JSON.parse(
      readFileSync(new URL("../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
    );
    await expect(JSON.stringify(scoreAssessment(p), null, 1)).toMatchFileSnapshot(
      "./fixtures/eco-city.result.golden.json",
    );
  });

  it("generated 50 units × 40 indicators project is unchanged", async () => {
    const p = generatedProject(50, 40);
    expect(validateProject(p).ok).toBe(true);
    await expect(JSON.stringify(scoreAssessment(p), null, 1)).toMatchFileSnapshot(
      "./fixtures/generated-50x40.result.golden.json",
    );
  });
});
