import { readFileSync } from "node:fs";
import type { Project } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";
import { describe, expect, it } from "vitest";
import { AccountabilityError } from "../errors.js";
import { assessPeople, CIVIL_SERVANT_GRADES } from "./assess-people.js";

const project = (): Project =>
  JSON.parse(readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"));

describe("assessPeople", () => {
  const p = project();
  const result = scoreAssessment(p);

  it("scores each leader from the subjects they lead: the mean of the assessed units' scores", () => {
    const people = assessPeople(p, result);
    expect(people.map((x) => x.person)).toEqual(["sec_gen", "vm_eco", "vm_econ", "vm_live"]);
    const eco = people.find((x) => x.person === "vm_eco");
    // vm_eco leads the ecology goal and the pm25 indicator
    expect(eco?.subjects.map((s) => `${s.kind}:${s.id}`)).toEqual(["goal:ecology", "indicator:pm25"]);
    // hand check: the goal mean is the mean of the scored units' ecology node scores
    const ecoScores = result.units.flatMap((u) =>
      u.status === "scored" && u.nodes.ecology?.score ? [u.nodes.ecology.score] : [],
    );
    const mean = ecoScores.reduce((a, b) => a.plus(b)).div(ecoScores.length);
    expect(eco?.subjects[0]?.mean?.toString()).toBe(mean.toString());
    expect(eco?.subjects[0]?.units).toBe(12); // departments too: their category includes sewage_treatment (ecology)
    const [goal, indicator] = eco?.subjects ?? [];
    if (!goal?.mean || !indicator?.mean) throw new Error("expected both subjects scored");
    expect(eco?.responsibilityScore?.toString()).toBe(goal.mean.plus(indicator.mean).div(2).toString());
  });

  it("combines with ratings (0.7 / 0.3 by default) and grades with the 15 % 优秀 quota", () => {
    const people = assessPeople(p, result, { ratings: { vm_eco: "95", vm_live: "60" } });
    const eco = people.find((x) => x.person === "vm_eco");
    const expected = eco?.responsibilityScore?.times("0.7").plus("28.5");
    expect(eco?.score?.toString()).toBe(expected?.toString());
    expect(eco?.published?.decimalPlaces()).toBeLessThanOrEqual(2);
    // 4 people × 15 % = 0.6 → no 优秀 at all (floor), whatever the scores
    expect(people.filter((x) => x.grade === "excellent")).toHaveLength(0);
    for (const x of people) expect(CIVIL_SERVANT_GRADES.map((b) => b.id)).toContain(x.grade);
  });

  it("rejects ratings for unknown people and weights outside 0–1", () => {
    expect(() => assessPeople(p, result, { ratings: { nobody: "90" } })).toThrow(AccountabilityError);
    expect(() => assessPeople(p, result, { responsibilityWeight: "1.5" })).toThrow(/between 0 and 1/);
  });
});
