import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useBuiltPackages } from "../../../test/helpers/build-once.js";
import packageJson from "../package.json" with { type: "json" };
import { bigCsv } from "../src/cli/test-helpers/big-csv.js";

// These tests run the real, built `ducha` binary in a child process; a child may take long on a
// loaded machine, hence the generous timeouts. test/helpers/build-once.ts at the repository root
// rebuilds dist/ when it is missing or older than any source (templates are read at run time from
// the package's templates/ folder, so they need no rebuild).
const pkg = fileURLToPath(new URL("..", import.meta.url));
const cli = join(pkg, "dist", "cli.js");
const template = (name: string) => join(pkg, "templates", `${name}.project.json`);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the binary; the tests run concurrently, each in its own process. */
function ducha(args: readonly string[], cwd = pkg): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 90_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : null, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), "ducha-cli-"));

// Builds dist/ (under the lock shared by every test file that runs the built packages) when it is
// missing or older than the sources, and holds the lock until this file's last test.
useBuiltPackages();

describe.concurrent("ducha CLI (built binary)", { timeout: 180_000 }, () => {
  it("--version prints the package version", async () => {
    const r = await ducha(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(packageJson.version);
  });

  it("--help lists the commands and global options", async () => {
    const r = await ducha(["--help"]);
    expect(r.code).toBe(0);
    for (const text of ["validate", "init", "import", "score", "explain", "--json", "--lang"])
      expect(r.stdout).toContain(text);
  });

  it("validate: a valid project exits 0 with a summary", async () => {
    const r = await ducha(["validate", template("eco-city")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is valid \(12 units, 30 indicators, \d+ observations\)/);
  });

  it("validate: an unknown indicator exits 1 with the located message and a suggestion", async () => {
    const project = JSON.parse(readFileSync(template("eco-city"), "utf8"));
    project.observations[3].indicator = "pm2.5";
    const dir = tempDir();
    writeFileSync(join(dir, "project.json"), JSON.stringify(project));
    const r = await ducha(["validate", "project.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^observations\[3\]\.indicator: .*'pm2\.5'.*pm25.* \[unknown_indicator\]$/m);
    expect(r.stdout).toContain("project.json is invalid: 1 error");
  });

  it("validate --lang zh prints Chinese messages", async () => {
    const project = JSON.parse(readFileSync(template("eco-city"), "utf8"));
    project.observations[3].indicator = "pm2.5";
    const dir = tempDir();
    writeFileSync(join(dir, "project.json"), JSON.stringify(project));
    const r = await ducha(["--lang", "zh", "validate", "project.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/校验未通过：1 个错误/);
  });

  it("validate: a missing file exits 1 naming the path", async () => {
    const r = await ducha(["validate", "no/such/project.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("error: file not found: no/such/project.json\n");
  });

  it("validate: invalid JSON exits 1 with file:line:column", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.json"), '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
    const r = await ducha(["validate", "broken.json"], dir);
    expect(r.code).toBe(1);
    // line 4 is `}`: a trailing comma before it, so the `}` at column 1 is the error
    expect(r.stdout).toContain('broken.json:4:1: invalid JSON: unexpected "}" (line 4, column 1) [invalid_input]');
  });

  it("validate --json prints one parseable document with ok and issues", async () => {
    const ok = await ducha(["validate", template("okr"), "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, issues: [] });
    const dir = tempDir();
    writeFileSync(join(dir, "p.json"), '{"schemaVersion": 1}');
    const bad = await ducha(["--json", "validate", "p.json"], dir);
    expect(bad.code).toBe(1);
    const doc = JSON.parse(bad.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.issues.map((i: { path: string[] }) => i.path[0])).toEqual(
      expect.arrayContaining(["id", "name", "system", "units", "plan"]),
    );
  });

  it("errors become JSON with --json", async () => {
    const r = await ducha(["validate", "missing.json", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: "file_not_found", file: "missing.json" } });
  });

  it("an unknown command exits 2 and suggests the closest one", async () => {
    const r = await ducha(["valdate", "x.json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("error: unknown command 'valdate' (did you mean validate?)");
  });

  it("usage errors exit 2: unknown option, missing argument, bad --example, no command", async () => {
    expect((await ducha(["validate", "--strict", "x.json"])).code).toBe(2);
    const missing = await ducha(["validate"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'project'");
    expect((await ducha(["init", tempDir(), "--example", "nope"])).code).toBe(2);
    expect((await ducha([])).code).toBe(2);
    const json = await ducha(["--json", "frobnicate"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: "usage" } });
  }, 180_000); // six processes in a row: slow on a loaded machine

  it.each(["eco-city", "green-index", "okr"])("init --example %s writes a project that validates", async (example) => {
    const dir = join(tempDir(), "new-project");
    const init = await ducha(["init", dir, "--example", example]);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(readFileSync(join(dir, "project.json"), "utf8")).toBe(readFileSync(template(example), "utf8"));
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("ducha validate project.json");
    expect((await ducha(["validate", join(dir, "project.json")])).code).toBe(0);
  });

  it("init refuses to overwrite project.json unless --force", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "project.json"), "{}");
    const refused = await ducha(["init", "--example", "okr"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe("error: project.json already exists; use --force to overwrite it\n");
    expect(readFileSync(join(dir, "project.json"), "utf8")).toBe("{}");
    const forced = await ducha(["init", "--example", "okr", "--force", "--json"], dir);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ ok: true, example: "okr", files: ["project.json", "README.md"] });
    expect(readFileSync(join(dir, "project.json"), "utf8")).toBe(readFileSync(template("okr"), "utf8"));
  });

  it("init keeps an existing README.md", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "README.md"), "mine");
    const r = await ducha(["init"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("README.md already exists, left unchanged");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("mine");
  });
});

describe.concurrent("ducha score / explain / import (built binary)", { timeout: 180_000 }, () => {
  const eco = template("eco-city");
  /** A temp directory with the data files the tests import. */
  function dataDir(): string {
    const dir = tempDir();
    writeFileSync(
      join(dir, "bad.csv"),
      "unit,indicator,period,value\nd_east,gdp_growth,2024,6.1\nd_east,GDP_gr,2024,5\nd_estt,pm25,2024,30\n",
    );
    writeFileSync(join(dir, "good.csv"), "单位,指标,数值\nd_east,gdp_growth,9.9\nd_west,clean_government,否\n");
    return dir;
  }

  it("score prints the aligned ranking table and writes --out csv", async () => {
    const dir = tempDir();
    const r = await ducha(["score", eco, "--top", "3", "--out", "ranking.csv", "--lang", "zh"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("12 个被考核单位，12 个已评分");
    expect(lines[1]).toMatch(/^名次 {2}单位 {4}名称 {10}类别 {6}综合得分 {2}等次 {2}标记$/);
    // 市人力社保局 is 12 columns wide, 松阳县 6: padding makes the category column start at the same place
    expect(lines[3]).toBe("   1  dep_hr  市人力社保局  市直部门     88.90  优秀");
    expect(lines[4]).toBe(
      "   2  c_song  松阳县        县（市）     86.40  良好  veto:air_binding_missed veto:rule:binding_missed_criticism grade_capped binding_missed",
    );
    expect(lines).toHaveLength(3 + 3 + 1); // title, header, rule, 3 rows, "wrote"
    const csv = readFileSync(join(dir, "ranking.csv"), "utf8");
    expect(csv.split("\r\n")).toHaveLength(14); // header + 12 units + final empty line
  });

  it("score --data merges imported observations; --json prints the results", async () => {
    const r = await ducha(["score", eco, "--data", "good.csv", "--json"], dataDir());
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: true, imports: [{ file: "good.csv", stats: { rowsRead: 2, accepted: 2 } }] });
    expect(doc.results.units).toHaveLength(12);
    const east = doc.results.units.find((u: { unit: string }) => u.unit === "d_east");
    expect(east.indicators.gdp_growth.raw).toBe("9.9");
    expect(east.total).toBe("87.13");
  });

  it("score exits 1 with located import errors and a did-you-mean", async () => {
    const r = await ducha(["score", eco, "--data", "bad.csv"], dataDir());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `bad.csv:3:B: unknown indicator "GDP_gr"; did you mean 'gdp_growth'? [unknown_indicator]`,
    );
    expect(r.stderr).toContain(`bad.csv:4:A: unknown unit "d_estt"; did you mean 'd_east'? [unknown_unit]`);
    expect(r.stderr).toContain("bad.csv: 3 rows read, 1 accepted, 2 rejected");
  });

  it("score: a missing data file and an unsupported --out are located errors", async () => {
    const missing = await ducha(["score", eco, "--data", "no/such.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("error: file not found: no/such.csv\n");
    const pdf = await ducha(["score", eco, "--out", "results.pdf"]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe("error: unsupported file format of results.pdf; expected .json, .csv, .xlsx, .html\n");
  });

  it("score --out writes the results as JSON, CSV, an Excel workbook or an HTML report", async () => {
    const dir = tempDir();
    const outs = ["r.json", "r.csv", "r.xlsx", "r.html"];
    const runs = await Promise.all(outs.map((out) => ducha(["score", eco, "--out", out, "--top", "1"], dir)));
    runs.forEach((r, i) => {
      expect(r.code, outs[i]).toBe(0);
      expect(r.stdout).toContain(`wrote the results to ${outs[i]}`);
    });
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(json).toMatchObject({ format: "ducha-results", units: expect.any(Array) });
    expect(json.units[0]).toMatchObject({ unit: "dep_hr", total: "88.90", rank: 1 });
    expect(readFileSync(join(dir, "r.csv"), "utf8").split("\r\n")[1]).toMatch(/^1,1,dep_hr,/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(join(dir, "r.xlsx"))).buffer);
    const ranking = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ranking.rowCount).toBeGreaterThanOrEqual(13); // header + 12 units
    expect(ranking.getRow(2).values as unknown[]).toContain("dep_hr");
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html.toLowerCase().startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("Human Resources and Social Security Bureau");
    expect(html).toContain("<svg");
  });

  it("explain prints the trace in the chosen language", async () => {
    const r = await ducha(["explain", eco, "--unit", "d_east", "--node", "pm25", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pm25：上报值 29.6（2024），目标值 35");
    expect(r.stdout).toContain("pm25：按 linear-deduction 计分");
  });

  it("explain: an unknown unit exits 1 with a suggestion", async () => {
    const r = await ducha(["explain", eco, "--unit", "d_esat"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: --unit: unit 'd_esat' is not in the results; did you mean 'd_east'?\n");
  });

  it("import prints every issue located and the row accounting; exit 1 on rejected rows", async () => {
    const r = await ducha(["import", eco, "bad.csv", "--out", "obs.json"], dataDir());
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      `bad.csv:3:B: unknown indicator "GDP_gr"; did you mean 'gdp_growth'? [unknown_indicator]`,
      `bad.csv:4:A: unknown unit "d_estt"; did you mean 'd_east'? [unknown_unit]`,
      "bad.csv: 3 rows read, 1 accepted, 2 rejected; 1 observation, 2 errors, 0 warnings",
      "✖ bad.csv has 2 errors; fix them and import again",
      "obs.json not written because of the errors",
      "",
    ]);
  });

  it("import --out writes project-ready observations", async () => {
    const dir = dataDir();
    const r = await ducha(["import", eco, "good.csv", "--out", "obs.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wrote 2 observations to obs.json");
    expect(JSON.parse(readFileSync(join(dir, "obs.json"), "utf8"))).toEqual([
      { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "9.9", status: "reported" },
      { unit: "d_west", indicator: "clean_government", period: "2024", value: false, status: "reported" },
    ]);
  });
});

describe.concurrent("ducha monitor / report (built binary)", { timeout: 180_000 }, () => {
  const eco = template("eco-city");

  it("monitor prints the traffic lights, the red items and the actions due", async () => {
    const r = await ducha(["monitor", eco, "--as-of", "2024-12-31", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2024-12-31 进度预警：绿灯 \d+，黄灯 \d+，红灯 \d+，无数据 \d+$/m);
    expect(r.stdout).toContain("逾期未完成（红灯）");
    expect(r.stdout).toMatch(/应启动的问责：\d+ 项/);
    const json = await ducha(["monitor", eco, "--as-of", "2024-06-30", "--json"]);
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ ok: true, asOf: "2024-06-30" });
    expect(doc.items.length).toBe(doc.summary.total);
    const wrong = await ducha(["monitor", eco, "--as-of", "2023-01-01"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("must be a date YYYY-MM-DD in the plan year 2024");
  });

  it("report writes a self-contained HTML report; other extensions are a usage error", async () => {
    const dir = tempDir();
    const r = await ducha(["report", eco, "--out", "report.html", "--as-of", "2024-12-31"], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script[^>]+src=/);
    const pdf = await ducha(["report", eco, "--out", "report.pdf"], dir);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("expected .html");
  });
});

describe.concurrent("ducha template (built binary)", { timeout: 180_000 }, () => {
  const eco = template("eco-city");

  /** Reads a workbook written by the CLI. */
  async function workbook(path: string): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
    return book;
  }

  it("writes one sheet per pillar for every assessed unit, with both header rows", async () => {
    const dir = tempDir();
    const r = await ducha(["template", eco, "--out", "entry.xlsx"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wrote the data-entry template entry.xlsx (2024, 12 units, 4 data sheets)");
    const book = await workbook(join(dir, "entry.xlsx"));
    const names = book.worksheets.map((s) => s.name);
    expect(names[0]).toBe("Instructions");
    expect(names).toContain("_meta");
    const data = book.worksheets.filter((s) => !["Instructions", "_meta", "_lists"].includes(s.name));
    expect(data).toHaveLength(4);
    const first = data[0] as ExcelJS.Worksheet;
    expect(first.getCell("A1").value).toBe("单位代码");
    expect(first.getCell("A2").value).toBe("Unit ID");
    // two header rows, then the 12 assessed units (the city itself is not assessed)
    const ids = first.getColumn(1).values.slice(3);
    expect(ids).toHaveLength(12);
    expect(ids).toContain("d_east");
    expect(ids).not.toContain("city");
  });

  it("--layout by-unit --unit … --lang zh: one Chinese-named sheet per chosen unit, read back by import", async () => {
    const dir = tempDir();
    const r = await ducha(
      ["template", eco, "-o", "units.xlsx", "--layout", "by-unit", "--unit", "d_east", "--unit", "c_qing", "--json"],
      dir,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, layout: "by-unit", units: ["d_east", "c_qing"] });
    const zh = await ducha(
      ["--lang", "zh", "template", eco, "-o", "zh.xlsx", "--layout", "by-unit", "-u", "d_east"],
      dir,
    );
    expect(zh.code).toBe(0);
    expect((await workbook(join(dir, "zh.xlsx"))).worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["填报说明", "东城区"]),
    );
    // fill in one value and import the file back: the hidden _meta sheet names each column's indicator
    const book = await workbook(join(dir, "units.xlsx"));
    const east = book.worksheets.find((s) => s.getCell("A3").value === "d_east") as ExcelJS.Worksheet;
    const header = east.getRow(2).values as unknown[];
    const column = header.findIndex((v) => typeof v === "string" && v.startsWith("GDP growth"));
    expect(column).toBeGreaterThan(2);
    east.getCell(3, column).value = 7.3;
    await book.xlsx.writeFile(join(dir, "filled.xlsx"));
    const imported = await ducha(["import", eco, "filled.xlsx", "--out", "obs.json"], dir);
    expect(imported.code).toBe(0);
    const observations = JSON.parse(readFileSync(join(dir, "obs.json"), "utf8"));
    expect(observations).toContainEqual(
      expect.objectContaining({ unit: "d_east", indicator: "gdp_growth", period: "2024", value: "7.3" }),
    );
  });

  it("an unknown --unit exits 1 with did-you-mean; a non-.xlsx --out or a bad --period exits 2", async () => {
    const dir = tempDir();
    const [unit, csv, period, layout] = await Promise.all([
      ducha(["template", eco, "--out", "t.xlsx", "--unit", "d_esat"], dir),
      ducha(["template", eco, "--out", "t.csv"], dir),
      ducha(["template", eco, "--out", "t.xlsx", "--period", "2024-13"], dir),
      ducha(["template", eco, "--out", "t.xlsx", "--layout", "by-sheet"], dir),
    ]);
    expect(unit?.code).toBe(1);
    expect(unit?.stderr).toBe("error: --unit: unit 'd_esat' is not in the project; did you mean 'd_east'?\n");
    expect(csv?.code).toBe(2);
    expect(csv?.stderr).toBe("error: unsupported file format of t.csv; expected .xlsx\n");
    expect(period?.code).toBe(2);
    expect(period?.stderr).toContain("--period: period");
    expect(layout?.code).toBe(2);
    expect(existsSync(join(dir, "t.xlsx"))).toBe(false);
  });
});

describe.concurrent("ducha bin shim and progress output (built binary)", { timeout: 180_000 }, () => {
  it("package.json bin is the committed shim, which runs the built CLI", async () => {
    expect(packageJson.bin).toEqual({ ducha: "./bin/ducha.js" });
    expect(packageJson.files).toContain("bin");
    const shim = join(pkg, "bin", "ducha.js");
    expect(readFileSync(shim, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(shim).mode & 0o111).not.toBe(0); // executable
    const r = spawnSync(process.execPath, [shim, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(packageJson.version);
  });

  it("the shim says to build first when dist/ is missing (a fresh clone after npm ci)", () => {
    const copy = tempDir();
    mkdirSync(join(copy, "bin"));
    writeFileSync(join(copy, "bin", "ducha.js"), readFileSync(join(pkg, "bin", "ducha.js")));
    const r = spawnSync(process.execPath, [join(copy, "bin", "ducha.js"), "--version"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^error: the ducha CLI is not built yet \(.*cli\.js is missing\); run `npm run build` first\n$/,
    );
  });

  it("a piped run of a large import prints no progress output", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.csv"), bigCsv());
    expect(statSync(join(dir, "big.csv")).size).toBeGreaterThan(1024 * 1024); // above the bar's threshold
    const r = await ducha(["import", template("eco-city"), "big.csv"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("big.csv: 960 rows read, 960 accepted, 0 rejected; 960 observations, 0 errors, 0 warnings\n");
    const scored = await ducha(["score", template("eco-city"), "--data", "big.csv", "--top", "1"], dir);
    expect(scored.code).toBe(0);
    expect(scored.stderr).toBe(
      "big.csv: 960 rows read, 960 accepted, 0 rejected; 960 observations, 0 errors, 0 warnings\n",
    );
  });
});
