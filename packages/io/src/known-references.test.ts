import { readFileSync } from "node:fs";
import { loadProject, type Project } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { knownReferences, plausibleBounds } from "./known-references.js";
import { BOOLEAN_FALSE_TOKENS, BOOLEAN_TRUE_TOKENS, toBooleanValue } from "./value/boolean-value.js";

const loaded = loadProject(
  readFileSync(new URL("../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const project: Project = loaded.value;

describe("knownReferences", () => {
  it("lists units, indicators with type/unit/codes and auxiliaries", () => {
    const known = knownReferences(project);
    expect([...(known.units ?? [])]).toEqual(project.units.map((u) => u.id));
    const byId = new Map([...(known.indicators ?? [])].map((i) => [i.id, i]));
    expect(byId.get("fixed_investment")).toMatchObject({ type: "quantitative", unit: "亿元" });
    expect([...(byId.get("rule_of_law")?.codes ?? [])]).toEqual(["好", "较好", "一般", "差"]);
    // no map of its own: the default task statuses
    expect([...(byId.get("housing_task")?.codes ?? [])]).toEqual(["done", "partly-done", "late", "not-done"]);
    expect(byId.get("clean_government")).toMatchObject({ type: "qualitative" });
    expect([...(byId.get("clean_government")?.codes ?? [])]).toEqual([...BOOLEAN_TRUE_TOKENS, ...BOOLEAN_FALSE_TOKENS]);
    expect(byId.get("population")).toMatchObject({ type: "quantitative", unit: "万人" });
  });

  it("takes a task-status map's own codes", () => {
    const task = project.system.indicators.find((i) => i.id === "housing_task");
    if (task === undefined) throw new Error("housing_task missing");
    const custom: Project = {
      ...project,
      system: {
        ...project.system,
        indicators: project.system.indicators.map((i) =>
          i.id === "housing_task" ? { ...task, scoring: { method: "task-status", map: { 完成: 1, 未完成: 0 } } } : i,
        ) as Project["system"]["indicators"],
      },
    };
    const codes = [...(knownReferences(custom).indicators ?? [])].find((i) => i.id === "housing_task")?.codes;
    expect([...(codes ?? [])]).toEqual(["完成", "未完成"]);
  });
});

describe("plausibleBounds", () => {
  it("lists only indicators with a plausible range, as decimal strings", () => {
    expect(plausibleBounds(project)).toEqual({});
    const [first, ...rest] = project.system.indicators;
    if (first === undefined) throw new Error("no indicators");
    const ranged: Project = {
      ...project,
      system: { ...project.system, indicators: [{ ...first, plausible: { min: 0, max: "100.5" } }, ...rest] },
    };
    expect(plausibleBounds(ranged)).toEqual({ [first.id]: { min: "0", max: "100.5" } });
  });
});

describe("toBooleanValue", () => {
  it("reads the boolean words and leaves anything else unchanged", () => {
    for (const t of BOOLEAN_TRUE_TOKENS) expect(toBooleanValue(t)).toBe(true);
    for (const f of BOOLEAN_FALSE_TOKENS) expect(toBooleanValue(f)).toBe(false);
    expect(toBooleanValue("maybe")).toBe("maybe");
    expect(toBooleanValue(1)).toBe(1);
    expect(toBooleanValue(null)).toBeNull();
    expect(BOOLEAN_TRUE_TOKENS.filter((t) => BOOLEAN_FALSE_TOKENS.includes(t))).toEqual([]);
  });
});
