// Runs one workload in a fresh process so that its time and memory are not disturbed by the
// other suites: `node --expose-gc child.mjs <workload> <args-json> <options-json>`.
// Prints one line `@@RESULT <json>` with the run times, the peak RSS sampled during the runs and
// the summary of the last run.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { Bench } from "tinybench";
import { workloads } from "./workloads.mjs";

const [name, argsJson = "{}", optionsJson = "{}"] = process.argv.slice(2);
const args = JSON.parse(argsJson);
const { runs = 3, warmup = 1, timer = "loop" } = JSON.parse(optionsJson);
const gc = globalThis.gc ?? (() => {});
const setup = workloads[name];
if (setup === undefined) throw new Error(`unknown workload ${name}`);

const { items, run, summarize, info } = await setup(args);
gc();
const rssBefore = process.memoryUsage.rss();

// A worker thread samples the process RSS every 5 ms, also while the main thread is busy in a
// synchronous workload.
const sampler = new Worker(
  `const { parentPort } = require("node:worker_threads");
   let max = 0;
   const sample = () => { const r = process.memoryUsage.rss(); if (r > max) max = r; };
   const timer = setInterval(sample, 5);
   parentPort.on("message", () => { clearInterval(timer); sample(); parentPort.postMessage(max); });`,
  { eval: true },
);
await new Promise((resolve) => setTimeout(resolve, 20));

let times;
let cpuTimes; // process CPU time (user + system, all threads incl. GC helpers) per timed run, ms
let summary;
const cpuMs = (c) => (c.user + c.system) / 1000;
if (timer === "tinybench") {
  // Sub-second workloads: tinybench with exactly `runs` timed iterations after `warmup` ones.
  let last;
  const bench = new Bench({ iterations: runs, time: 0, warmupIterations: warmup, warmupTime: 0, retainSamples: true });
  bench.add(name, async () => {
    last = await run();
  });
  const c0 = process.cpuUsage();
  await bench.run();
  // tinybench runs warm-up and timed iterations back to back: the average over all of them.
  const perRun = cpuMs(process.cpuUsage(c0)) / (runs + warmup);
  const task = bench.tasks[0];
  if (task.result.state !== "completed") throw task.result.error ?? new Error(`${name}: ${task.result.state}`);
  times = [...task.result.latency.samples];
  cpuTimes = times.map(() => perRun);
  summary = summarize?.(last);
} else {
  // Multi-second workloads: warm-up, then timed runs with a full GC between them (not timed).
  for (let i = 0; i < warmup; i++) {
    await run();
    gc();
  }
  times = [];
  cpuTimes = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let result = await run();
    times.push(performance.now() - t0);
    cpuTimes.push(cpuMs(process.cpuUsage(c0)));
    if (i === runs - 1) summary = summarize?.(result);
    result = undefined;
    gc();
  }
}
sampler.postMessage("stop");
const peakRss = await new Promise((resolve) => sampler.once("message", resolve));
await sampler.terminate();
const out = {
  name,
  times,
  cpuTimes,
  items,
  rssBefore,
  peakRss,
  maxRss: process.resourceUsage().maxRSS * 1024,
  summary,
  info,
};
process.stdout.write(`@@RESULT ${JSON.stringify(out)}\n`);
