// monte-carlo: `createUncertaintyModel` + `runMonteCarlo` from @ducha/scoring — 1,000 replications
// with ±25 % uniform noise on every weight (min-max, weighted arithmetic tree, rounding, ranks,
// grades, rank statistics) — against a hand-written Float64Array Monte Carlo loop of the same
// pipeline (lib/float-workloads.mjs), at 750, 1,500 and 3,000 units × 300 indicators to show the
// growth in units. Target: ≤ 15 s and ≤ 2 GB at 3,000 × 300 (CPU time).

import { rate, round } from "./lib/measure.mjs";
import { measureCpu } from "./lib/measure-cpu.mjs";

const TARGET_S = 15;
const TARGET_MB = 2048;
const REPLICATIONS = 1000;

const suite = (units, indicators, { target = false } = {}) => ({
  name: `monte-carlo ${units}×${indicators}×${REPLICATIONS}`,
  workload: `${REPLICATIONS} replications, ±25 % uniform weight noise, ${units} units × ${indicators} indicators (min-max + weighted arithmetic + rank + grade)`,
  run: async () => {
    const args = { units, indicators, replications: REPLICATIONS };
    const opts = { runs: 2, warmup: 0 };
    const task = await measureCpu("monte-carlo-ducha", args, opts);
    const baseline = await measureCpu("monte-carlo-baseline", args, opts);
    const cpuS = task.cpuMedianMs / 1000;
    const pass = cpuS <= TARGET_S && task.peakRssMb <= TARGET_MB;
    return {
      task: "runMonteCarlo",
      runs: task.runs,
      median_s: round(task.medianMs / 1000),
      cpu_s: round(cpuS),
      throughput: `${rate(task.throughput)} replications/s`,
      peak_rss_mb: Math.round(task.peakRssMb),
      baseline: "Float64Array Monte Carlo loop",
      baseline_median_s: round(baseline.medianMs / 1000),
      baseline_cpu_s: round(baseline.cpuMedianMs / 1000),
      baseline_peak_rss_mb: Math.round(baseline.peakRssMb),
      ratio: round(task.medianMs / baseline.medianMs, 2),
      cpu_ratio: round(task.cpuMedianMs / baseline.cpuMedianMs, 2),
      // Per replication and unit: flat across sizes = linear growth in units.
      cpu_us_per_rep_unit: round((task.cpuMedianMs * 1000) / (REPLICATIONS * units), 3),
      progress_calls: task.summary.progressCalls,
      widest_rank_interval: task.summary.widestInterval,
      ...(target ? { target: `≤ ${TARGET_S} s CPU, ≤ ${TARGET_MB} MB`, pass: pass ? "PASS" : "FAIL" } : {}),
      measured: `${round(cpuS, 2)} s CPU, ${round(task.medianMs / 1000, 2)} s wall, ${Math.round(task.peakRssMb)} MB`,
      load: Math.max(task.load, baseline.load),
    };
  },
});

export const suites = [suite(750, 300), suite(1500, 300), suite(3000, 300, { target: true })];
