// Profiles one workload's timed part only: runs its setup, then `run` once under the V8 CPU
// profiler (the same `.cpuprofile` format as `node --cpu-prof`, without the setup in it).
// Usage: node bench/lib/profile.mjs <workload> '<args-json>' <out.cpuprofile>
// then:  node bench/lib/cpuprofile-summary.mjs <out.cpuprofile>
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { performance } from "node:perf_hooks";
import { workloads } from "./workloads.mjs";

const [name, argsJson = "{}", out = `${name}.cpuprofile`] = process.argv.slice(2);
const { run } = await workloads[name](JSON.parse(argsJson));
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 500 });
await session.post("Profiler.start");
const t0 = performance.now();
await run();
const seconds = (performance.now() - t0) / 1000;
const { profile } = await session.post("Profiler.stop");
session.disconnect();
await writeFile(out, JSON.stringify(profile));
console.log(`${name}: run took ${seconds.toFixed(2)} s (profiled); wrote ${out}`);
