// audit: `auditAssessment` from @ducha/scoring with `arithmetic: "float"` (indicator statistics,
// Pearson/Spearman matrix, pillar correlations, flags, Cronbach's alpha) over a project scored
// exactly in the setup, against a hand-written Float64Array loop (moments and the Pearson matrix by
// dot products) over the same score columns, at 1,000 and 3,000 units × 300 indicators. The exact
// audit is not timed here: 44,850 indicator pairs in 50-digit decimals (16 s CPU at 1,000 × 30
// already; see docs/guide/analysis.md). Target (issue #9): a few seconds of CPU at 3,000 × 300.
// DUCHA_BENCH_FULL=0 skips the 3,000-unit size (its exact scoring in the setup needs several GB).
import { measure, report, round } from "./lib/measure.mjs";

const TARGET_S = 10;
const sizes = [
  { units: 1000, indicators: 300 },
  ...(process.env.DUCHA_BENCH_FULL === "0" ? [] : [{ units: 3000, indicators: 300 }]),
];

export const suites = sizes.map((size) => ({
  name: `audit ${size.units}×${size.indicators}`,
  workload: `auditAssessment (float) of ${size.units} units × ${size.indicators} indicators (4 pillars → 12 sub-pillars → leaves)`,
  run: async () => {
    const task = await measure("audit-float", size);
    const baseline = await measure("audit-baseline", size);
    const cpuS = task.cpuMedianMs / 1000;
    const full = size.units === 3000;
    return {
      ...report({
        task,
        baseline,
        taskName: "auditAssessment (float)",
        baselineName: "Float64Array moments + Pearson loop",
        unit: "cells",
        ...(full ? { target: { text: `≤ ${TARGET_S} s CPU`, pass: cpuS <= TARGET_S } } : {}),
      }),
      cronbach: task.summary.alpha.join(" "),
      measured: `${round(cpuS, 2)} s CPU, ${round(task.medianMs / 1000, 2)} s wall, ${Math.round(task.peakRssMb)} MB`,
    };
  },
}));
