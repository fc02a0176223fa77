import { fileURLToPath } from "node:url";
import type { Project } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { AssessmentInputError } from "./assessment-input-error.js";
import { loadProject } from "./load-project.js";
import { mergeObservations } from "./merge-observations.js";
import { resultsToJson } from "./results-json.js";

const loaded = loadProject(fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url)));
if (!loaded.ok) throw new Error("the eco-city template must be valid");
const project: Project = loaded.value;

const scoredUnit = (result: ReturnType<typeof assess>, id: string) => {
  const u = result.units.find((x) => x.unit === id);
  if (u?.status !== "scored") throw new Error(`${id} not scored`);
  return u;
};

describe("assess", () => {
  it("scores a valid project exactly like scoreAssessment", () => {
    const result = assess(project);
    expect(resultsToJson(result)).toEqual(resultsToJson(scoreAssessment(project)));
    expect(result.units.map((u) => (u.status === "scored" ? u.rank : null))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it("throws AssessmentInputError with every issue for an invalid project", () => {
    const broken = structuredClone(project) as { units: { category?: string }[]; observations: { unit: string }[] };
    (broken.units[1] as { category?: string }).category = "distric";
    (broken.observations[0] as { unit: string }).unit = "nobody";
    let caught: unknown;
    try {
      assess(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssessmentInputError);
    const error = caught as AssessmentInputError;
    expect(error.code).toBe("invalid_project");
    const codes = error.issues.filter((i) => i.severity === "error").map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["unknown_category", "unknown_unit"]));
    expect(error.message).toMatch(/^the project is invalid: /);
  });

  it("an extra observation replaces the project's one for the same unit × indicator × period", () => {
    const before = scoredUnit(assess(project), "d_east").indicators.gdp_growth;
    expect(before?.raw?.toString()).toBe("5.9");
    const result = assess(project, [
      { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "9.9", status: "verified" },
    ]);
    const after = scoredUnit(result, "d_east");
    expect(after.indicators.gdp_growth?.raw?.toString()).toBe("9.9");
    // completion ratio x/t with cap 1.2, districts' target 6.5: 9.9/6.5 = 1.523… → capped at 1.2 → 100 × 1.2 = 120
    expect(after.indicators.gdp_growth?.score?.toString()).toBe("120");
    expect(after.indicators.gdp_growth?.flags).toContain("capped");
    // the project itself is unchanged
    expect(project.observations?.find((o) => o.unit === "d_east" && o.indicator === "gdp_growth")?.value).toBe("5.9");
  });

  it("reads boolean text values of imported observations as booleans", () => {
    const result = assess(project, [
      { unit: "d_west", indicator: "clean_government", period: "2024", value: "否", status: "verified" },
    ]);
    const cell = scoredUnit(result, "d_west").indicators.clean_government;
    expect(cell?.raw).toBe(false);
    expect(cell?.score?.toString()).toBe("0"); // whenFalse = 0
  });

  it("reports invalid extra observations with paths into the merged list", () => {
    const kept = (project.observations ?? []).length;
    try {
      assess(project, [{ unit: "d_eats", indicator: "gdp_growth", period: "2024", value: "1", status: "reported" }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AssessmentInputError);
      const issue = (error as AssessmentInputError).issues.find((i) => i.code === "unknown_unit");
      expect(issue?.path).toEqual(["observations", kept, "unit"]);
    }
  });

  it("does not depend on the order of the extra observations", () => {
    const extras = [
      { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "7.1", status: "verified" as const },
      { unit: "c_lan", indicator: "pm25", period: "2024", value: "41", status: "verified" as const },
      { unit: "dep_hr", indicator: "housing_task", period: "2024", value: "late", status: "reported" as const },
      { unit: "d_west", indicator: "clean_government", period: "2024", value: "0", status: "reported" as const },
    ];
    const expected = JSON.stringify(resultsToJson(assess(project, extras)));
    fc.assert(
      fc.property(fc.shuffledSubarray(extras, { minLength: extras.length }), (shuffled) => {
        expect(JSON.stringify(resultsToJson(assess(project, shuffled)))).toBe(expected);
      }),
      { numRuns: 4 },
    );
  });
});

describe("mergeObservations", () => {
  it("keeps unreplaced project observations first, then the extras in order", () => {
    const merged = mergeObservations(project, [
      { unit: "c_lan", indicator: "pm25", period: "2024", value: "41", status: "verified" },
      { unit: "d_east", indicator: "gdp_growth", period: "2023", value: "5", status: "verified" },
    ]);
    const n = project.observations?.length ?? 0;
    // c_lan pm25 2024 existed and is replaced; d_east gdp_growth 2023 is new
    expect(merged.observations).toHaveLength(n + 1);
    expect(merged.observations?.slice(-2).map((o) => `${o.unit}/${o.period}`)).toEqual(["c_lan/2024", "d_east/2023"]);
  });
});
