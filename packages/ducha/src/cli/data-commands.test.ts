import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";
import { fakeIo as sharedFakeIo } from "./test-helpers/fake-io.js";

// In-process runs of `import`, `score` and `explain` (no child process): the edge cases. The
// built binary is exercised in test/cli.test.ts.
const dir = mkdtempSync(join(tmpdir(), "ducha-data-cmd-"));
copyFileSync(fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url)), join(dir, "p.json"));
writeFileSync(join(dir, "good.csv"), "单位,指标,数值\nd_east,gdp_growth,9.9\nd_west,clean_government,否\n");
writeFileSync(join(dir, "bad.csv"), "unit,indicator,period,value\nd_east,gdp_growth,2024,abc\n");
mkdirSync(join(dir, "folder.csv"));

const fakeIo = (tty = false) => sharedFakeIo({ stdoutTty: tty, cwd: dir });

describe("import / score / explain in-process", () => {
  it("import --out .csv writes long CSV that imports back to the same observations", async () => {
    const a = fakeIo();
    expect(await runCli(["import", "p.json", "good.csv", "--out", "obs.csv"], a.io)).toBe(0);
    const csv = readFileSync(join(dir, "obs.csv"), "utf8");
    expect(csv).toContain("d_west,clean_government,2024,false,reported");
    const b = fakeIo();
    expect(await runCli(["import", "p.json", "obs.csv", "--out", "obs.json"], b.io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "obs.json"), "utf8"))).toEqual([
      { unit: "d_east", indicator: "gdp_growth", period: "2024", value: "9.9", status: "reported" },
      { unit: "d_west", indicator: "clean_government", period: "2024", value: false, status: "reported" },
    ]);
  });

  it("import --json reports stats and issues; exit 1 on a rejected row", async () => {
    const r = fakeIo();
    expect(await runCli(["import", "p.json", "bad.csv", "--json"], r.io)).toBe(1);
    expect(JSON.parse(r.stdout())).toMatchObject({
      ok: false,
      data: "bad.csv",
      format: "csv",
      stats: { rowsRead: 1, accepted: 0, rejected: 1 },
      issues: [{ code: "invalid_number", row: 2, column: { letter: "D" } }],
    });
  });

  it("a directory given as data is an unreadable-file error naming it", async () => {
    const r = fakeIo();
    expect(await runCli(["import", "p.json", "folder.csv"], r.io)).toBe(1);
    expect(r.stderr()).toBe("error: cannot read folder.csv: is a directory\n");
  });

  it("an unsupported data extension and a bad --top are reported", async () => {
    writeFileSync(join(dir, "data.ods"), "x");
    const ods = fakeIo();
    expect(await runCli(["score", "p.json", "--data", "data.ods"], ods.io)).toBe(1);
    expect(ods.stderr()).toBe("error: unsupported file format of data.ods; expected .csv, .sdmx.csv, .xlsx\n");
    const top = fakeIo();
    expect(await runCli(["score", "p.json", "--top", "0"], top.io)).toBe(2);
  });

  it("score --json with a failing import prints one document and exits 1", async () => {
    const r = fakeIo();
    expect(await runCli(["score", "p.json", "--data", "bad.csv", "--json"], r.io)).toBe(1);
    expect(JSON.parse(r.stdout())).toMatchObject({
      ok: false,
      imports: [{ file: "bad.csv", stats: { rejected: 1 } }],
    });
    expect(r.stderr()).toBe("");
  });

  it("score colours only on a terminal", async () => {
    const tty = fakeIo(true);
    expect(await runCli(["score", "p.json", "--top", "2"], tty.io)).toBe(0);
    expect(tty.stdout()).toContain("\u001b[");
    const pipe = fakeIo(false);
    expect(await runCli(["score", "p.json", "--top", "2"], pipe.io)).toBe(0);
    expect(pipe.stdout()).not.toContain("\u001b[");
  });

  it("explain: an unknown node exits 1 with a suggestion; --json gives the steps", async () => {
    const bad = fakeIo();
    expect(await runCli(["explain", "p.json", "--unit", "d_east", "--node", "ecolgy"], bad.io)).toBe(1);
    expect(bad.stderr()).toBe(
      "error: --node: 'ecolgy' is not an indicator or node of unit 'd_east'; did you mean 'ecology'?\n",
    );
    const json = fakeIo();
    expect(await runCli(["explain", "p.json", "--unit", "d_east", "--data", "good.csv", "--json"], json.io)).toBe(0);
    const doc = JSON.parse(json.stdout());
    expect(doc).toMatchObject({ ok: true, explanation: { unit: "d_east", status: "scored" } });
    const raw = doc.explanation.steps.find(
      (s: { step: string; subject?: string }) => s.step === "raw" && s.subject === "gdp_growth",
    );
    expect(raw.data.raw).toBe("9.9"); // the imported value replaced the project's 5.9
  });
});
