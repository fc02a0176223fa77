// Like child.mjs, for the float and Monte Carlo suites: runs one workload in a fresh process
// (`node --expose-gc cpu-child.mjs <workload> <args-json> <options-json>`), warm-up runs, then timed
// runs with a full GC between them, and reports per run both the wall time (performance.now) and
// the CPU time of the process (process.cpuUsage: user + system, all threads), plus the peak RSS
// sampled every 5 ms by a worker thread. Prints one line `@@RESULT <json>`.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { floatWorkloads } from "./float-workloads.mjs";

const [name, argsJson = "{}", optionsJson = "{}"] = process.argv.slice(2);
const args = JSON.parse(argsJson);
const { runs = 3, warmup = 1 } = JSON.parse(optionsJson);
const gc = globalThis.gc ?? (() => {});
const setup = floatWorkloads[name];
if (setup === undefined) throw new Error(`unknown workload ${name}`);

const { items, run, summarize, info } = await setup(args);
gc();
const rssBefore = process.memoryUsage.rss();
const sampler = new Worker(
  `const { parentPort } = require("node:worker_threads");
   let max = 0;
   const sample = () => { const r = process.memoryUsage.rss(); if (r > max) max = r; };
   const timer = setInterval(sample, 5);
   parentPort.on("message", () => { clearInterval(timer); sample(); parentPort.postMessage(max); });`,
  { eval: true },
);
await new Promise((resolve) => setTimeout(resolve, 20));

for (let i = 0; i < warmup; i++) {
  await run();
  gc();
}
const times = [];
const cpuTimes = [];
let summary;
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let result = await run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  times.push(wall);
  cpuTimes.push((c.user + c.system) / 1000);
  if (i === runs - 1) summary = summarize?.(result);
  result = undefined;
  gc();
}
sampler.postMessage("stop");
const peakRss = await new Promise((resolve) => sampler.once("message", resolve));
await sampler.terminate();
process.stdout.write(
  `@@RESULT ${JSON.stringify({ name, times, cpuTimes, items, rssBefore, peakRss, maxRss: process.resourceUsage().maxRSS * 1024, summary, info })}\n`,
);
