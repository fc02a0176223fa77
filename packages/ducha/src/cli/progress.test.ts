import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CliIo, createContext } from "./context.js";
import { PROGRESS_MIN_BYTES } from "./data-files.js";
import { formatBytes, progressEnabled, startProgress } from "./progress.js";
import { runCli } from "./run.js";

const eco = fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url));

/** In-memory streams; `tty` makes stderr look like a terminal. */
function memoryIo(tty: boolean, cwd = tmpdir()): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: Object.assign({ write: (text: string) => (err += text), isTTY: tty }, tty ? { columns: 100 } : {}),
    env: { NO_COLOR: "1" },
    cwd,
    out: () => out,
    err: () => err,
  };
}

const MONTHLY_INDICATORS = [
  "gdp_growth",
  "fiscal_revenue_growth",
  "fixed_investment",
  "tertiary_share",
  "high_tech_share",
  "rd_intensity",
  "gdp_per_capita",
  "labour_productivity",
  "pm25",
  "good_air_days",
  "water_quality",
  "sewage_treatment",
  "forest_cover",
  "green_space",
  "energy_intensity",
  "carbon_intensity",
  "new_jobs",
  "unemployment",
  "income_growth",
  "hospital_beds",
];

/**
 * A valid long CSV of 960 rows (4 districts × 20 indicators × 12 months) and about 1.4 MiB — more
 * than the progress bar's threshold — with a 1,500-character note on each row.
 */
function bigCsv(): string {
  const note = "x".repeat(1500);
  const lines = ["unit,indicator,period,value,note"];
  for (const unit of ["d_east", "d_west", "d_south", "d_north"])
    for (const indicator of MONTHLY_INDICATORS)
      for (let month = 1; month <= 12; month++)
        lines.push(`${unit},${indicator},2024-${String(month).padStart(2, "0")},${month},${note}`);
  return `${lines.join("\n")}\n`;
}

describe("progress bars", () => {
  it("formatBytes picks a binary unit", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MiB");
  });

  it("are drawn on a terminal only, never with --json", () => {
    expect(progressEnabled(createContext(memoryIo(true), {}))).toBe(true);
    expect(progressEnabled(createContext(memoryIo(false), {}))).toBe(false);
    expect(progressEnabled(createContext(memoryIo(true), { json: true }))).toBe(false);
  });

  it("draw the label, percentage and amounts on stderr and clear the line when stopped", () => {
    const io = memoryIo(true);
    const progress = startProgress(createContext(io, {}), { label: "data.csv", total: 4096, unit: "bytes" });
    expect(progress.shown).toBe(true);
    progress.update(1024);
    progress.stop();
    progress.stop(); // idempotent
    expect(io.err()).toContain("data.csv [");
    expect(io.err()).toMatch(/\d+% \| [\d.]+ (B|KiB)\/4\.0 KiB/);
    expect(io.err()).toContain("\x1b[?25h"); // the cursor is shown again
    expect(io.out()).toBe("");
  });

  it("are silent off a terminal, with --json, and below minTotal", () => {
    for (const [io, json, total] of [
      [memoryIo(false), false, 10_000],
      [memoryIo(true), true, 10_000],
      [memoryIo(true), false, 10],
    ] as const) {
      const progress = startProgress(createContext(io, { json }), { label: "x", total, minTotal: 100 });
      progress.increment(5);
      progress.stop();
      expect(progress.shown).toBe(false);
      expect(io.err()).toBe("");
    }
  });

  it("`ducha import` of a large file shows a bar on a terminal and nothing when piped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ducha-progress-"));
    const csv = bigCsv();
    expect(csv.length).toBeGreaterThan(PROGRESS_MIN_BYTES);
    writeFileSync(join(dir, "big.csv"), csv);
    const tty = memoryIo(true, dir);
    expect(await runCli(["import", eco, "big.csv"], tty)).toBe(0);
    expect(tty.err()).toMatch(/big\.csv \[.*\] \d+% \| [\d.]+ (KiB|MiB)\/1\.\d MiB/);
    expect(tty.out()).toContain("big.csv: 960 rows read, 960 accepted, 0 rejected");
    const piped = memoryIo(false, dir);
    expect(await runCli(["import", eco, "big.csv"], piped)).toBe(0);
    expect(piped.err()).toBe("");
    expect(piped.out()).toBe(tty.out());
    const json = memoryIo(true, dir);
    expect(await runCli(["import", eco, "big.csv", "--json"], json)).toBe(0);
    expect(json.err()).toBe("");
    expect(JSON.parse(json.out())).toMatchObject({ ok: true, stats: { rowsRead: 960 } });
    // small files import too fast for a bar
    writeFileSync(join(dir, "small.csv"), "unit,indicator,period,value\nd_east,gdp_growth,2024-01,6\n");
    const small = memoryIo(true, dir);
    expect(await runCli(["import", eco, "small.csv"], small)).toBe(0);
    expect(small.err()).toBe("");
  });
});
