// biome-ignore-all lint/suspicious/noAssignInExpressions: the corpus mutates fixtures tersely, one line per case
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ValidationIssueCode, validateProject } from "../src/index.js";

// biome-ignore lint/suspicious/noExplicitAny: test mutations poke at arbitrary JSON
type Json = any;
const base: Json = JSON.parse(readFileSync(new URL("./fixtures/eco-city.project.json", import.meta.url), "utf8"));
const clone = (): Json => structuredClone(base);
const ind = (p: Json, id: string) => p.system.indicators.findIndex((i: Json) => i.id === id);

interface Case {
  name: string;
  mutate: (p: Json) => unknown;
  code: ValidationIssueCode;
  path: (string | number | ((p: Json) => number))[];
}

const cases: Case[] = [
  { name: "missing system", mutate: (p) => void delete p.system, code: "invalid_type", path: ["system"] },
  { name: "wrong type of units", mutate: (p) => void (p.units = "all"), code: "invalid_type", path: ["units"] },
  { name: "unknown field", mutate: (p) => void (p.plan.colour = "red"), code: "unrecognized_keys", path: ["plan"] },
  {
    name: "bad direction",
    mutate: (p) => void (p.system.indicators[0].direction = "up"),
    code: "invalid_value",
    path: ["system", "indicators", 0, "direction"],
  },
  {
    name: "bad scoring method",
    mutate: (p) => void (p.system.indicators[0].scoring = { method: "magic" }),
    code: "invalid_value",
    path: ["system", "indicators", 0, "scoring", "method"],
  },
  {
    name: "malformed period",
    mutate: (p) => void (p.observations[0].period = "2024Q5"),
    code: "invalid_period",
    path: ["observations", 0, "period"],
  },
  {
    name: "malformed decimal",
    mutate: (p) => void (p.observations[0].value = "1,234"),
    code: "invalid_decimal",
    path: ["observations", 0, "value"],
  },
  {
    name: "text for a quantitative indicator",
    mutate: (p) => void (p.observations[0].value = "abc"),
    code: "value_type_mismatch",
    path: ["observations", 0, "value"],
  },
  {
    name: "exponent abuse",
    mutate: (p) => void (p.system.nodes[0].weight = "1e999999"),
    code: "invalid_decimal",
    path: ["system", "nodes", 0, "weight"],
  },
  {
    name: "reserved id __proto__",
    mutate: (p) => void (p.units[1].id = "__proto__"),
    code: "reserved_id",
    path: ["units", 1, "id"],
  },
  {
    name: "reserved id constructor",
    mutate: (p) => void (p.system.indicators[0].id = "constructor"),
    code: "reserved_id",
    path: ["system", "indicators", 0, "id"],
  },
  {
    name: "forbidden key",
    mutate: (p) => void Object.defineProperty(p.plan, "__proto__", { value: { x: 1 }, enumerable: true }),
    code: "forbidden_key",
    path: ["plan", "__proto__"],
  },
  {
    name: "invalid id characters",
    mutate: (p) => void (p.units[1].id = "east district!"),
    code: "invalid_id",
    path: ["units", 1, "id"],
  },
  {
    name: "invalid date",
    mutate: (p) => void (p.responsibilities[0].deadline = "2024-02-30"),
    code: "invalid_date",
    path: ["responsibilities", 0, "deadline"],
  },
  { name: "empty name", mutate: (p) => void (p.units[1].name = {}), code: "missing_text", path: ["units", 1, "name"] },
  {
    name: "duplicate indicator id",
    mutate: (p) => void (p.system.indicators[1].id = p.system.indicators[0].id),
    code: "duplicate_id",
    path: ["system", "indicators", 1, "id"],
  },
  {
    name: "indicator id clashes with node",
    mutate: (p) => void (p.system.indicators[0].id = "economy"),
    code: "duplicate_id",
    path: ["system", "indicators", 0, "id"],
  },
  {
    name: "duplicate unit id",
    mutate: (p) => void (p.units[2].id = "d_east"),
    code: "duplicate_id",
    path: ["units", 2, "id"],
  },
  {
    name: "unknown node parent",
    mutate: (p) => void (p.system.nodes[1].parent = "econ"),
    code: "unknown_parent",
    path: ["system", "nodes", 1, "parent"],
  },
  {
    name: "unknown indicator parent",
    mutate: (p) => void (p.system.indicators[0].parent = "nowhere"),
    code: "unknown_parent",
    path: ["system", "indicators", 0, "parent"],
  },
  {
    name: "cycle in nodes",
    mutate: (p) => {
      p.system.nodes[0].parent = "econ_growth";
    },
    code: "cycle",
    path: ["system", "nodes", 1, "parent"], // reported at the alphabetically first member, econ_growth
  },
  {
    name: "cycle in units",
    mutate: (p) => {
      p.units[0].parent = "d_east";
    },
    code: "cycle",
    path: ["units", 0, "parent"],
  },
  {
    name: "unknown unit category",
    mutate: (p) => void (p.units[1].category = "towns"),
    code: "unknown_category",
    path: ["units", 1, "category"],
  },
  {
    name: "weight zero",
    mutate: (p) => void (p.system.nodes[0].weight = "0"),
    code: "weight_not_positive",
    path: ["system", "nodes", 0, "weight"],
  },
  {
    name: "weight negative",
    mutate: (p) => void (p.system.indicators[0].weight = -1),
    code: "weight_not_positive",
    path: ["system", "indicators", 0, "weight"],
  },
  {
    name: "weight and points",
    mutate: (p) => void (p.system.indicators[0].points = "5"),
    code: "weight_and_points",
    path: ["system", "indicators", 0],
  },
  {
    name: "points do not add up",
    mutate: (p) => {
      p.system.weighting = "points";
      p.system.totalPoints = "100";
      for (const n of p.system.nodes) {
        delete n.weight;
        n.points = n.parent === undefined ? "25" : "1";
      }
      for (const i of p.system.indicators) {
        delete i.weight;
        i.points = "1";
      }
      p.system.totalPoints = "99";
    },
    code: "points_sum_mismatch",
    path: ["system", "totalPoints"],
  },
  {
    name: "empty node",
    mutate: (p) => void p.system.nodes.push({ id: "empty", name: "Empty", weight: "1" }),
    code: "empty_node",
    path: ["system", "nodes", 15],
  },
  {
    name: "target range inverted",
    mutate: (p) => void (p.targets.find((t: Json) => t.range).range = { low: "5", high: "3" }),
    code: "range_inverted",
    path: ["targets", (p) => p.targets.findIndex((t: Json) => t.range), "range"],
  },
  {
    name: "goalposts inverted",
    mutate: (p) => void (p.system.indicators[ind(p, "forest_cover")].scoring.goalposts = { low: "70", high: "20" }),
    code: "goalposts_inverted",
    path: ["system", "indicators", (p) => ind(p, "forest_cover"), "scoring", "goalposts"],
  },
  {
    name: "quota over 100 %",
    mutate: (p) => void (p.plan.grading.bands[0].maxShare = "1.5"),
    code: "quota_out_of_range",
    path: ["plan", "grading", "bands", 0, "maxShare"],
  },
  {
    name: "grade bands out of order",
    mutate: (p) => void (p.plan.grading.bands[1].minScore = "95"),
    code: "grade_bands_order",
    path: ["plan", "grading", "bands", 1, "minScore"],
  },
  {
    name: "plan refers to another system",
    mutate: (p) => void (p.plan.system = "other"),
    code: "system_mismatch",
    path: ["plan", "system"],
  },
  {
    name: "unknown unit in observation",
    mutate: (p) => void (p.observations[3].unit = "d_eastt"),
    code: "unknown_unit",
    path: ["observations", 3, "unit"],
  },
  {
    name: "unknown indicator in observation",
    mutate: (p) => void (p.observations[3].indicator = "GDP_gr"),
    code: "unknown_indicator",
    path: ["observations", 3, "indicator"],
  },
  {
    name: "duplicate observation",
    mutate: (p) => void p.observations.push({ ...p.observations[5] }),
    code: "duplicate_observation",
    path: ["observations", base.observations.length],
  },
  {
    name: "null value not marked missing",
    mutate: (p) => void (p.observations[5].value = null),
    code: "missing_status_mismatch",
    path: ["observations", 5, "value"],
  },
  {
    name: "grade not in map",
    mutate: (p) => void (p.observations.find((o: Json) => o.indicator === "leadership_evaluation").value = "E"),
    code: "value_type_mismatch",
    path: [
      "observations",
      (p) => p.observations.findIndex((o: Json) => o.indicator === "leadership_evaluation"),
      "value",
    ],
  },
  {
    name: "boolean given as text",
    mutate: (p) => void (p.observations.find((o: Json) => o.indicator === "clean_government").value = "yes"),
    code: "value_type_mismatch",
    path: ["observations", (p) => p.observations.findIndex((o: Json) => o.indicator === "clean_government"), "value"],
  },
  {
    name: "department observed on GDP",
    mutate: (p) => void p.observations.push({ unit: "dep_env", indicator: "gdp_growth", period: "2024", value: "5" }),
    code: "indicator_not_assessed",
    path: ["observations", base.observations.length, "indicator"],
  },
  {
    name: "unknown rater group",
    mutate: (p) => void (p.ratings[0].group = "peers"),
    code: "unknown_rater_group",
    path: ["ratings", 0, "group"],
  },
  {
    name: "rater weight zero",
    mutate: (p) => void (p.plan.raterGroups[0].weight = "0"),
    code: "rater_weight_not_positive",
    path: ["plan", "raterGroups", 0, "weight"],
  },
  {
    name: "unknown adjustment",
    mutate: (p) => void (p.adjustmentRecords[0].adjustment = "award"),
    code: "unknown_adjustment",
    path: ["adjustmentRecords", 0, "adjustment"],
  },
  {
    name: "unknown veto",
    mutate: (p) => void (p.vetoEvents[0].veto = "fire"),
    code: "unknown_veto",
    path: ["vetoEvents", 0, "veto"],
  },
  {
    name: "veto caps to unknown grade",
    mutate: (p) => void (p.plan.vetoes[0].effect.grade = "outstanding"),
    code: "unknown_grade",
    path: ["plan", "vetoes", 0, "effect", "grade"],
  },
  {
    name: "unknown lead leader",
    mutate: (p) => void (p.responsibilities[0].leadLeader = "mayor"),
    code: "unknown_person",
    path: ["responsibilities", 0, "leadLeader"],
  },
  {
    name: "unknown supporting unit",
    mutate: (p) => void p.responsibilities[0].supportingUnits.push("dep_x"),
    code: "unknown_unit",
    path: ["responsibilities", 0, "supportingUnits", 1],
  },
  {
    name: "unknown denominator series",
    mutate: (p) => void (p.system.indicators[ind(p, "gdp_per_capita")].transforms[0].by = "people"),
    code: "unknown_series",
    path: ["system", "indicators", (p) => ind(p, "gdp_per_capita"), "transforms", 0, "by"],
  },
  {
    name: "rule grade unknown",
    mutate: (p) => void (p.rules[1].capGrade = "best"),
    code: "unknown_grade",
    path: ["rules", 1, "capGrade"],
  },
  {
    name: "unknown category indicator",
    mutate: (p) => void p.categories[2].indicators.push("dutyy"),
    code: "unknown_indicator",
    path: ["categories", 2, "indicators", 5],
  },
  {
    name: "newer schema version",
    mutate: (p) => void (p.schemaVersion = 7),
    code: "unsupported_schema_version",
    path: ["schemaVersion"],
  },
  {
    name: "non-finite number",
    mutate: (p) => void (p.system.nodes[0].weight = Number.POSITIVE_INFINITY),
    code: "invalid_type",
    path: ["system", "nodes", 0, "weight"],
  },
];

const resolve = (p: Json, path: Case["path"]) => path.map((seg) => (typeof seg === "function" ? seg(p) : seg));

describe("invalid project corpus", () => {
  it("has at least 30 variants", () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const c of cases) {
    it(`${c.name} → ${c.code}`, () => {
      const p = clone();
      c.mutate(p);
      const result = validateProject(p);
      expect(result.ok).toBe(false);
      const expected = resolve(p, c.path);
      const match = result.issues.find((i) => i.code === c.code && JSON.stringify(i.path) === JSON.stringify(expected));
      expect(match, JSON.stringify(result.issues.map((i) => [i.code, i.path]))).toBeDefined();
      for (const issue of result.issues) {
        expect(issue.message.zh.length).toBeGreaterThan(0);
        expect(issue.message.en.length).toBeGreaterThan(0);
      }
    });
  }

  it("reports every problem at once, not only the first", () => {
    const p = clone();
    p.observations[0].period = "2024Q5";
    p.observations[3].unit = "nobody";
    p.system.nodes[0].weight = "0";
    p.plan.grading.bands[0].maxShare = "2";
    const codes = validateProject(p).issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(["invalid_period", "unknown_unit", "weight_not_positive", "quota_out_of_range"]),
    );
  });

  it("does not add follow-on noise for a structurally bad element", () => {
    const p = clone();
    p.system.nodes[0].weight = Number.NaN;
    const issues = validateProject(p).issues;
    expect(issues.map((i) => i.code)).toEqual(["invalid_type"]);
    expect(issues[0]?.message.en).toMatch(/non-finite/);
  });

  it("suggests the closest id", () => {
    const p = clone();
    p.observations[3].indicator = "GDP_growt";
    const issue = validateProject(p).issues.find((i) => i.code === "unknown_indicator");
    expect(issue?.message.en).toMatch(/did you mean 'gdp_growth'\?/);
    expect(issue?.message.zh).toMatch(/是否应为 'gdp_growth'/);
  });

  it("rejects nesting deeper than the limit", () => {
    let deep: Json = {};
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const p = clone();
    p.plan.extra = deep;
    const result = validateProject(p, { limits: { maxDepth: 32 } });
    expect(result.issues.map((i) => i.code)).toContain("too_deep");
  });

  it("rejects more items than the limits allow", () => {
    const result = validateProject(clone(), { limits: { maxUnits: 5 } });
    expect(result.issues[0]).toMatchObject({ code: "too_many", path: ["units"] });
  });

  it("handles garbage without throwing", () => {
    for (const garbage of [
      null,
      1,
      "x",
      [],
      [1, 2],
      { schemaVersion: 1 },
      { schemaVersion: 1, system: [], units: {}, plan: 3 },
    ]) {
      const result = validateProject(garbage);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });
});
