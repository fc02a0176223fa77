// The workloads the suites time, each set up in a fresh child process (see child.mjs).
// A workload is `async (args) => ({ items, run, summarize?, info? })`: `run` is what is timed,
// `items` the count for throughput, `summarize(lastResult)` a small JSON-able check of the output.
import { createReadStream } from "node:fs";
import { monitorProgress, monitorProgressTable, ObservationColumnsBuilder } from "@ducha/accountability";
import { importCsvFile } from "@ducha/io/csv";
import { validateProject } from "@ducha/schema";
import { auditAssessment, scoreAssessment } from "@ducha/scoring";
import { parse } from "csv-parse";
import { scoreFloat } from "./float-baseline.mjs";
import { mulberry32 } from "./prng.mjs";
import { generateProject } from "./project.mjs";

/**
 * A monitoring project: U units × I indicators with annual targets (100) and 12 monthly
 * observations each (year-to-date values for cumulative indicators, levels for the others).
 * With `columns: true` the observations go straight into an `ObservationColumnsBuilder` (same rows,
 * same values, no observation objects) and the project has none.
 */
function monitorProject({ units, indicators, seed = 7, columns = false }) {
  const rnd = mulberry32(seed);
  const inds = Array.from({ length: indicators }, (_, i) => ({
    id: `i${String(i).padStart(3, "0")}`,
    parent: "p",
    name: `I${i}`,
    direction: i % 2 ? "higher-better" : "lower-better",
    kind: "quantitative",
    binding: false,
    cumulative: i % 2 === 1,
    weight: "1",
    scoring: { method: "completion-ratio" },
  }));
  const us = Array.from({ length: units }, (_, u) => ({
    id: `u${String(u).padStart(5, "0")}`,
    name: `U${u}`,
    type: "district",
  }));
  const observations = [];
  const builder = columns ? new ObservationColumnsBuilder(units * indicators * 12) : undefined;
  const months = Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, "0")}`);
  for (const u of us)
    for (const ind of inds)
      for (let m = 1; m <= 12; m++) {
        const row = {
          unit: u.id,
          indicator: ind.id,
          period: months[m - 1],
          value: (ind.cumulative ? m * 8.3 * (0.7 + rnd() * 0.6) : 80 + rnd() * 40).toFixed(2),
        };
        if (builder === undefined) observations.push(row);
        else builder.add(row);
      }
  const project = {
    schemaVersion: 1,
    id: "m",
    name: "M",
    system: {
      id: "s",
      name: "S",
      version: "1",
      weighting: "relative",
      nodes: [{ id: "p", name: "P", weight: "1" }],
      indicators: inds,
    },
    units: us,
    targets: inds.map((ind) => ({ indicator: ind.id, period: "2024", target: "100" })),
    observations,
    plan: { id: "p", name: "P", system: "s", period: "2024" },
  };
  return { project, columns: builder?.build() };
}

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

/**
 * Options of the CSV import. `limits.maxRows` counts data rows only (header and blank lines are not
 * counted), so the default 1,000,000 would just admit the workload; 2,000,000 leaves headroom.
 */
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
  /**
   * `auditAssessment` with `arithmetic: "float"` over a scored U × I project (scored exactly in the
   * setup, not timed): indicator statistics, the I × I Pearson/Spearman matrix, pillar correlations,
   * flags and Cronbach's alpha.
   */
  async "audit-float"(args) {
    const project = validProject(args);
    const result = scoreAssessment(project);
    return {
      items: args.units * args.indicators,
      run: () => auditAssessment(project, result, { arithmetic: "float" }),
      summarize: (a) => ({
        arithmetic: a.arithmetic,
        indicators: a.indicators.length,
        flags: a.flags.length,
        alpha: a.cronbach.map((c) => c.raw?.toFixed(3) ?? null),
      }),
    };
  },
  /**
   * Baseline of audit-float: a hand-written Float64Array loop over the same score columns (converted
   * in the setup) — mean, sd, skewness and kurtosis per column, and the I × I Pearson matrix as dot
   * products of standardised columns (no ranks, no missing values, no Decimals).
   */
  async "audit-baseline"(args) {
    const project = validProject(args);
    const result = scoreAssessment(project);
    const ids = Object.keys(result.indicators).sort();
    const n = result.units.length;
    const columns = ids.map((id) => Float64Array.from(result.units, (u) => u.indicators[id]?.score?.toNumber() ?? 0));
    return {
      items: args.units * args.indicators,
      run: () => {
        const k = columns.length;
        const z = columns.map((x) => {
          let s = 0;
          for (let u = 0; u < n; u++) s += x[u];
          const mean = s / n;
          let m2 = 0;
          let m3 = 0;
          let m4 = 0;
          for (let u = 0; u < n; u++) {
            const d = x[u] - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
          }
          const scale = m2 > 0 ? 1 / Math.sqrt(m2) : 0;
          const out = new Float64Array(n);
          for (let u = 0; u < n; u++) out[u] = (x[u] - mean) * scale;
          return { out, sd: Math.sqrt(m2 / (n - 1)), skew: m3, kurt: m4 };
        });
        const r = new Float64Array(k * k);
        for (let i = 0; i < k; i++)
          for (let j = i; j < k; j++) {
            let dot = 0;
            const a = z[i].out;
            const b = z[j].out;
            for (let u = 0; u < n; u++) dot += a[u] * b[u];
            r[i * k + j] = dot;
            r[j * k + i] = dot;
          }
        return r;
      },
      summarize: (r) => ({ entries: r.length }),
    };
  },
  /** `monitorProgress` at year end over U × I × 12 monthly observations. */
  async monitor(args) {
    const { project } = monitorProject(args);
    return {
      items: project.observations.length,
      run: () => monitorProgress(project, { asOf: "2024-12-31" }),
      summarize: (r) => ({ items: r.items.length, byColour: r.summary.byColour }),
    };
  },
  /** Baseline of monitor: latest value per unit × indicator and its ratio to the target, in floats. */
  async "monitor-float"(args) {
    const { project } = monitorProject(args);
    const obs = project.observations;
    const cumulative = new Map(project.system.indicators.map((i) => [i.id, i.cumulative]));
    return {
      items: obs.length,
      run: () => {
        const latest = new Map();
        for (const o of obs) {
          const key = `${o.unit}\u0000${o.indicator}`;
          const prev = latest.get(key);
          if (prev === undefined || prev.period < o.period) latest.set(key, o);
        }
        const ratios = new Float64Array(latest.size);
        let k = 0;
        for (const o of latest.values()) {
          const x = Number(o.value);
          ratios[k++] = cumulative.get(o.indicator) ? x / 100 : 100 / x;
        }
        return ratios;
      },
      summarize: (r) => ({ items: r.length }),
    };
  },
  /**
   * `monitorProgressTable` at year end over the same data in columns (`ObservationColumns`, built in
   * the setup): latest value per unit × indicator by scanning the codes, statuses decided exactly,
   * summary; no item objects (they are built on request).
   */
  async "monitor-columns"(args) {
    const { project, columns } = monitorProject({ ...args, columns: true });
    return {
      items: columns.length,
      info: { rows: columns.length },
      run: () => monitorProgressTable(project, { asOf: args.asOf ?? "2024-12-31", observations: columns }),
      summarize: (r) => ({ items: r.length, byStatus: r.summary.byStatus, byColour: r.summary.byColour }),
    };
  },
  /**
   * Baseline of monitor-columns: a float loop over the same columns — latest month per unit ×
   * indicator by scanning the codes, `Number()` of its value, ratio to the target and a traffic light
   * against 90 % / 75 % of the linear expected share (no exactness, no messages).
   */
  async "monitor-columns-float"(args) {
    const { project, columns } = monitorProject({ ...args, columns: true });
    const nI = columns.indicators.length;
    const cumulative = Uint8Array.from(columns.indicators, (id) =>
      project.system.indicators.find((i) => i.id === id)?.cumulative ? 1 : 0,
    );
    const periodEndOrder = Int32Array.from(columns.periods, (p) => Number(p.slice(5)));
    return {
      items: columns.length,
      run: () => {
        const n = columns.length;
        const pairs = columns.units.length * nI;
        const best = new Int32Array(pairs).fill(-1);
        const bestRank = new Int32Array(pairs).fill(-1);
        for (let r = 0; r < n; r++) {
          const slot = columns.unit[r] * nI + columns.indicator[r];
          const rank = periodEndOrder[columns.period[r]];
          if (rank > bestRank[slot]) {
            bestRank[slot] = rank;
            best[slot] = r;
          }
        }
        const status = new Uint8Array(pairs);
        for (let s = 0; s < pairs; s++) {
          const row = best[s];
          if (row < 0) {
            status[s] = 5;
            continue;
          }
          const x = Number(columns.values[row]);
          const cum = cumulative[s % nI] === 1;
          const perf = cum ? x / 100 : 100 / x; // year end: expected share 1
          status[s] = perf >= 1 ? 0 : perf >= 0.9 ? 1 : perf >= 0.75 ? 2 : 3;
        }
        return status;
      },
      summarize: (r) => ({ items: r.length }),
    };
  },
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
  /**
   * `scoreAssessment`, then every unit's per-indicator trace read (`unit.indicators` is built on
   * first read): the cost of materialising all 900,000 cell traces at 3,000 × 300.
   */
  async "score-exact-trace"(args) {
    const project = validProject(args);
    return {
      items: project.observations.length,
      run: () => {
        const r = scoreAssessment(project);
        let cells = 0;
        for (const u of r.units) cells += Object.keys(u.indicators).length;
        return { r, cells };
      },
      summarize: ({ cells }) => ({ cells }),
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
