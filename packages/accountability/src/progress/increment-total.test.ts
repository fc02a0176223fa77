// Cumulative indicators reported as increments (observationBasis: "increment", 按月增量报送):
// monitoring sums the increments to a year-to-date value and flags missing periods.
import type { Observation } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { indicator, miniProject } from "../../test/fixtures/mini-project.js";
import { monitorProgress } from "./monitor-progress.js";
import { monitorProgressTable } from "./monitor-table.js";
import { observationColumns } from "./observation-columns.js";
import { ProgressError } from "./progress-error.js";
import { progressSeries } from "./progress-series.js";

const jobs = indicator("jobs", "higher-better", true, { observationBasis: "increment" });
const ob = (period: string, value: string | null, extra: Partial<Observation> = {}): Observation => ({
  unit: "u1",
  indicator: "jobs",
  period,
  value,
  ...extra,
});
const project = (observations: Observation[], ind = jobs) =>
  miniProject({ indicators: [ind], targets: [{ indicator: "jobs", period: "2024", target: "12" }], observations });

/** The report from the observation array, checked to equal the report from columns. */
function monitor(observations: Observation[], asOf: string, ind = jobs) {
  const p = project(observations, ind);
  const report = monitorProgress(p, { asOf });
  const table = monitorProgressTable(p, { asOf, observations: observationColumns(observations) });
  expect(JSON.stringify(table.toReport())).toBe(JSON.stringify(report));
  return report.items[0];
}

describe("monitoring increments (observationBasis: increment)", () => {
  it("sums the increments to date and flags a missing month, never zero-filled silently", () => {
    // Jan 1 + Feb 1.5 + (Mar reported missing) + Apr 2; May not reported yet; as of 31 May:
    // year-to-date = 1 + 1.5 + 2 = 4.5 through April, March missing (not counted as 0, listed).
    // Expected by 31 May: 12 × 152/366 = 4.98360655…; performance 4.5 / 4.98360655… = 0.902960… ≥ 0.9 → on track;
    // completion 4.5 / 12 = 0.375
    const observations = [
      ob("2024-01", "1"),
      ob("2024-02", "1.5"),
      ob("2024-03", null, { status: "missing" }),
      ob("2024-04", "2"),
    ];
    const item = monitor(observations, "2024-05-31");
    expect(item?.observation?.value.toString()).toBe("4.5");
    expect(item?.observation?.period).toBe("2024-04");
    expect(item?.observation?.increments).toEqual({ periods: ["2024-01", "2024-02", "2024-04"], missing: ["2024-03"] });
    expect(item?.status).toBe("on_track");
    expect(item?.progress?.toString()).toBe("0.375");
    expect(item?.performance?.toFixed(6)).toBe("0.902961");
    expect(item?.message.zh).toContain("实际 4.5万人（截至 2024-04 增量累计，缺报 2024-03 未计入）");
    expect(item?.message.en).toContain("(sum of increments to 2024-04; missing 2024-03, not counted)");
    // the same rows read as year-to-date values: the April value 2 is the year-to-date
    const ytd = monitor(observations, "2024-05-31", indicator("jobs", "higher-better", true));
    expect([ytd?.observation?.value.toString(), ytd?.observation?.increments, ytd?.status]).toEqual([
      "2",
      undefined,
      "behind",
    ]);
    // a month not reported at all is missing too
    const absent = monitor([ob("2024-01", "1"), ob("2024-03", "2")], "2024-03-31");
    expect(absent?.observation?.increments).toEqual({ periods: ["2024-01", "2024-03"], missing: ["2024-02"] });
    expect(absent?.observation?.value.toString()).toBe("3");
  });

  it("complete months: the running sum per snapshot; reached at 12 → done", () => {
    // 2 a month: Jan 2, Feb 4, … Jun 12 ≥ 12 → done in June
    const observations = [1, 2, 3, 4, 5, 6].map((m) => ob(`2024-0${m}`, "2"));
    const series = progressSeries(project(observations), { from: "2024-01", to: "2024-06" });
    expect(series.map((s) => s.items[0]?.observation?.value.toString())).toEqual(["2", "4", "6", "8", "10", "12"]);
    expect(series.map((s) => s.items[0]?.observation?.increments?.missing.length)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(series.at(-1)?.items[0]?.status).toBe("done");
    const cols = progressSeries(project(observations), {
      from: "2024-01",
      to: "2024-06",
      observations: observationColumns(observations),
    });
    expect(JSON.stringify(cols)).toBe(JSON.stringify(series));
  });

  it("quarterly increments; exact decimal sums", () => {
    // Q1 0.1 + Q2 0.2 = 0.3 exactly (not 0.30000000000000004); Q3 not due by 15 July
    const item = monitor([ob("2024Q1", "0.1"), ob("2024Q2", "0.2")], "2024-07-15");
    expect(item?.observation?.value.toString()).toBe("0.3");
    expect(item?.observation?.increments).toEqual({ periods: ["2024Q1", "2024Q2"], missing: [] });
  });

  it("rejects mixed granularities and increments on a point-in-time indicator", () => {
    const mixed = [ob("2024-01", "1"), ob("2024Q1", "2")];
    for (const run of [
      () => monitorProgress(project(mixed), { asOf: "2024-04-30" }),
      () => monitorProgressTable(project(mixed), { asOf: "2024-04-30", observations: observationColumns(mixed) }),
    ])
      expect(run).toThrow(expect.objectContaining({ code: "mixed_increments" }));
    const rate = indicator("jobs", "higher-better", false, { observationBasis: "increment" });
    expect(() => monitorProgress(project([ob("2024-01", "1")], rate), { asOf: "2024-01-31" })).toThrow(ProgressError);
    expect(() => monitorProgress(project([ob("2024-01", "1")], rate), { asOf: "2024-01-31" })).toThrow(/cumulative/);
  });
});
