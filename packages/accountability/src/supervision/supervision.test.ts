import { DuchaError } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTransition, refreshOverdue, urgeCount } from "./apply-transition.js";
import {
  createSupervisionItem,
  supervisionItemFromLaggingIndicator,
  supervisionItemFromTask,
} from "./create-supervision-item.js";
import { supervisionAuditInput } from "./supervision-audit-input.js";
import { SupervisionError } from "./supervision-error.js";
import { type SupervisionItem, SupervisionItemSchema } from "./supervision-item.js";
import {
  allowedEvents,
  isTerminalState,
  SUPERVISION_EVENTS,
  SUPERVISION_STATES,
  SUPERVISION_TRANSITIONS,
} from "./supervision-state.js";

const base = () =>
  createSupervisionItem({
    id: "DC-2025-001",
    title: { zh: "完成城区污水管网改造", en: "Rebuild urban sewer network" },
    unit: "市住建局",
    leadLeader: "王副市长",
    supportingUnits: ["市财政局"],
    assignedAt: "2025-03-01T09:00:00+08:00",
    dueAt: "2025-06-30",
  });

describe("transition table", () => {
  it("lists allowed events per state; closed is terminal", () => {
    expect(allowedEvents("assigned")).toEqual(["start", "mark_overdue", "escalate"]);
    expect(allowedEvents("in_progress")).toEqual(["report", "urge", "mark_overdue", "escalate"]);
    expect(allowedEvents("reported")).toEqual(["verify", "return"]);
    expect(allowedEvents("verified")).toEqual(["close", "return"]);
    expect(allowedEvents("overdue")).toEqual(["report", "urge", "escalate"]);
    expect(allowedEvents("escalated")).toEqual(["report"]);
    expect(allowedEvents("closed")).toEqual([]);
    expect(SUPERVISION_STATES.filter(isTerminalState)).toEqual(["closed"]);
  });
});

describe("supervision item lifecycle (交办 → 办理中 → 报送 → 核查 → 办结)", () => {
  it("runs the happy path and records every transition", () => {
    let item = base();
    expect(item.state).toBe("assigned");
    item = applyTransition(item, "start", { actor: "市住建局", at: "2025-03-02T09:00:00+08:00" });
    item = applyTransition(item, "report", {
      actor: "市住建局",
      at: "2025-06-20T10:00:00+08:00",
      evidence: ["竣工验收报告.pdf"],
      note: "已完成 12.5 公里",
    });
    item = applyTransition(item, "verify", { actor: "督查室", at: "2025-06-25T10:00:00+08:00" });
    item = applyTransition(item, "close", { actor: "督查室", at: "2025-06-26T10:00:00+08:00" });
    expect(item.state).toBe("closed");
    expect(item.history.map((h) => `${h.from}>${h.event}>${h.to}`)).toEqual([
      "assigned>start>in_progress",
      "in_progress>report>reported",
      "reported>verify>verified",
      "verified>close>closed",
    ]);
    expect(item.history[1]).toEqual({
      from: "in_progress",
      to: "reported",
      event: "report",
      actor: "市住建局",
      at: "2025-06-20T10:00:00+08:00",
      evidence: ["竣工验收报告.pdf"],
      note: "已完成 12.5 公里",
    });
    expect(SupervisionItemSchema.safeParse(item).success).toBe(true);
  });

  it("is pure: the input item is not changed", () => {
    const item = base();
    const snapshot = JSON.stringify(item);
    applyTransition(item, "start", { actor: "x", at: "2025-03-02T00:00:00Z" });
    expect(JSON.stringify(item)).toBe(snapshot);
  });

  it("returns reported/verified items for rework (退回整改)", () => {
    let item = applyTransition(base(), "start", { actor: "u", at: "2025-03-02T00:00:00Z" });
    item = applyTransition(item, "report", { actor: "u", at: "2025-04-01T00:00:00Z" });
    item = applyTransition(item, "return", { actor: "督查室", at: "2025-04-02T00:00:00Z", note: "佐证材料不全" });
    expect(item.state).toBe("in_progress");
    item = applyTransition(item, "report", { actor: "u", at: "2025-04-10T00:00:00Z" });
    item = applyTransition(item, "verify", { actor: "督查室", at: "2025-04-11T00:00:00Z" });
    item = applyTransition(item, "return", { actor: "督查室", at: "2025-04-12T00:00:00Z" });
    expect(item.state).toBe("in_progress");
  });

  it("rejects illegal transitions naming state, event and allowed events in zh and en", () => {
    try {
      applyTransition(base(), "close", { actor: "x", at: "2025-03-02T00:00:00Z" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SupervisionError);
      expect(error).toBeInstanceOf(DuchaError);
      const e = error as SupervisionError;
      expect(e.code).toBe("illegal_transition");
      expect(e.message).toBe(
        'supervision item "DC-2025-001" is in state "assigned" (交办); event "close" (办结销号) is not allowed; allowed events: start, mark_overdue, escalate',
      );
      expect(e.messages.zh).toBe(
        '督查事项"DC-2025-001"当前状态为"交办"(assigned)，不能执行"办结销号"(close)；允许的操作：开始办理(start)、标记逾期(mark_overdue)、升级问责(escalate)',
      );
    }
  });

  it("rejects transitions back in time and marking overdue before the deadline", () => {
    const started = applyTransition(base(), "start", { actor: "u", at: "2025-03-10T00:00:00Z" });
    expect(() => applyTransition(started, "report", { actor: "u", at: "2025-03-09T00:00:00Z" })).toThrow(
      expect.objectContaining({ code: "time_reversed" }),
    );
    // assignedAt 2025-03-01T09:00+08:00 = 2025-03-01T01:00Z; 00:30Z is before it.
    expect(() => applyTransition(base(), "start", { actor: "u", at: "2025-03-01T00:30:00Z" })).toThrow(
      expect.objectContaining({ code: "time_reversed" }),
    );
    // dueAt "2025-06-30" covers the whole UTC day.
    expect(() => applyTransition(started, "mark_overdue", { actor: "s", at: "2025-06-30T23:59:59Z" })).toThrow(
      expect.objectContaining({ code: "not_overdue" }),
    );
    expect(() => applyTransition(started, "start", { actor: " ", at: "2025-03-11T00:00:00Z" })).toThrow(
      expect.objectContaining({ code: "illegal_transition" }),
    );
    expect(() => applyTransition(started, "urge", { actor: " ", at: "2025-03-11T00:00:00Z" })).toThrow(
      expect.objectContaining({ code: "invalid_transition_context" }),
    );
    expect(() => applyTransition(started, "urge", { actor: "s", at: "2025-03-11 08:00" })).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
  });

  it("uses the injected clock when no time is given", () => {
    const item = applyTransition(base(), "start", { actor: "u", clock: () => new Date("2025-03-05T02:00:00Z") });
    expect(item.history[0]?.at).toBe("2025-03-05T02:00:00.000Z");
  });
});

describe("overdue, urging and escalation (逾期 · 催办 · 问责)", () => {
  it("marks overdue only after the due day, in UTC, and leaves reported items alone", () => {
    const item = applyTransition(base(), "start", { actor: "u", at: "2025-03-02T00:00:00Z" });
    expect(refreshOverdue(item, { now: "2025-06-30T23:59:59.999Z" })).toBe(item);
    // 2025-07-01T07:59+08:00 is 2025-06-30T23:59Z — still the due day in UTC.
    expect(refreshOverdue(item, { now: "2025-07-01T07:59:00+08:00" }).state).toBe("in_progress");
    const overdue = refreshOverdue(item, { now: "2025-07-01T00:00:00Z" });
    expect(overdue.state).toBe("overdue");
    expect(overdue.history.at(-1)).toMatchObject({ event: "mark_overdue", actor: "system", from: "in_progress" });
    const reported = applyTransition(item, "report", { actor: "u", at: "2025-06-29T00:00:00Z" });
    expect(refreshOverdue(reported, { now: "2025-08-01T00:00:00Z" })).toBe(reported);
    expect(refreshOverdue(base(), { clock: () => new Date("2025-07-02T00:00:00Z") }).state).toBe("overdue");
  });

  it("counts urges and escalates after N urges while overdue", () => {
    let item = applyTransition(base(), "start", { actor: "u", at: "2025-03-02T00:00:00Z" });
    item = applyTransition(item, "urge", { actor: "督查室", at: "2025-06-01T00:00:00Z" }); // before overdue
    item = refreshOverdue(item, { now: "2025-07-01T00:00:00Z", escalateAfterUrges: 2 });
    expect(item.state).toBe("overdue"); // the urge while in progress does not count toward escalation
    item = applyTransition(item, "urge", { actor: "督查室", at: "2025-07-05T00:00:00Z" });
    item = refreshOverdue(item, { now: "2025-07-06T00:00:00Z", escalateAfterUrges: 2 });
    expect(item.state).toBe("overdue");
    item = applyTransition(item, "urge", { actor: "督查室", at: "2025-07-10T00:00:00Z" });
    expect(urgeCount(item)).toBe(3);
    item = refreshOverdue(item, { now: "2025-07-11T00:00:00Z", escalateAfterUrges: 2 });
    expect(item.state).toBe("escalated");
    expect(item.history.at(-1)?.note).toContain("2");
    // after accountability the unit still has to report
    item = applyTransition(item, "report", { actor: "u", at: "2025-07-20T00:00:00Z" });
    expect(item.state).toBe("reported");
    expect(() => refreshOverdue(item, { escalateAfterUrges: 0 })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("escalates manually from in progress", () => {
    const item = applyTransition(base(), "escalate", { actor: "市长", at: "2025-03-05T00:00:00Z", note: "批示" });
    expect(item.state).toBe("escalated");
  });
});

describe("constructors", () => {
  it("builds items from a task and a lagging indicator", () => {
    const fromTask = supervisionItemFromTask(
      {
        id: "T-3.2",
        title: { zh: "建成城市绿道100公里" },
        leadUnit: "市园林局",
        leadLeader: "张副市长",
        supportingUnits: ["各区政府"],
        deadline: "2025-12-31",
      },
      { assignedAt: "2025-02-15" },
    );
    expect(fromTask).toEqual({
      id: "task:T-3.2",
      title: { zh: "建成城市绿道100公里" },
      source: "task",
      task: "T-3.2",
      unit: "市园林局",
      leadLeader: "张副市长",
      supportingUnits: ["各区政府"],
      assignedAt: "2025-02-15",
      dueAt: "2025-12-31",
      state: "assigned",
      history: [],
    });
    const lagging = supervisionItemFromLaggingIndicator(
      {
        indicator: "good-air",
        indicatorName: { zh: "空气优良天数比例", en: "Good-air days ratio" },
        unit: "A区",
        period: "2025Q2",
        actual: "71.5",
        target: "80",
        dueAt: "2025-09-30",
      },
      { clock: () => new Date("2025-07-10T00:00:00Z") },
    );
    expect(lagging.id).toBe("lagging:good-air:A区:2025Q2");
    expect(lagging.title).toEqual({
      zh: "空气优良天数比例短板整改",
      en: "Improve lagging indicator Good-air days ratio",
    });
    expect(lagging.description).toBe("实际值 71.5，目标值 80 / actual 71.5, target 80");
    expect(lagging.assignedAt).toBe("2025-07-10T00:00:00.000Z");
    expect(lagging.source).toBe("lagging_indicator");
  });

  it("rejects invalid input listing every problem", () => {
    try {
      createSupervisionItem({ id: "X", title: { zh: "" }, unit: "u", assignedAt: "2025-05-01", dueAt: "2025-04-01" });
      expect.unreachable();
    } catch (error) {
      const e = error as SupervisionError;
      expect(e.code).toBe("invalid_supervision_item");
      expect(e.path).toEqual(["title", "zh"]);
      expect(e.message).toContain("dueAt");
    }
    expect(() => createSupervisionItem({ id: "X", title: { zh: "t" }, unit: "u", dueAt: "2025-13-01" })).toThrow(
      expect.objectContaining({ code: "invalid_supervision_item", path: ["dueAt"] }),
    );
  });

  it("schema rejects an inconsistent history", () => {
    const item = applyTransition(base(), "start", { actor: "u", at: "2025-03-02T00:00:00Z" });
    const bad = { ...item, state: "closed" };
    const result = SupervisionItemSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["state"]]);
    const skipped = { ...item, history: [{ ...item.history[0], to: "verified" }], state: "verified" };
    expect(SupervisionItemSchema.safeParse(skipped).error?.issues.map((i) => i.path)).toEqual([["history", 0, "to"]]);
  });
});

describe("properties", () => {
  const eventArb = fc.constantFrom(...SUPERVISION_EVENTS);
  it("any random event sequence keeps a defined state and a consistent history; closed is terminal", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventArb, fc.integer({ min: 0, max: 30 })), { maxLength: 40 }), (steps) => {
        let item: SupervisionItem = base();
        let t = Date.parse("2025-03-01T01:00:00Z");
        for (const [event, days] of steps) {
          t += days * 86_400_000;
          const at = new Date(t).toISOString();
          const before = item;
          const allowed = SUPERVISION_TRANSITIONS[item.state][event] !== undefined;
          try {
            item = applyTransition(item, event, { actor: "p", at });
            expect(allowed).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(SupervisionError);
            const code = (error as SupervisionError).code;
            expect(allowed ? code === "not_overdue" : code === "illegal_transition").toBe(true);
            expect(item).toBe(before);
          }
          if (before.state === "closed") expect(item).toBe(before);
          item = refreshOverdue(item, { now: at, escalateAfterUrges: 3 });
        }
        expect(SUPERVISION_STATES).toContain(item.state);
        let from = "assigned";
        for (const record of item.history) {
          expect(record.from).toBe(from);
          expect(SUPERVISION_TRANSITIONS[record.from][record.event]).toBe(record.to);
          from = record.to;
        }
        expect(item.state).toBe(from);
        expect(SupervisionItemSchema.safeParse(item).success).toBe(true);
        if (item.state === "closed") {
          for (const event of SUPERVISION_EVENTS) {
            expect(() => applyTransition(item, event, { actor: "p", at: "2030-01-01T00:00:00Z" })).toThrow(
              SupervisionError,
            );
          }
        }
      }),
    );
  });

  it("walks along allowed events: closed is reached and stays terminal", () => {
    let closedSeen = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), eventArb), { minLength: 5, maxLength: 30 }), (choices) => {
        let item: SupervisionItem = base();
        let t = Date.parse("2025-03-02T00:00:00Z");
        for (const [choice, random] of choices) {
          t += 86_400_000;
          const at = new Date(t).toISOString();
          const allowed = allowedEvents(item.state).filter((e) => e !== "mark_overdue");
          const event = allowed[choice % Math.max(allowed.length, 1)];
          if (event === undefined) {
            expect(item.state).toBe("closed");
            expect(() => applyTransition(item, random, { actor: "p", at })).toThrow(
              expect.objectContaining({ code: "illegal_transition" }),
            );
            continue;
          }
          const next = applyTransition(item, event, { actor: "p", at });
          expect(next.history.length).toBe(item.history.length + 1);
          expect(next.history.at(-1)?.from).toBe(item.state);
          item = next;
        }
        if (item.state === "closed") closedSeen++;
      }),
      { numRuns: 300 },
    );
    expect(closedSeen).toBeGreaterThan(0);
  });
});

describe("supervisionAuditInput", () => {
  it("turns the latest transition into an item_transition audit input", () => {
    const item = applyTransition(base(), "start", {
      actor: "市住建局",
      at: "2025-03-02T00:00:00Z",
      evidence: ["开工令"],
    });
    expect(supervisionAuditInput(item)).toEqual({
      actor: "市住建局",
      kind: "item_transition",
      subject: "DC-2025-001",
      data: {
        index: 0,
        from: "assigned",
        to: "in_progress",
        event: "start",
        at: "2025-03-02T00:00:00Z",
        evidence: ["开工令"],
      },
    });
    expect(() => supervisionAuditInput(base())).toThrow(expect.objectContaining({ code: "no_transition" }));
  });
});
