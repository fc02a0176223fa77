// Parent side of the measurement: spawns `child.mjs` for one workload and turns its raw run
// times into median/min, throughput and peak memory.
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./child.mjs", import.meta.url));
const MB = 1024 * 1024;

/** Median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The 1-minute load average, rounded (other processes share the 2 cores of the bench machine). */
export const load = () => Math.round(loadavg()[0] * 100) / 100;

/**
 * Runs a workload (see `workloads.mjs`) in a child process with `--expose-gc`.
 *
 * @param {string} workload - workload name
 * @param {object} args - workload arguments (sizes, file path)
 * @param {{ runs?: number, warmup?: number, timer?: "loop" | "tinybench" }} [options]
 *   runs (default 3) timed after warmup (default 1) untimed; `tinybench` for sub-second workloads
 * @returns {Promise<{ medianMs: number, cpuMedianMs: number, minMs: number, runs: number, items: number, throughput: number,
 *   peakRssMb: number, rssBeforeMb: number, maxRssMb: number, summary: unknown, info: unknown, load: number }>}
 */
export async function measure(workload, args, options = {}) {
  const opts = { runs: 3, warmup: 1, timer: "loop", ...options };
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
    cpuMedianMs: median(r.cpuTimes),
    minMs: Math.min(...r.times),
    runs: r.times.length,
    items: r.items,
    throughput: r.items / (medianMs / 1000),
    peakRssMb: r.peakRss / MB,
    rssBeforeMb: r.rssBefore / MB,
    maxRssMb: r.maxRss / MB,
    summary: r.summary,
    info: r.info,
    load: Math.max(loadBefore, load()),
  };
}

/** Rounds for display: `round(1234.5678, 3)` → 1234.568. */
export const round = (x, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** `1234567.8` → `"1.23 M"` (items per second). */
export function rate(x) {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)} k`;
  return x.toFixed(1);
}

/**
 * The flat row a suite reports: task and baseline side by side, ratio = task / baseline (median
 * times), and the target check.
 *
 * @param {{ task: Awaited<ReturnType<typeof measure>>, baseline: Awaited<ReturnType<typeof measure>>,
 *   taskName: string, baselineName: string, unit: string, target?: { text: string, pass: boolean } }} r
 */
export function report({ task, baseline, taskName, baselineName, unit, target }) {
  return {
    task: taskName,
    runs: task.runs,
    median_s: round(task.medianMs / 1000),
    min_s: round(task.minMs / 1000),
    cpu_median_s: round(task.cpuMedianMs / 1000),
    throughput: `${rate(task.throughput)} ${unit}/s`,
    peak_rss_mb: Math.round(task.peakRssMb),
    rss_before_mb: Math.round(task.rssBeforeMb),
    baseline: baselineName,
    baseline_median_s: round(baseline.medianMs / 1000),
    baseline_min_s: round(baseline.minMs / 1000),
    baseline_cpu_median_s: round(baseline.cpuMedianMs / 1000),
    baseline_throughput: `${rate(baseline.throughput)} ${unit}/s`,
    baseline_peak_rss_mb: Math.round(baseline.peakRssMb),
    ratio: round(task.medianMs / baseline.medianMs, 2),
    cpu_ratio: round(task.cpuMedianMs / baseline.cpuMedianMs, 2),
    ...(target === undefined ? {} : { target: target.text, pass: target.pass ? "PASS" : "FAIL" }),
    load: Math.max(task.load, baseline.load),
  };
}
