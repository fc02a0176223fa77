/**
 * The status of an observation (数据状态): `reported` (上报, as submitted by the unit), `verified`
 * (核实, checked by the assessing body), `estimated` (估算) or `missing` (缺失, no value).
 *
 * @example
 * ```ts
 * import type { ObservationStatus } from "@ducha/io";
 *
 * const status: ObservationStatus = "verified";
 * ```
 * @since 0.1.0
 */
export type ObservationStatus = "reported" | "verified" | "estimated" | "missing";

/**
 * One observed value (实际值 / 完成值) of an indicator for an assessed unit in a period.
 *
 * `value` is an exact decimal string for quantitative data (`"1234.5"`, `"-3"`, never a JS float), or
 * a grade/status code for qualitative and task indicators (`"A"`, `"done"`, `"007"`). It is `null`
 * only when `status` is `"missing"`, and then `missingReason` says why (for imports: `"blank"` or
 * `"marker:—"` with the marker found in the file).
 *
 * @example
 * ```ts
 * import type { Observation } from "@ducha/io";
 *
 * const obs: Observation = { unit: "district_a", indicator: "gdp", period: "2024", value: "1234.5", status: "reported" };
 * ```
 * @since 0.1.0
 */
export interface Observation {
  /** The assessed unit's id (被考核单位). */
  unit: string;
  /** The indicator's id (指标). */
  indicator: string;
  /** The period id (考核周期): `2024`, `2024S1`, `2024Q3` or `2024-05`. */
  period: string;
  /** Exact decimal string or grade/status code; `null` only when `status` is `"missing"`. */
  value: string | null;
  /** Where the value stands in the reporting workflow. */
  status: ObservationStatus;
  /** Why the value is missing (only with status `"missing"`). */
  missingReason?: string;
  /** Where the value comes from (数据来源). */
  source?: string;
  /** Free-text remark (备注). */
  note?: string;
}

/**
 * All observation statuses, in workflow order.
 *
 * @example
 * ```ts
 * import { OBSERVATION_STATUSES } from "@ducha/io";
 *
 * OBSERVATION_STATUSES.includes("estimated"); // true
 * ```
 * @since 0.1.0
 */
export const OBSERVATION_STATUSES: readonly ObservationStatus[] = ["reported", "verified", "estimated", "missing"];
