import { z } from "zod";
import { deadlineEndMs, isIsoInstant, parseInstant } from "../internal/instant.js";
import { SUPERVISION_EVENTS, SUPERVISION_STATES, SUPERVISION_TRANSITIONS } from "./supervision-state.js";

/**
 * An ISO-8601 date (`2025-06-30`) or date-time with a zone (`2025-06-30T18:00:00+08:00`). Date-times
 * without a zone are rejected: they would be read in the local time zone of whichever machine runs.
 *
 * @example
 * ```ts
 * import { IsoInstantSchema } from "@ducha/accountability";
 *
 * IsoInstantSchema.parse("2025-06-30"); // ok
 * IsoInstantSchema.safeParse("2025-06-30 18:00").success; // false
 * ```
 * @since 0.1.0
 */
export const IsoInstantSchema = z.string().refine(isIsoInstant, {
  message: "应为 YYYY-MM-DD 或带时区的 ISO-8601 时间 / expected YYYY-MM-DD or an ISO-8601 date-time with a zone",
});

/**
 * Zod schema of a supervision state (see {@link SupervisionState}).
 *
 * @example
 * ```ts
 * import { SupervisionStateSchema } from "@ducha/accountability";
 *
 * console.log(SupervisionStateSchema.safeParse("overdue").success); // true
 * ```
 * @since 0.1.0
 */
export const SupervisionStateSchema = z.enum(SUPERVISION_STATES);

/**
 * Zod schema of a supervision event (see {@link SupervisionEvent}).
 *
 * @example
 * ```ts
 * import { SupervisionEventSchema } from "@ducha/accountability";
 *
 * console.log(SupervisionEventSchema.safeParse("cancel").success); // false
 * ```
 * @since 0.1.0
 */
export const SupervisionEventSchema = z.enum(SUPERVISION_EVENTS);

/**
 * Zod schema of one history record (流转记录) of a supervision item.
 *
 * @example
 * ```ts
 * import { SupervisionTransitionRecordSchema } from "@ducha/accountability";
 *
 * const record = SupervisionTransitionRecordSchema.parse({
 *   from: "reported", to: "in_progress", event: "return", actor: "督查室", at: "2025-05-01", note: "佐证不全",
 * });
 * console.log(record.to); // "in_progress"
 * ```
 * @since 0.1.0
 */
export const SupervisionTransitionRecordSchema = z.object({
  /** State before the event. */
  from: SupervisionStateSchema,
  /** State after the event (equal to `from` for `urge`). */
  to: SupervisionStateSchema,
  /** The event applied. */
  event: SupervisionEventSchema,
  /** Who applied it (a user, a unit, or `"system"` for automatic overdue/escalation). */
  actor: z.string().min(1),
  /** When, as an ISO-8601 instant. */
  at: IsoInstantSchema,
  /** References to supporting material (file names, URLs, document numbers). */
  evidence: z.array(z.string()).optional(),
  /** Free-text remark (办理意见). */
  note: z.string().optional(),
});

/**
 * One history record of a supervision item: `{ from, to, event, actor, at, evidence?, note? }`.
 *
 * @example
 * ```ts
 * import type { SupervisionTransitionRecord } from "@ducha/accountability";
 *
 * const record: SupervisionTransitionRecord = {
 *   from: "in_progress", to: "in_progress", event: "urge", actor: "督查室", at: "2025-05-01T09:00:00+08:00",
 * };
 * ```
 * @since 0.1.0
 */
export type SupervisionTransitionRecord = z.infer<typeof SupervisionTransitionRecordSchema>;

/**
 * Where a supervision item comes from: a planned task (工作任务), a lagging indicator (短板指标) or
 * a manual assignment (领导批示、临时交办).
 *
 * @example
 * ```ts
 * import { SupervisionSourceSchema } from "@ducha/accountability";
 *
 * console.log(SupervisionSourceSchema.options); // ["task", "lagging_indicator", "manual"]
 * ```
 * @since 0.1.0
 */
export const SupervisionSourceSchema = z.enum(["task", "lagging_indicator", "manual"]);

/**
 * Where a supervision item comes from: `"task"`, `"lagging_indicator"` or `"manual"`.
 *
 * @example
 * ```ts
 * import type { SupervisionSource } from "@ducha/accountability";
 *
 * const source: SupervisionSource = "lagging_indicator";
 * ```
 * @since 0.1.0
 */
export type SupervisionSource = z.infer<typeof SupervisionSourceSchema>;

/**
 * Zod schema of a supervision item (督查事项). Besides field types it checks that `dueAt` is not
 * before `assignedAt`, and that `history` is a consistent path through
 * {@link SUPERVISION_TRANSITIONS}: the first record starts at `assigned`, each `from` equals the
 * previous `to`, each (from, event) → to is in the table, times never go backwards, and the last
 * `to` is the current `state`.
 *
 * @example
 * ```ts
 * import { SupervisionItemSchema } from "@ducha/accountability";
 *
 * const result = SupervisionItemSchema.safeParse({
 *   id: "DC-2025-001", title: { zh: "完成城区污水管网改造" }, source: "manual", unit: "市住建局",
 *   supportingUnits: [], assignedAt: "2025-03-01", dueAt: "2025-06-30", state: "assigned", history: [],
 * });
 * console.log(result.success); // true
 * ```
 * @since 0.1.0
 */
export const SupervisionItemSchema = z
  .object({
    /** Stable id, e.g. a 督查编号. */
    id: z.string().min(1),
    /** Title in Chinese, optionally English. */
    title: z.object({ zh: z.string().min(1), en: z.string().min(1).optional() }),
    /** Where the item comes from. */
    source: SupervisionSourceSchema,
    /** Indicator id, for items from a lagging indicator. */
    indicator: z.string().min(1).optional(),
    /** Task id, for items from a task. */
    task: z.string().min(1).optional(),
    /** Assessment period id (e.g. `2025Q2`), when relevant. */
    period: z.string().min(1).optional(),
    /** Description or background (事项内容). */
    description: z.string().optional(),
    /** Responsible unit (责任单位 / 牵头单位) id. */
    unit: z.string().min(1),
    /** Lead leader (牵头领导 / 分管领导), when named. */
    leadLeader: z.string().min(1).optional(),
    /** Supporting units (配合单位). */
    supportingUnits: z.array(z.string().min(1)),
    /** When it was assigned (交办时间). */
    assignedAt: IsoInstantSchema,
    /** Deadline (办结时限); a date means the end of that day in UTC. */
    dueAt: IsoInstantSchema,
    /** Current state. */
    state: SupervisionStateSchema,
    /** Every transition, oldest first. */
    history: z.array(SupervisionTransitionRecordSchema),
  })
  .superRefine((item, ctx) => {
    if (isIsoInstant(item.assignedAt) && isIsoInstant(item.dueAt)) {
      if (deadlineEndMs(item.dueAt) < parseInstant(item.assignedAt)) {
        ctx.addIssue({
          code: "custom",
          path: ["dueAt"],
          message: `办结时限早于交办时间 / dueAt ${item.dueAt} is before assignedAt ${item.assignedAt}`,
        });
      }
    }
    let expectedFrom: string = "assigned";
    let lastAt: number | undefined = isIsoInstant(item.assignedAt) ? parseInstant(item.assignedAt) : undefined;
    item.history.forEach((record, i) => {
      if (record.from !== expectedFrom) {
        ctx.addIssue({
          code: "custom",
          path: ["history", i, "from"],
          message: `流转记录的起始状态应为 ${expectedFrom} / expected from "${expectedFrom}", got "${record.from}"`,
        });
      }
      const to = SUPERVISION_TRANSITIONS[record.from][record.event];
      if (to !== record.to) {
        ctx.addIssue({
          code: "custom",
          path: ["history", i, "to"],
          message:
            to === undefined
              ? `状态 ${record.from} 下不允许操作 ${record.event} / event "${record.event}" is not allowed in state "${record.from}"`
              : `操作 ${record.event} 应使状态变为 ${to} / event "${record.event}" leads from "${record.from}" to "${to}", not "${record.to}"`,
        });
      }
      if (isIsoInstant(record.at)) {
        const at = parseInstant(record.at);
        if (lastAt !== undefined && at < lastAt) {
          ctx.addIssue({
            code: "custom",
            path: ["history", i, "at"],
            message: `流转时间早于前一时间 / transition time ${record.at} is before the previous one`,
          });
        }
        lastAt = at;
      }
      expectedFrom = record.to;
    });
    if (item.state !== expectedFrom) {
      ctx.addIssue({
        code: "custom",
        path: ["state"],
        message: `当前状态与流转记录不符 / state "${item.state}" does not match the history, which ends in "${expectedFrom}"`,
      });
    }
  });

/**
 * A supervision item (督查事项): a tracked task with responsible unit, deadline, state and history.
 *
 * @example
 * ```ts
 * import { createSupervisionItem, type SupervisionItem } from "@ducha/accountability";
 *
 * const item: SupervisionItem = createSupervisionItem({ id: "DC-1", title: { zh: "事项" }, unit: "u", assignedAt: "2025-01-01", dueAt: "2025-03-31" });
 * console.log(item.state); // "assigned"
 * ```
 * @since 0.1.0
 */
export type SupervisionItem = z.infer<typeof SupervisionItemSchema>;
