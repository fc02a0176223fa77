import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assess, monitor, rankingRows } from "ducha";
import { describe, expect, it } from "vitest";
import { largeProject } from "../../test/large-project.js";
import { InvalidProjectError, Session } from "./session.js";
import type { ItemRow, ProgressRow } from "./view-model.js";

const example = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../eco-civilization-city/project.json", import.meta.url)), "utf8"),
);
const text = (s: string) => new TextEncoder().encode(s);
const decode = <T>(buffer: ArrayBuffer): T[] => JSON.parse(new TextDecoder().decode(buffer));

function loaded(): Session {
  const session = new Session();
  session.loadProject(example);
  return session;
}

describe("Session (the dashboard's worker state)", () => {
  it("ranks the example exactly as the ducha SDK does", () => {
    const vm = loaded().compute();
    const sdk = rankingRows(assess(example));
    expect(vm.rows.map((r) => [r.unit, r.rank, r.total, r.grade])).toEqual(
      sdk.map((r) => [r.unit, r.rank, r.total, r.grade]),
    );
    expect(vm.rows[0]).toMatchObject({ unit: "dep_hr", rank: 1, total: "88.90", name: { zh: "市人力社保局" } });
    // four pillars; a department is assessed on ecology, livelihood and the whole duty pillar (its
    // category lists "duty"), not on the economy (null)
    expect(vm.pillars.map((p) => p.id)).toEqual(["economy", "ecology", "livelihood", "duty"]);
    expect(vm.rows[0]?.pillars.map((p) => p === null)).toEqual([true, false, false, false]);
  });

  it("monitors at the plan year's end like the SDK, with one rectification item per red light", () => {
    const vm = loaded().compute();
    expect(vm.asOf).toBe("2024-12-31");
    const sdk = monitor(example, "2024-12-31");
    const progress = decode<ProgressRow>(vm.progress.itemsJson);
    expect(progress.map((p) => `${p.unit}/${p.indicator}/${p.colour}`)).toEqual(
      sdk.progress.items.map((p) => `${p.unit}/${p.indicator}/${p.colour}`),
    );
    const red = progress.filter((p) => p.colour === "red");
    const items = decode<ItemRow>(vm.itemsJson);
    expect(items).toHaveLength(red.length);
    expect(items[0]).toMatchObject({ state: "assigned", assignedAt: "2024-12-31", dueAt: "2025-01-30" });
    expect(vm.counts.actions).toBeGreaterThan(0);
  });

  it("imports a CSV: the bad row is reported with its row number, the rest is scored", async () => {
    const session = loaded();
    const before = session.compute();
    const summary = await session.importFile(
      "gdp.csv",
      text("unit,indicator,period,value\nd_east,gdp_growth,2024,9.9\nd_west,gdp_growth,2024,abc\n"),
    );
    expect(summary).toMatchObject({ file: "gdp.csv", format: "csv", rowsRead: 2, accepted: 1, rejected: 1 });
    if ("project" in summary) throw new Error("not a project");
    expect(summary.issues).toEqual([
      expect.objectContaining({ severity: "error", code: "invalid_number", row: 3, column: "D" }),
    ]);
    const vm = session.compute();
    expect(vm.imported).toBe(1);
    // d_east's target is 7: 9.9 / 7 = 1.414 > 1.2, so capped at 100 × 1.2 = 120 (completion ratio, cap 1.2)
    const trace = session.explain("d_east").map((s) => s.text.en);
    expect(trace).toContain("gdp_growth: observed 9.9 (2024), target 7");
    expect(trace).toContain("gdp_growth: completion-ratio (fullScore=100, cap=1.2) → 120; capped");
    // gdp_growth carries 5% of the total: before, 5.9 / 7 → 84.2857; now 120, so the total rises by
    // (120 − 84.2857) × 0.05 = 1.79: 85.34 → 87.13
    expect(before.rows.find((r) => r.unit === "d_east")?.total).toBe("85.34");
    expect(vm.rows.find((r) => r.unit === "d_east")?.total).toBe("87.13");
  });

  it("reads GB18030 CSV bytes and suggests the unit meant", async () => {
    const gbk = Uint8Array.from([
      ...text("unit,indicator,period,value,note\nd_eats,gdp_growth,2024,6.1,"),
      0xb6,
      0xab,
      0xb3,
      0xc7, // 东城 in GB18030
      0x0a,
    ]);
    const summary = await loaded().importFile("gbk.csv", gbk);
    if ("project" in summary) throw new Error("not a project");
    expect(summary.issues[0]).toMatchObject({
      code: "unknown_unit",
      row: 2,
      message: { en: expect.stringContaining("did you mean 'd_east'") },
    });
  });

  it("a JSON list of observations is merged; one that does not fit the project is rejected with its path", async () => {
    const session = loaded();
    const ok = await session.importFile(
      "obs.json",
      text(JSON.stringify([{ unit: "c_lan", indicator: "pm25", period: "2024", value: "30.7", status: "verified" }])),
    );
    expect(ok).toMatchObject({ accepted: 1, issues: [] });
    const bad = await session.importFile(
      "bad.json",
      text(JSON.stringify({ observations: [{ unit: "nobody", indicator: "pm25", period: "2024", value: "1" }] })),
    );
    expect(bad).toMatchObject({
      accepted: 0,
      issues: [expect.objectContaining({ severity: "error", code: "unknown_unit" })],
    });
    expect(session.compute().imported).toBe(1);
  });

  it("a project JSON replaces the project; an invalid one throws with every issue", async () => {
    const session = loaded();
    const broken = structuredClone(example);
    broken.units[1].category = "distric";
    await expect(session.importFile("broken.project.json", text(JSON.stringify(broken)))).rejects.toThrow(
      InvalidProjectError,
    );
    await expect(session.importFile("notes.pdf", text("x"))).rejects.toThrow(/unsupported file "notes.pdf"/);
    const replaced = await session.importFile("p.json", text(JSON.stringify({ ...example, id: "other" })));
    expect(replaced).toHaveProperty("project");
    expect(session.compute().project.id).toBe("other");
  });

  it("writes the workbook and the report", async () => {
    const session = loaded();
    session.compute();
    const bytes = await session.workbook("en");
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip (xlsx)
    expect(session.report("zh")).toContain("市人力社保局");
  });
});

describe("largeProject (the e2e test's 3,000-unit data)", () => {
  it("is valid, deterministic and has exactly the units asked for", () => {
    const big = largeProject(example, 60);
    expect(JSON.stringify(largeProject(example, 60))).toBe(JSON.stringify(big));
    const session = new Session();
    session.loadProject(big);
    const vm = session.compute();
    expect(vm.rows).toHaveLength(60);
    expect(vm.rows.every((r) => r.status === "scored")).toBe(true);
  });
});
