// Time-zone safety: dates are calendar dates (YYYY-MM-DD) and all arithmetic is pure, so the same
// asOf gives the same result whatever the host's time zone (Node re-reads process.env.TZ on assignment).
import { afterEach, describe, expect, it } from "vitest";
import { evaluateRules, monitorProgress, progressSeries } from "../src/index.js";
import { simulatedProject } from "./fixtures/simulated-year.js";

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe("time-zone independence", () => {
  it("gives identical reports and actions in UTC+14, UTC−10, UTC+8 and UTC", () => {
    const project = simulatedProject();
    const offsets: number[] = [];
    const outputs = ["Pacific/Kiritimati", "America/Adak", "Asia/Shanghai", "UTC"].map((tz) => {
      process.env.TZ = tz;
      offsets.push(new Date(2024, 5, 30).getTimezoneOffset());
      const june = monitorProgress(project, { asOf: "2024-06-30" });
      const series = progressSeries(project, { from: "2024-01", to: "2024-12" });
      return JSON.stringify({ june, actions: evaluateRules(project, { progress: series }) });
    });
    // the time zone really changed between runs (−840, 540, −480, 0 minutes) …
    expect(new Set(offsets).size).toBe(4);
    // … and the results did not
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toContain('"expectedShare":"0.49726775956284153005464480874316939890710382513661"'); // 182/366
  });
});
