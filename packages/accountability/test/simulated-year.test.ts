// Acceptance: a simulated 2024 for the eco-city project (see fixtures/simulated-year.ts) —
// monthly warnings (月度预警) and the accountability actions they lead to (责任追究).
import { validateProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { evaluateRules, progressSeries, type SupervisionItemFacts } from "../src/index.js";
import { COUNTIES, DEPARTMENTS, DISTRICTS, MONTHS, SIMULATED, simulatedProject } from "./fixtures/simulated-year.js";

const project = simulatedProject();
const series = progressSeries(project, { from: "2024-01", to: "2024-12", every: "month" });
const upTo = (month: string) => series.filter((s) => s.monitoringPeriod <= month);
const statusOf = (month: string, unit: string, indicator: string) =>
  series.find((s) => s.monitoringPeriod === month)?.items.find((i) => i.unit === unit && i.indicator === indicator)
    ?.status;

describe("simulated year 2024 — monthly warnings", () => {
  it("is a valid project with monthly data for 12 units", () => {
    expect(validateProject(project).ok).toBe(true);
    expect(new Set(project.observations?.map((o) => o.unit)).size).toBe(12);
    expect(series.map((s) => s.asOf)).toEqual([
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
      "2024-05-31",
      "2024-06-30",
      "2024-07-31",
      "2024-08-31",
      "2024-09-30",
      "2024-10-31",
      "2024-11-30",
      "2024-12-31",
    ]);
  });

  it("c_mei new jobs: green to May, yellow in June, red from July, overdue at the year end", () => {
    // stalls at 0.5 万人 (target 1.2): 30 Jun 0.5 / (1.2 × 182/366) = 0.8379 → yellow;
    // 31 Jul 0.5 / (1.2 × 213/366) = 0.7160 → red; 31 Dec: target not reached → overdue
    expect(MONTHS.map((m) => statusOf(m, "c_mei", "new_jobs"))).toEqual([
      "on_track",
      "on_track",
      "on_track",
      "on_track",
      "on_track",
      "at_risk",
      "behind",
      "behind",
      "behind",
      "behind",
      "behind",
      "overdue",
    ]);
  });

  it("d_north investment: yellow while slow (Jan–Jul), green once caught up, done in December", () => {
    // January: 320 × 0.85 / 12 = 22.6667 vs expected 320 × 31/366 = 27.1038 → 0.8363 (yellow)
    // August: factor 0.85 + 0.17 × 2/6 = 0.90667; 244/366 = 8/12 exactly → 0.9067 (green)
    expect(MONTHS.map((m) => statusOf(m, "d_north", "fixed_investment"))).toEqual([
      ...Array(7).fill("at_risk"),
      "on_track",
      "on_track",
      "on_track",
      "on_track",
      "done",
    ]);
  });

  it("d_west PM2.5 above the 35 μg/m³ target from May: within 90 % in May, yellow after, missed at the end", () => {
    // May 36.5 → 35/36.5 = 0.9589 (green); Jun 39.5 → 0.8861 (yellow); Dec 41.5 → overdue (约束性指标未完成)
    expect(MONTHS.map((m) => statusOf(m, "d_west", "pm25"))).toEqual([
      ...Array(5).fill("on_track"),
      ...Array(6).fill("at_risk"),
      "overdue",
    ]);
  });

  it("c_lan good-air days just below target: green all year, overdue (missed) at the deadline", () => {
    expect(MONTHS.map((m) => statusOf(m, "c_lan", "good_air_days"))).toEqual([
      ...Array(11).fill("on_track"),
      "overdue",
    ]);
  });

  it("every other unit × simulated indicator is green every month, done in December", () => {
    const laggards = new Set(["c_mei/new_jobs", "d_north/fixed_investment", "d_west/pm25", "c_lan/good_air_days"]);
    let checked = 0;
    for (const s of series) {
      for (const item of s.items) {
        if (!SIMULATED.includes(item.indicator) || laggards.has(`${item.unit}/${item.indicator}`)) continue;
        expect(item.colour, `${s.monitoringPeriod} ${item.unit} ${item.indicator}`).toBe("green");
        if (s.monitoringPeriod === "2024-12") expect(item.status).toBe("done");
        checked++;
      }
    }
    // 8 districts/counties × 6 indicators + 4 departments × sewage treatment, minus 4 laggards, × 12 months
    expect(checked).toBe(((DISTRICTS.length + COUNTIES.length) * 6 + DEPARTMENTS.length - 4) * 12);
  });

  it("counts warnings per month in the summary (only the simulated indicators have data)", () => {
    expect(series.map((s) => s.summary.byColour.red)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 3]);
    expect(series.map((s) => s.summary.byColour.yellow)).toEqual([1, 1, 1, 1, 1, 3, 2, 1, 1, 1, 1, 0]);
  });
});

describe("simulated year 2024 — accountability actions", () => {
  const items: SupervisionItemFacts[] = [
    {
      id: "si_housing_c_mei",
      unit: "c_mei",
      task: "housing_task",
      state: "in-progress",
      urgeCount: 2,
      dueAt: "2024-10-31",
    },
    {
      id: "si_housing_c_song",
      unit: "c_song",
      task: "housing_task",
      state: "in-progress",
      urgeCount: 1,
      dueAt: "2024-10-31",
    },
  ];

  it("nothing is due while every warning is shorter than two red months", () => {
    for (const m of ["2024-06", "2024-07"]) expect(evaluateRules(project, { progress: upTo(m) })).toEqual([]);
  });

  it("two red months → c_mei: talk (约谈) with the livelihood vice-mayor vm_live", () => {
    const actions = evaluateRules(project, { progress: upTo("2024-08") });
    expect(actions).toHaveLength(1);
    const [talk] = actions;
    expect(talk).toMatchObject({
      rule: "red_twice_talk",
      action: "talk",
      level: 0,
      occurrence: 1,
      unit: "c_mei",
      subject: { kind: "indicator", id: "new_jobs" },
      target: { role: "lead-leader", ids: ["vm_live"], via: { kind: "goal", id: "livelihood" } },
    });
    const fact = talk?.facts[0];
    expect(fact?.fact).toBe("progress-status");
    if (fact?.fact === "progress-status") {
      expect(fact.periods.map((p) => [p.period, p.colour, p.value?.toString(), p.performance?.toFixed(4)])).toEqual([
        ["2024-07", "red", "0.5", "0.7160"],
        ["2024-08", "red", "0.5", "0.6250"], // 0.5 / (1.2 × 244/366 = 0.8)
      ]);
    }
    expect(talk?.message.zh).toBe(
      "连续两期红灯，约谈分管领导：梅林县「城镇新增就业」2024-07、2024-08连续2期红灯。对张副市长约谈（第1次）。",
    );
    expect(talk?.message.en).toContain("Talk for Vice-mayor Zhang (occurrence 1)");
  });

  it("the next trigger escalates to public criticism (通报批评), then admonishment (诫勉)", () => {
    expect(evaluateRules(project, { progress: upTo("2024-09") })).toEqual([]); // run restarted after August
    const oct = evaluateRules(project, { progress: upTo("2024-10") });
    expect(oct.map((a) => [a.unit, a.rule, a.action, a.occurrence, a.level])).toEqual([
      ["c_mei", "red_twice_talk", "public-criticism", 2, 1],
    ]);
    // the same escalation from an evaluation over the last two months only, with the earlier actions passed in
    const previous = evaluateRules(project, { progress: upTo("2024-08") });
    const windowed = evaluateRules(project, { progress: series.slice(8, 10) }, { previous });
    expect(windowed.map((a) => [a.action, a.occurrence])).toEqual([["public-criticism", 2]]);
  });

  it("month-by-month evaluation over a two-month window with previous actions = one pass over the series", () => {
    let previous: ReturnType<typeof evaluateRules> = [];
    for (const [i, s] of series.entries()) {
      const windowed = evaluateRules(project, { progress: series.slice(Math.max(0, i - 1), i + 1) }, { previous });
      const full = evaluateRules(project, { progress: upTo(s.monitoringPeriod) });
      const key = (a: (typeof full)[number]) => `${a.unit} ${a.rule} ${a.subject.id} ${a.action} ${a.occurrence}`;
      expect(windowed.map(key), s.monitoringPeriod).toEqual(full.map(key));
      previous = [...previous, ...windowed];
    }
    expect(previous.filter((a) => a.rule === "red_twice_talk").map((a) => a.action)).toEqual([
      "talk",
      "public-criticism",
      "admonishment",
    ]);
  });

  it("year end: binding targets missed → public criticism with capGrade good; urged items → rectify", () => {
    const actions = evaluateRules(project, { progress: series, items });
    expect(
      actions.map((a) => [a.unit, a.rule, a.subject.id, a.action, a.occurrence, a.target.ids.join(","), a.capGrade]),
    ).toEqual([
      ["c_lan", "binding_missed_criticism", "good_air_days", "public-criticism", 1, "c_lan", "good"],
      ["c_mei", "red_twice_talk", "new_jobs", "admonishment", 3, "vm_live", undefined],
      ["c_mei", "urged_twice_rectify", "si_housing_c_mei", "rectify", 1, "dep_house", undefined],
      ["d_west", "binding_missed_criticism", "pm25", "public-criticism", 1, "d_west", "good"],
    ]);
    const dWest = actions.find((a) => a.unit === "d_west");
    expect(dWest?.facts).toEqual([
      {
        fact: "binding-missed",
        indicator: "pm25",
        sources: ["progress"],
        value: expect.anything(),
        target: expect.anything(),
      },
    ]);
    expect(dWest?.message.zh).toBe(
      "约束性指标未完成，通报批评且不得评为优秀：西城区「PM2.5平均浓度」约束性指标未完成（实际 41.5，目标 35）。对西城区通报批评（第1次）。",
    );
    const rectify = actions.find((a) => a.rule === "urged_twice_rectify");
    expect(rectify?.target.via).toEqual({ kind: "task", id: "housing_task" });
  });

  it("results from scoring add binding misses (merged with progress), in a deterministic order", () => {
    const results = [
      { unit: "d_west", vetoes: [], bindingMissed: ["pm25"] },
      { unit: "d_east", vetoes: [], bindingMissed: ["energy_intensity"] },
    ];
    const a = evaluateRules(project, { progress: series, results });
    const b = evaluateRules(project, { progress: [...series].reverse(), results: [...results].reverse() });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.filter((x) => x.rule === "binding_missed_criticism").map((x) => [x.unit, x.subject.id])).toEqual([
      ["c_lan", "good_air_days"],
      ["d_east", "energy_intensity"],
      ["d_west", "pm25"],
    ]);
    const dWest = a.find((x) => x.unit === "d_west");
    expect(dWest?.facts[0]).toMatchObject({ sources: ["progress", "results"] });
  });
});

describe("simulated year 2024 — golden report", () => {
  it("matches the month-by-month warnings and actions (预警与问责清单)", async () => {
    const lines: string[] = [];
    let previous: ReturnType<typeof evaluateRules> = [];
    for (const [i, s] of series.entries()) {
      lines.push(`## ${s.monitoringPeriod} (asOf ${s.asOf})`);
      for (const item of s.items)
        if (item.colour === "red" || item.colour === "yellow") lines.push(`- [${item.colour}] ${item.message.zh}`);
      // each month's evaluation over the last two snapshots, escalating through the earlier actions
      const due = evaluateRules(project, { progress: series.slice(Math.max(0, i - 1), i + 1) }, { previous });
      for (const a of due) lines.push(`- ⇒ ${a.message.zh}`, `  ${a.message.en}`);
      previous = [...previous, ...due];
    }
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("./fixtures/simulated-year.golden.md");
  });
});
