// CPU-time benchmark of scoreAssessment on a deterministic synthetic project (not a test).
// Usage: npx turbo run build --filter=@ducha/scoring && node packages/scoring/scripts/perf.mjs [units] [indicators] [runs]
// Builds U units × I indicators in a 3-level tree (4 pillars × 5 sub-pillars), min-max scoring,
// weighted arithmetic, grading with a 20 % quota, and prints user+system CPU ms (process.cpuUsage),
// which a loaded machine distorts far less than wall time.
import { validateProject } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";

const U = Number(process.argv[2]) || 300;
const I = Number(process.argv[3]) || 300;
const runs = Number(process.argv[4]) || 3;
let seed = 1;
const rnd = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const nodes = [];
const indicators = [];
for (let p = 0; p < 4; p++) {
  nodes.push({ id: `p${p}`, name: `P${p}`, weight: "1" });
  for (let s = 0; s < 5; s++) nodes.push({ id: `p${p}s${s}`, parent: `p${p}`, name: "S", weight: String(1 + s) });
}
for (let i = 0; i < I; i++)
  indicators.push({
    id: `i${i}`,
    parent: `p${i % 4}s${(i >> 2) % 5}`,
    name: `I${i}`,
    direction: i % 3 ? "higher-better" : "lower-better",
    kind: "quantitative",
    binding: false,
    weight: String(1 + (i % 3)),
    scoring: { method: "min-max" },
  });
const units = Array.from({ length: U }, (_, u) => ({
  id: `u${String(u).padStart(5, "0")}`,
  name: `U${u}`,
  type: "district",
}));
const observations = [];
for (const u of units)
  for (const ind of indicators)
    observations.push({ unit: u.id, indicator: ind.id, period: "2024", value: (rnd() * 1000).toFixed(2) });
const project = {
  schemaVersion: 1,
  id: "bench",
  name: "B",
  system: { id: "s", name: "S", version: "1", weighting: "relative", nodes, indicators },
  units,
  observations,
  plan: {
    id: "p",
    name: "P",
    system: "s",
    period: "2024",
    grading: {
      bands: [
        { id: "a", name: "A", minScore: "80", maxShare: "0.2" },
        { id: "b", name: "B", minScore: "0" },
      ],
    },
  },
};
if (!validateProject(project).ok) throw new Error("benchmark project is not valid");
const times = [];
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const result = scoreAssessment(project);
  const c1 = process.cpuUsage(c0);
  times.push((c1.user + c1.system) / 1000);
  if (result.units.length !== U) throw new Error("unexpected unit count");
}
const cells = U * I;
const best = Math.min(...times);
console.log(
  `${U} units × ${I} indicators: CPU ms per run ${times.map((t) => t.toFixed(0)).join(", ")}; best ${best.toFixed(0)} ms (${((best * 1000) / cells).toFixed(2)} µs/cell)`,
);
