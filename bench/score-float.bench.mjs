// score-float: `scoreAssessmentFloat` from @ducha/scoring (compile the project into Float64Array
// columns, then min-max, weighted arithmetic up a 3-level tree, rounding, competition ranks,
// grades with a 20 % quota) against the hand-written Float64Array pipeline of
// lib/float-baseline.mjs, measured in the same run, in CPU time and wall time.
// Also: `scoreFloatModel` on a precompiled model (what each simulation replicate costs).
// Target: ≤ 3× the baseline at 3,000 × 300 (CPU-time ratio).

import { rate, round } from "./lib/measure.mjs";
import { measureCpu } from "./lib/measure-cpu.mjs";

const TARGET_RATIO = 3;

/** Largest |a − b| / max(1, |b|) over the totals, rank mismatches, equal grade counts. */
function agreement(a, b) {
  let maxRel = 0;
  let rankMismatches = 0;
  for (const [unit, t] of Object.entries(b.totals)) {
    const rel = Math.abs(a.totals[unit] - t) / Math.max(1, Math.abs(t));
    if (!(rel <= maxRel)) maxRel = rel;
    if (a.ranks[unit] !== b.ranks[unit]) rankMismatches++;
  }
  const same = JSON.stringify(Object.entries(a.grades).sort()) === JSON.stringify(Object.entries(b.grades).sort());
  return { maxRel, rankMismatches, same };
}

const suite = (units, indicators, { target = false } = {}) => ({
  name: `score-float ${units}×${indicators}`,
  workload: `${units} units × ${indicators} indicators (4 pillars → 12 sub-pillars → leaves), min-max + weighted arithmetic + rank + grade, compile + score`,
  run: async () => {
    const size = { units, indicators };
    const opts = { runs: 10, warmup: 2 };
    const task = await measureCpu("score-float-ducha", size, opts);
    const baseline = await measureCpu("score-float-baseline", size, opts);
    const evalOnly = await measureCpu("score-float-model", size, opts);
    const a = agreement(task.summary, baseline.summary);
    const cpuRatio = task.cpuMedianMs / baseline.cpuMedianMs;
    return {
      task: "scoreAssessmentFloat",
      runs: task.runs,
      median_s: round(task.medianMs / 1000),
      cpu_s: round(task.cpuMedianMs / 1000),
      throughput: `${rate(task.throughput)} cells/s`,
      peak_rss_mb: Math.round(task.peakRssMb),
      baseline: "Float64Array pipeline",
      baseline_median_s: round(baseline.medianMs / 1000),
      baseline_cpu_s: round(baseline.cpuMedianMs / 1000),
      baseline_peak_rss_mb: Math.round(baseline.peakRssMb),
      ratio: round(task.medianMs / baseline.medianMs, 2),
      cpu_ratio: round(cpuRatio, 2),
      eval_only_s: round(evalOnly.medianMs / 1000),
      eval_only_cpu_s: round(evalOnly.cpuMedianMs / 1000),
      max_rel_diff: a.maxRel.toExponential(2),
      rank_mismatches: a.rankMismatches,
      grade_counts_equal: a.same ? "yes" : "no",
      ...(target
        ? { target: `≤ ${TARGET_RATIO}× baseline (CPU)`, pass: cpuRatio <= TARGET_RATIO ? "PASS" : "FAIL" }
        : {}),
      measured: `${round(cpuRatio, 2)}× (CPU), ${round(task.medianMs / baseline.medianMs, 2)}× (wall)`,
      load: Math.max(task.load, baseline.load, evalOnly.load),
    };
  },
});

export const suites = [suite(300, 300), suite(1000, 300), suite(3000, 300, { target: true })];
