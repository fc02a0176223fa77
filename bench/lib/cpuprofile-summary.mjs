// Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the top functions by self time, with
// their share of the sampled time and their source location, and the top files.
// Usage: node bench/lib/cpuprofile-summary.mjs <file.cpuprofile> [top=20]
import { readFileSync } from "node:fs";

const [file, topArg = "20"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, k) => {
  const d = dt[k] ?? 0;
  total += d;
  self.set(id, (self.get(id) ?? 0) + d);
});
const byFunction = new Map();
const byFile = new Map();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url === "" ? "" : `${url.replace(/^.*\/(packages|node_modules|bench)\//, "$1/")}:${lineNumber + 1}`;
  const key = `${functionName || "(anonymous)"}  ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const f = url === "" ? functionName : url.replace(/^.*\/(packages|node_modules|bench)\//, "$1/");
  byFile.set(f, (byFile.get(f) ?? 0) + us);
}
const show = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
    )
    .join("\n");
console.log(
  `total sampled: ${(total / 1e6).toFixed(2)} s\n\ntop functions by self time:\n${show(byFunction, Number(topArg))}`,
);
console.log(`\ntop files by self time:\n${show(byFile, 10)}`);
