// monitor: progress monitoring at year end over U units × I indicators × 12 monthly observations.
//
// - `monitor N×300×12 (columns)`: `monitorProgressTable` over `ObservationColumns` (dictionary codes
//   in typed arrays, decimal-string values; built in the setup, not timed) against a float loop over
//   the same columns (latest month per unit × indicator, Number(), ratio, traffic light), at 300,
//   1,000 and 3,000 units. Target: ≤ 2 s at 3,000 × 300 × 12 (10.8M observations), CPU time.
// - `monitor 300×300×12 (objects)`: `monitorProgress` over the observation array (full items with
//   exact decimals and messages) against the object float loop, for reference.
//
// DUCHA_BENCH_FULL=0 skips the 3,000-unit size (it needs ~2–3 GB for the generated data).
import { measure, report, round } from "./lib/measure.mjs";

const TARGET_S = 2;
const columnSizes = [
  { units: 300, indicators: 300 },
  { units: 1000, indicators: 300 },
  ...(process.env.DUCHA_BENCH_FULL === "0" ? [] : [{ units: 3000, indicators: 300 }]),
];
const obs = (s) => (s.units * s.indicators * 12).toLocaleString("en-US");

const columnSuites = columnSizes.map((size) => ({
  name: `monitor ${size.units}×${size.indicators}×12 (columns)`,
  workload: `${size.units} units × ${size.indicators} indicators × 12 months (${obs(size)} observations in columns)`,
  run: async () => {
    const task = await measure("monitor-columns", size);
    const baseline = await measure("monitor-columns-float", size);
    const cpuS = (task.cpuMedianMs ?? task.medianMs) / 1000;
    const full = size.units === 3000;
    return {
      ...report({
        task,
        baseline,
        taskName: "monitorProgressTable",
        baselineName: "float loop over the columns",
        unit: "obs",
        ...(full ? { target: { text: `≤ ${TARGET_S} s CPU at 3,000 × 300 × 12`, pass: cpuS <= TARGET_S } } : {}),
      }),
      us_per_obs: round((task.medianMs * 1000) / task.items, 3),
      items: task.summary?.items,
      measured: `${round(cpuS, 2)} s CPU, ${round(task.medianMs / 1000, 2)} s wall`,
    };
  },
}));

const objectSize = { units: 300, indicators: 300 };
const objectSuite = {
  name: `monitor ${objectSize.units}×${objectSize.indicators}×12 (objects)`,
  workload: `${objectSize.units} units × ${objectSize.indicators} indicators × 12 months (${obs(objectSize)} observation objects), full items`,
  run: async () => {
    const task = await measure("monitor", objectSize);
    const baseline = await measure("monitor-float", objectSize);
    return {
      ...report({
        task,
        baseline,
        taskName: "monitorProgress",
        baselineName: "float loop over the objects",
        unit: "obs",
      }),
      us_per_obs: round((task.medianMs * 1000) / task.items, 3),
    };
  },
};

export const suites = [...columnSuites, objectSuite];
