// Benchmark runner: imports every bench/*.bench.mjs and runs its suites. Each suite measures its
// task next to a baseline in the same run (in child processes, see lib/measure.mjs) and reports
// the ratio task / baseline. Results are printed per suite, then a summary against the targets
// (the bench reports; it never fails the process on a missed target), and written to
// bench/results.json with the machine info (cores, Node version, load).
// Usage: node bench/run.mjs [name-filter …]   e.g. node bench/run.mjs validate score-exact
import { readdir, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const files = (await readdir(dir)).filter((f) => f.endsWith(".bench.mjs")).sort();
const only = process.argv.slice(2);
const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  loadAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
};
console.log(`machine: ${JSON.stringify(machine)}`);
const results = [];
for (const file of files) {
  if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
  const mod = await import(pathToFileURL(`${dir}${file}`).href);
  for (const suite of mod.suites ?? []) {
    console.log(`\n# ${suite.name} (${suite.workload})`);
    const r = await suite.run();
    results.push({ file, name: suite.name, workload: suite.workload, ...r });
    console.table(r);
  }
}
if (results.length === 0) console.log("no benchmark suites registered yet (bench/*.bench.mjs)");
else {
  console.log("\nsummary (ratio = task median / baseline median, same run; load = 1-min load average)");
  console.table(
    results.map((r) => ({
      suite: r.name,
      task: r.task ?? "-",
      median_s: r.median_s ?? "-",
      throughput: r.throughput ?? "-",
      peak_rss_mb: r.peak_rss_mb ?? "-",
      baseline: r.baseline ?? "-",
      baseline_s: r.baseline_median_s ?? "-",
      ratio: r.ratio ?? "-",
      target: r.target ?? "-",
      measured: r.measured ?? r.skipped ?? "-",
      result: r.pass ?? (r.skipped === undefined ? "-" : "SKIPPED"),
      load: r.load ?? "-",
    })),
  );
}
machine.loadAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
await writeFile(
  `${dir}results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine, results }, null, 2)}\n`,
);
console.log(`\nwrote bench/results.json (${results.length} suites)`);
