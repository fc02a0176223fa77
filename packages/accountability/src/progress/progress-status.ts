import type { Dec } from "../internal/decimal.js";

/**
 * Progress status of one unit × indicator (进度状态): `done` target reached (已完成), `on_track`
 * (正常, green), `at_risk` (预警, yellow), `behind` (滞后, red), `overdue` (逾期未完成: the deadline
 * has come and the target is not reached, red), `no_data` (无数据, grey).
 *
 * @since 0.1.0
 */
export type ProgressStatus = "done" | "on_track" | "at_risk" | "behind" | "overdue" | "no_data";

/**
 * Warning colour (预警信号灯): green 绿灯, yellow 黄灯, red 红灯, grey 灰 (no data).
 *
 * @since 0.1.0
 */
export type ProgressColour = "green" | "yellow" | "red" | "grey";

/**
 * Warning thresholds on the performance ratio (actual progress ÷ expected progress).
 *
 * @since 0.1.0
 */
export interface ProgressThresholds {
  /** Green (on track) at or above this share of the expected progress. Defaults to `0.9`. */
  readonly green?: number | string;
  /** Yellow (at risk) at or above this share, below green. Defaults to `0.75`. Below is red (behind). */
  readonly yellow?: number | string;
}

/**
 * Default thresholds: the KPI traffic-light convention green ≥ 90 %, yellow 75–89 %, red < 75 % of
 * the expected progress (时间过半、任务过半: the task share should keep up with the time share).
 *
 * @example
 * ```ts
 * import { DEFAULT_THRESHOLDS } from "@ducha/accountability";
 *
 * DEFAULT_THRESHOLDS.green; // "0.9"
 * ```
 * @since 0.1.0
 */
export const DEFAULT_THRESHOLDS = Object.freeze({ green: "0.9", yellow: "0.75" } as const);

/**
 * The colour of a status: done/on_track green, at_risk yellow, behind/overdue red, no_data grey.
 *
 * @example
 * ```ts
 * import { statusColour } from "@ducha/accountability";
 *
 * statusColour("at_risk"); // "yellow"
 * ```
 * @since 0.1.0
 */
export function statusColour(status: ProgressStatus): ProgressColour {
  switch (status) {
    case "done":
    case "on_track":
      return "green";
    case "at_risk":
      return "yellow";
    case "behind":
    case "overdue":
      return "red";
    case "no_data":
      return "grey";
  }
}

/** Resolved thresholds as decimals. @internal */
export interface ResolvedThresholds {
  readonly green: Dec;
  readonly yellow: Dec;
}

/** Status of a performance ratio against thresholds: ≥ green on_track, ≥ yellow at_risk, else behind. @internal */
export function classify(performance: Dec, t: ResolvedThresholds): "on_track" | "at_risk" | "behind" {
  if (performance.gte(t.green)) return "on_track";
  if (performance.gte(t.yellow)) return "at_risk";
  return "behind";
}

/** Ranks statuses from worst (0) to best, for monotonicity checks and sorting. @internal */
export const STATUS_RANK: Readonly<Record<ProgressStatus, number>> = {
  no_data: -1,
  overdue: 0,
  behind: 1,
  at_risk: 2,
  on_track: 3,
  done: 4,
};

/**
 * A message in both Chinese and English.
 *
 * @since 0.1.0
 */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}
