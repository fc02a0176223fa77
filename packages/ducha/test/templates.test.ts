import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { readTemplate, TEMPLATE_NAMES } from "../src/templates.js";

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe("example templates", () => {
  it.each(TEMPLATE_NAMES)("%s passes validateProject without errors or warnings", (name) => {
    const result = validateProject(JSON.parse(readTemplate(name)));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("eco-city is the schema package's fixture", () => {
    // compared as values: the repository's formatter may lay the JSON out differently
    const fixture = readFileSync(root("packages/schema/test/fixtures/eco-city.project.json"), "utf8");
    expect(JSON.parse(readTemplate("eco-city"))).toEqual(JSON.parse(fixture));
  });

  it.each([
    ["green-index", "packages/ducha/scripts/make-green-index.mjs"],
    ["okr", "packages/ducha/scripts/make-okr.mjs"],
  ] as const)("%s is reproduced exactly by its generator script", (name, script) => {
    const generated = execFileSync(process.execPath, [root(script)], { encoding: "utf8" });
    expect(JSON.parse(generated)).toEqual(JSON.parse(readTemplate(name)));
  });

  it("green-index uses the published sub-index weights and efficacy-coefficient scoring", () => {
    const project = JSON.parse(readTemplate("green-index"));
    const weights = Object.fromEntries(
      project.system.nodes.map((n: { id: string; weight: string }) => [n.id, n.weight]),
    );
    // 《绿色发展指标体系》(2016): 29.3 / 16.5 / 19.3 / 16.5 / 9.2 / 9.2 %
    expect(weights).toEqual({
      resource_use: "0.293",
      environment_governance: "0.165",
      environment_quality: "0.193",
      ecological_protection: "0.165",
      growth_quality: "0.092",
      green_living: "0.092",
    });
    expect(project.system.indicators.length).toBeGreaterThanOrEqual(15);
    for (const indicator of project.system.indicators) expect(indicator.scoring.method).toBe("efficacy-coefficient");
    expect(project.units.filter((u: { assessed?: boolean }) => u.assessed !== false).length).toBeGreaterThanOrEqual(10);
  });

  it("okr covers maximise, minimise, maintain and milestone targets", () => {
    const project = JSON.parse(readTemplate("okr"));
    const directions = new Set(project.system.indicators.map((i: { direction: string }) => i.direction));
    expect(directions).toEqual(new Set(["higher-better", "lower-better", "target-range"]));
    const kinds = new Set(project.system.indicators.map((i: { kind: string }) => i.kind));
    expect(kinds.has("task")).toBe(true);
    expect(project.plan.grading.bands.map((b: { minScore: string }) => b.minScore)).toEqual(["100", "90", "75", "0"]);
  });
});
