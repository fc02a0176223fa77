import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Responsibility } from "./responsibility.js";
import { createResponsibilityIndex } from "./responsibility-index.js";

// A small division-of-responsibility table in the style of the seed's 分工方案 (一级抓一级：分管市长 → 牵头单位 → 配合单位).
const table: Responsibility[] = [
  {
    subject: { kind: "indicator", id: "forest-cover" },
    leadLeader: "张副市长",
    leadUnit: "市林业局",
    supportingUnits: ["市自然资源局", "A区"],
    deadline: "2025-12-31",
  },
  {
    subject: { kind: "indicator", id: "good-air-days" },
    leadLeader: "李副市长",
    leadUnit: "市生态环境局",
    supportingUnits: ["A区", "B县"],
  },
  { subject: { kind: "task", id: "T-3.2" }, leadLeader: "张副市长", leadUnit: "A区", supportingUnits: ["市园林局"] },
  { subject: { kind: "goal", id: "G-2" }, leadUnit: "市发展改革委", supportingUnits: [] },
];

describe("createResponsibilityIndex", () => {
  const index = createResponsibilityIndex(table);

  it("answers who is responsible for a subject", () => {
    expect(index.issues).toEqual([]);
    expect(index.whoIsResponsible("indicator", "forest-cover")).toEqual({
      subject: { kind: "indicator", id: "forest-cover" },
      leadUnits: ["市林业局"],
      leadLeaders: ["张副市长"],
      supportingUnits: ["A区", "市自然资源局"],
      deadline: "2025-12-31",
      rows: [0],
    });
    expect(index.whoIsResponsible("task", "forest-cover")).toBeUndefined();
  });

  it("lists a unit's responsibilities as lead and as supporting, separately", () => {
    const a = index.responsibilitiesOf("A区");
    expect(a.lead.map((x) => x.subject.id)).toEqual(["T-3.2"]);
    expect(a.support.map((x) => x.subject.id)).toEqual(["forest-cover", "good-air-days"]);
    expect(index.responsibilitiesOf("nobody")).toEqual({ unit: "nobody", lead: [], support: [] });
  });

  it("lists a leader's responsibilities", () => {
    expect(index.responsibilitiesOfLeader("张副市长").map((x) => `${x.subject.kind}:${x.subject.id}`)).toEqual([
      "indicator:forest-cover",
      "task:T-3.2",
    ]);
  });

  it("builds the subjects × units matrix", () => {
    const m = index.toMatrix();
    expect(m.subjects.map((s) => s.id)).toEqual(["forest-cover", "good-air-days", "T-3.2", "G-2"]);
    // Units sorted by UTF-16 code units: "A区" < "B县" < "市…" (U+5E02).
    expect(m.units).toEqual(
      ["A区", "B县", "市自然资源局", "市林业局", "市园林局", "市生态环境局", "市发展改革委"].sort(),
    );
    const col = (u: string) => m.units.indexOf(u);
    expect(m.cells[0]?.[col("市林业局")]).toBe("lead");
    expect(m.cells[0]?.[col("A区")]).toBe("support");
    expect(m.cells[0]?.[col("B县")]).toBeNull();
    expect(m.cells[2]?.[col("A区")]).toBe("lead");
    expect(m.cells.every((row) => row.length === m.units.length)).toBe(true);
  });

  it("reports duplicates and conflicts with paths", () => {
    const rows: Responsibility[] = [
      {
        subject: { kind: "task", id: "T-1" },
        leadLeader: "王",
        leadUnit: "A区",
        supportingUnits: ["B县", "B县"],
        deadline: "2025-06-30",
      },
      {
        subject: { kind: "task", id: "T-1" },
        leadLeader: "王",
        leadUnit: "A区",
        supportingUnits: ["B县"],
        deadline: "2025-06-30",
      },
      {
        subject: { kind: "task", id: "T-1" },
        leadLeader: "赵",
        leadUnit: "C县",
        supportingUnits: ["A区"],
        deadline: "2025-05-31",
      },
      { subject: { kind: "task", id: "" }, leadUnit: "A区", supportingUnits: [] },
      { subject: { kind: "goal", id: "G" }, leadUnit: " ", supportingUnits: [] },
      { subject: { kind: "goal", id: "G2" }, leadUnit: "D", supportingUnits: ["D"], deadline: "2025-06-30T12:00" },
    ];
    const result = createResponsibilityIndex(rows);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["duplicate_supporting_unit", [0, "supportingUnits", 1]],
      ["conflicting_deadline", [0, "deadline"]],
      ["duplicate_responsibility", [1]],
      ["conflicting_deadline", [1, "deadline"]],
      ["conflicting_lead_unit", [2, "leadUnit"]],
      ["conflicting_lead_leader", [2, "leadLeader"]],
      ["lead_also_supporting", [2, "supportingUnits", 0]],
      ["invalid_subject", [3, "subject"]],
      ["missing_lead_unit", [4, "leadUnit"]],
      ["invalid_deadline", [5, "deadline"]],
      ["lead_also_supporting", [5, "supportingUnits", 0]],
    ]);
    expect(result.issues[1]?.conflictsWith).toBe(2);
    expect(result.issues[1]?.message.en).toBe(
      "task:T-1 has conflicting deadlines: 2025-06-30 in row 0, 2025-05-31 in row 2; the earliest is used",
    );
    const conflict = result.issues[4];
    expect(conflict?.conflictsWith).toBe(0);
    expect(conflict?.message.zh).toBe('task:T-1 有两个牵头单位：第 2 行为"C县"，第 0 行为"A区"');
    expect(conflict?.message.en).toBe('task:T-1 has two lead units: "C县" in row 2 and "A区" in row 0');
    const t1 = result.whoIsResponsible("task", "T-1");
    expect(t1?.leadUnits).toEqual(["A区", "C县"]);
    expect(t1?.leadLeaders).toEqual(["王", "赵"]);
    expect(t1?.supportingUnits).toEqual(["B县"]);
    expect(t1?.deadline).toBe("2025-05-31"); // the earliest
    expect(t1?.rows).toEqual([0, 1, 2]);
    expect(result.toMatrix().cells[0]).toEqual(
      result.toMatrix().units.map((u) => (u === "A区" || u === "C县" ? "lead" : u === "B县" ? "support" : null)),
    );
  });

  it("property: assignments and matrix do not depend on row order", () => {
    const rowArb = fc.record({
      subject: fc.record({
        kind: fc.constantFrom("indicator" as const, "task" as const, "goal" as const),
        id: fc.constantFrom("a", "b", "c"),
      }),
      leadUnit: fc.constantFrom("U1", "U2", "U3"),
      supportingUnits: fc.uniqueArray(fc.constantFrom("U1", "U2", "U3", "U4"), { maxLength: 3 }),
      deadline: fc.constantFrom("2025-06-30", "2025-12-31", "2025-12-31T23:59:59.999Z"),
    });
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { maxLength: 8 })
          .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        ([rows, shuffled]) => {
          const strip = (r: ReturnType<typeof createResponsibilityIndex>) =>
            r.assignments.map(({ rows: _rows, ...rest }) => rest);
          const a = createResponsibilityIndex(rows);
          const b = createResponsibilityIndex(shuffled);
          expect(strip(b)).toEqual(strip(a));
          expect(b.toMatrix()).toEqual(a.toMatrix());
          const codes = (r: ReturnType<typeof createResponsibilityIndex>) => r.issues.map((i) => i.code).sort();
          expect(codes(b)).toEqual(codes(a));
        },
      ),
    );
  });
});
