// Benchmark runner: imports every bench/*.bench.mjs and runs its suites with tinybench.
// Each suite reports its task next to a baseline measured in the same run, as a ratio.
// Results are printed as a table and written to bench/results.json.
import { readdir, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.mjs")).sort();
const only = process.argv.slice(2);
const results = [];
for (const file of files) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  const mod = await import(pathToFileURL(`${dir}${file}`).href);
  for (const suite of mod.suites ?? []) {
    console.log(`\n# ${suite.name} (${suite.workload})`);
    const r = await suite.run();
    results.push({ file, name: suite.name, workload: suite.workload, ...r });
    console.table([r]);
  }
}
if (results.length === 0) console.log("no benchmark suites registered yet (bench/*.bench.mjs)");
await writeFile(
  `${dir}results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log(`\nwrote bench/results.json (${results.length} suites)`);
