// monitor: `monitorProgress` from @ducha/accountability at year end over U units × I indicators ×
// 12 monthly observations, against a hand-written float loop (latest value per unit × indicator and
// its ratio to the target) measured in the same run. Target: ≤ 2 s at 3,000 × 300 × 12 — that size
// needs ~10.8M observation objects (several GB), so the default run measures 300 and 1,000 units and
// reports the per-observation cost; set DUCHA_BENCH_FULL=1 to run 3,000.
import { measure, report } from "./lib/measure.mjs";

const TARGET_S = 2;
const FULL = { units: 3000, indicators: 300 };
const sizes =
  process.env.DUCHA_BENCH_FULL === "1"
    ? [FULL]
    : [
        { units: 300, indicators: 300 },
        { units: 1000, indicators: 300 },
      ];

export const suites = sizes.map((size) => ({
  name: `monitor ${size.units}×${size.indicators}×12`,
  workload: `${size.units} units × ${size.indicators} indicators × 12 months (${(size.units * size.indicators * 12).toLocaleString("en-US")} observations)`,
  run: async () => {
    const task = await measure("monitor", size);
    const baseline = await measure("monitor-float", size);
    const perObsUs = (task.medianMs * 1000) / task.items;
    const projectedS = (perObsUs * FULL.units * FULL.indicators * 12) / 1e6;
    return {
      ...report({
        task,
        baseline,
        taskName: "monitorProgress",
        baselineName: "float loop",
        unit: "obs",
        target: {
          text: `≤ ${TARGET_S} s at 3,000 × 300 × 12 (projected ${projectedS.toFixed(1)} s)`,
          pass: projectedS <= TARGET_S,
        },
      }),
      us_per_obs: Math.round(perObsUs * 100) / 100,
      measured: `${(task.medianMs / 1000).toFixed(2)} s`,
    };
  },
}));
