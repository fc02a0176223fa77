// validate: `validateProject` from @ducha/schema on U units × I indicators × 1 period, against
// `JSON.parse` of the same project text measured in the same run. Target: < 2 s at 3,000 × 300.
import { measure, report } from "./lib/measure.mjs";

const SIZE = { units: 3000, indicators: 300 };
const TARGET_S = 2;

export const suites = [
  {
    name: "validate",
    workload: `${SIZE.units} units × ${SIZE.indicators} indicators × 1 period (${(SIZE.units * SIZE.indicators).toLocaleString("en-US")} observations)`,
    run: async () => {
      const task = await measure("validate", SIZE);
      const baseline = await measure("json-parse", SIZE);
      if (task.summary.ok !== true)
        throw new Error(`validate: the generated project is invalid (${task.summary.issues} issues)`);
      const seconds = task.medianMs / 1000;
      return {
        ...report({
          task,
          baseline,
          taskName: "validateProject",
          baselineName: "JSON.parse",
          unit: "obs",
          target: { text: `< ${TARGET_S} s`, pass: seconds < TARGET_S },
        }),
        json_mb: Math.round(task.info.jsonBytes / 1024 / 1024),
        measured: `${seconds.toFixed(2)} s`,
      };
    },
  },
];
