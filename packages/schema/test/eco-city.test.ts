import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues, validateProject } from "../src/index.js";

const load = () => JSON.parse(readFileSync(new URL("./fixtures/eco-city.project.json", import.meta.url), "utf8"));

describe("the eco-civilization city example project", () => {
  it("validates with no issues", () => {
    const result = validateProject(load());
    expect(formatIssues(result.issues)).toBe("");
    expect(result.ok).toBe(true);
  });

  it("is the realistic case the issue asks for", () => {
    const p = load();
    const pillars = p.system.nodes.filter((n: { parent?: string }) => n.parent === undefined);
    expect(pillars.map((n: { id: string }) => n.id)).toEqual(["economy", "ecology", "livelihood", "duty"]);
    expect(new Set(pillars.map((n: { weight: string }) => n.weight))).toEqual(new Set(["1"]));
    expect(p.system.indicators.length).toBeGreaterThanOrEqual(25);
    const directions = new Set(p.system.indicators.map((i: { direction: string }) => i.direction));
    expect(directions).toEqual(new Set(["higher-better", "lower-better", "target-value", "target-range"]));
    const kinds = new Set(p.system.indicators.map((i: { kind: string }) => i.kind));
    expect(kinds).toEqual(new Set(["quantitative", "qualitative", "task", "survey", "boolean", "event-count"]));
    const assessed = p.units.filter((u: { assessed?: boolean }) => u.assessed !== false);
    expect(assessed.length).toBeGreaterThanOrEqual(10);
    expect(new Set(assessed.map((u: { category: string }) => u.category)).size).toBe(3);
  });
});
