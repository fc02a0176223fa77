import { readFileSync } from "node:fs";
import { type Project, validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { explain, type ScoredUnit, scoreAssessment } from "../src/index.js";

const project = (): Project =>
  JSON.parse(readFileSync(new URL("../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"));

describe("scoring the eco-civilization city example", () => {
  const p = project();
  const result = scoreAssessment(p);
  const scored = result.units.filter((u): u is ScoredUnit => u.status === "scored");

  it("is a valid project and every assessed unit is scored, ranked and graded", () => {
    expect(validateProject(p).ok).toBe(true);
    expect(scored).toHaveLength(12);
    expect(scored.map((u) => u.rank)).toEqual([...scored.map((u) => u.rank)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(scored.every((u) => u.grade !== null && u.published.decimalPlaces() <= 2)).toBe(true);
  });

  it("respects the 优秀 quota (≤ 20 % of 12 = 2) and the veto caps", () => {
    const excellent = scored.filter((u) => u.grade === "excellent");
    expect(excellent.length).toBeLessThanOrEqual(2);
    const lan = scored.find((u) => u.unit === "c_lan");
    expect(lan?.vetoes.map((v) => v.veto)).toContain("major_env_incident");
    expect(lan?.grade).not.toBe("excellent");
    for (const u of scored)
      if (u.vetoes.some((v) => v.effect === "cap-grade:good")) expect(u.grade).not.toBe("excellent");
  });

  it("a binding indicator missed bars 优秀 through the rule's capGrade, reported as rule:<id>", () => {
    const missed = scored.filter((u) => u.bindingMissed.length > 0);
    expect(missed.length).toBeGreaterThan(0);
    for (const u of missed) {
      expect(u.grade).not.toBe("excellent");
      expect(u.vetoes.map((v) => v.veto)).toContain("rule:binding_missed_criticism");
    }
  });

  it("ranks within category and applies category indicator subsets (departments have no GDP)", () => {
    const deps = scored.filter((u) => u.category === "department");
    expect(deps.map((u) => u.categoryRank).sort()).toEqual([1, 2, 3, 4]);
    for (const d of deps) {
      expect(d.indicators.gdp_growth).toBeUndefined();
      expect(d.nodes.economy).toBeUndefined();
      expect(d.indicators.public_satisfaction?.flags).toContain("rated");
    }
  });

  it("carries last year's labour productivity forward for Meilin County, visibly", () => {
    const mei = scored.find((u) => u.unit === "c_mei");
    expect(mei?.indicators.labour_productivity?.source).toBe("carried_forward");
    expect(mei?.indicators.labour_productivity?.period).toBe("2023");
    expect(mei?.flags).toContain("carried_forward");
  });

  it("applies bonus and deduction with their caps", () => {
    const song = scored.find((u) => u.unit === "c_song");
    expect(song?.adjustments.bonus.toString()).toBe("2"); // 2 awards × 1, item cap 2
    const west = scored.find((u) => u.unit === "d_west");
    expect(west?.adjustments.deduction.toString()).toBe("1.5"); // 3 × 0.5
  });

  it("the four pillars are equally weighted (并行等重) for districts", () => {
    const east = scored.find((u) => u.unit === "d_east");
    for (const pillar of ["economy", "ecology", "livelihood", "duty"]) {
      expect(east?.nodes[pillar]?.globalWeight.toString()).toBe("0.25");
    }
  });

  it("keeps every indicator on its declared scale: distance-to-target capped at the target, z-scores as T-scores", () => {
    for (const u of scored) {
      const beds = u.indicators.hospital_beds;
      if (beds?.score) expect(beds.score.lessThanOrEqualTo(100)).toBe(true);
      for (const i of Object.values(u.indicators)) if (i.score) expect(i.score.lessThanOrEqualTo(120)).toBe(true);
      const lp = u.indicators.labour_productivity?.score;
      if (lp) expect(lp.greaterThan(0)).toBe(true); // 50 + 10·z
    }
    const over = scored.filter((u) => u.indicators.hospital_beds?.flags.includes("capped"));
    expect(over.length).toBeGreaterThan(0);
  });

  it("explains a unit's score in both languages", () => {
    const e = explain(result, "c_mei");
    expect(e.text.zh).toContain("沿用上期值 14.2（2023）");
    expect(e.text.en).toContain("Rank");
  });
});
