import type { AccountabilityRule } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicator, miniProject } from "../../test/fixtures/mini-project.js";
import { ProgressError } from "../progress/progress-error.js";
import { progressSeries } from "../progress/progress-series.js";
import type { SupervisionItemFacts, UnitResultFacts } from "./accountability-facts.js";
import { evaluateRules } from "./evaluate-rules.js";
import { resolveResponsible } from "./resolve-responsible.js";

const rule = (
  id: string,
  when: AccountabilityRule["when"],
  extra: Partial<AccountabilityRule> = {},
): AccountabilityRule => ({
  id,
  name: { zh: `规则${id}`, en: `Rule ${id}` },
  when,
  action: "reminder",
  target: "unit",
  ...extra,
});

const base = miniProject({
  indicators: [indicator("jobs", "higher-better", true)],
  units: ["u1", "u2", "u3"],
  targets: [{ indicator: "jobs", period: "2024", target: "12" }],
  // u1 on the line (1 a month); u2 stalls at 2 from March; u3 half the pace
  observations: ["u1", "u2", "u3"].flatMap((unit) =>
    [1, 2, 3, 4, 5, 6].map((m) => ({
      unit,
      indicator: "jobs",
      period: `2024-0${m}`,
      value: String(unit === "u1" ? m : unit === "u2" ? Math.min(m, 2) : m / 2),
    })),
  ),
});
const series = progressSeries(base, { from: "2024-01", to: "2024-06" });

const results: UnitResultFacts[] = [
  { unit: "u1", grade: "excellent", rank: 1, rankCount: 3, vetoes: [], bindingMissed: [] },
  { unit: "u2", grade: "poor", rank: 3, rankCount: 3, vetoes: ["safety"], bindingMissed: [] },
  { unit: "u3", grade: "fair", rank: 2, rankCount: 3, vetoes: [], bindingMissed: [] },
];
const items: SupervisionItemFacts[] = [
  { id: "si_1", unit: "u1", indicator: "jobs", state: "in-progress", urgeCount: 3, dueAt: "2024-05-31" },
  { id: "si_2", unit: "u2", state: "closed", urgeCount: 0, dueAt: "2024-05-31", closedAt: "2024-06-20" },
  { id: "si_3", unit: "u3", state: "in-progress", urgeCount: 1, dueAt: "2024-06-25" },
];
const subjects = (
  rules: AccountabilityRule[],
  f: Parameters<typeof evaluateRules>[1] = { progress: series, results, items },
) => evaluateRules(base, f, { rules }).map((a) => `${a.unit}:${a.rule}:${a.subject.kind}:${a.subject.id}:${a.action}`);

describe("evaluateRules — conditions", () => {
  it("progress-status counts consecutive periods ending now (behind, at-risk, red, yellow)", () => {
    // u3 at half pace: 0.5 / (12 × 31/366) = 0.49 … red Jan–Jun (6 periods) → fires at Mar and again now (Jun);
    // u2 stalls at 2: Mar 2 / (12 × 91/366) = 0.670 → red Mar–Jun (4 periods) → fired at May, run restarted in Jun
    const r3 = [rule("r3", { fact: "progress-status", status: "red", periods: 3 })];
    expect(subjects(r3)).toEqual(["u3:r3:indicator:jobs:reminder"]);
    const now = evaluateRules(base, { progress: series }, { rules: r3 });
    expect(now.map((a) => [a.unit, a.occurrence])).toEqual([["u3", 2]]);
    // in May: u2 fires for the first time, u3 has a run of 2 (Apr, May) → not now
    const may = evaluateRules(base, { progress: series.slice(0, 5) }, { rules: r3 });
    expect(may.map((a) => [a.unit, a.occurrence])).toEqual([["u2", 1]]);
    expect(subjects([rule("b", { fact: "progress-status", status: "behind", periods: 2 })])).toEqual([
      "u2:b:indicator:jobs:reminder",
      "u3:b:indicator:jobs:reminder",
    ]);
    expect(subjects([rule("y", { fact: "progress-status", status: "yellow" })])).toEqual([]);
    expect(subjects([rule("o", { fact: "progress-status", status: "overdue" })])).toEqual([]);
  });

  it("grade, rank-from-bottom and vetoed come from the results (and veto events)", () => {
    expect(subjects([rule("g", { fact: "grade", grades: ["poor", "fair"] })])).toEqual([
      "u2:g:unit:u2:reminder",
      "u3:g:unit:u3:reminder",
    ]);
    expect(subjects([rule("k", { fact: "rank-from-bottom", n: 1 })])).toEqual(["u2:k:unit:u2:reminder"]);
    expect(subjects([rule("v", { fact: "vetoed" })])).toEqual(["u2:v:unit:u2:reminder"]);
    expect(subjects([rule("v", { fact: "vetoed", vetoes: ["other"] })])).toEqual([]);
    const withEvent = { ...base, vetoEvents: [{ unit: "u1", veto: "major_env_incident", period: "2024" }] };
    expect(
      evaluateRules(withEvent, { results }, { rules: [rule("v", { fact: "vetoed" })] }).map((a) => [a.unit, a.facts]),
    ).toEqual([
      ["u1", [{ fact: "vetoed", vetoes: ["major_env_incident"], sources: ["events"] }]],
      ["u2", [{ fact: "vetoed", vetoes: ["safety"], sources: ["results"] }]],
    ]);
  });

  it("item-urged and item-overdue (open items only, days as of the last snapshot)", () => {
    expect(subjects([rule("u", { fact: "item-urged", times: 2 })])).toEqual(["u1:u:item:si_1:reminder"]);
    // asOf 2024-06-30: si_1 due 31 May → 30 days; si_3 due 25 Jun → 5 days; si_2 closed
    expect(subjects([rule("o", { fact: "item-overdue" })])).toEqual([
      "u1:o:item:si_1:reminder",
      "u3:o:item:si_3:reminder",
    ]);
    expect(subjects([rule("o", { fact: "item-overdue", days: 10 })])).toEqual(["u1:o:item:si_1:reminder"]);
    const [a] = evaluateRules(
      base,
      { progress: series, items },
      { rules: [rule("o", { fact: "item-overdue", days: 10 })] },
    );
    expect(a?.facts).toEqual([{ fact: "item-overdue", item: "si_1", days: 30, dueAt: "2024-05-31" }]);
    expect(() => evaluateRules(base, { items }, { rules: [rule("o", { fact: "item-overdue" })] })).toThrow(
      ProgressError,
    );
    expect(subjects([rule("o", { fact: "item-overdue", days: 10 })], { items, asOf: "2024-07-10" })).toEqual([
      "u1:o:item:si_1:reminder",
      "u3:o:item:si_3:reminder",
    ]);
  });

  it("all: every leaf for the unit (per shared subject, else once per unit); any: each match", () => {
    const red = { fact: "progress-status", status: "red" } as const;
    expect(subjects([rule("all", { all: [red, { fact: "grade", grades: ["poor"] }] })])).toEqual([
      "u2:all:indicator:jobs:reminder",
    ]);
    expect(subjects([rule("all", { all: [{ fact: "grade", grades: ["poor"] }, { fact: "vetoed" }] })])).toEqual([
      "u2:all:unit:u2:reminder",
    ]);
    // progress on the indicator and an item: different subjects → one unit-level action (u1 is not red → none)
    expect(subjects([rule("all", { all: [red, { fact: "item-overdue" }] })])).toEqual(["u3:all:unit:u3:reminder"]);
    expect(
      subjects([
        rule("any", {
          any: [
            { fact: "grade", grades: ["poor"] },
            { fact: "rank-from-bottom", n: 1 },
          ],
        }),
      ]),
    ).toEqual(["u2:any:unit:u2:reminder"]);
    const [merged] = evaluateRules(
      base,
      { results },
      {
        rules: [
          rule("any", {
            any: [
              { fact: "grade", grades: ["poor"] },
              { fact: "rank-from-bottom", n: 1 },
            ],
          }),
        ],
      },
    );
    expect(merged?.facts.map((f) => f.fact)).toEqual(["grade", "rank-from-bottom"]);
  });
});

describe("evaluateRules — escalation, targets, order", () => {
  it("escalates through rule.escalation and stays at the harshest", () => {
    const r = rule("r", { fact: "grade", grades: ["poor"] }, { action: "reminder", escalation: ["talk"] });
    const first = evaluateRules(base, { results }, { rules: [r] });
    const second = evaluateRules(base, { results }, { rules: [r], previous: first });
    const third = evaluateRules(base, { results }, { rules: [r], previous: [...first, ...second] });
    expect([first, second, third].map((a) => [a[0]?.action, a[0]?.level, a[0]?.occurrence])).toEqual([
      ["reminder", 0, 1],
      ["talk", 1, 2],
      ["talk", 1, 3],
    ]);
  });

  it("resolves the lead leader, lead unit and supporting units through the responsibility matrix (一级抓一级)", () => {
    const subject = { kind: "indicator", id: "jobs" } as const;
    expect(resolveResponsible(base, "lead-leader", "u1", subject)).toEqual({
      role: "lead-leader",
      ids: ["vm_live"],
      via: { kind: "goal", id: "livelihood" },
    });
    expect(resolveResponsible(base, "lead-unit", "u1", subject).ids).toEqual(["dep_hr"]);
    expect(resolveResponsible(base, "supporting-units", "u1", subject).ids).toEqual(["dep_house"]);
    expect(resolveResponsible(base, "unit", "u1", subject)).toEqual({ role: "unit", ids: ["u1"] });
    // an indicator-level assignment wins over the goal: pm25 → vm_eco via the indicator
    expect(resolveResponsible(base, "lead-leader", "u1", { kind: "indicator", id: "pm25" }).via).toEqual({
      kind: "indicator",
      id: "pm25",
    });
    // nobody named for a unit-level subject: empty ids, no via
    expect(resolveResponsible(base, "lead-leader", "u1", { kind: "unit", id: "u1" })).toEqual({
      role: "lead-leader",
      ids: [],
    });
  });

  it("is deterministic and independent of the order of rules, snapshots, items and results (property)", () => {
    const rules = [
      rule(
        "a",
        { fact: "progress-status", status: "red", periods: 2 },
        { target: "lead-leader", escalation: ["talk"] },
      ),
      rule("b", { fact: "item-overdue" }, { target: "lead-unit" }),
      rule("c", { any: [{ fact: "grade", grades: ["poor"] }, { fact: "vetoed" }] }, { capGrade: "good" }),
    ];
    const expected = JSON.stringify(evaluateRules(base, { progress: series, items, results }, { rules }));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (keys) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: keys[i % keys.length] ?? 0, i }))
            .sort((p, q) => p.k - q.k || q.i - p.i)
            .map((p) => p.x);
        const got = evaluateRules(
          base,
          { progress: shuffle(series), items: shuffle(items), results: shuffle(results) },
          { rules: shuffle(rules) },
        );
        expect(JSON.stringify(got)).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("rejects bad item facts with the path", () => {
    const bad = [{ ...items[0], urgeCount: -1 } as SupervisionItemFacts];
    expect(() => evaluateRules(base, { items: bad, asOf: "2024-06-30" })).toThrow(/urgeCount/);
    try {
      evaluateRules(base, {
        items: [items[0] as SupervisionItemFacts, { ...(items[1] as SupervisionItemFacts), closedAt: "2024-13-01" }],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as ProgressError).path).toEqual(["items", 1, "closedAt"]);
    }
  });

  it("rejects duplicate items and results", () => {
    expect(() =>
      evaluateRules(base, { items: [...items, items[0] as SupervisionItemFacts], asOf: "2024-06-30" }),
    ).toThrow(/same id "si_1"/);
    expect(() => evaluateRules(base, { results: [...results, results[1] as UnitResultFacts] })).toThrow(/unit "u2"/);
  });

  it("rejects duplicate snapshots", () => {
    const s = series[0];
    if (s === undefined) throw new Error("no snapshot");
    expect(() => evaluateRules(base, { progress: [s, s] })).toThrow(/two progress snapshots/);
  });
});
