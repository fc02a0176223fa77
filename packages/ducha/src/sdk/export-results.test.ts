import { fileURLToPath } from "node:url";
import type { Project } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../internal/display-width.js";
import { assess } from "./assess.js";
import { type ExportFormat, exportFormatOf, exportResults } from "./export-results.js";
import { loadProject } from "./load-project.js";
import { formatRankingTable, rankingRows } from "./ranking.js";
import { resultsToJson } from "./results-json.js";
import { UnsupportedFormatError } from "./unsupported-format-error.js";

const loaded = loadProject(fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url)));
if (!loaded.ok) throw new Error("the eco-city template must be valid");
const project: Project = loaded.value;
const result = assess(project);

/** Every leaf of a JSON value. */
function leaves(value: unknown): unknown[] {
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [value];
}

describe("resultsToJson", () => {
  it("publishes totals as strings with the plan's decimals and keeps only plain values", () => {
    const json = resultsToJson(result);
    expect(json).toMatchObject({ format: "ducha-results", version: 1, project: project.id, period: "2024" });
    expect(json.units).toHaveLength(12);
    const hr = json.units.find((u) => u.unit === "dep_hr");
    // 88.901108 is published with two decimals, half-up (plan.rounding.decimals = 2): "88.90"
    expect(hr).toMatchObject({ status: "scored", rank: 1, total: "88.90", grade: "excellent" });
    for (const u of json.units) if (u.status === "scored") expect(u.total).toMatch(/^\d+\.\d{2}$/);
    for (const leaf of leaves(json))
      expect(leaf === null || ["string", "number", "boolean"].includes(typeof leaf)).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("carries node scores, vetoes and flags", () => {
    const song = resultsToJson(result).units.find((u) => u.unit === "c_song");
    if (song?.status !== "scored") throw new Error("c_song not scored");
    expect(song.vetoes.map((v) => v.veto)).toEqual(["air_binding_missed", "rule:binding_missed_criticism"]);
    expect(song.flags).toContain("grade_capped");
    expect(Object.keys(song.nodes)).toEqual([...Object.keys(song.nodes)].sort());
    expect(Object.values(song.nodes).every((n) => n.score === null || /^-?\d+(\.\d+)?$/.test(n.score))).toBe(true);
  });
});

describe("exportResults", () => {
  it("json is the pretty-printed results JSON", () => {
    expect(JSON.parse(exportResults(result, "json"))).toEqual(resultsToJson(result));
  });

  it("csv is the ranking table with a BOM, CRLF and names from the project", () => {
    const csv = exportResults(result, "csv", project, { lang: "zh" });
    expect(csv.startsWith("\uFEFFrank,category_rank,unit,name,category,total,grade,grade_name,flags\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(13);
    expect(lines[1]).toBe("1,1,dep_hr,市人力社保局,department,88.90,excellent,优秀,");
  });

  it("csv escapes text cells that would run as spreadsheet formulas", () => {
    const evil = structuredClone(project);
    const unit = evil.units.find((u) => u.id === "dep_hr");
    if (unit === undefined) throw new Error("dep_hr missing");
    unit.name = '=HYPERLINK("http://x","y")';
    const csv = exportResults(result, "csv", evil);
    expect(csv).toContain(`dep_hr,"'=HYPERLINK(""http://x"",""y"")",department,88.90`);
  });

  it("throws unsupported_format for other formats", () => {
    for (const format of ["xlsx", "html"]) {
      expect(() => exportResults(result, format as ExportFormat)).toThrow(UnsupportedFormatError);
      try {
        exportResults(result, format as ExportFormat);
      } catch (error) {
        expect(error).toMatchObject({ code: "unsupported_format", format, supported: ["json", "csv"] });
      }
    }
    expect(exportFormatOf("out/results.CSV")).toBe("csv");
    expect(exportFormatOf("results.json")).toBe("json");
    expect(() => exportFormatOf("report.html")).toThrow(/unsupported format 'html'; expected json or csv/);
  });
});

describe("ranking", () => {
  it("rows follow the rank, with names, grade names and notable flags", () => {
    const rows = rankingRows(result, { project, lang: "zh", top: 3 });
    expect(rows.map((r) => [r.rank, r.unit, r.name, r.categoryName, r.total, r.gradeName])).toEqual([
      [1, "dep_hr", "市人力社保局", "市直部门", "88.90", "优秀"],
      [2, "c_song", "松阳县", "县（市）", "86.40", "良好"],
      [3, "c_qing", "青川县", "县（市）", "85.73", "良好"],
    ]);
    expect(rows[1]?.flags).toEqual([
      "veto:air_binding_missed",
      "veto:rule:binding_missed_criticism",
      "grade_capped",
      "binding_missed",
    ]);
  });

  it("the table aligns Chinese text by display width", () => {
    const lines = formatRankingTable(result, { project, lang: "zh" }).split("\n");
    expect(lines).toHaveLength(14);
    // the Total column ends at the same display column on every data row
    const ends = lines.slice(2).map((line) => {
      const total = /\d+\.\d\d/.exec(line);
      return displayWidth(line.slice(0, (total?.index ?? 0) + (total?.[0].length ?? 0)));
    });
    expect(new Set(ends).size).toBe(1);
    expect(lines[0]).toMatch(/^名次 {2}单位/);
  });

  it("displayWidth counts East Asian wide characters as 2 and ignores colour codes", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("东城区")).toBe(6);
    expect(displayWidth("县（市）")).toBe(8);
    expect(displayWidth("\u001b[31m优秀\u001b[39m")).toBe(4);
  });
});
