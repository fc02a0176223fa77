// The workloads the suites time, each set up in a fresh child process (see child.mjs).
// A workload is `async (args) => ({ items, run, summarize?, info? })`: `run` is what is timed,
// `items` the count for throughput, `summarize(lastResult)` a small JSON-able check of the output.
import { createReadStream } from "node:fs";
import { importCsvFile } from "@ducha/io/csv";
import { validateProject } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";
import { parse } from "csv-parse";
import { scoreFloat } from "./float-baseline.mjs";
import { generateProject } from "./project.mjs";

/** The project as JSON text, and a parsed copy (what a CLI would have after reading the file). */
function projectText(args) {
  const text = JSON.stringify(generateProject(args));
  return { text, parsed: JSON.parse(text) };
}

/** The parsed project after `validateProject`, as scoring expects it. */
function validProject(args) {
  const { parsed } = projectText(args);
  const v = validateProject(parsed);
  if (!v.ok) throw new Error(`generated project is invalid: ${JSON.stringify(v.issues.slice(0, 3))}`);
  return v.value;
}

/** Options of the CSV import: the default `limits.maxRows` (1,000,000) counts the header line too. */
export const CSV_IMPORT_OPTIONS = { limits: { maxRows: 2_000_000 } };

/** csv-parse options as `@ducha/io` uses them (its internal `csvParseOptions(",")`). */
const CSV_PARSE_OPTIONS = {
  delimiter: ",",
  record_delimiter: ["\r\n", "\n", "\r"],
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  max_record_size: 8 * 1024 * 1024,
  bom: true,
};

export const workloads = {
  /** `validateProject` on the parsed project. */
  async validate(args) {
    const { text, parsed } = projectText(args);
    return {
      items: parsed.observations.length,
      info: { jsonBytes: Buffer.byteLength(text) },
      run: () => validateProject(parsed),
      summarize: (r) => ({ ok: r.ok, issues: r.issues.length }),
    };
  },
  /** Baseline of validate: `JSON.parse` of the same project text. */
  async "json-parse"(args) {
    const { text } = projectText(args);
    return {
      items: args.units * args.indicators,
      info: { jsonBytes: Buffer.byteLength(text) },
      run: () => JSON.parse(text),
      summarize: (r) => ({ observations: r.observations.length }),
    };
  },
  /** `scoreAssessment`: min-max, weighted arithmetic up the tree, adjustments, rounding, ranks, grades, trace. */
  async "score-exact"(args) {
    const project = validProject(args);
    return {
      items: project.observations.length,
      run: () => scoreAssessment(project),
      summarize: (r) => {
        const scored = r.units.filter((u) => u.status === "scored");
        const grades = {};
        for (const u of scored) grades[u.grade] = (grades[u.grade] ?? 0) + 1;
        return {
          scored: scored.length,
          grades,
          totals: Object.fromEntries(scored.map((u) => [u.unit, u.total.toString()])),
          ranks: Object.fromEntries(scored.map((u) => [u.unit, u.rank])),
        };
      },
    };
  },
  /** Baseline of score-exact: the Float64Array pipeline of `float-baseline.mjs`. */
  async "score-float"(args) {
    const project = validProject(args);
    return {
      items: project.observations.length,
      run: () => scoreFloat(project),
      summarize: (r) => {
        const grades = {};
        for (const g of r.grades) grades[g] = (grades[g] ?? 0) + 1;
        return {
          grades,
          totals: Object.fromEntries(r.units.map((u, k) => [u, r.totals[k]])),
          ranks: Object.fromEntries(r.units.map((u, k) => [u, r.ranks[k]])),
        };
      },
    };
  },
  /** `importCsvFile` (streaming, encoding and delimiter detection, value parsing, row accounting). */
  async "import-csv"(args) {
    return {
      items: args.rows,
      run: () => importCsvFile(args.path, CSV_IMPORT_OPTIONS),
      summarize: (r) => ({ ...r.stats, format: r.format, encoding: r.encoding }),
    };
  },
  /** Baseline of import-csv: the bare csv-parse streaming parser over the same file, counting records. */
  async "csv-parse"(args) {
    return {
      items: args.rows,
      run: async () => {
        let records = 0;
        for await (const _record of createReadStream(args.path).pipe(parse(CSV_PARSE_OPTIONS))) records++;
        return records;
      },
      summarize: (records) => ({ records }),
    };
  },
};
