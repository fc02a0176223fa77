import { readFileSync } from "node:fs";
import type { Project } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";
import { describe, expect, it } from "vitest";
import { applyTransition } from "../supervision/apply-transition.js";
import { createSupervisionItem } from "../supervision/create-supervision-item.js";
import { evaluateRules } from "./evaluate-rules.js";
import { supervisionItemFacts, unitResultFacts } from "./facts-from.js";

const project = (): Project =>
  JSON.parse(readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"));

describe("facts from scoring results and supervision items", () => {
  it("binding indicators missed in the scored assessment trigger public criticism and cap the grade", () => {
    const p = project();
    const result = scoreAssessment(p);
    const facts = unitResultFacts(result);
    expect(facts).toHaveLength(12);
    const missed = facts.filter((f) => f.bindingMissed.length > 0).map((f) => f.unit);
    expect(missed.length).toBeGreaterThan(0);
    const actions = evaluateRules(p, { results: facts, asOf: "2024-12-31" });
    const criticised = actions.filter((a) => a.rule === "binding_missed_criticism").map((a) => a.unit);
    expect(new Set(criticised)).toEqual(new Set(missed));
    expect(actions.find((a) => a.rule === "binding_missed_criticism")?.capGrade).toBe("good");
  });

  it("counts urges from an item's history", () => {
    const clock = () => new Date("2024-03-01T00:00:00Z");
    let item = createSupervisionItem(
      {
        id: "DC-1",
        title: { zh: "保障房建设", en: "Affordable housing" },
        source: "manual",
        unit: "dep_house",
        supportingUnits: [],
        assignedAt: "2024-03-01",
        dueAt: "2024-06-30",
      },
      { clock },
    );
    item = applyTransition(item, "start", { actor: "dep_house", at: "2024-03-02T00:00:00Z" });
    item = applyTransition(item, "urge", { actor: "督查室", at: "2024-05-01T00:00:00Z" });
    item = applyTransition(item, "urge", { actor: "督查室", at: "2024-06-01T00:00:00Z" });
    const [facts] = supervisionItemFacts([item]);
    expect(facts).toMatchObject({
      id: "DC-1",
      unit: "dep_house",
      state: "in_progress",
      urgeCount: 2,
      dueAt: "2024-06-30",
    });
  });
});
