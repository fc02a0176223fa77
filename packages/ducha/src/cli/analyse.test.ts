import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";
import { fakeIo } from "./test-helpers/fake-io.js";

// In-process runs of `ducha analyse` on the small templates (eco-city: 12 units, 30 indicators;
// okr: 8 units, 16 indicators). Sample sizes are kept small: the tests check wiring, options,
// errors and reproducibility, not the estimators (tested in @ducha/scoring).
const dir = mkdtempSync(join(tmpdir(), "ducha-analyse-"));
const template = (name: string) => fileURLToPath(new URL(`../../templates/${name}.project.json`, import.meta.url));
copyFileSync(template("eco-city"), join(dir, "eco.json"));
copyFileSync(template("okr"), join(dir, "okr.json"));
writeFileSync(join(dir, "eco-2024.csv"), "unit,indicator,value\nd_east,gdp_growth,2.1\nd_west,gdp_growth,9.9\n");

const io = (options: { stderrTty?: boolean } = {}) => fakeIo({ cwd: dir, ...options });
const SMALL = ["--replications", "60", "--sobol-n", "16", "--bootstrap", "10"];

describe("ducha analyse", () => {
  it("same seed → identical JSON; another seed differs", async () => {
    const argv = ["analyse", "okr.json", "--analyses", "all", ...SMALL, "--json"];
    const a = io();
    const b = io();
    const c = io();
    expect(await runCli([...argv, "--seed", "7"], a.io)).toBe(0);
    expect(await runCli([...argv, "--seed", "7"], b.io)).toBe(0);
    expect(await runCli([...argv, "--seed", "8"], c.io)).toBe(0);
    expect(a.stdout()).toBe(b.stdout());
    const docA = JSON.parse(a.stdout());
    const docC = JSON.parse(c.stdout());
    expect(docA.analysis.seed).toBe(7);
    expect(docC.analysis.seed).toBe(8);
    // the random parts differ, the exact parts (remove-one, audit) do not depend on the seed
    expect(docA.analysis.uncertainty.units).not.toEqual(docC.analysis.uncertainty.units);
    expect(docA.analysis.sensitivity.indices).not.toEqual(docC.analysis.sensitivity.indices);
    expect(docA.analysis.removeOne).toEqual(docC.analysis.removeOne);
    expect(docA.analysis.audit).toEqual(docC.analysis.audit);
    expect(a.stderr()).toBe("");
  });

  it("--json: full numbers, exact decimals as strings, one document", async () => {
    const r = io();
    expect(await runCli(["analyse", "eco.json", "--data", "eco-2024.csv", ...SMALL, "--json"], r.io)).toBe(0);
    const doc = JSON.parse(r.stdout());
    expect(doc).toMatchObject({ ok: true, file: "eco.json", imports: [{ file: "eco-2024.csv" }] });
    expect(doc.analysis.analyses).toEqual(["uncertainty", "remove-one", "audit"]);
    expect(doc.analysis.spec).toEqual({ weights: { perturbation: "uniform", spread: 0.25 } });
    expect(doc.analysis.uncertainty.replications).toBe(60);
    expect(doc.analysis.uncertainty.units).toHaveLength(12);
    expect(doc.analysis.uncertainty.ranks).toBeUndefined(); // the rank matrix is left out
    const unit = doc.analysis.uncertainty.units[0];
    expect(unit.rankLow).toBeLessThanOrEqual(unit.medianRank);
    expect(unit.medianRank).toBeLessThanOrEqual(unit.rankHigh);
    const scenario = doc.analysis.removeOne.scenarios.find((s: { removed: string }) => s.removed === "economy");
    expect(scenario.kind).toBe("pillar");
    expect(scenario.meanAbsoluteShift).toMatch(/^\d+(\.\d+)?$/);
    const stats = doc.analysis.audit.indicators[0].statistics;
    expect(typeof stats.availableShare).toBe("string");
    expect(doc.analysis.sensitivity).toBeUndefined();
  });

  it("the imported data reach the analyses", async () => {
    const without = io();
    const withData = io();
    expect(await runCli(["analyse", "eco.json", "-a", "audit", "--json"], without.io)).toBe(0);
    expect(await runCli(["analyse", "eco.json", "-a", "audit", "-d", "eco-2024.csv", "--json"], withData.io)).toBe(0);
    const gdp = (text: string) =>
      JSON.parse(text).analysis.audit.indicators.find((i: { indicator: string }) => i.indicator === "gdp_growth")
        .statistics;
    expect(gdp(withData.stdout()).max).toBe("9.9");
    expect(gdp(without.stdout()).max).not.toBe("9.9");
  });

  it("prints summary tables; --top limits their rows", async () => {
    const r = io();
    expect(await runCli(["analyse", "eco.json", "--analyses", "all", ...SMALL, "--top", "3"], r.io)).toBe(0);
    const text = r.stdout();
    expect(text).toContain("Uncertainty: Monte Carlo, 60 replications over 45 uncertain inputs");
    expect(text).toContain("Sensitivity: Sobol' indices on the mean absolute rank shift (N = 16, 752 runs)");
    expect(text).toContain("Remove one: mean |rank shift|");
    expect(text).toContain("Cronbach's alpha: duty");
    expect(text).toContain("… 9 more");
    const float = io();
    expect(await runCli(["analyse", "eco.json", "-a", "audit", "--audit-arithmetic", "float"], float.io)).toBe(0);
    expect(float.stdout()).toContain("Statistical audit (float arithmetic)");
    expect(text).toContain("Statistical audit (exact arithmetic)"); // auto: 30 indicators × 12 units is small
    const zh = io();
    expect(await runCli(["analyse", "eco.json", "-a", "remove-one", "--lang", "zh"], zh.io)).toBe(0);
    expect(zh.stdout()).toContain("剔除检验");
  });

  it("--out writes JSON, or the HTML / Markdown report with the analysis charts", async () => {
    const j = io();
    expect(await runCli(["analyse", "okr.json", ...SMALL, "--out", "a.json", "--json"], j.io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8"))).toEqual(JSON.parse(j.stdout()).analysis);
    const h = io();
    expect(await runCli(["analyse", "okr.json", "-a", "all", ...SMALL, "--out", "a.html"], h.io)).toBe(0);
    const html = readFileSync(join(dir, "a.html"), "utf8");
    expect(html).toContain("<svg");
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/Sobol/);
    expect(h.stdout()).toContain("wrote the analysis to a.html");
    const m = io();
    expect(await runCli(["analyse", "okr.json", ...SMALL, "--out", "a.md"], m.io)).toBe(0);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toMatch(/^# /);
    const bad = io();
    expect(await runCli(["analyse", "okr.json", "--out", "a.pdf"], bad.io)).toBe(2);
    expect(bad.stderr()).toBe("error: unsupported file format of a.pdf; expected .json, .html, .md\n");
  });

  it("bad option values are usage errors naming the option", async () => {
    const cases: [string[], RegExp][] = [
      [["--replications", "0"], /option '-n, --replications <n>' argument '0' is invalid\. expected an integer/],
      [["--seed", "-1"], /--seed <n>/],
      [["--seed", "4294967296"], /expected an integer from 0 to 4294967295/],
      [["--weight-noise", "100"], /--weight-noise <percent>.*percentage/],
      [["--dirichlet", "0"], /--dirichlet <concentration>.*> 0/],
      [["--weight-noise", "10", "--dirichlet", "5"], /cannot be used with option '--dirichlet/],
      [["--normalizations", "min-max,minmax"], /unknown normalization 'minmax'; expected nominal, min-max/],
      [["--aggregations", "geometric"], /unknown aggregation 'geometric'/],
      [["--missing-data", "zero,zero"], /listed twice/],
      [["--analyses", "uncertainty,sobol"], /unknown analysis 'sobol'/],
      [["--remove", "units"], /Allowed choices are indicators, pillars, both/],
      [["--audit-arithmetic", "fast"], /Allowed choices are exact, float, auto/],
      [["--sobol-n", "1"], /--sobol-n <n>/],
      [["--analyses", "sensitivity", "--weight-noise", "0"], /needs at least one uncertain input/],
    ];
    for (const [args, message] of cases) {
      const r = io();
      expect(await runCli(["analyse", "okr.json", ...args], r.io), args.join(" ")).toBe(2);
      expect(r.stderr(), args.join(" ")).toMatch(message);
      expect(r.stdout()).toBe("");
    }
    const json = io();
    expect(await runCli(["analyse", "okr.json", "--replications", "x", "--json"], json.io)).toBe(2);
    expect(JSON.parse(json.stdout())).toMatchObject({ ok: false, error: { code: "usage" } });
  });

  it("a choice that cannot be scored exits 1 naming the combination", async () => {
    const r = io();
    const argv = ["analyse", "eco.json", "--normalizations", "z-score", "--aggregations", "weighted-geometric"];
    expect(await runCli(argv, r.io)).toBe(1);
    expect(r.stderr()).toContain(
      "under the uncertain choice normalisation 'z-score', aggregation 'weighted-geometric'",
    );
  });

  it("draws progress bars for the replications and the Sobol' runs on a terminal only", async () => {
    const argv = ["analyse", "okr.json", "-a", "uncertainty,sensitivity", ...SMALL];
    const tty = io({ stderrTty: true });
    expect(await runCli(argv, tty.io)).toBe(0);
    expect(tty.stderr()).toMatch(/Monte Carlo \[.*\] \d+% \| \d+\/60/);
    expect(tty.stderr()).toMatch(/Sobol' \[.*\] \d+% \| \d+\/352/); // N·(k + 2) = 16 · (20 weights + 2)
    const piped = io();
    expect(await runCli(argv, piped.io)).toBe(0);
    expect(piped.stderr()).toBe("");
    expect(piped.stdout()).toBe(tty.stdout());
    const json = io({ stderrTty: true });
    expect(await runCli([...argv, "--json"], json.io)).toBe(0);
    expect(json.stderr()).toBe("");
  });
});
