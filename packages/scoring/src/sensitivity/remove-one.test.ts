import { readFileSync } from "node:fs";
import { loadProject, type Project, validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../assess/score-assessment.js";
import { twoPillarProject } from "../test-fixtures/two-pillar-project.js";
import { removeOneAnalysis } from "./remove-one.js";

/**
 * Hand-checkable project: pillars P (x, y; weights 1:1) and Q (z only), pillar weights 1:1, scores
 * given directly (method "direct").
 *
 * | unit | x  | y  | z  | P = (x+y)/2 | total = (P+z)/2 | rank |
 * | a    | 60 | 80 | 40 | 70          | 55              | 2    |
 * | b    | 90 | 20 | 70 | 55          | 62.5            | 1    |
 * | c    | 20 | 60 | 50 | 40          | 45              | 4    |
 * | d    | 80 | 70 | 30 | 75          | 52.5            | 3    |
 */
const small = (): Project => twoPillarProject();

describe("removeOneAnalysis — hand-checked", () => {
  const project = small();
  it("the fixture is valid and scores as in the table", () => {
    expect(validateProject(project).ok).toBe(true);
    const r = scoreAssessment(project);
    expect(r.units.map((u) => [u.unit, u.status === "scored" ? u.total.toString() : null])).toEqual([
      ["b", "62.5"],
      ["a", "55"],
      ["d", "52.5"],
      ["c", "45"],
    ]);
  });

  const result = removeOneAnalysis(project);
  const scenario = (id: string) => {
    const s = result.scenarios.find((x) => x.removed === id);
    if (s === undefined) throw new Error(`no scenario ${id}`);
    return s;
  };
  const shifts = (id: string) => Object.fromEntries(scenario(id).units.map((u) => [u.unit, [u.rank, u.shift]]));

  it("lists pillars first, then indicators, in id order", () => {
    expect(result.scenarios.map((s) => `${s.kind}:${s.removed}`)).toEqual([
      "pillar:P",
      "pillar:Q",
      "indicator:x",
      "indicator:y",
      "indicator:z",
    ]);
    expect(result.nominal).toEqual([
      { unit: "b", rank: 1 },
      { unit: "a", rank: 2 },
      { unit: "d", rank: 3 },
      { unit: "c", rank: 4 },
    ]);
  });

  it("without x, P = y (weights re-normalised among P's children): totals 60, 45, 55, 50", () => {
    // (y + z)/2: a 60 → 1, b 45 → 4, c 55 → 2, d 50 → 3; shifts −1, +3, −2, 0; mean 6/4
    expect(shifts("x")).toEqual({ a: [1, -1], b: [4, 3], c: [2, -2], d: [3, 0] });
    expect(scenario("x").meanAbsoluteShift?.toString()).toBe("1.5");
    expect(scenario("x").maxAbsoluteShift).toBe(3);
  });

  it("without y: totals (x + z)/2 = 50, 80, 35, 55", () => {
    expect(shifts("y")).toEqual({ a: [3, 1], b: [1, 0], c: [4, 0], d: [2, -1] });
    expect(scenario("y").meanAbsoluteShift?.toString()).toBe("0.5");
  });

  it("without z, Q has no child left and drops out: total = P; same as removing pillar Q", () => {
    // P: a 70 → 2, b 55 → 3, c 40 → 4, d 75 → 1
    expect(shifts("z")).toEqual({ a: [2, 0], b: [3, 2], c: [4, 0], d: [1, -2] });
    expect(scenario("z").meanAbsoluteShift?.toString()).toBe("1");
    expect(scenario("Q").units).toEqual(scenario("z").units);
  });

  it("without pillar P: total = z = 40, 70, 50, 30", () => {
    expect(shifts("P")).toEqual({ a: [3, 1], b: [1, 0], c: [2, -2], d: [4, 1] });
    expect(scenario("P").meanAbsoluteShift?.toString()).toBe("1");
    expect(scenario("P").notCompared).toEqual([]);
  });

  it("can restrict to pillars or indicators and rejects unknown choices", () => {
    expect(removeOneAnalysis(project, { remove: "pillars" }).scenarios.map((s) => s.removed)).toEqual(["P", "Q"]);
    expect(removeOneAnalysis(project, { remove: "indicators" }).scenarios).toHaveLength(3);
    expect(() => removeOneAnalysis(project, { remove: "nodes" as "pillars" })).toThrow(/remove/);
  });

  it("a unit with data only on the removed pillar is unranked and listed as not compared", () => {
    const p = small();
    const partial: Project = {
      ...p,
      observations: (p.observations ?? []).filter((o) => !(o.unit === "c" && o.indicator === "z")),
    };
    const s = removeOneAnalysis(partial, { remove: "pillars" }).scenarios.find((x) => x.removed === "P");
    expect(s?.notCompared).toEqual(["c"]);
    expect(s?.units.find((u) => u.unit === "c")).toMatchObject({ rank: null, shift: null });
  });
});

describe("removeOneAnalysis — eco-city fixture", () => {
  const loaded = loadProject(
    readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
  );
  if (!loaded.ok) throw new Error("eco-city fixture does not load");
  const project = loaded.value;
  const result = removeOneAnalysis(project);

  it("covers the 4 pillars and 30 indicators, every unit in every scenario", () => {
    expect(result.scenarios.filter((s) => s.kind === "pillar").map((s) => s.removed)).toEqual([
      "duty",
      "ecology",
      "economy",
      "livelihood",
    ]);
    expect(result.scenarios.filter((s) => s.kind === "indicator")).toHaveLength(30);
    for (const s of result.scenarios) {
      expect(s.units.map((u) => u.unit)).toEqual(result.nominal.map((u) => u.unit));
      let sum = 0;
      let n = 0;
      for (const u of s.units) {
        if (u.shift !== null) {
          expect(u.shift).toBe((u.rank as number) - (u.nominalRank as number));
          sum += Math.abs(u.shift);
          n++;
        }
      }
      expect(s.meanAbsoluteShift?.toNumber()).toBeCloseTo(sum / n, 12);
    }
  });

  it("removing a pillar ranks units as giving it weight 0 (an independent construction)", () => {
    for (const pillar of ["duty", "ecology", "economy", "livelihood"]) {
      const zeroed: Project = {
        ...project,
        system: {
          ...project.system,
          nodes: project.system.nodes.map((n) => (n.id === pillar ? { ...n, weight: "0" } : n)),
        },
      };
      const expected = new Map(
        scoreAssessment(zeroed).units.map((u) => [u.unit, u.status === "scored" ? u.rank : null]),
      );
      const s = result.scenarios.find((x) => x.removed === pillar);
      for (const u of s?.units ?? []) expect(u.rank, `${pillar}/${u.unit}`).toBe(expected.get(u.unit));
    }
  });

  it("drops the binding-missed veto on pm25 when pm25 or its pillar is removed, and only then", () => {
    const dropped = (id: string) => result.scenarios.find((s) => s.removed === id)?.droppedVetoes;
    expect(dropped("pm25")).toEqual(["air_binding_missed"]);
    expect(dropped("ecology")).toEqual(["air_binding_missed"]);
    expect(dropped("gdp_growth")).toEqual([]);
  });

  it("the economy pillar moves ranks (the index is not insensitive to it)", () => {
    const economy = result.scenarios.find((s) => s.removed === "economy");
    expect(economy?.maxAbsoluteShift).toBeGreaterThan(0);
  });
});
