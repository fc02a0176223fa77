// Escalation across rules (跨规则升级, `rule.escalateAfter`), evaluated month by month as a host
// application would: the actions of earlier months are passed as `previous`.
import type { AccountabilityRule } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { indicator, miniProject } from "../../test/fixtures/mini-project.js";
import { ProgressError } from "../progress/progress-error.js";
import { progressSeries } from "../progress/progress-series.js";
import { type DueAction, evaluateRules } from "./evaluate-rules.js";

const project = miniProject({
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
// Performance = value ÷ (12 × elapsed days / 366):
//   u2: Feb 2 / (12 × 60/366) = 1.017 (green); Mar 2 / (12 × 91/366) = 0.670 (red, behind);
//       Apr 2 / (12 × 121/366) = 0.504 (behind)
//   u3: m/2 / (12 × days/366) ≈ 0.49–0.51 every month (behind)
const series = progressSeries(project, { from: "2024-01", to: "2024-06" });
const upTo = (month: number) => series.slice(0, month);

const remind: AccountabilityRule = {
  id: "a_remind",
  name: { zh: "红灯提醒", en: "Red: reminder" },
  when: { fact: "progress-status", status: "red" },
  action: "reminder",
  target: "unit",
};
const behindTwice = (escalateAfter?: AccountabilityRule["escalateAfter"], extra: Partial<AccountabilityRule> = {}) =>
  ({
    id: "b_behind",
    name: { zh: "连续两期滞后", en: "Behind twice running" },
    when: { fact: "progress-status", status: "behind", periods: 2 },
    action: "reminder",
    escalation: ["talk", "public-criticism"],
    target: "unit",
    ...(escalateAfter !== undefined ? { escalateAfter } : {}),
    ...extra,
  }) as AccountabilityRule;

/** Rule A's actions in March (u2 first red in March, u3 red since January). */
const march = evaluateRules(project, { progress: upTo(3) }, { rules: [remind] });
const pick = (actions: DueAction[], unit: string) => actions.find((a) => a.unit === unit);

describe("evaluateRules — escalation across rules (escalateAfter)", () => {
  it("a 提醒 under rule A in March raises rule B's first firing in April to 约谈", () => {
    expect(march.map((a) => `${a.unit}:${a.action}:${a.asOf}`)).toEqual([
      "u2:reminder:2024-03-31",
      "u3:reminder:2024-03-31",
    ]);
    const april = evaluateRules(
      project,
      { progress: upTo(4) },
      { rules: [behindTwice({ rules: ["a_remind"], withinPeriods: 1 })], previous: march },
    );
    // u2: behind in March and April → B fires for the 1st time (base rung 提醒); A reminded it in March,
    // 1 period ago ≤ 1 → one rung above 提醒: 约谈
    const u2 = pick(april, "u2");
    expect([u2?.action, u2?.level, u2?.occurrence]).toEqual(["talk", 1, 1]);
    expect(u2?.escalatedBy).toEqual([
      { rule: "a_remind", action: "reminder", asOf: "2024-03-31", subject: { kind: "indicator", id: "jobs" } },
    ]);
    expect(u2?.message.zh).toContain("因此前已问责（a_remind：提醒，2024-03-31）升级");
    expect(u2?.message.en).toContain("escalated after earlier actions (a_remind: reminder, 2024-03-31)");
    // u3: behind Jan–Apr → B's 2nd firing (Jan–Feb, then Mar–Apr): 约谈 by its own count; A's reminder
    // gives the same rung, so escalatedBy is absent
    const u3 = pick(april, "u3");
    expect([u3?.action, u3?.level, u3?.occurrence, u3?.escalatedBy]).toEqual(["talk", 1, 2, undefined]);
  });

  it("without escalateAfter, or outside the window, other rules' actions do not count", () => {
    const plain = evaluateRules(project, { progress: upTo(4) }, { rules: [behindTwice()], previous: march });
    expect(pick(plain, "u2")?.action).toBe("reminder");
    const sameMonthOnly = evaluateRules(
      project,
      { progress: upTo(4) },
      { rules: [behindTwice({ withinPeriods: 0 })], previous: march },
    );
    expect(pick(sameMonthOnly, "u2")?.action).toBe("reminder"); // March is 1 period before April
    const old = march.map((a) => ({ ...a, asOf: "2024-01-31" }));
    const twoBack = evaluateRules(
      project,
      { progress: upTo(4) },
      { rules: [behindTwice({ withinPeriods: 2 })], previous: old },
    );
    expect(pick(twoBack, "u2")?.action).toBe("reminder"); // January is 3 periods before April
    const threeBack = evaluateRules(
      project,
      { progress: upTo(4) },
      { rules: [behindTwice({ withinPeriods: 3 })], previous: old },
    );
    expect(pick(threeBack, "u2")?.action).toBe("talk");
    // a rule not listed does not count
    const otherRule = evaluateRules(
      project,
      { progress: upTo(4) },
      { rules: [behindTwice({ rules: ["c_other"] })], previous: march },
    );
    expect(pick(otherRule, "u2")?.action).toBe("reminder");
  });

  it("climbs from the rung of the earlier action: same action, else the harshest rung not harsher", () => {
    const earlier = (action: DueAction["action"]): DueAction[] => [
      { ...(march[0] as DueAction), rule: "c_other", action },
    ];
    const run = (previous: DueAction[], extra: Partial<AccountabilityRule> = {}) =>
      pick(evaluateRules(project, { progress: upTo(4) }, { rules: [behindTwice({}, extra)], previous }), "u2")?.action;
    expect(run(earlier("talk"))).toBe("public-criticism"); // 约谈 is rung 1 → rung 2 通报批评
    expect(run(earlier("public-criticism"))).toBe("public-criticism"); // capped at the last rung
    // ladder 提醒 → 限期整改: 约谈 is not on it; the harshest rung not harsher than 约谈 is 提醒 → 限期整改
    expect(run(earlier("talk"), { escalation: ["rectify"] })).toBe("rectify");
    // ladder 约谈 → 诫勉: an earlier 提醒 is milder than the base rung → stays 约谈
    expect(run(earlier("reminder"), { action: "talk", escalation: ["admonishment"] })).toBe("talk");
    // a custom action off the ladder counts as the base rung
    expect(run(earlier("custom:notice"))).toBe("talk");
  });

  it("scope: the same subject (an item counts for its indicator) or anything of the unit", () => {
    const itemAction = (indicatorId?: string): DueAction[] => [
      {
        ...(march[0] as DueAction),
        rule: "d_urged",
        subject: { kind: "item", id: "si_9", ...(indicatorId !== undefined ? { indicator: indicatorId } : {}) },
      },
    ];
    const run = (previous: DueAction[], scope?: "subject" | "unit") =>
      pick(
        evaluateRules(
          project,
          { progress: upTo(4) },
          { rules: [behindTwice(scope === undefined ? {} : { scope })], previous },
        ),
        "u2",
      )?.action;
    expect(run(itemAction("jobs"))).toBe("talk");
    expect(run(itemAction())).toBe("reminder");
    expect(run(itemAction(), "unit")).toBe("talk");
    // another unit's action never counts
    expect(run([{ ...(march[0] as DueAction), unit: "u1" }], "unit")).toBe("reminder");
  });

  it("a window needs an evaluation date", () => {
    const gradeRule: AccountabilityRule = {
      id: "g",
      name: { zh: "等次", en: "Grade" },
      when: { fact: "grade", grades: ["poor"] },
      action: "reminder",
      target: "unit",
      escalateAfter: { withinPeriods: 1 },
    };
    const results = [{ unit: "u2", grade: "poor", vetoes: [], bindingMissed: [] }];
    expect(() => evaluateRules(project, { results }, { rules: [gradeRule] })).toThrow(ProgressError);
    const ok = evaluateRules(project, { results, asOf: "2024-04-30" }, { rules: [gradeRule], previous: march });
    expect([ok[0]?.action, ok[0]?.asOf]).toEqual(["reminder", "2024-04-30"]); // subject unit ≠ indicator jobs
  });
});
