import type { LocalizedMessage } from "../localized-message.js";

/**
 * The states of a supervision item, in lifecycle order (督查事项状态).
 *
 * @example
 * ```ts
 * import { SUPERVISION_STATES } from "@ducha/accountability";
 *
 * console.log(SUPERVISION_STATES.length); // 7
 * ```
 * @since 0.1.0
 */
export const SUPERVISION_STATES = [
  "assigned",
  "in_progress",
  "reported",
  "verified",
  "closed",
  "overdue",
  "escalated",
] as const;

/**
 * A supervision item's state: `assigned` 交办, `in_progress` 办理中, `reported` 报送, `verified` 核查,
 * `closed` 办结/销号 (terminal), `overdue` 逾期, `escalated` 升级/问责.
 *
 * @example
 * ```ts
 * import type { SupervisionState } from "@ducha/accountability";
 *
 * const state: SupervisionState = "verified";
 * ```
 * @since 0.1.0
 */
export type SupervisionState = (typeof SUPERVISION_STATES)[number];

/**
 * The events that move a supervision item (督查事项操作), in a fixed order used by {@link allowedEvents}.
 *
 * @example
 * ```ts
 * import { SUPERVISION_EVENTS } from "@ducha/accountability";
 *
 * console.log(SUPERVISION_EVENTS.includes("urge")); // true
 * ```
 * @since 0.1.0
 */
export const SUPERVISION_EVENTS = [
  "start",
  "report",
  "verify",
  "close",
  "return",
  "urge",
  "mark_overdue",
  "escalate",
] as const;

/**
 * An event: `start` 开始办理, `report` 报送办理结果, `verify` 核查通过, `close` 办结销号,
 * `return` 退回整改, `urge` 催办 (counted, state unchanged), `mark_overdue` 逾期 (normally applied
 * automatically by {@link refreshOverdue}), `escalate` 升级问责.
 *
 * @example
 * ```ts
 * import type { SupervisionEvent } from "@ducha/accountability";
 *
 * const event: SupervisionEvent = "return";
 * ```
 * @since 0.1.0
 */
export type SupervisionEvent = (typeof SUPERVISION_EVENTS)[number];

/**
 * The transition table as data (状态流转表): for each state, the events allowed and the state each
 * leads to. Events not listed are illegal in that state; `closed` has none (terminal).
 *
 * | state | events → next state |
 * | --- | --- |
 * | assigned 交办 | start → in_progress, mark_overdue → overdue, escalate → escalated |
 * | in_progress 办理中 | report → reported, urge → in_progress, mark_overdue → overdue, escalate → escalated |
 * | reported 报送 | verify → verified, return → in_progress |
 * | verified 核查 | close → closed, return → in_progress |
 * | overdue 逾期 | report → reported, urge → overdue, escalate → escalated |
 * | escalated 问责 | report → reported |
 * | closed 办结 | — |
 *
 * @example
 * ```ts
 * import { SUPERVISION_TRANSITIONS } from "@ducha/accountability";
 *
 * console.log(SUPERVISION_TRANSITIONS.reported.return); // "in_progress"
 * ```
 * @since 0.1.0
 */
export const SUPERVISION_TRANSITIONS: Readonly<
  Record<SupervisionState, Readonly<Partial<Record<SupervisionEvent, SupervisionState>>>>
> = Object.freeze({
  assigned: Object.freeze({ start: "in_progress", mark_overdue: "overdue", escalate: "escalated" }),
  in_progress: Object.freeze({
    report: "reported",
    urge: "in_progress",
    mark_overdue: "overdue",
    escalate: "escalated",
  }),
  reported: Object.freeze({ verify: "verified", return: "in_progress" }),
  verified: Object.freeze({ close: "closed", return: "in_progress" }),
  overdue: Object.freeze({ report: "reported", urge: "overdue", escalate: "escalated" }),
  escalated: Object.freeze({ report: "reported" }),
  closed: Object.freeze({}),
} satisfies Record<SupervisionState, Partial<Record<SupervisionEvent, SupervisionState>>>);

/**
 * Chinese and English names of the states, for messages and reports.
 *
 * @example
 * ```ts
 * import { SUPERVISION_STATE_LABELS } from "@ducha/accountability";
 *
 * console.log(SUPERVISION_STATE_LABELS.closed.zh); // "办结"
 * ```
 * @since 0.1.0
 */
export const SUPERVISION_STATE_LABELS: Readonly<Record<SupervisionState, LocalizedMessage>> = Object.freeze({
  assigned: { zh: "交办", en: "assigned" },
  in_progress: { zh: "办理中", en: "in progress" },
  reported: { zh: "报送", en: "reported" },
  verified: { zh: "核查", en: "verified" },
  closed: { zh: "办结", en: "closed" },
  overdue: { zh: "逾期", en: "overdue" },
  escalated: { zh: "问责", en: "escalated" },
});

/**
 * Chinese and English names of the events, for messages and reports.
 *
 * @example
 * ```ts
 * import { SUPERVISION_EVENT_LABELS } from "@ducha/accountability";
 *
 * console.log(SUPERVISION_EVENT_LABELS.urge.zh); // "催办"
 * ```
 * @since 0.1.0
 */
export const SUPERVISION_EVENT_LABELS: Readonly<Record<SupervisionEvent, LocalizedMessage>> = Object.freeze({
  start: { zh: "开始办理", en: "start" },
  report: { zh: "报送", en: "report" },
  verify: { zh: "核查通过", en: "verify" },
  close: { zh: "办结销号", en: "close" },
  return: { zh: "退回整改", en: "return for rework" },
  urge: { zh: "催办", en: "urge" },
  mark_overdue: { zh: "标记逾期", en: "mark overdue" },
  escalate: { zh: "升级问责", en: "escalate" },
});

/**
 * The events allowed in a state, in {@link SUPERVISION_EVENTS} order (empty for `closed`).
 *
 * @param state - a supervision state
 * @returns the allowed events
 * @example
 * ```ts
 * import { allowedEvents } from "@ducha/accountability";
 *
 * console.log(allowedEvents("reported")); // ["verify", "return"]
 * ```
 * @since 0.1.0
 */
export function allowedEvents(state: SupervisionState): readonly SupervisionEvent[] {
  const row = SUPERVISION_TRANSITIONS[state];
  return SUPERVISION_EVENTS.filter((event) => row[event] !== undefined);
}

/**
 * Whether a state is terminal (no event allowed): only `closed` (办结/销号).
 *
 * @param state - a supervision state
 * @returns true for `closed`
 * @example
 * ```ts
 * import { isTerminalState } from "@ducha/accountability";
 *
 * console.log(isTerminalState("closed"), isTerminalState("overdue")); // true false
 * ```
 * @since 0.1.0
 */
export function isTerminalState(state: SupervisionState): boolean {
  return allowedEvents(state).length === 0;
}
