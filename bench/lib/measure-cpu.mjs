// Parent side of cpu-child.mjs: spawns it for one workload and returns wall and CPU medians,
// throughput, peak memory and the load average around the measurement.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { load, median } from "./measure.mjs";

const CHILD = fileURLToPath(new URL("./cpu-child.mjs", import.meta.url));
const MB = 1024 * 1024;

/**
 * @param {string} workload - a workload of float-workloads.mjs
 * @param {object} args - workload arguments
 * @param {{ runs?: number, warmup?: number }} [options] - timed runs (default 3) after warm-up runs (default 1)
 */
export async function measureCpu(workload, args, options = {}) {
  const opts = { runs: 3, warmup: 1, ...options };
  const loadBefore = load();
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", CHILD, workload, JSON.stringify(args), JSON.stringify(opts)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let stdout = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  const code = await new Promise((resolve) => child.on("close", resolve));
  const line = stdout.split("\n").find((l) => l.startsWith("@@RESULT "));
  if (code !== 0 || line === undefined) throw new Error(`workload ${workload} failed (exit ${code})`);
  const r = JSON.parse(line.slice("@@RESULT ".length));
  const medianMs = median(r.times);
  return {
    medianMs,
    minMs: Math.min(...r.times),
    cpuMedianMs: median(r.cpuTimes),
    runs: r.times.length,
    items: r.items,
    throughput: r.items / (medianMs / 1000),
    peakRssMb: r.peakRss / MB,
    rssBeforeMb: r.rssBefore / MB,
    summary: r.summary,
    load: Math.max(loadBefore, load()),
  };
}
