// The core packages (and the browser parts of @ducha/io) must run in a browser: bundle them with
// esbuild for platform "browser" and fail if any Node built-in (node:fs, "path", …) is imported, then
// run the bundle in a bare JavaScript context (no Buffer, process or require) on the eco-city example.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The browser mapping the dashboard uses (examples/dashboard/vite.config.ts): package sources, and
// for @ducha/io only CSV import (text or bytes, decoded with TextDecoder), the report and the workbook
// writer. csv-parse has a browser build. Nothing else is substituted.
const SOURCES: Record<string, string> = {
  "@ducha/schema": at("packages/schema/src/index.ts"),
  "@ducha/scoring": at("packages/scoring/src/index.ts"),
  "@ducha/accountability": at("packages/accountability/src/index.ts"),
  "@ducha/io": at("packages/io/src/index.ts"),
  "@ducha/io/csv": at("packages/io/src/csv/import-csv.ts"),
  "@ducha/io/report": at("packages/io/src/report/index.ts"),
  "@ducha/io/xlsx": at("packages/io/src/xlsx/results.ts"),
};

const isBuiltin = (path: string) =>
  path.startsWith("node:") || builtinModules.includes(path) || builtinModules.includes(path.split("/")[0] ?? "");

/** Bundles `contents` for the browser; returns every Node built-in it imports ("<what> <- <importer>"). */
async function bundle(contents: string, format: "esm" | "iife" = "esm") {
  const builtins: string[] = [];
  const plugin: Plugin = {
    name: "ducha-browser",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const source = SOURCES[args.path];
        if (source !== undefined) return { path: source };
        if (args.path === "csv-parse/sync")
          return b.resolve("csv-parse/browser/esm/sync", { kind: args.kind, resolveDir: args.resolveDir });
        if (isBuiltin(args.path)) {
          builtins.push(`${args.path} <- ${args.importer.replace(root, "")}`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    write: false,
    platform: "browser",
    format,
    globalName: "ducha",
    target: "es2022",
    logLevel: "silent",
    plugins: [plugin],
  });
  return { builtins, code: result.outputFiles[0]?.text ?? "" };
}

describe("browser bundle", () => {
  it.each([
    ["@ducha/schema", 'export * from "@ducha/schema";'],
    ["@ducha/scoring", 'export * from "@ducha/scoring";'],
    ["@ducha/accountability", 'export * from "@ducha/accountability";'],
    ["@ducha/io core (values, issues, import references)", 'export * from "@ducha/io";'],
    ["@ducha/io CSV import (text or bytes)", 'export { importCsv } from "@ducha/io/csv";'],
    ["@ducha/io CSV decoding", 'export { decodeBytes, detectEncoding } from "./packages/io/src/csv/decode.ts";'],
    ["@ducha/io report", 'export * from "@ducha/io/report";'],
    ["@ducha/io results workbook", 'export * from "@ducha/io/xlsx";'],
  ])("%s imports no Node built-in", async (_, entry) => {
    const { builtins, code } = await bundle(entry);
    expect(builtins).toEqual([]);
    expect(code.length).toBeGreaterThan(1000);
  });

  it("catches a planted Node built-in import", async () => {
    const planted = await bundle(
      'import { readFileSync } from "node:fs";\nimport { join } from "path";\nexport const read = (f: string) => readFileSync(join(".", f));\nexport * from "@ducha/schema";',
    );
    expect(planted.builtins).toEqual(["node:fs <- entry.ts", "path <- entry.ts"]);
  });

  it("runs the example without Buffer, process or require: validate, score, explain, monitor, CSV (GB18030, UTF-16), report", async () => {
    const { code } = await bundle(
      [
        'export { validateProject } from "@ducha/schema";',
        'export { scoreAssessment, explain } from "@ducha/scoring";',
        'export { monitorProgress, evaluateRules, unitResultFacts } from "@ducha/accountability";',
        'export { importCsv } from "@ducha/io/csv";',
        'export { renderHtmlReport } from "@ducha/io/report";',
      ].join("\n"),
      "iife",
    );
    // only what a browser (or worker) has; Node's Buffer, process, require and global are absent
    const context = createContext({ console, TextEncoder, TextDecoder, URL, structuredClone, queueMicrotask });
    runInContext(`${code};globalThis.ducha = ducha;`, context);
    const project = readFileSync(at("examples/eco-civilization-city/project.json"), "utf8");
    const out = runInContext(
      `(() => {
        const { validateProject, scoreAssessment, explain, monitorProgress, evaluateRules, unitResultFacts,
          importCsv, renderHtmlReport } = ducha;
        const checked = validateProject(JSON.parse(${JSON.stringify(project)}));
        if (!checked.ok) return { ok: false };
        const result = scoreAssessment(checked.value);
        const first = result.units[0];
        const progress = monitorProgress(checked.value, { asOf: "2024-12-31" });
        const actions = evaluateRules(checked.value, { results: unitResultFacts(result), asOf: "2024-12-31" });
        const csv = importCsv("unit,indicator,period,value\\nd_east,gdp_growth,2024,6.1\\nd_east,gdp_growth,2024,x\\n",
          { known: { units: ["d_east"], indicators: [{ id: "gdp_growth", type: "quantitative" }] } });
        // GB18030 bytes (detected): 单位,指标,期间,数值 = B5A5 CEBB 2C D6B8 B1EA 2C C6DA BCE4 2C CAFD D6B5
        const gbHeader = [0xb5, 0xa5, 0xce, 0xbb, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xc6, 0xda, 0xbc, 0xe4, 0x2c,
          0xca, 0xfd, 0xd6, 0xb5];
        const gbRow = Array.from("\\nd_east,gdp_growth,2024,6.1\\n", (c) => c.charCodeAt(0));
        const gb = importCsv(new Uint8Array([...gbHeader, ...gbRow]));
        // UTF-16 LE with its BOM (FF FE), built code unit by code unit
        const text16 = "单位,指标,期间,数值\\nd_east,gdp_growth,2024,7.5\\n";
        const bytes16 = new Uint8Array(2 + 2 * text16.length);
        bytes16[0] = 0xff;
        bytes16[1] = 0xfe;
        for (let i = 0; i < text16.length; i++) {
          bytes16[2 + 2 * i] = text16.charCodeAt(i) & 0xff;
          bytes16[3 + 2 * i] = text16.charCodeAt(i) >> 8;
        }
        const u16 = importCsv(bytes16);
        return {
          ok: true,
          first: first.unit,
          total: first.published.toFixed(2),
          steps: explain(result, first.unit).steps.length,
          lights: progress.items.length,
          actions: actions.length,
          csv: [csv.stats.accepted, csv.stats.rejected, csv.issues[0]?.row],
          gb: [gb.encoding, gb.observations[0]?.unit, gb.observations[0]?.value],
          u16: [u16.encoding, u16.observations[0]?.value],
          report: renderHtmlReport(result, checked.value, { lang: "en" }).length,
        };
      })()`,
      context,
    );
    // the same ranking as the SDK's (packages/ducha/src/sdk/assess.test.ts): dep_hr first with 88.90
    expect(out).toMatchObject({
      ok: true,
      first: "dep_hr",
      total: "88.90",
      csv: [1, 1, 3],
      gb: ["gb18030", "d_east", "6.1"],
      u16: ["utf-16le", "7.5"],
    });
    expect(out.steps).toBeGreaterThan(10);
    expect(out.lights).toBeGreaterThan(0);
    expect(out.actions).toBeGreaterThan(0);
    expect(out.report).toBeGreaterThan(1000);
  });
});
