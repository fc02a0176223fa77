// import-csv: `importCsvFile` from @ducha/io/csv on a generated 1,000,000-row long CSV against the
// bare csv-parse streaming parser on the same file, measured in the same run.
// Target: ≤ 10 s and peak RSS < 1 GB. The file is written to a temp dir once and deleted after.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLongCsv } from "./lib/csv.mjs";
import { measure, report } from "./lib/measure.mjs";

const ROWS = 1_000_000;
const TARGET_S = 10;
const TARGET_MB = 1024;

export const suites = [
  {
    name: "import-csv",
    workload: `${ROWS.toLocaleString("en-US")}-row long CSV (unit, indicator, period, value, status, source; UTF-8)`,
    run: async () => {
      const dir = await mkdtemp(join(tmpdir(), "ducha-bench-"));
      try {
        const path = join(dir, "observations.csv");
        const { bytes } = await writeLongCsv(path, { rows: ROWS });
        const task = await measure("import-csv", { path, rows: ROWS });
        const baseline = await measure("csv-parse", { path, rows: ROWS });
        const s = task.summary;
        if (s.rowsRead !== ROWS || s.accepted + s.rejected !== s.rowsRead) {
          throw new Error(`import-csv: row accounting ${JSON.stringify(s)}`);
        }
        if (baseline.summary.records !== ROWS + 1)
          throw new Error(`csv-parse read ${baseline.summary.records} records`);
        const seconds = task.medianMs / 1000;
        return {
          ...report({
            task,
            baseline,
            taskName: "importCsvFile",
            baselineName: "csv-parse (bare)",
            unit: "rows",
            target: {
              text: `≤ ${TARGET_S} s and < ${TARGET_MB} MB`,
              pass: seconds <= TARGET_S && task.peakRssMb < TARGET_MB,
            },
          }),
          file_mb: Math.round(bytes / 1024 / 1024),
          accepted: s.accepted,
          rejected: s.rejected,
          measured: `${seconds.toFixed(2)} s, ${Math.round(task.peakRssMb)} MB`,
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
];
