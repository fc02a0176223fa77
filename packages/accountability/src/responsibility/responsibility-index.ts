import { compareCodeUnits } from "../internal/compare.js";
import { deadlineEndMs, isIsoInstant } from "../internal/instant.js";
import type { LocalizedMessage } from "../localized-message.js";
import {
  RESPONSIBILITY_SUBJECT_KINDS,
  type Responsibility,
  type ResponsibilitySubject,
  type ResponsibilitySubjectKind,
} from "./responsibility.js";

/**
 * Problems {@link createResponsibilityIndex} reports (责任分工问题):
 * - `invalid_subject` — kind is not indicator/task/goal, or the id is empty (row skipped);
 * - `missing_lead_unit` — no lead unit (row skipped);
 * - `invalid_deadline` — deadline is not an ISO date or zoned date-time (deadline ignored);
 * - `duplicate_supporting_unit` — a supporting unit listed twice in one row;
 * - `lead_also_supporting` — the lead unit is also listed as supporting (in the same or another row);
 * - `duplicate_responsibility` — a row repeats an earlier row for the same subject exactly;
 * - `conflicting_lead_unit` — two rows name different lead units for one subject (两个牵头单位);
 * - `conflicting_lead_leader` — two rows name different lead leaders for one subject;
 * - `conflicting_deadline` — two rows give different deadlines for one subject (the earliest is kept).
 *
 * @example
 * ```ts
 * import type { ResponsibilityIssueCode } from "@ducha/accountability";
 *
 * const code: ResponsibilityIssueCode = "conflicting_lead_unit";
 * ```
 * @since 0.1.0
 */
export type ResponsibilityIssueCode =
  | "invalid_subject"
  | "missing_lead_unit"
  | "invalid_deadline"
  | "duplicate_supporting_unit"
  | "lead_also_supporting"
  | "duplicate_responsibility"
  | "conflicting_lead_unit"
  | "conflicting_lead_leader"
  | "conflicting_deadline";

/**
 * One problem in a responsibility list, with the path into the input array.
 *
 * @example
 * ```ts
 * import { createResponsibilityIndex, type ResponsibilityIssue } from "@ducha/accountability";
 *
 * const issues: readonly ResponsibilityIssue[] = createResponsibilityIndex([
 *   { subject: { kind: "task", id: "T1" }, leadUnit: "A", supportingUnits: ["A"] },
 * ]).issues;
 * console.log(issues[0]?.code, issues[0]?.path); // "lead_also_supporting" [0, "supportingUnits", 0]
 * ```
 * @since 0.1.0
 */
export interface ResponsibilityIssue {
  /** What is wrong. */
  readonly code: ResponsibilityIssueCode;
  /** Path into the input, e.g. `[3, "leadUnit"]` or `[3, "supportingUnits", 1]`. */
  readonly path: readonly (string | number)[];
  /** The subject concerned, when it is valid. */
  readonly subject?: ResponsibilitySubject;
  /** Index of the earlier row this one conflicts with or repeats, when relevant. */
  readonly conflictsWith?: number;
  /** Human-readable description in Chinese and English. */
  readonly message: LocalizedMessage;
}

/**
 * The merged responsibility for one subject (all rows about it combined). Lists are sorted by
 * UTF-16 code units so results do not depend on the input order.
 *
 * @example
 * ```ts
 * import { createResponsibilityIndex, type ResponsibilityAssignment } from "@ducha/accountability";
 *
 * const index = createResponsibilityIndex([{ subject: { kind: "goal", id: "G1" }, leadUnit: "市发展改革委", supportingUnits: [] }]);
 * const who: ResponsibilityAssignment | undefined = index.whoIsResponsible("goal", "G1");
 * console.log(who?.leadUnits); // ["市发展改革委"]
 * ```
 * @since 0.1.0
 */
export interface ResponsibilityAssignment {
  /** The subject. */
  readonly subject: ResponsibilitySubject;
  /** Lead units; exactly one unless a `conflicting_lead_unit` issue was reported. */
  readonly leadUnits: readonly string[];
  /** Lead leaders named (zero or one unless `conflicting_lead_leader`). */
  readonly leadLeaders: readonly string[];
  /** Supporting units (union over rows), without any lead unit. */
  readonly supportingUnits: readonly string[];
  /** The earliest deadline given, if any. */
  readonly deadline?: string;
  /** Indices of the input rows merged here, ascending. */
  readonly rows: readonly number[];
}

/**
 * What one unit is responsible for: subjects it leads (牵头) and subjects it supports (配合).
 *
 * @example
 * ```ts
 * import { createResponsibilityIndex, type UnitResponsibilities } from "@ducha/accountability";
 *
 * const mine: UnitResponsibilities = createResponsibilityIndex([]).responsibilitiesOf("A区");
 * console.log(mine.lead.length, mine.support.length); // 0 0
 * ```
 * @since 0.1.0
 */
export interface UnitResponsibilities {
  /** The unit id. */
  readonly unit: string;
  /** Assignments where the unit is a lead unit. */
  readonly lead: readonly ResponsibilityAssignment[];
  /** Assignments where the unit is a supporting unit. */
  readonly support: readonly ResponsibilityAssignment[];
}

/**
 * A cell of the responsibility matrix: `"lead"` (牵头), `"support"` (配合) or `null` (no role).
 *
 * @example
 * ```ts
 * import type { ResponsibilityRole } from "@ducha/accountability";
 *
 * const role: ResponsibilityRole | null = "support";
 * ```
 * @since 0.1.0
 */
export type ResponsibilityRole = "lead" | "support";

/**
 * The responsibility matrix (责任分工矩阵): rows = subjects, columns = units, for export.
 * `cells[r][c]` is the role of `units[c]` for `subjects[r]`.
 *
 * @example
 * ```ts
 * import { createResponsibilityIndex, type ResponsibilityMatrix } from "@ducha/accountability";
 *
 * const matrix: ResponsibilityMatrix = createResponsibilityIndex([
 *   { subject: { kind: "task", id: "T1" }, leadUnit: "A", supportingUnits: ["B"] },
 * ]).toMatrix();
 * console.log(matrix.units, matrix.cells); // ["A", "B"] [["lead", "support"]]
 * ```
 * @since 0.1.0
 */
export interface ResponsibilityMatrix {
  /** Row headers, sorted by kind (indicator, task, goal) then id. */
  readonly subjects: readonly ResponsibilitySubject[];
  /** Column headers: every unit named, sorted. */
  readonly units: readonly string[];
  /** One row per subject, one cell per unit. */
  readonly cells: readonly (readonly (ResponsibilityRole | null)[])[];
}

/**
 * An index over a responsibility list with queries (see {@link createResponsibilityIndex}).
 *
 * @example
 * ```ts
 * import { createResponsibilityIndex, type ResponsibilityIndex } from "@ducha/accountability";
 *
 * const index: ResponsibilityIndex = createResponsibilityIndex([]);
 * console.log(index.issues.length); // 0
 * ```
 * @since 0.1.0
 */
export interface ResponsibilityIndex {
  /** Every merged assignment, sorted by subject. */
  readonly assignments: readonly ResponsibilityAssignment[];
  /** Every problem found, in input order. */
  readonly issues: readonly ResponsibilityIssue[];
  /** What a unit leads and supports. */
  responsibilitiesOf(unit: string): UnitResponsibilities;
  /** The merged assignment for a subject, or `undefined` when none is recorded. */
  whoIsResponsible(kind: ResponsibilitySubjectKind, id: string): ResponsibilityAssignment | undefined;
  /** Assignments whose lead leader is `name` (exact match). */
  responsibilitiesOfLeader(name: string): readonly ResponsibilityAssignment[];
  /** The subjects × units matrix. */
  toMatrix(): ResponsibilityMatrix;
}

interface Draft {
  subject: ResponsibilitySubject;
  leadUnits: Set<string>;
  leadLeaders: Set<string>;
  supporting: Map<string, (string | number)[]>;
  deadline?: { value: string; end: number; row: number };
  deadlines: { value: string; end: number; row: number }[];
  rows: number[];
  firstRow: number;
  signatures: Map<string, number>;
}

const key = (kind: string, id: string) => `${kind}\u0000${id}`;

function compareSubjects(a: ResponsibilitySubject, b: ResponsibilitySubject): number {
  const k = RESPONSIBILITY_SUBJECT_KINDS.indexOf(a.kind) - RESPONSIBILITY_SUBJECT_KINDS.indexOf(b.kind);
  return k !== 0 ? k : compareCodeUnits(a.id, b.id);
}

const subjectText = (s: ResponsibilitySubject) => `${s.kind}:${s.id}`;

/**
 * Builds an index over a division-of-responsibility list (责任分工表), merging rows about the same
 * subject and reporting every duplicate or conflict as an issue with its path (nothing is thrown;
 * rows without a valid subject or lead unit are skipped and reported). Results are sorted by UTF-16
 * code units and do not depend on the order of the rows.
 *
 * @param responsibilities - the rows
 * @returns the index with its issues
 * @example
 * ```ts
 * import { createResponsibilityIndex } from "@ducha/accountability";
 *
 * const index = createResponsibilityIndex([
 *   { subject: { kind: "indicator", id: "forest-cover" }, leadLeader: "张副市长", leadUnit: "市林业局", supportingUnits: ["A区"] },
 *   { subject: { kind: "task", id: "T-1" }, leadUnit: "A区", supportingUnits: [] },
 * ]);
 * const a = index.responsibilitiesOf("A区");
 * console.log(a.lead.length, a.support.length); // 1 1
 * console.log(index.whoIsResponsible("indicator", "forest-cover")?.leadUnits); // ["市林业局"]
 * ```
 * @since 0.1.0
 */
export function createResponsibilityIndex(responsibilities: readonly Responsibility[]): ResponsibilityIndex {
  const issues: ResponsibilityIssue[] = [];
  const drafts = new Map<string, Draft>();

  responsibilities.forEach((row, i) => {
    const subject = row?.subject;
    if (
      subject === undefined ||
      !RESPONSIBILITY_SUBJECT_KINDS.includes(subject.kind) ||
      typeof subject.id !== "string" ||
      subject.id.trim() === ""
    ) {
      issues.push({
        code: "invalid_subject",
        path: [i, "subject"],
        message: {
          zh: `第 ${i} 行的责任对象无效：类型应为 indicator、task 或 goal，编号不能为空`,
          en: `row ${i}: invalid subject; kind must be indicator, task or goal and the id non-empty`,
        },
      });
      return;
    }
    const s: ResponsibilitySubject = { kind: subject.kind, id: subject.id };
    if (typeof row.leadUnit !== "string" || row.leadUnit.trim() === "") {
      issues.push({
        code: "missing_lead_unit",
        path: [i, "leadUnit"],
        subject: s,
        message: {
          zh: `第 ${i} 行（${subjectText(s)}）缺少牵头单位`,
          en: `row ${i} (${subjectText(s)}) has no lead unit`,
        },
      });
      return;
    }
    const k = key(s.kind, s.id);
    let draft = drafts.get(k);
    const signature = JSON.stringify([
      row.leadUnit,
      row.leadLeader ?? null,
      [...new Set(row.supportingUnits ?? [])].sort(compareCodeUnits),
      row.deadline ?? null,
    ]);
    if (draft === undefined) {
      draft = {
        subject: s,
        leadUnits: new Set(),
        leadLeaders: new Set(),
        supporting: new Map(),
        rows: [],
        deadlines: [],
        firstRow: i,
        signatures: new Map(),
      };
      drafts.set(k, draft);
    } else {
      const same = draft.signatures.get(signature);
      if (same !== undefined) {
        issues.push({
          code: "duplicate_responsibility",
          path: [i],
          subject: s,
          conflictsWith: same,
          message: {
            zh: `第 ${i} 行与第 ${same} 行重复（${subjectText(s)}）`,
            en: `row ${i} repeats row ${same} (${subjectText(s)})`,
          },
        });
      } else {
        if (!draft.leadUnits.has(row.leadUnit)) {
          const [other] = [...draft.leadUnits];
          issues.push({
            code: "conflicting_lead_unit",
            path: [i, "leadUnit"],
            subject: s,
            conflictsWith: draft.firstRow,
            message: {
              zh: `${subjectText(s)} 有两个牵头单位：第 ${i} 行为"${row.leadUnit}"，第 ${draft.firstRow} 行为"${other}"`,
              en: `${subjectText(s)} has two lead units: "${row.leadUnit}" in row ${i} and "${other}" in row ${draft.firstRow}`,
            },
          });
        }
        if (row.leadLeader !== undefined && draft.leadLeaders.size > 0 && !draft.leadLeaders.has(row.leadLeader)) {
          const [other] = [...draft.leadLeaders];
          issues.push({
            code: "conflicting_lead_leader",
            path: [i, "leadLeader"],
            subject: s,
            conflictsWith: draft.firstRow,
            message: {
              zh: `${subjectText(s)} 的牵头领导不一致：第 ${i} 行为"${row.leadLeader}"，此前为"${other}"`,
              en: `${subjectText(s)} has conflicting lead leaders: "${row.leadLeader}" in row ${i}, "${other}" before`,
            },
          });
        }
      }
    }
    draft.signatures.set(signature, draft.signatures.get(signature) ?? i);
    draft.rows.push(i);
    draft.leadUnits.add(row.leadUnit);
    if (row.leadLeader !== undefined && row.leadLeader.trim() !== "") draft.leadLeaders.add(row.leadLeader);

    const seen = new Set<string>();
    (row.supportingUnits ?? []).forEach((unit, j) => {
      if (seen.has(unit)) {
        issues.push({
          code: "duplicate_supporting_unit",
          path: [i, "supportingUnits", j],
          subject: s,
          message: {
            zh: `第 ${i} 行的配合单位"${unit}"重复列出`,
            en: `row ${i} lists supporting unit "${unit}" twice`,
          },
        });
        return;
      }
      seen.add(unit);
      if (!draft.supporting.has(unit)) draft.supporting.set(unit, [i, "supportingUnits", j]);
    });

    if (row.deadline !== undefined) {
      if (!isIsoInstant(row.deadline)) {
        issues.push({
          code: "invalid_deadline",
          path: [i, "deadline"],
          subject: s,
          message: {
            zh: `第 ${i} 行的完成时限"${row.deadline}"无效，应为 YYYY-MM-DD 或带时区的 ISO-8601 时间`,
            en: `row ${i}: deadline "${row.deadline}" is not YYYY-MM-DD or a zoned ISO-8601 date-time`,
          },
        });
      } else {
        const end = deadlineEndMs(row.deadline);
        draft.deadlines.push({ value: row.deadline, end, row: i });
        const current = draft.deadline;
        // Keep the earliest; among equal instants written differently, the smallest text (deterministic).
        if (
          current === undefined ||
          end < current.end ||
          (end === current.end && compareCodeUnits(row.deadline, current.value) < 0)
        ) {
          draft.deadline = { value: row.deadline, end, row: i };
        }
      }
    }
  });

  for (const draft of drafts.values()) {
    // Every deadline later than the earliest one given for the subject conflicts with it.
    const earliest = draft.deadline;
    for (const d of draft.deadlines) {
      if (earliest === undefined || d.end === earliest.end) continue;
      const s = draft.subject;
      issues.push({
        code: "conflicting_deadline",
        path: [d.row, "deadline"],
        subject: s,
        conflictsWith: earliest.row,
        message: {
          zh: `${subjectText(s)} 的完成时限不一致：第 ${d.row} 行为 ${d.value}，第 ${earliest.row} 行为 ${earliest.value}；取较早者`,
          en: `${subjectText(s)} has conflicting deadlines: ${d.value} in row ${d.row}, ${earliest.value} in row ${earliest.row}; the earliest is used`,
        },
      });
    }
    // A unit cannot both lead and support one subject.
    for (const [unit, path] of draft.supporting) {
      if (draft.leadUnits.has(unit)) {
        issues.push({
          code: "lead_also_supporting",
          path,
          subject: draft.subject,
          message: {
            zh: `"${unit}"是 ${subjectText(draft.subject)} 的牵头单位，又被列为配合单位`,
            en: `"${unit}" leads ${subjectText(draft.subject)} and is also listed as supporting it`,
          },
        });
      }
    }
  }
  issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));

  const assignments: ResponsibilityAssignment[] = [...drafts.values()]
    .map((d) => ({
      subject: d.subject,
      leadUnits: [...d.leadUnits].sort(compareCodeUnits),
      leadLeaders: [...d.leadLeaders].sort(compareCodeUnits),
      supportingUnits: [...d.supporting.keys()].filter((u) => !d.leadUnits.has(u)).sort(compareCodeUnits),
      ...(d.deadline === undefined ? {} : { deadline: d.deadline.value }),
      rows: [...d.rows].sort((a, b) => a - b),
    }))
    .sort((a, b) => compareSubjects(a.subject, b.subject));

  const bySubject = new Map(assignments.map((a) => [key(a.subject.kind, a.subject.id), a]));

  return Object.freeze({
    assignments,
    issues,
    responsibilitiesOf(unit: string): UnitResponsibilities {
      return {
        unit,
        lead: assignments.filter((a) => a.leadUnits.includes(unit)),
        support: assignments.filter((a) => a.supportingUnits.includes(unit)),
      };
    },
    whoIsResponsible(kind: ResponsibilitySubjectKind, id: string) {
      return bySubject.get(key(kind, id));
    },
    responsibilitiesOfLeader(name: string) {
      return assignments.filter((a) => a.leadLeaders.includes(name));
    },
    toMatrix(): ResponsibilityMatrix {
      const units = [...new Set(assignments.flatMap((a) => [...a.leadUnits, ...a.supportingUnits]))].sort(
        compareCodeUnits,
      );
      return {
        subjects: assignments.map((a) => a.subject),
        units,
        cells: assignments.map((a) =>
          units.map((u) => (a.leadUnits.includes(u) ? "lead" : a.supportingUnits.includes(u) ? "support" : null)),
        ),
      };
    },
  });
}
