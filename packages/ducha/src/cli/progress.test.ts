import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createContext } from "./context.js";
import { PROGRESS_MIN_BYTES } from "./data-files.js";
import { formatBytes, progressEnabled, startProgress } from "./progress.js";
import { runCli } from "./run.js";
import { bigCsv } from "./test-helpers/big-csv.js";
import { fakeIo } from "./test-helpers/fake-io.js";

const eco = fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url));

/** In-memory streams without colours; `tty` makes stderr look like a terminal. */
const memoryIo = (tty: boolean, cwd?: string) =>
  fakeIo({ stderrTty: tty, env: { NO_COLOR: "1" }, ...(cwd === undefined ? {} : { cwd }) });

describe("progress bars", () => {
  it("formatBytes picks a binary unit", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MiB");
  });

  it("are drawn on a terminal only, never with --json", () => {
    expect(progressEnabled(createContext(memoryIo(true).io, {}))).toBe(true);
    expect(progressEnabled(createContext(memoryIo(false).io, {}))).toBe(false);
    expect(progressEnabled(createContext(memoryIo(true).io, { json: true }))).toBe(false);
  });

  it("draw the label, percentage and amounts on stderr and clear the line when stopped", () => {
    const io = memoryIo(true);
    const progress = startProgress(createContext(io.io, {}), { label: "data.csv", total: 4096, unit: "bytes" });
    expect(progress.shown).toBe(true);
    progress.update(1024);
    progress.stop();
    progress.stop(); // idempotent
    expect(io.stderr()).toContain("data.csv [");
    expect(io.stderr()).toMatch(/\d+% \| [\d.]+ (B|KiB)\/4\.0 KiB/);
    expect(io.stderr()).toContain("\x1b[?25h"); // the cursor is shown again
    expect(io.stdout()).toBe("");
  });

  it("are silent off a terminal, with --json, and below minTotal", () => {
    for (const [io, json, total] of [
      [memoryIo(false), false, 10_000],
      [memoryIo(true), true, 10_000],
      [memoryIo(true), false, 10],
    ] as const) {
      const progress = startProgress(createContext(io.io, { json }), { label: "x", total, minTotal: 100 });
      progress.increment(5);
      progress.stop();
      expect(progress.shown).toBe(false);
      expect(io.stderr()).toBe("");
    }
  });

  it("`ducha import` of a large file shows a bar on a terminal and nothing when piped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ducha-progress-"));
    const csv = bigCsv();
    expect(csv.length).toBeGreaterThan(PROGRESS_MIN_BYTES);
    writeFileSync(join(dir, "big.csv"), csv);
    const tty = memoryIo(true, dir);
    expect(await runCli(["import", eco, "big.csv"], tty.io)).toBe(0);
    expect(tty.stderr()).toMatch(/big\.csv \[.*\] \d+% \| [\d.]+ (KiB|MiB)\/1\.\d MiB/);
    expect(tty.stdout()).toContain("big.csv: 960 rows read, 960 accepted, 0 rejected");
    const piped = memoryIo(false, dir);
    expect(await runCli(["import", eco, "big.csv"], piped.io)).toBe(0);
    expect(piped.stderr()).toBe("");
    expect(piped.stdout()).toBe(tty.stdout());
    const json = memoryIo(true, dir);
    expect(await runCli(["import", eco, "big.csv", "--json"], json.io)).toBe(0);
    expect(json.stderr()).toBe("");
    expect(JSON.parse(json.stdout())).toMatchObject({ ok: true, stats: { rowsRead: 960 } });
    // small files import too fast for a bar
    writeFileSync(join(dir, "small.csv"), "unit,indicator,period,value\nd_east,gdp_growth,2024-01,6\n");
    const small = memoryIo(true, dir);
    expect(await runCli(["import", eco, "small.csv"], small.io)).toBe(0);
    expect(small.stderr()).toBe("");
  });
});
