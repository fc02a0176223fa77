import { type Clock, systemClock } from "../clock.js";
import { deadlineEndMs, nowIso, parseInstant } from "../internal/instant.js";
import { SupervisionError } from "./supervision-error.js";
import type { SupervisionItem, SupervisionTransitionRecord } from "./supervision-item.js";
import {
  allowedEvents,
  SUPERVISION_EVENT_LABELS,
  SUPERVISION_STATE_LABELS,
  SUPERVISION_TRANSITIONS,
  type SupervisionEvent,
} from "./supervision-state.js";

/**
 * Who applies a transition, when, and with what evidence.
 *
 * @example
 * ```ts
 * import type { TransitionContext } from "@ducha/accountability";
 *
 * const ctx: TransitionContext = { actor: "督查室", at: "2025-06-25T10:00:00+08:00", evidence: ["核查报告.pdf"] };
 * ```
 * @since 0.1.0
 */
export interface TransitionContext {
  /** Who applies the event (a user, a unit, `"system"`). Non-empty. */
  readonly actor: string;
  /** When, as an ISO-8601 instant with a zone. Defaults to the clock's time. */
  readonly at?: string;
  /** Source of the time when `at` is not given. Defaults to {@link systemClock}. */
  readonly clock?: Clock;
  /** References to supporting material (办理材料、佐证). Defaults to none. */
  readonly evidence?: readonly string[];
  /** A remark (办理意见). Defaults to none. */
  readonly note?: string;
}

function fail(code: string, zh: string, en: string, path: readonly (string | number)[] = []): SupervisionError {
  return new SupervisionError(code, en, { path, messages: { zh, en } });
}

/**
 * Applies an event to a supervision item and returns the updated item (pure: the input is not
 * changed). The history gains `{ from, to, event, actor, at, evidence?, note? }`.
 *
 * Throws {@link SupervisionError}:
 * - `illegal_transition` — the event is not allowed in the current state (the message names the
 *   state, the event and the allowed events, in Chinese and English);
 * - `not_overdue` — `mark_overdue` at or before the deadline (a date deadline covers the whole UTC day);
 * - `time_reversed` — `at` is before the previous transition or before `assignedAt`;
 * - `invalid_transition_context` — empty actor; `invalid_date` — `at` is not a zoned ISO instant.
 *
 * @param item - the item
 * @param event - the event to apply
 * @param ctx - actor, time, evidence, note
 * @returns a new item in the next state
 * @example
 * ```ts
 * import { applyTransition, createSupervisionItem } from "@ducha/accountability";
 *
 * const item = createSupervisionItem({
 *   id: "DC-1", title: { zh: "整治黑臭水体" }, unit: "市生态环境局", assignedAt: "2025-03-01", dueAt: "2025-06-30",
 * });
 * const next = applyTransition(item, "start", { actor: "市生态环境局", at: "2025-03-02T09:00:00+08:00" });
 * console.log(next.state, next.history.length); // "in_progress" 1
 * ```
 * @since 0.1.0
 */
export function applyTransition(
  item: SupervisionItem,
  event: SupervisionEvent,
  ctx: TransitionContext,
): SupervisionItem {
  const to = SUPERVISION_TRANSITIONS[item.state]?.[event];
  if (to === undefined) {
    const state = SUPERVISION_STATE_LABELS[item.state] ?? { zh: String(item.state), en: String(item.state) };
    const eventLabel = SUPERVISION_EVENT_LABELS[event] ?? { zh: String(event), en: String(event) };
    const allowed = item.state in SUPERVISION_TRANSITIONS ? allowedEvents(item.state) : [];
    const zhAllowed =
      allowed.length === 0
        ? "无（已是终态）"
        : allowed.map((e) => `${SUPERVISION_EVENT_LABELS[e].zh}(${e})`).join("、");
    const enAllowed = allowed.length === 0 ? "none (terminal state)" : allowed.join(", ");
    throw fail(
      "illegal_transition",
      `督查事项"${item.id}"当前状态为"${state.zh}"(${item.state})，不能执行"${eventLabel.zh}"(${event})；允许的操作：${zhAllowed}`,
      `supervision item "${item.id}" is in state "${item.state}" (${state.zh}); event "${event}" (${eventLabel.zh}) is not allowed; allowed events: ${enAllowed}`,
      ["state"],
    );
  }
  if (typeof ctx.actor !== "string" || ctx.actor.trim() === "") {
    throw fail("invalid_transition_context", "操作人不能为空", "the transition needs a non-empty actor", ["actor"]);
  }
  const at = ctx.at ?? nowIso(ctx.clock ?? systemClock);
  const atMs = parseInstant(at, ["at"]);
  const last = item.history[item.history.length - 1];
  const floor = last === undefined ? item.assignedAt : last.at;
  if (atMs < parseInstant(floor)) {
    throw fail(
      "time_reversed",
      `流转时间 ${at} 早于${last === undefined ? "交办时间" : "上一次流转时间"} ${floor}`,
      `transition time ${at} is before the ${last === undefined ? "assignment" : "previous transition"} at ${floor}`,
      ["at"],
    );
  }
  if (event === "mark_overdue" && atMs <= deadlineEndMs(item.dueAt)) {
    throw fail(
      "not_overdue",
      `督查事项"${item.id}"在 ${at} 尚未超过办结时限 ${item.dueAt}，不能标记逾期`,
      `supervision item "${item.id}" is not overdue at ${at}; the deadline is ${item.dueAt}`,
      ["dueAt"],
    );
  }
  const record: SupervisionTransitionRecord = {
    from: item.state,
    to,
    event,
    actor: ctx.actor,
    at,
    ...(ctx.evidence === undefined ? {} : { evidence: [...ctx.evidence] }),
    ...(ctx.note === undefined ? {} : { note: ctx.note }),
  };
  return { ...item, state: to, history: [...item.history, record] };
}

/**
 * The number of times the item was urged (催办次数) over its whole history.
 *
 * @param item - the item
 * @returns count of `urge` records
 * @example
 * ```ts
 * import { applyTransition, createSupervisionItem, urgeCount } from "@ducha/accountability";
 *
 * let item = createSupervisionItem({ id: "DC-2", title: { zh: "事项" }, unit: "u", assignedAt: "2025-01-01", dueAt: "2025-02-01" });
 * item = applyTransition(item, "start", { actor: "u", at: "2025-01-02T00:00:00Z" });
 * item = applyTransition(item, "urge", { actor: "督查室", at: "2025-01-20T00:00:00Z" });
 * console.log(urgeCount(item)); // 1
 * ```
 * @since 0.1.0
 */
export function urgeCount(item: SupervisionItem): number {
  return item.history.filter((record) => record.event === "urge").length;
}

/** Urges received while overdue since the item last entered the overdue state. */
function urgesSinceOverdue(item: SupervisionItem): number {
  let count = 0;
  for (let i = item.history.length - 1; i >= 0; i--) {
    const record = item.history[i];
    if (record === undefined) break;
    if (record.event === "urge" && record.from === "overdue") count++;
    else if (record.to === "overdue") break;
  }
  return count;
}

/**
 * Options of {@link refreshOverdue}.
 *
 * @example
 * ```ts
 * import type { RefreshOverdueOptions } from "@ducha/accountability";
 *
 * const options: RefreshOverdueOptions = { now: "2025-07-01T00:00:00Z", escalateAfterUrges: 3 };
 * ```
 * @since 0.1.0
 */
export interface RefreshOverdueOptions {
  /** The time to check against, an ISO-8601 instant. Defaults to the clock's time. */
  readonly now?: string;
  /** Source of the time when `now` is not given. Defaults to {@link systemClock}. */
  readonly clock?: Clock;
  /** Actor recorded for automatic transitions. Defaults to `"system"`. */
  readonly actor?: string;
  /**
   * Escalate (升级问责) an overdue item automatically once it has been urged this many times since
   * it became overdue. Defaults to never escalating automatically.
   */
  readonly escalateAfterUrges?: number;
}

/**
 * Applies the automatic rules at time `now`: an item in `assigned` or `in_progress` whose deadline
 * has passed (`now` after `dueAt`; a date deadline covers the whole UTC day) becomes `overdue`
 * (逾期) via `mark_overdue`; and, if `escalateAfterUrges` is set, an overdue item urged at least that
 * many times since it became overdue becomes `escalated` (升级问责). Items already reported,
 * verified, closed or escalated are returned unchanged. Pure; returns the same object when nothing applies.
 *
 * @param item - the item
 * @param options - time, actor and the escalation threshold
 * @returns the item after the automatic transitions
 * @example
 * ```ts
 * import { createSupervisionItem, refreshOverdue } from "@ducha/accountability";
 *
 * const item = createSupervisionItem({ id: "DC-3", title: { zh: "事项" }, unit: "u", assignedAt: "2025-01-01", dueAt: "2025-01-31" });
 * console.log(refreshOverdue(item, { now: "2025-01-31T23:00:00Z" }).state); // "assigned" (still the due day)
 * console.log(refreshOverdue(item, { now: "2025-02-01T00:00:00Z" }).state); // "overdue"
 * ```
 * @since 0.1.0
 */
export function refreshOverdue(item: SupervisionItem, options: RefreshOverdueOptions = {}): SupervisionItem {
  const now = options.now ?? nowIso(options.clock ?? systemClock);
  const nowMs = parseInstant(now, ["now"]);
  const actor = options.actor ?? "system";
  let current = item;
  if ((current.state === "assigned" || current.state === "in_progress") && nowMs > deadlineEndMs(current.dueAt)) {
    current = applyTransition(current, "mark_overdue", {
      actor,
      at: now,
      note: `超过办结时限 ${current.dueAt} / past the deadline ${current.dueAt}`,
    });
  }
  const threshold = options.escalateAfterUrges;
  if (threshold !== undefined) {
    if (!Number.isInteger(threshold) || threshold < 1) {
      throw fail(
        "invalid_option",
        `escalateAfterUrges 应为正整数，实际为 ${threshold}`,
        `escalateAfterUrges must be a positive integer, got ${threshold}`,
        ["escalateAfterUrges"],
      );
    }
    const urges = urgesSinceOverdue(current);
    if (current.state === "overdue" && urges >= threshold) {
      current = applyTransition(current, "escalate", {
        actor,
        at: now,
        note: `逾期后已催办 ${urges} 次，自动升级问责 / urged ${urges} times while overdue, escalated automatically`,
      });
    }
  }
  return current;
}
