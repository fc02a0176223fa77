import { describe, expect, it } from "vitest";
import type { IndicatorSystem } from "../system/indicator-system.js";
import { categoryIndicatorIds } from "./category-indicators.js";
import type { Category } from "./unit.js";

// Tree: eco (pillar) → eco_air (sub-pillar) → pm25, aqi; eco → forest; duty (pillar) → duty_tasks, duty_conduct.
const system = {
  id: "s",
  name: { zh: "体系" },
  nodes: [
    { id: "eco", name: { zh: "生态" } },
    { id: "eco_air", name: { zh: "空气" }, parent: "eco" },
    { id: "duty", name: { zh: "履职" } },
  ],
  indicators: [
    { id: "pm25", parent: "eco_air" },
    { id: "aqi", parent: "eco_air" },
    { id: "forest", parent: "eco" },
    { id: "duty_tasks", parent: "duty" },
    { id: "duty_conduct", parent: "duty" },
  ],
} as unknown as IndicatorSystem;

const cat = (c: Partial<Category>): Category => ({ id: "c", name: { zh: "类" }, ...c });

describe("categoryIndicatorIds", () => {
  it("assesses everything without a category or without lists", () => {
    const all = ["pm25", "aqi", "forest", "duty_tasks", "duty_conduct"];
    expect(categoryIndicatorIds(system, undefined)).toEqual(all);
    expect(categoryIndicatorIds(system, cat({}))).toEqual(all);
  });

  it("covers the leaves under a named node at any depth, and named leaves", () => {
    expect(categoryIndicatorIds(system, cat({ indicators: ["duty", "forest"] }))).toEqual([
      "forest",
      "duty_tasks",
      "duty_conduct",
    ]);
    expect(categoryIndicatorIds(system, cat({ indicators: ["eco"] }))).toEqual(["pm25", "aqi", "forest"]);
  });

  it("removes what the exclusions cover, nodes included", () => {
    expect(categoryIndicatorIds(system, cat({ excludeIndicators: ["eco_air"] }))).toEqual([
      "forest",
      "duty_tasks",
      "duty_conduct",
    ]);
    expect(categoryIndicatorIds(system, cat({ indicators: ["eco"], excludeIndicators: ["aqi"] }))).toEqual([
      "pm25",
      "forest",
    ]);
  });

  it("covers nothing for an id that names nothing, and survives a parent cycle", () => {
    expect(categoryIndicatorIds(system, cat({ indicators: ["nope"] }))).toEqual([]);
    const cyclic = {
      ...system,
      nodes: [
        { id: "a", name: { zh: "a" }, parent: "b" },
        { id: "b", name: { zh: "b" }, parent: "a" },
      ],
      indicators: [{ id: "x", parent: "a" }],
    } as unknown as IndicatorSystem;
    expect(categoryIndicatorIds(cyclic, cat({ indicators: ["b"] }))).toEqual(["x"]);
    expect(categoryIndicatorIds(cyclic, cat({ indicators: ["z"] }))).toEqual([]);
  });
});
