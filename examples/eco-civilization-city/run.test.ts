import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type NodeRun, repoRoot as repo, runNode, useBuiltPackages } from "../../test/helpers/build-once.js";

// Runs run.mjs as `npm run demo` does: in a child process against the BUILT ducha package, which
// test/helpers/build-once.ts (re)builds under the build lock shared by the files that run dist/.
const here = fileURLToPath(new URL(".", import.meta.url));
const out = join(here, "out");

useBuiltPackages();

/** Runs run.mjs from the repository root with `args`. */
const run = (args: readonly string[]): Promise<NodeRun> => runNode(join(here, "run.mjs"), args);

/** One run of the demo (English) shared by the tests, into a fresh out/. */
let demoRun: ReturnType<typeof run> | undefined;
function demo(): ReturnType<typeof run> {
  if (demoRun === undefined) {
    rmSync(out, { recursive: true, force: true });
    demoRun = run([]);
  }
  return demoRun;
}

describe("eco-civilization-city demo (run.mjs)", () => {
  it("project.json is the ducha eco-city template", () => {
    const template = join(repo, "packages", "ducha", "templates", "eco-city.project.json");
    expect(readFileSync(join(here, "project.json"), "utf8")).toBe(readFileSync(template, "utf8"));
  });

  it("prints the ranking and the top unit's explanation and writes out/results.json and out/results.csv", async () => {
    const r = await demo();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Rank {2}Unit +Name +Category +Total {2}Grade +Flags$/m);
    expect(r.stdout).toMatch(
      /^ {3}1 {2}dep_hr +Human Resources and Social Security Bureau +City departments +88\.90 {2}Excellent/m,
    );
    expect(r.stdout).toMatch(/^ {3}2 {2}c_song +Songyang County +Counties +86\.40 {2}Good +veto:air_binding_missed/m);
    expect(r.stdout).toMatch(/^ {2}12 {2}dep_house /m);
    expect(r.stdout).toContain("Why Human Resources and Social Security Bureau (dep_hr) ranks first:");
    expect(r.stdout).toContain(
      "  Full trace: npx ducha explain examples/eco-civilization-city/project.json --unit dep_hr\n",
    );
    expect(r.stdout).toContain("wrote examples/eco-civilization-city/out/results.json");

    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    expect(results.format).toBe("ducha-results");
    expect(results.units).toHaveLength(12);
    expect(results.units.map((u: { rank: number }) => u.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(results.units[0]).toMatchObject({ unit: "dep_hr", total: "88.90", grade: "excellent" });
    expect(results.units[1]).toMatchObject({ unit: "c_song", total: "86.40", grade: "good" });
    const csv = readFileSync(join(out, "results.csv"), "utf8").trimEnd().split("\r\n");
    expect(csv).toHaveLength(13);
    expect(csv[1]).toMatch(
      /^1,1,dep_hr,Human Resources and Social Security Bureau,department,88\.90,excellent,Excellent,/,
    );

    // The workbook opens and holds the ranking; the HTML report holds the ranking in order.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(join(out, "results.xlsx"))).buffer);
    const ranking = workbook.worksheets[0];
    expect(ranking?.rowCount).toBeGreaterThanOrEqual(13);
    expect(ranking?.getRow(2).values as unknown[]).toContain("dep_hr");
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html.toLowerCase().startsWith("<!doctype html>")).toBe(true);
    const first = html.indexOf("Human Resources and Social Security Bureau");
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(html.indexOf("Housing and Urban-Rural Development Bureau"));
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script[^>]+src=|https?:\/\/(?!www\.w3\.org)/);
    expect(r.stdout).toMatch(/Accountability actions due: \d+/);
  }, 120_000);

  it("data/monthly-2024.csv is what scripts/make-monthly.mjs generates", () => {
    const r = spawnSync(process.execPath, [join(here, "scripts", "make-monthly.mjs"), "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("is up to date (2196 monthly observations)");
    // every month of 2024 for every year-end value of a monitored indicator; December is the year-end value
    const rows = readFileSync(join(here, "data", "monthly-2024.csv"), "utf8")
      .trimEnd()
      .split("\n")
      .slice(1);
    expect(new Set(rows.map((line) => line.split(",")[2]))).toEqual(
      new Set(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`)),
    );
    expect(new Set(rows.map((line) => line.split(",")[0])).size).toBe(12); // every assessed unit
    expect(rows).toContain("d_north,new_jobs,2024-12,2.42,reported"); // = project.json's 2024 value
    expect(rows).toContain("d_north,new_jobs,2024-06,0.823,reported"); // year to date: 34 % of 2.42
  });

  it("prints the month-by-month traffic lights of the lagging units and the actions they triggered", async () => {
    const r = await demo();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2196 monthly values");
    // d_north's new jobs (year to date, target 2.5万): far behind the time schedule until June, yellow in
    // July–August, on schedule from September; at year end 2.42 < 2.5 is overdue (red)
    expect(r.stdout).toContain("  R R R R R R Y Y G G G R  North Hill District (d_north) — New urban jobs");
    // c_lan's PM2.5 in winter: 52 and 49 μg/m³ against the binding 35 (35/49 = 0.71 < 0.75: red), then yellow
    expect(r.stdout).toContain("  R R Y Y G G G G G G G G  Lanxi (county-level city) (c_lan) — PM2.5 concentration");
    // dep_house's sewage plant out of service: 68, 66, 70 % against 95 % (< 0.75 × 95 = 71.25: red)
    expect(r.stdout).toMatch(/ {2}G G G G G R R R Y G G R {2}.*\(dep_house\) — Urban sewage treatment rate/);
    // red two months running → talk, escalating on each repeat to public criticism and admonishment
    expect(r.stdout).toContain("  2024-02  North Hill District — New urban jobs: talk (occurrence 1, for ");
    expect(r.stdout).toContain("  2024-04  North Hill District — New urban jobs: public criticism (occurrence 2, for ");
    expect(r.stdout).toContain("  2024-06  North Hill District — New urban jobs: admonishment (occurrence 3, for ");
    expect(r.stdout).toContain(
      "  2024-07  Housing and Urban-Rural Development Bureau — Urban sewage treatment rate: talk",
    );

    const supervision = JSON.parse(readFileSync(join(out, "monthly-supervision.json"), "utf8"));
    expect(supervision.months).toHaveLength(12);
    const colours = (unit: string, indicator: string) =>
      supervision.items.find((i: { unit: string; indicator: string }) => i.unit === unit && i.indicator === indicator)
        ?.colours;
    expect(colours("d_north", "new_jobs")).toEqual([
      ...Array(6).fill("red"),
      "yellow",
      "yellow",
      "green",
      "green",
      "green",
      "red",
    ]);
    expect(colours("c_lan", "pm25")?.slice(0, 5)).toEqual(["red", "red", "yellow", "yellow", "green"]);
    expect(colours("dep_house", "sewage_treatment")?.slice(4, 9)).toEqual(["green", "red", "red", "red", "yellow"]);
    // a unit on schedule all year: green every month until the year end
    expect(colours("d_east", "pm25")).toEqual(Array(12).fill("green"));
    const actions = (unit: string, indicator: string) =>
      supervision.actions
        .filter((a: { unit: string; subject: { id: string } }) => a.unit === unit && a.subject.id === indicator)
        .map((a: { month: string; action: string; level: number }) => [a.month, a.action, a.level]);
    expect(actions("d_north", "new_jobs")).toEqual([
      ["2024-02", "talk", 0],
      ["2024-04", "public-criticism", 1],
      ["2024-06", "admonishment", 2],
    ]);
    expect(actions("c_lan", "pm25")).toEqual([["2024-02", "talk", 0]]);
    expect(actions("dep_house", "sewage_treatment")).toEqual([["2024-07", "talk", 0]]);
    expect(actions("d_east", "pm25")).toEqual([]);
  }, 120_000);
});
