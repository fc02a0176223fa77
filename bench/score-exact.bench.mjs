// score-exact: `scoreAssessment` from @ducha/scoring (min-max, weighted arithmetic up a 3-level
// tree, rounding, competition ranks, grades with a 20 % quota, per-unit trace) against the
// hand-written Float64Array pipeline of lib/float-baseline.mjs, measured in the same run. The
// per-cell traces (`unit.indicators`) are built when first read; at 3,000 × 300 the suite also
// measures scoring plus reading every unit's trace (`with_all_traces`).
// Target: ≤ 3 s at 3,000 × 300. 300 × 300 and 1,000 × 300 show the scaling.
import { measure, report } from "./lib/measure.mjs";

const TARGET_S = 3;

/** Largest |exact − float| / |exact| over the units' totals, and how many ranks/grade counts differ. */
function agreement(exact, float) {
  let maxRel = 0;
  let rankMismatches = 0;
  for (const [unit, total] of Object.entries(exact.totals)) {
    const e = Number(total);
    const f = float.totals[unit];
    const rel = e === 0 ? Math.abs(f) : Math.abs(e - f) / Math.abs(e);
    if (!(rel <= maxRel)) maxRel = rel; // NaN propagates
    if (exact.ranks[unit] !== float.ranks[unit]) rankMismatches++;
  }
  const gradeCountsEqual =
    JSON.stringify(Object.entries(exact.grades).sort()) === JSON.stringify(Object.entries(float.grades).sort());
  return { maxRel, rankMismatches, gradeCountsEqual };
}

// scoreAssessment runs in a loop with a GC between runs (tinybench keeps no GC between iterations,
// which inflates the peak RSS of an allocation-heavy task).
const suite = (units, indicators, { target = false, timer = "loop", runs = 3 } = {}) => ({
  name: `score-exact ${units}×${indicators}`,
  workload: `${units} units × ${indicators} indicators (4 pillars → 12 sub-pillars → leaves), min-max + weighted arithmetic + rank + grade + trace`,
  run: async () => {
    const size = { units, indicators };
    const task = await measure("score-exact", size, { runs, timer });
    // The float pipeline is sub-second at every size here: tinybench, 10 timed iterations.
    const baseline = await measure("score-float", size, { runs: 10, timer: "tinybench" });
    const a = agreement(task.summary, baseline.summary);
    // The per-cell trace objects are built when read: what reading all of them costs on top.
    const trace = target ? await measure("score-exact-trace", size, { runs: 3, timer }) : undefined;
    const seconds = task.medianMs / 1000;
    return {
      ...report({
        task,
        baseline,
        taskName: "scoreAssessment",
        baselineName: "Float64Array pipeline",
        unit: "cells",
        ...(target ? { target: { text: `≤ ${TARGET_S} s`, pass: seconds <= TARGET_S } } : {}),
      }),
      max_rel_diff: a.maxRel.toExponential(2),
      agrees_1e9: a.maxRel <= 1e-9 ? "yes" : "NO",
      rank_mismatches: a.rankMismatches,
      grade_counts_equal: a.gradeCountsEqual ? "yes" : "no",
      grades: JSON.stringify(task.summary.grades),
      measured: `${seconds.toFixed(2)} s`,
      // CPU time of the process (GC helper threads included): less sensitive than wall time to
      // other jobs sharing the 2 cores, so it is the figure to compare across runs.
      measured_cpu: `${(task.cpuMedianMs / 1000).toFixed(2)} s`,
      ...(target ? { cpu_pass: task.cpuMedianMs / 1000 <= TARGET_S ? "PASS" : "FAIL" } : {}),
      ...(trace === undefined
        ? {}
        : {
            with_all_traces: `${(trace.medianMs / 1000).toFixed(2)} s (${trace.summary.cells} cells read)`,
            with_all_traces_cpu: `${(trace.cpuMedianMs / 1000).toFixed(2)} s`,
          }),
    };
  },
});

export const suites = [suite(300, 300, { runs: 5 }), suite(1000, 300), suite(3000, 300, { target: true })];
