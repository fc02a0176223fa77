// CPU benchmark of monitorProgress and progressSeries on a generated project (not a test).
// Build first: npx turbo run build --filter=@ducha/accountability
// Usage: node --expose-gc packages/accountability/scripts/perf.mjs [units=300] [indicators=300] [--series]
// (--expose-gc lets the script collect the generator's garbage before each measurement)
import { monitorProgress, progressSeries } from "../dist/index.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const U = Number(args[0]) || 300;
const I = Number(args[1]) || 300;
const withSeries = process.argv.includes("--series");
let seed = 7;
const rnd = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const nodes = [{ id: "p", name: "P", weight: "1" }];
const indicators = Array.from({ length: I }, (_, i) => ({
  id: `i${i}`,
  parent: "p",
  name: "I",
  direction: i % 2 ? "higher-better" : "lower-better",
  kind: "quantitative",
  binding: false,
  cumulative: i % 2 === 1,
  weight: "1",
  scoring: { method: "completion-ratio" },
}));
const units = Array.from({ length: U }, (_, u) => ({ id: `u${u}`, name: "U", type: "district" }));
const targets = indicators.map((ind) => ({ indicator: ind.id, period: "2024", target: "100" }));
const observations = [];
for (const u of units)
  for (const ind of indicators)
    for (let m = 1; m <= 12; m++)
      observations.push({
        unit: u.id,
        indicator: ind.id,
        period: `2024-${String(m).padStart(2, "0")}`,
        value: (ind.cumulative ? m * 8.3 * (0.7 + rnd() * 0.6) : 80 + rnd() * 40).toFixed(2),
      });
const project = {
  schemaVersion: 1,
  id: "m",
  name: "M",
  system: { id: "s", name: "S", version: "1", weighting: "relative", nodes, indicators },
  units,
  targets,
  observations,
  plan: { id: "p", name: "P", system: "s", period: "2024" },
};

function cpu(label, f) {
  globalThis.gc?.();
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  const r = f();
  const c = process.cpuUsage(t0);
  const ms = (c.user + c.system) / 1000;
  console.log(
    `${label}: cpu ${ms.toFixed(0)} ms, wall ${(performance.now() - w0).toFixed(0)} ms, ` +
      `${((ms * 1e6) / observations.length).toFixed(0)} ns per observation`,
  );
  return r;
}

console.log(`${U} units × ${I} indicators × 12 months = ${observations.length} observations`);
const r = cpu("monitorProgress asOf 2024-12-31", () => monitorProgress(project, { asOf: "2024-12-31" }));
console.log(`  items ${r.items.length}, red ${r.summary.byColour.red}`);
if (withSeries) {
  const s = cpu("progressSeries 12 months", () =>
    progressSeries(project, { from: "2024-01", to: "2024-12", every: "month" }),
  );
  console.log(`  snapshots ${s.length}, items ${s.reduce((n, x) => n + x.items.length, 0)}`);
}
