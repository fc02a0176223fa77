// Golden test: progress series serialised to JSON must stay byte-identical (guards performance work).
// The snapshots were generated before the performance changes to monitorProgress/progressSeries.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generatedProject } from "../../test/fixtures/generated-project.js";
import { simulatedProject } from "../../test/fixtures/simulated-year.js";
import { monitorProgress } from "./monitor-progress.js";
import { progressSeries } from "./progress-series.js";

describe("progressSeries golden output", () => {
  it("simulated year 2024, monthly", async () => {
    const series = progressSeries(simulatedProject(), { from: "2024-01", to: "2024-12", every: "month" });
    await expect(JSON.stringify(series, null, 1)).toMatchFileSnapshot(
      "../../test/fixtures/progress-series.simulated-year.golden.json",
    );
  });

  it("generated 40 units × 30 indicators × 12 months, monthly and quarterly with options", async () => {
    const project = generatedProject(40, 30, 12);
    const monthly = progressSeries(project, { from: "2024-01", to: "2024-12", every: "month" });
    const quarterly = progressSeries(project, {
      from: "2024Q1",
      to: "2024Q4",
      every: "quarter",
      thresholds: { green: "0.95", yellow: 0.8 },
      curve: [
        { date: "2024-03-31", share: "0.1" },
        { date: "2024-09-30", share: "0.6" },
      ],
      curves: { ind001: [{ date: "2024-06-30", share: 0.3 }] },
    });
    const midMonth = monitorProgress(project, { asOf: "2024-05-15" });
    expect(monthly).toHaveLength(12);
    // The full outputs are ~11 MB, so the golden file keeps their SHA-256 digests plus a readable
    // sample (the first 40 items of January and of the mid-month report) to show what changed.
    const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
    const golden = {
      monthly: digest(monthly),
      options: digest({ quarterly, midMonth }),
      sampleJanuary: monthly[0]?.items.slice(0, 40),
      sampleMidMonth: midMonth.items.slice(0, 40),
    };
    await expect(JSON.stringify(golden, null, 1)).toMatchFileSnapshot(
      "../../test/fixtures/progress-series.generated.golden-digest.json",
    );
  });
});
