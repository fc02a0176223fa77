import type { ProgressItem } from "../progress/monitor-progress.js";

/**
 * The facts of one supervision item (督查事项) that accountability rules look at. A minimal input
 * shape, to be filled from the supervision-item lifecycle.
 *
 * @example
 * ```ts
 * import type { SupervisionItemFacts } from "@ducha/accountability";
 *
 * const item: SupervisionItemFacts = {
 *   id: "si_2024_017", unit: "c_mei", task: "housing_task", state: "in-progress", urgeCount: 2, dueAt: "2024-09-30",
 * };
 * ```
 * @since 0.1.0
 */
export interface SupervisionItemFacts {
  /** Item id. */
  readonly id: string;
  /** The unit handling the item (承办单位). */
  readonly unit: string;
  /** Indicator the item is about, if any. */
  readonly indicator?: string;
  /** Task id the item is about (a responsibility subject of kind `task`), if any. */
  readonly task?: string;
  /** Lifecycle state, e.g. `assigned`, `in-progress`, `closed`. */
  readonly state: string;
  /** How many times the item was urged (催办次数). */
  readonly urgeCount: number;
  /** Due date (办理时限) `YYYY-MM-DD`. */
  readonly dueAt: string;
  /** Date closed (办结), if closed. */
  readonly closedAt?: string;
}

/**
 * Per-unit assessment results that rules look at (to be filled from `@ducha/scoring`).
 *
 * @since 0.1.0
 */
export interface UnitResultFacts {
  readonly unit: string;
  /** Grade id (等次), e.g. `"poor"`. */
  readonly grade?: string;
  /** Rank (1 = best). */
  readonly rank?: number;
  /** Number of ranked units. */
  readonly rankCount?: number;
  /** Vetoes (一票否决) that fired for the unit. */
  readonly vetoes: readonly string[];
  /** Binding indicators (约束性指标) whose target the unit missed. */
  readonly bindingMissed: readonly string[];
}

/**
 * One monitoring period's progress items, e.g. a `ProgressSnapshot` from `progressSeries`.
 *
 * @since 0.1.0
 */
export interface ProgressSnapshotFacts {
  /** The date the items are as of. */
  readonly asOf: string;
  /** The monitoring period, e.g. `"2024-05"`. Defaults to `asOf`. */
  readonly monitoringPeriod?: string;
  readonly items: readonly ProgressItem[];
}

/**
 * Everything accountability rules are evaluated over (责任追究的事实依据).
 *
 * @since 0.1.0
 */
export interface AccountabilityFacts {
  /** Monitoring series (any order; sorted by `asOf`). The last snapshot is "now". Defaults to none. */
  readonly progress?: readonly ProgressSnapshotFacts[];
  /** Supervision items. Defaults to none. */
  readonly items?: readonly SupervisionItemFacts[];
  /** Assessment results per unit. Defaults to none. */
  readonly results?: readonly UnitResultFacts[];
  /** Evaluation date for overdue days. Defaults to the last progress snapshot's `asOf`. */
  readonly asOf?: string;
}
