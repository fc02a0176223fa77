import type { Project } from "@ducha/schema";

/**
 * A deterministic synthetic project of `unitCount` units × `indicatorCount` indicators in a
 * 3-level tree (4 pillars × 5 sub-pillars × indicators), for regression and performance checks.
 * Mixes min-max (data and fixed goalposts, so some values clamp), efficacy-coefficient, both
 * directions, two unit categories (one excluding an indicator and overriding a weight), about 3 %
 * missing observations (re-weighted) and a graded plan with a 20 % quota.
 */
export function generatedProject(unitCount: number, indicatorCount: number): Project {
  let seed = 1;
  const rnd = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const nodes: Record<string, unknown>[] = [];
  for (let p = 0; p < 4; p++) {
    nodes.push({ id: `p${p}`, name: `P${p}`, weight: "1" });
    for (let s = 0; s < 5; s++) nodes.push({ id: `p${p}s${s}`, parent: `p${p}`, name: "S", weight: String(1 + s) });
  }
  const indicators = Array.from({ length: indicatorCount }, (_, i) => ({
    id: `i${String(i).padStart(3, "0")}`,
    parent: `p${i % 4}s${(i >> 2) % 5}`,
    name: `I${i}`,
    direction: i % 3 ? "higher-better" : "lower-better",
    kind: "quantitative",
    binding: false,
    weight: String(1 + (i % 3)),
    scoring:
      i % 7 === 3
        ? { method: "efficacy-coefficient" }
        : i % 5 === 1
          ? { method: "min-max", goalposts: { low: "100", high: "900" } }
          : { method: "min-max" },
  }));
  const units = Array.from({ length: unitCount }, (_, u) => ({
    id: `u${String(u).padStart(5, "0")}`,
    name: `U${u}`,
    type: "district",
    category: u % 4 === 0 ? "b" : "a",
  }));
  const observations: Record<string, unknown>[] = [];
  for (const u of units)
    for (const ind of indicators) {
      const r = rnd();
      if (r < 0.03 || (u.category === "b" && ind.id === "i001")) continue;
      observations.push({ unit: u.id, indicator: ind.id, period: "2024", value: (rnd() * 1000).toFixed(2) });
    }
  return {
    schemaVersion: 1,
    id: "generated",
    name: "Generated",
    system: { id: "s", name: "S", version: "1", weighting: "relative", nodes, indicators },
    categories: [
      { id: "a", name: "A" },
      { id: "b", name: "B", excludeIndicators: ["i001"], weights: { p0: "2" } },
    ],
    units,
    observations,
    plan: {
      id: "p",
      name: "P",
      system: "s",
      period: "2024",
      grading: {
        bands: [
          { id: "a", name: "A", minScore: "55", maxShare: "0.2" },
          { id: "b", name: "B", minScore: "0" },
        ],
      },
    },
  } as unknown as Project;
}
