import type { Observation, Target } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicator, miniProject } from "../../test/fixtures/mini-project.js";
import { monitorProgress } from "./monitor-progress.js";
import { ProgressError } from "./progress-error.js";
import { STATUS_RANK } from "./progress-status.js";

const obs = (ind: string, period: string, value: string, unit = "u1"): Observation => ({
  unit,
  indicator: ind,
  period,
  value,
});
const tgt = (ind: string, target: Partial<Target>): Target => ({ indicator: ind, period: "2024", ...target });

function single(
  ind: ReturnType<typeof indicator>,
  target: Target,
  observations: Observation[],
  asOf: string,
  extra: Parameters<typeof monitorProgress>[1] extends infer O ? Partial<O> : never = {},
) {
  const project = miniProject({ indicators: [ind], targets: [target], observations });
  const report = monitorProgress(project, { asOf, ...extra });
  expect(report.items).toHaveLength(1);
  return report.items[0] as (typeof report.items)[number];
}

describe("monitorProgress — cumulative indicators (累计值)", () => {
  const jobs = indicator("jobs", "higher-better", true);

  it("compares the year-to-date value with target × elapsed share (worked example)", () => {
    // target 1.2 万人; by 31 July 213 of 366 days have elapsed → expected 1.2 × 213/366 = 0.698360…
    // actual 0.5 → performance 0.5 / 0.698360… = 0.715962… < 0.75 → behind (red)
    const item = single(jobs, tgt("jobs", { target: "1.2" }), [obs("jobs", "2024-07", "0.5")], "2024-07-31");
    expect(item.status).toBe("behind");
    expect(item.colour).toBe("red");
    expect(item.basis).toBe("linear");
    expect(item.expectedShare.toFixed(6)).toBe("0.581967");
    expect(item.expectedValue?.toFixed(6)).toBe("0.698361");
    expect(item.progress?.toFixed(6)).toBe("0.416667"); // 0.5 / 1.2
    expect(item.performance?.toFixed(6)).toBe("0.715962");
    expect(item.observation).toMatchObject({ period: "2024-07", knownAt: "2024-07-31" });
    expect(item.message.zh).toContain("进度滞后（红灯）");
    expect(item.message.zh).toContain("时间进度 58.20%");
    expect(item.message.en).toContain("71.60% of the expected progress");
  });

  it("uses the latest observation known by asOf (a month counts at its last day; quarters too)", () => {
    const observations = [obs("jobs", "2024-05", "0.5"), obs("jobs", "2024Q2", "0.55"), obs("jobs", "2024-06", "0.6")];
    // 30 Jun: 2024-06 and 2024Q2 both end on 30 Jun — the shorter period (the month) wins
    expect(single(jobs, tgt("jobs", { target: "1.2" }), observations, "2024-06-30").observation?.period).toBe(
      "2024-06",
    );
    // 29 Jun: June is not over, May is the latest known
    expect(single(jobs, tgt("jobs", { target: "1.2" }), observations, "2024-06-29").observation?.period).toBe(
      "2024-05",
    );
    // ignores observations outside the target period and missing values
    const other = [
      obs("jobs", "2023-12", "5"),
      { ...obs("jobs", "2024-01", "0"), value: null, status: "missing" as const },
    ];
    expect(single(jobs, tgt("jobs", { target: "1.2" }), other, "2024-03-31").status).toBe("no_data");
  });

  it("is done once the target is reached, and overdue when the deadline comes without it", () => {
    expect(single(jobs, tgt("jobs", { target: "1.2" }), [obs("jobs", "2024-08", "1.25")], "2024-08-31").status).toBe(
      "done",
    );
    const late = single(
      jobs,
      tgt("jobs", { target: "1.2", deadline: "2024-10-31" }),
      [obs("jobs", "2024-10", "1.1")],
      "2024-10-31",
    );
    expect(late.status).toBe("overdue");
    expect(late.colour).toBe("red");
    expect(late.deadline).toBe("2024-10-31");
  });

  it("classifies with the documented default thresholds and custom ones", () => {
    // 30 Jun: expected 1.2 × 182/366 = 0.59672…; 0.5 → 0.83791… (yellow: 0.75 ≤ r < 0.9)
    const t = tgt("jobs", { target: "1.2" });
    const o = [obs("jobs", "2024-06", "0.5")];
    expect(single(jobs, t, o, "2024-06-30").status).toBe("at_risk");
    expect(single(jobs, t, o, "2024-06-30").colour).toBe("yellow");
    expect(single(jobs, t, o, "2024-06-30", { thresholds: { green: "0.8" } }).status).toBe("on_track");
    expect(single(jobs, t, o, "2024-06-30", { thresholds: { green: 0.95, yellow: 0.85 } }).status).toBe("behind");
    expect(() => single(jobs, t, o, "2024-06-30", { thresholds: { green: "0.5", yellow: "0.7" } })).toThrow(
      ProgressError,
    );
  });

  it("lets milestones (节点目标) take precedence over the straight line, and curves replace it", () => {
    // milestone 0.3 by 30 Jun (e.g. hiring season later in the year): 0.3 expected, actual 0.3 → on track
    const t = tgt("jobs", { target: "1.2", milestones: [{ date: "2024-06-30", value: "0.3" }] });
    const item = single(jobs, t, [obs("jobs", "2024-06", "0.3")], "2024-06-30");
    expect(item.basis).toBe("milestones");
    expect(item.expectedValue?.toString()).toBe("0.3");
    expect(item.expectedShare.toString()).toBe("0.25");
    expect(item.status).toBe("on_track");
    // without the milestone: 0.3 / 0.5967… = 0.50275 → behind
    expect(single(jobs, tgt("jobs", { target: "1.2" }), [obs("jobs", "2024-06", "0.3")], "2024-06-30").status).toBe(
      "behind",
    );
    const curved = single(jobs, tgt("jobs", { target: "1.2" }), [obs("jobs", "2024-06", "0.3")], "2024-06-30", {
      curves: { jobs: [{ date: "2024-06-30", share: "0.3" }] },
    });
    expect(curved.basis).toBe("curve");
    expect(curved.expectedValue?.toString()).toBe("0.36"); // 1.2 × 0.3; 0.3 / 0.36 = 0.8333 → yellow
    expect(curved.status).toBe("at_risk");
  });
});

describe("monitorProgress — point-in-time indicators (时点值)", () => {
  it("higher-is-better: completion ratio x / t, expected 1; done only at the deadline", () => {
    const air = indicator("air", "higher-better", false);
    const below = single(air, tgt("air", { target: "88" }), [obs("air", "2024-05", "80")], "2024-05-31");
    // 80 / 88 = 0.909090… ≥ 0.9 → on track, although the target is not met yet
    expect(below.progress?.toFixed(6)).toBe("0.909091");
    expect(below.expectedShare.toString()).toBe("1");
    expect(below.basis).toBe("target");
    expect(below.met).toBe(false);
    expect(below.status).toBe("on_track");
    expect(single(air, tgt("air", { target: "88" }), [obs("air", "2024-05", "70")], "2024-05-31").status).toBe(
      "at_risk",
    ); // 0.795
    expect(single(air, tgt("air", { target: "88" }), [obs("air", "2024-05", "65")], "2024-05-31").status).toBe(
      "behind",
    ); // 0.739
    expect(single(air, tgt("air", { target: "88" }), [obs("air", "2024-12", "89")], "2024-12-31").status).toBe("done");
    expect(single(air, tgt("air", { target: "88" }), [obs("air", "2024-12", "87.9")], "2024-12-31").status).toBe(
      "overdue",
    );
  });

  it("lower-is-better: ratio t / x (PM2.5)", () => {
    const pm = indicator("pm", "lower-better", false);
    // 35 / 41 = 0.853658… → yellow; 35 / 48 = 0.729166… → red; 34 ≤ 35 → met, on track
    expect(single(pm, tgt("pm", { target: "35" }), [obs("pm", "2024-07", "41")], "2024-07-31").status).toBe("at_risk");
    expect(single(pm, tgt("pm", { target: "35" }), [obs("pm", "2024-07", "48")], "2024-07-31").status).toBe("behind");
    const ok = single(pm, tgt("pm", { target: "35" }), [obs("pm", "2024-07", "34")], "2024-07-31");
    expect(ok.status).toBe("on_track");
    expect(ok.met).toBe(true);
    expect(ok.progress?.toFixed(6)).toBe("1.029412");
  });

  it("milestones of a point-in-time indicator are interim targets (阶段性目标) until the deadline", () => {
    const pm = indicator("pm", "lower-better", false, { unit: "μg/m³" });
    const t = tgt("pm", {
      target: "35",
      milestones: [
        { date: "2024-09-30", value: "37" },
        { date: "2024-06-30", value: "40" },
      ],
    });
    // April: next milestone 30 Jun (40) → 39 ≤ 40 met, on track; against 35 it would be 0.897 (yellow)
    const apr = single(pm, t, [obs("pm", "2024-04", "39")], "2024-04-30");
    expect([apr.basis, apr.expectedValue?.toString(), apr.status]).toEqual(["milestones", "40", "on_track"]);
    expect(apr.message.zh).toContain("目标 35μg/m³，阶段目标 40μg/m³");
    // August: next milestone 30 Sep (37) → 37 / 39 = 0.9487
    const aug = single(pm, t, [obs("pm", "2024-08", "39")], "2024-08-31");
    expect([aug.expectedValue?.toString(), aug.progress?.toFixed(4), aug.met]).toEqual(["37", "0.9487", false]);
    // deadline: the annual target
    const dec = single(pm, t, [obs("pm", "2024-12", "36")], "2024-12-31");
    expect([dec.basis, dec.status]).toEqual(["target", "overdue"]);
  });

  it("target ranges: inside is on track; outside x / L or U / x", () => {
    const unemp = indicator("unemp", "target-range", false);
    const t = tgt("unemp", { range: { low: "3.5", high: "4.5" } });
    expect(single(unemp, t, [obs("unemp", "2024-03", "4.1")], "2024-03-31").status).toBe("on_track");
    expect(single(unemp, t, [obs("unemp", "2024-12", "4.1")], "2024-12-31").status).toBe("done");
    const high = single(unemp, t, [obs("unemp", "2024-03", "5.5")], "2024-03-31");
    expect(high.progress?.toFixed(6)).toBe("0.818182"); // 4.5 / 5.5
    expect(high.status).toBe("at_risk");
    expect(single(unemp, t, [obs("unemp", "2024-03", "2.5")], "2024-03-31").progress?.toFixed(6)).toBe("0.714286"); // 2.5 / 3.5
  });

  it("target values: min(x / t, t / x)", () => {
    const beds = indicator("beds", "target-value", false);
    const item = single(beds, tgt("beds", { target: "6.5" }), [obs("beds", "2024-03", "5.2")], "2024-03-31");
    expect(item.progress?.toString()).toBe("0.8"); // 5.2 / 6.5
    expect(item.status).toBe("at_risk");
  });
});

describe("monitorProgress — scope and errors", () => {
  it("resolves targets unit > category > all, skips non-numeric kinds visibly", () => {
    const jobs = indicator("jobs", "higher-better", true);
    const task = { ...indicator("task", "higher-better", false), kind: "task" as const };
    const project = miniProject({
      indicators: [jobs, task],
      units: ["u1", "u2"],
      targets: [tgt("jobs", { target: "10" }), tgt("jobs", { target: "2", unit: "u2" }), tgt("task", { target: "1" })],
      observations: [obs("jobs", "2024-12", "3", "u1"), obs("jobs", "2024-12", "3", "u2")],
    });
    const report = monitorProgress(project, { asOf: "2024-12-31" });
    expect(report.items.map((i) => [i.unit, i.target?.toString(), i.status])).toEqual([
      ["u1", "10", "overdue"],
      ["u2", "2", "done"],
    ]);
    expect(report.summary.skipped).toEqual([
      { unit: "u1", indicator: "task", reason: "not-quantitative" },
      { unit: "u2", indicator: "task", reason: "not-quantitative" },
    ]);
    expect(report.summary.byColour).toEqual({ green: 1, yellow: 0, red: 1, grey: 0 });
  });

  it("throws on a bad asOf, a non-numeric value or a duplicate observation, with the path", () => {
    const jobs = indicator("jobs", "higher-better", true);
    const project = (o: Observation[]) =>
      miniProject({ indicators: [jobs], targets: [tgt("jobs", { target: "1" })], observations: o });
    expect(() => monitorProgress(project([]), { asOf: "2024-6-30" })).toThrow(ProgressError);
    expect(() => monitorProgress(project([]), { asOf: "2024-06-30", period: "2024H1" })).toThrow(/period id/);
    try {
      monitorProgress(project([obs("jobs", "2024-01", "1"), obs("jobs", "2024-01", "2")]), { asOf: "2024-06-30" });
      expect.unreachable();
    } catch (e) {
      expect((e as ProgressError).code).toBe("duplicate_observation");
      expect((e as ProgressError).path).toEqual(["observations", 1]);
    }
    try {
      monitorProgress(project([{ ...obs("jobs", "2024-01", "1"), value: "A" }]), { asOf: "2024-06-30" });
      expect.unreachable();
    } catch (e) {
      expect((e as ProgressError).code).toBe("invalid_observation");
      expect((e as ProgressError).path).toEqual(["observations", 0, "value"]);
    }
  });
});

describe("monitorProgress — properties", () => {
  const dateArb = fc.integer({ min: 1, max: 366 }).map((n) => {
    const d = new Date(Date.UTC(2024, 0, n));
    return d.toISOString().slice(0, 10);
  });
  const valueArb = fc.integer({ min: -1000, max: 100_000 }).map((n) => (n / 100).toString());

  it("a better value never gives a worse status (monotone in the direction)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("higher-better", "lower-better") as fc.Arbitrary<"higher-better" | "lower-better">,
        fc.boolean(),
        fc.integer({ min: 0, max: 50_000 }).map((n) => (n / 100).toString()),
        valueArb,
        valueArb,
        dateArb,
        (direction, cumulative, target, a, b, asOf) => {
          const ind = indicator("x", direction, cumulative);
          const period = `2024-${asOf.slice(5, 7)}`;
          const rank = (v: string) =>
            STATUS_RANK[
              single(ind, tgt("x", { target }), [obs("x", period, v)], `${period}-${monthEnd(period)}`).status
            ];
          const [lo, hi] = Number(a) <= Number(b) ? [a, b] : [b, a];
          if (direction === "higher-better") expect(rank(hi)).toBeGreaterThanOrEqual(rank(lo));
          else expect(rank(lo)).toBeGreaterThanOrEqual(rank(hi));
        },
      ),
    );
  });

  it("is deterministic and independent of the order of units, targets and observations", () => {
    const inds = [indicator("jobs", "higher-better", true), indicator("pm", "lower-better", false)];
    const units = ["u1", "u2", "u3"];
    const targets = [
      tgt("jobs", { target: "5" }),
      tgt("pm", { target: "35" }),
      tgt("jobs", { target: "3", unit: "u2" }),
    ];
    const observations = units.flatMap((u, i) => [
      obs("jobs", "2024-03", String(i + 0.5), u),
      obs("jobs", "2024-06", String(i + 1), u),
      obs("pm", "2024-05", String(33 + i * 3), u),
    ]);
    const base = JSON.stringify(
      monitorProgress(miniProject({ indicators: inds, units, targets, observations }), { asOf: "2024-06-30" }),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (keys) => {
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => ({ x, k: keys[i % keys.length] ?? 0, i }))
            .sort((p, q) => p.k - q.k || q.i - p.i)
            .map((p) => p.x);
        const project = miniProject({
          indicators: shuffle(inds),
          units: shuffle(units),
          targets: shuffle(targets),
          observations: shuffle(observations),
        });
        expect(JSON.stringify(monitorProgress(project, { asOf: "2024-06-30" }))).toBe(base);
      }),
      { numRuns: 30 },
    );
  });
});

function monthEnd(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0");
}
