// Micro-benchmark of the fused exact kernel ops of @ducha/scoring (internal, not in the package
// barrel): CPU time of ~1M linear-scale cells and ~1M weighted-sum products, fused
// (`linearScaleCell`, `WeightedSum`) against the unfused kernel ops the engine uses
// (`lessThan`/`greaterThan` + `sub`/`div`/`mul`/`add`) and plain decimal.js.
// Not a bench/run.mjs suite (it needs the TypeScript sources, bundled here with esbuild).
//
// Usage: node bench/fused-kernel.mjs [units=3000] [indicators=334] [runs=5]
// Each variant runs in its own child process (--expose-gc): data setup, 1 warm-up run, then `runs`
// timed runs with a GC before each. Reported: median CPU ms (process.cpuUsage, user + system) per
// phase, the GC pause (wall) time inside the timed runs, and a hash of every result string, which must be
// equal across variants (same digits).
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PerformanceObserver, performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { mulberry32 } from "./lib/prng.mjs";

const SELF = fileURLToPath(import.meta.url);
const VARIANTS = ["decimal.js", "unfused", "fused", "fused+column"];

if (process.argv[2] === "--child") await child(process.argv[3], JSON.parse(process.argv[4]));
else parent();

function parent() {
  const [units = 3000, indicators = 334, runs = 5] = process.argv.slice(2).map(Number);
  const args = { units, indicators, runs };
  console.log(`fused kernel micro-bench: ${units} units × ${indicators} indicators, ${runs} runs (CPU ms, median)`);
  const rows = [];
  for (const v of VARIANTS) {
    const r = spawnSync(process.execPath, ["--expose-gc", SELF, "--child", v, JSON.stringify(args)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 24,
    });
    const line = r.stdout.split("\n").find((l) => l.startsWith("@@RESULT "));
    if (r.status !== 0 || line === undefined) throw new Error(`variant ${v} failed (exit ${r.status})`);
    rows.push({ variant: v, ...JSON.parse(line.slice("@@RESULT ".length)) });
  }
  console.table(rows);
  const hashes = new Set(rows.map((r) => r.hash));
  console.log(hashes.size === 1 ? "results identical across variants" : "RESULTS DIFFER");
  if (hashes.size !== 1) process.exitCode = 1;
}

/** Bundles the internal TypeScript modules (and decimal.js) into one ESM module and imports it. */
async function loadKernel() {
  const src = (f) => fileURLToPath(new URL(`../packages/scoring/src/internal/${f}`, import.meta.url));
  const entry = [
    `export { D } from ${JSON.stringify(src("decimal.ts"))};`,
    `export { add, sub, mul, div } from ${JSON.stringify(src("decimal-kernel.ts"))};`,
    `export { DecimalColumn } from ${JSON.stringify(src("decimal-column.ts"))};`,
    `export { linearScaleCell, linearScaleCellInto, linearScaleClamp } from ${JSON.stringify(src("linear-scale-cell.ts"))};`,
    `export { WeightedSum } from ${JSON.stringify(src("weighted-sum.ts"))};`,
  ].join("\n");
  const out = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  // A temporary file rather than a data: URL, so that profiles name the functions' file.
  const dir = await mkdtemp(join(tmpdir(), "ducha-fused-kernel-"));
  const file = join(dir, "kernel.mjs");
  await writeFile(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function child(variant, { units, indicators, runs }) {
  const k = await loadKernel();
  const { D } = k;
  // Data: indicator columns of decimal strings with 2 places, goalposts = column min and max.
  const rand = mulberry32(20261126);
  const columns = [];
  for (let i = 0; i < indicators; i++) {
    const scale = 10 ** Math.floor(rand() * 4);
    const col = [];
    for (let u = 0; u < units; u++) col.push(new D((rand() * scale).toFixed(2)));
    let lower = col[0];
    let upper = col[0];
    for (const x of col) {
      if (x.lessThan(lower)) lower = x;
      if (x.greaterThan(upper)) upper = x;
    }
    columns.push({ col, lower, upper, range: k.sub(upper, lower), benefit: i % 3 !== 2 });
  }
  // Tree: 12 sub-pillars of equal leaves → 4 pillars of 3 → root of 4, equal normalised weights.
  const groups = 12;
  const per = Math.ceil(indicators / groups);
  const leafW = [];
  for (let g = 0; g < groups; g++) {
    const n = Math.min(per, indicators - g * per);
    leafW.push(new D(1).div(n));
  }
  const third = new D(1).div(3);
  const quarter = new D(1).div(4);
  const span = new D(100);
  const offset = new D(0);
  const scores = columns.map(() => new Array(units));
  const totals = new Array(units);

  const scaleUnfusedKernel = () => {
    for (let i = 0; i < indicators; i++) {
      const { col, lower, upper, range, benefit } = columns[i];
      const out = scores[i];
      for (let u = 0; u < units; u++) {
        let v = col[u];
        if (v.lessThan(lower)) v = lower;
        else if (v.greaterThan(upper)) v = upper;
        const fraction = benefit ? k.div(k.sub(v, lower), range) : k.div(k.sub(upper, v), range);
        const scaled = k.mul(span, fraction);
        out[u] = offset.isZero() ? scaled : k.add(offset, scaled);
      }
    }
  };
  const scaleDecimalJs = () => {
    for (let i = 0; i < indicators; i++) {
      const { col, lower, upper, range, benefit } = columns[i];
      const out = scores[i];
      for (let u = 0; u < units; u++) {
        let v = col[u];
        if (v.lessThan(lower)) v = lower;
        else if (v.greaterThan(upper)) v = upper;
        const fraction = benefit ? v.minus(lower).div(range) : upper.minus(v).div(range);
        const scaled = span.times(fraction);
        out[u] = offset.isZero() ? scaled : offset.plus(scaled);
      }
    }
  };
  const scaleFused = () => {
    for (let i = 0; i < indicators; i++) {
      const { col, lower, upper, range, benefit } = columns[i];
      const out = scores[i];
      for (let u = 0; u < units; u++) out[u] = k.linearScaleCell(col[u], lower, upper, range, span, offset, benefit);
    }
  };
  // Fused into off-heap columns (scores never become Decimal objects).
  const scoreColumns = columns.map(() => new k.DecimalColumn(units));
  const scaleFusedColumn = () => {
    for (let i = 0; i < indicators; i++) {
      const { col, lower, upper, range, benefit } = columns[i];
      const out = scoreColumns[i];
      for (let u = 0; u < units; u++) k.linearScaleCellInto(out, u, col[u], lower, upper, range, span, offset, benefit);
    }
  };
  // Weighted sums, unit by unit (as the engine aggregates).
  const sumWith =
    (addProduct, start, value, leafProduct = addProduct) =>
    () => {
      for (let u = 0; u < units; u++) {
        const pillars = [];
        for (let p = 0; p < 4; p++) {
          const subs = [];
          for (let s = 0; s < 3; s++) {
            const g = p * 3 + s;
            const w = leafW[g];
            let acc = start();
            for (let i = g * per; i < Math.min((g + 1) * per, indicators); i++) acc = leafProduct(acc, i, u, w);
            subs.push(value(acc));
          }
          let acc = start();
          for (const x of subs) acc = addProduct(acc, x, third);
          pillars.push(value(acc));
        }
        let acc = start();
        for (const x of pillars) acc = addProduct(acc, x, quarter);
        totals[u] = value(acc);
      }
    };
  const id = (x) => x;
  const fromScores = (addProduct) => (acc, i, u, w) => addProduct(acc, scores[i][u], w);
  const plainProduct = (acc, x, w) => acc.plus(x.times(w));
  const kernelProduct = (acc, x, w) => k.add(acc, k.mul(x, w));
  const sumDecimalJs = sumWith(plainProduct, () => new D(0), id, fromScores(plainProduct));
  const sumUnfused = sumWith(kernelProduct, () => new D(0), id, fromScores(kernelProduct));
  // Fused: one accumulator per tree level, reset per node.
  const levels = [new k.WeightedSum(), new k.WeightedSum(), new k.WeightedSum()];
  let level = 0;
  const fusedProduct = (acc, x, w) => {
    acc.addProduct(x, w);
    return acc;
  };
  const nextLevel = () => {
    const acc = levels[level++ % 3];
    acc.reset();
    return acc;
  };
  const accValue = (acc) => acc.value();
  const sumFused = sumWith(fusedProduct, nextLevel, accValue, fromScores(fusedProduct));
  const sumFusedColumn = sumWith(fusedProduct, nextLevel, accValue, (acc, i, u, w) => {
    acc.addProductAt(scoreColumns[i], u, w);
    return acc;
  });
  // The fused sum above takes accumulators round-robin; a node's children are summed before the
  // next node of the same level starts, and a level's accumulator is read before it is reused.
  const phases = {
    "decimal.js": [scaleDecimalJs, sumDecimalJs],
    unfused: [scaleUnfusedKernel, sumUnfused],
    fused: [scaleFused, sumFused],
    "fused+column": [scaleFusedColumn, sumFusedColumn],
  }[variant];
  if (phases === undefined) throw new Error(`unknown variant ${variant}`);

  // GC pauses that start inside a timed window (entries arrive asynchronously).
  const windows = [];
  const gcEntries = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcEntries.push([e.startTime, e.duration]);
  });
  obs.observe({ entryTypes: ["gc"] });
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const scaleMs = [];
  const sumMs = [];
  const gcs = [];
  for (let r = -1; r < runs; r++) {
    globalThis.gc();
    const w0 = performance.now();
    const t0 = cpu();
    phases[0]();
    const t1 = cpu();
    phases[1]();
    const t2 = cpu();
    const w1 = performance.now();
    if (r >= 0) {
      scaleMs.push(t1 - t0);
      sumMs.push(t2 - t1);
      windows.push([w0, w1]);
    }
  }
  await new Promise((res) => setTimeout(res, 50)); // let the GC observer flush
  obs.disconnect();
  for (const [w0, w1] of windows) {
    let ms = 0;
    for (const [start, duration] of gcEntries) if (start >= w0 && start < w1) ms += duration;
    gcs.push(ms);
  }
  // FNV-1a over every score and total string.
  let h = 0x811c9dc5;
  const feed = (s) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  };
  if (variant === "fused+column")
    for (const col of scoreColumns) for (let u = 0; u < units; u++) feed(col.get(u).toString());
  else for (const col of scores) for (const x of col) feed(x.toString());
  for (const t of totals) feed(t.toString());
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const result = {
    cells: units * indicators,
    scale_cpu_ms: Math.round(med(scaleMs)),
    sum_cpu_ms: Math.round(med(sumMs)),
    total_cpu_ms: Math.round(med(scaleMs.map((s, i) => s + sumMs[i]))),
    gc_wall_ms: Math.round(med(gcs)),
    hash: h.toString(16),
  };
  console.log(`@@RESULT ${JSON.stringify(result)}`);
}
