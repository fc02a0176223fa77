import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { colorsEnabled, prescanGlobals } from "./context.js";
import { runCli } from "./run.js";
import { fakeIo as sharedFakeIo } from "./test-helpers/fake-io.js";

const templates = fileURLToPath(new URL("../../templates/", import.meta.url));

/** An in-memory terminal in the templates folder; `tty` decides whether stdout claims to be a terminal. */
const fakeIo = (tty: boolean, env: Record<string, string | undefined> = {}) =>
  sharedFakeIo({ stdoutTty: tty, env, cwd: templates });

const ESC = "\u001b[";

describe("colours", () => {
  it("are on only for a terminal without NO_COLOR and without --json", () => {
    expect(colorsEnabled(fakeIo(true).io, false)).toBe(true);
    expect(colorsEnabled(fakeIo(false).io, false)).toBe(false);
    expect(colorsEnabled(fakeIo(true, { NO_COLOR: "1" }).io, false)).toBe(false);
    expect(colorsEnabled(fakeIo(true, { NO_COLOR: "" }).io, false)).toBe(true);
    expect(colorsEnabled(fakeIo(true).io, true)).toBe(false);
  });

  it("reach the output of a command", async () => {
    const tty = fakeIo(true);
    expect(await runCli(["validate", "okr.project.json"], tty.io)).toBe(0);
    expect(tty.stdout()).toContain(ESC);
    const pipe = fakeIo(false);
    expect(await runCli(["validate", "okr.project.json"], pipe.io)).toBe(0);
    expect(pipe.stdout()).not.toContain(ESC);
    expect(pipe.stdout()).toContain("✔ okr.project.json is valid (8 units, 16 indicators");
  });
});

describe("prescanGlobals", () => {
  it("finds --json and --lang anywhere before --", () => {
    expect(prescanGlobals(["x", "--lang", "zh", "--json"])).toEqual({ json: true, lang: "zh" });
    expect(prescanGlobals(["--lang=zh"])).toEqual({ json: false, lang: "zh" });
    expect(prescanGlobals(["--lang", "fr"])).toEqual({ json: false, lang: "en" });
    expect(prescanGlobals(["--", "--json"])).toEqual({ json: false, lang: "en" });
  });
});

describe("runCli in-process", () => {
  it("translates usage errors with --lang zh", async () => {
    const io = fakeIo(false);
    expect(await runCli(["--lang", "zh", "valdate"], io.io)).toBe(2);
    expect(io.stderr()).toContain("error: 未知命令 'valdate'（你是不是想输入 validate？）");
  });

  it("accepts global options after the command", async () => {
    const io = fakeIo(false);
    expect(await runCli(["validate", "green-index.project.json", "--json", "--lang", "zh"], io.io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ ok: true, summary: { errors: 0, warnings: 0 } });
  });

  it("exits 0 for help and version without writing errors", async () => {
    for (const argv of [["--help"], ["--version"], ["help", "validate"]]) {
      const io = fakeIo(false);
      expect(await runCli(argv, io.io)).toBe(0);
      expect(io.stderr()).toBe("");
    }
  });
});
