import { type Clock, systemClock } from "../clock.js";
import { nowIso } from "../internal/instant.js";
import { SupervisionError } from "./supervision-error.js";
import { type SupervisionItem, SupervisionItemSchema } from "./supervision-item.js";

/**
 * A title in Chinese and, optionally, English.
 *
 * @example
 * ```ts
 * import type { SupervisionTitle } from "@ducha/accountability";
 *
 * const title: SupervisionTitle = { zh: "老旧小区改造", en: "Renovate old estates" };
 * ```
 * @since 0.1.0
 */
export interface SupervisionTitle {
  /** Chinese title. */
  readonly zh: string;
  /** English title. Defaults to none. */
  readonly en?: string;
}

/**
 * What {@link createSupervisionItem} needs; the item starts in `assigned` with an empty history.
 *
 * @example
 * ```ts
 * import type { SupervisionItemInput } from "@ducha/accountability";
 *
 * const input: SupervisionItemInput = { id: "DC-9", title: { zh: "事项" }, unit: "市水务局", dueAt: "2025-12-31" };
 * ```
 * @since 0.1.0
 */
export interface SupervisionItemInput {
  /** Stable id (督查编号). */
  readonly id: string;
  /** Title. */
  readonly title: SupervisionTitle;
  /** Where the item comes from. Defaults to `"manual"`. */
  readonly source?: "task" | "lagging_indicator" | "manual";
  /** Indicator id. Defaults to none. */
  readonly indicator?: string;
  /** Task id. Defaults to none. */
  readonly task?: string;
  /** Period id. Defaults to none. */
  readonly period?: string;
  /** Description (事项内容). Defaults to none. */
  readonly description?: string;
  /** Responsible unit (责任单位). */
  readonly unit: string;
  /** Lead leader (牵头领导). Defaults to none. */
  readonly leadLeader?: string;
  /** Supporting units (配合单位). Defaults to `[]`. */
  readonly supportingUnits?: readonly string[];
  /** Assignment time (交办时间). Defaults to the clock's time. */
  readonly assignedAt?: string;
  /** Deadline (办结时限): a date (whole UTC day) or a zoned date-time. */
  readonly dueAt: string;
}

/**
 * Options of the supervision-item constructors.
 *
 * @example
 * ```ts
 * import type { SupervisionItemOptions } from "@ducha/accountability";
 *
 * const options: SupervisionItemOptions = { clock: () => new Date("2025-04-01T00:00:00Z") };
 * ```
 * @since 0.1.0
 */
export interface SupervisionItemOptions {
  /** Source of `assignedAt` when not given. Defaults to {@link systemClock}. */
  readonly clock?: Clock;
}

/**
 * Creates a supervision item (督查事项) in state `assigned` (交办) with an empty history, validated
 * with {@link SupervisionItemSchema}. Throws {@link SupervisionError} `invalid_supervision_item`
 * listing every problem (path of the first in `path`, the zod error as `cause`).
 *
 * @param input - the item's fields
 * @param options - the clock for `assignedAt`
 * @returns a new item
 * @example
 * ```ts
 * import { createSupervisionItem } from "@ducha/accountability";
 *
 * const item = createSupervisionItem({
 *   id: "DC-2025-007", title: { zh: "落实市长批示：老旧小区加装电梯", en: "Install lifts in old estates" },
 *   unit: "市住建局", leadLeader: "李副市长", supportingUnits: ["市财政局"], assignedAt: "2025-04-01", dueAt: "2025-09-30",
 * });
 * console.log(item.state, item.source); // "assigned" "manual"
 * ```
 * @since 0.1.0
 */
export function createSupervisionItem(
  input: SupervisionItemInput,
  options: SupervisionItemOptions = {},
): SupervisionItem {
  const candidate = {
    id: input.id,
    title: input.title.en === undefined ? { zh: input.title.zh } : { zh: input.title.zh, en: input.title.en },
    source: input.source ?? "manual",
    ...(input.indicator === undefined ? {} : { indicator: input.indicator }),
    ...(input.task === undefined ? {} : { task: input.task }),
    ...(input.period === undefined ? {} : { period: input.period }),
    ...(input.description === undefined ? {} : { description: input.description }),
    unit: input.unit,
    ...(input.leadLeader === undefined ? {} : { leadLeader: input.leadLeader }),
    supportingUnits: [...(input.supportingUnits ?? [])],
    assignedAt: input.assignedAt ?? nowIso(options.clock ?? systemClock),
    dueAt: input.dueAt,
    state: "assigned" as const,
    history: [],
  };
  const parsed = SupervisionItemSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const list = issues.map((issue) => `${issue.path.join(".") || "(item)"}: ${issue.message}`).join("; ");
    const first = issues[0];
    throw new SupervisionError("invalid_supervision_item", `invalid supervision item "${input.id}": ${list}`, {
      path: (first?.path ?? []).filter((p): p is string | number => typeof p !== "symbol"),
      cause: parsed.error,
      messages: { zh: `督查事项"${input.id}"无效：${list}`, en: `invalid supervision item "${input.id}": ${list}` },
    });
  }
  return parsed.data;
}

/**
 * A task (工作任务) to supervise, e.g. one row of a 重点工作任务分解表.
 *
 * @example
 * ```ts
 * import type { SupervisedTask } from "@ducha/accountability";
 *
 * const task: SupervisedTask = { id: "T-1", title: { zh: "建成污水处理厂" }, leadUnit: "市水务局", deadline: "2025-12-31" };
 * ```
 * @since 0.1.0
 */
export interface SupervisedTask {
  /** Task id. */
  readonly id: string;
  /** Task title. */
  readonly title: SupervisionTitle;
  /** Lead unit (牵头单位), which becomes the item's responsible unit. */
  readonly leadUnit: string;
  /** Lead leader (牵头领导). Defaults to none. */
  readonly leadLeader?: string;
  /** Supporting units (配合单位). Defaults to `[]`. */
  readonly supportingUnits?: readonly string[];
  /** The task's deadline (完成时限). */
  readonly deadline: string;
}

/**
 * Creates a supervision item from a task: source `"task"`, id `task:<task id>` unless given,
 * responsible unit = lead unit, due at the task's deadline.
 *
 * @param task - the task
 * @param options - `id` and `assignedAt` overrides, and the clock
 * @returns a new item in `assigned`
 * @example
 * ```ts
 * import { supervisionItemFromTask } from "@ducha/accountability";
 *
 * const item = supervisionItemFromTask(
 *   { id: "T-3.2", title: { zh: "建成城市绿道100公里" }, leadUnit: "市园林局", supportingUnits: ["各区政府"], deadline: "2025-12-31" },
 *   { assignedAt: "2025-02-15" },
 * );
 * console.log(item.id, item.unit); // "task:T-3.2" "市园林局"
 * ```
 * @since 0.1.0
 */
export function supervisionItemFromTask(
  task: SupervisedTask,
  options: SupervisionItemOptions & { readonly id?: string; readonly assignedAt?: string } = {},
): SupervisionItem {
  return createSupervisionItem(
    {
      id: options.id ?? `task:${task.id}`,
      title: task.title,
      source: "task",
      task: task.id,
      unit: task.leadUnit,
      ...(task.leadLeader === undefined ? {} : { leadLeader: task.leadLeader }),
      supportingUnits: task.supportingUnits ?? [],
      ...(options.assignedAt === undefined ? {} : { assignedAt: options.assignedAt }),
      dueAt: task.deadline,
    },
    options,
  );
}

/**
 * A lagging indicator (短板指标) of a unit to turn into a rectification item (整改事项).
 *
 * @example
 * ```ts
 * import type { LaggingIndicatorInput } from "@ducha/accountability";
 *
 * const input: LaggingIndicatorInput = { indicator: "good-air", unit: "A区", actual: "71.5", target: "80", dueAt: "2025-09-30" };
 * ```
 * @since 0.1.0
 */
export interface LaggingIndicatorInput {
  /** Indicator id. */
  readonly indicator: string;
  /** Indicator name for the title. Defaults to the id. */
  readonly indicatorName?: SupervisionTitle;
  /** The unit whose value lags (责任单位). */
  readonly unit: string;
  /** Period id in which it lagged, e.g. `2025Q2`. Defaults to none. */
  readonly period?: string;
  /** Actual value, as a decimal string, for the description. Defaults to none. */
  readonly actual?: string;
  /** Target value, as a decimal string, for the description. Defaults to none. */
  readonly target?: string;
  /** Lead leader. Defaults to none. */
  readonly leadLeader?: string;
  /** Supporting units. Defaults to `[]`. */
  readonly supportingUnits?: readonly string[];
  /** Rectification deadline (整改时限). */
  readonly dueAt: string;
}

/**
 * Creates a rectification item from a lagging indicator: source `"lagging_indicator"`, id
 * `lagging:<indicator>:<unit>[:<period>]` unless given, title "〈指标〉短板整改 / Improve lagging
 * indicator 〈name〉", description with actual and target when given.
 *
 * @param input - the indicator, unit, period, values and deadline
 * @param options - `id` and `assignedAt` overrides, and the clock
 * @returns a new item in `assigned`
 * @example
 * ```ts
 * import { supervisionItemFromLaggingIndicator } from "@ducha/accountability";
 *
 * const item = supervisionItemFromLaggingIndicator(
 *   { indicator: "pm25-days", indicatorName: { zh: "空气优良天数比例", en: "Good-air days" }, unit: "A区", period: "2025Q2",
 *     actual: "71.5", target: "80", dueAt: "2025-09-30" },
 *   { assignedAt: "2025-07-10" },
 * );
 * console.log(item.id, item.title.zh); // "lagging:pm25-days:A区:2025Q2" "空气优良天数比例短板整改"
 * ```
 * @since 0.1.0
 */
export function supervisionItemFromLaggingIndicator(
  input: LaggingIndicatorInput,
  options: SupervisionItemOptions & { readonly id?: string; readonly assignedAt?: string } = {},
): SupervisionItem {
  const name = input.indicatorName ?? { zh: input.indicator };
  const values =
    input.actual !== undefined || input.target !== undefined
      ? `实际值 ${input.actual ?? "—"}，目标值 ${input.target ?? "—"} / actual ${input.actual ?? "—"}, target ${input.target ?? "—"}`
      : undefined;
  return createSupervisionItem(
    {
      id:
        options.id ?? `lagging:${input.indicator}:${input.unit}${input.period === undefined ? "" : `:${input.period}`}`,
      title: { zh: `${name.zh}短板整改`, en: `Improve lagging indicator ${name.en ?? input.indicator}` },
      source: "lagging_indicator",
      indicator: input.indicator,
      ...(input.period === undefined ? {} : { period: input.period }),
      ...(values === undefined ? {} : { description: values }),
      unit: input.unit,
      ...(input.leadLeader === undefined ? {} : { leadLeader: input.leadLeader }),
      supportingUnits: input.supportingUnits ?? [],
      ...(options.assignedAt === undefined ? {} : { assignedAt: options.assignedAt }),
      dueAt: input.dueAt,
    },
    options,
  );
}
