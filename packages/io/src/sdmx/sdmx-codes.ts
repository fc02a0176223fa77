import type { ObservationStatus } from "../observation.js";

/**
 * SDMX `OBS_STATUS` codes (SDMX code list CL_OBS_STATUS 2.2) written for each Ducha status:
 * `verified` → `A` (normal value), `reported` → `P` (provisional: submitted, not yet verified),
 * `estimated` → `E` (estimated value), `missing` → `O` (missing value).
 *
 * @example
 * ```ts
 * import { SDMX_OBS_STATUS } from "@ducha/io/sdmx";
 *
 * SDMX_OBS_STATUS.estimated; // "E"
 * ```
 * @since 0.1.0
 */
export const SDMX_OBS_STATUS: Readonly<Record<ObservationStatus, string>> = {
  verified: "A",
  reported: "P",
  estimated: "E",
  missing: "O",
};

/**
 * How `importSdmxCsv` reads `OBS_STATUS` codes (CL_OBS_STATUS 2.2): `A` → verified; `P`
 * (provisional), `V` (unvalidated), `B` (break), `D` (definition differs) → reported; `E`
 * (estimated), `F` (forecast), `I` (imputed) → estimated; `O`, `M`, `L`, `Q` (missing kinds) →
 * missing. Other codes are read as `reported` with an `unknown_obs_status` warning.
 *
 * @example
 * ```ts
 * import { SDMX_OBS_STATUS_IMPORT } from "@ducha/io/sdmx";
 *
 * SDMX_OBS_STATUS_IMPORT.A; // "verified"
 * ```
 * @since 0.1.0
 */
export const SDMX_OBS_STATUS_IMPORT: Readonly<Record<string, ObservationStatus>> = {
  A: "verified",
  P: "reported",
  V: "reported",
  B: "reported",
  D: "reported",
  E: "estimated",
  F: "estimated",
  I: "estimated",
  O: "missing",
  M: "missing",
  L: "missing",
  Q: "missing",
};

/**
 * Converts a Ducha period id to an SDMX `TIME_PERIOD` (ISO 8601 / SDMX reporting periods):
 * `2024` → `2024`, `2024S1` → `2024-S1`, `2024Q3` → `2024-Q3`, `2024-05` → `2024-05`.
 *
 * @param period - a Ducha period id
 * @returns the SDMX time period, or `undefined` for an id of another shape
 * @example
 * ```ts
 * import { toSdmxPeriod } from "@ducha/io/sdmx";
 *
 * toSdmxPeriod("2024Q3"); // "2024-Q3"
 * ```
 * @since 0.1.0
 */
export function toSdmxPeriod(period: string): string | undefined {
  if (/^\d{4}$/.test(period) || /^\d{4}-(?:0[1-9]|1[0-2])$/.test(period)) return period;
  const m = /^(\d{4})([SQ])(\d)$/.exec(period);
  if (m === null) return undefined;
  const [, year, kind, n] = m;
  if ((kind === "S" && (n === "1" || n === "2")) || (kind === "Q" && n !== undefined && n >= "1" && n <= "4")) {
    return `${year}-${kind}${n}`;
  }
  return undefined;
}

/**
 * Converts an SDMX `TIME_PERIOD` to a Ducha period id: `2024`, `2024-A1` → `2024`; `2024-S1` →
 * `2024S1`; `2024-Q3` → `2024Q3`; `2024-05`, `2024-M05` → `2024-05`.
 *
 * @param period - an SDMX time period
 * @returns the Ducha period id, or `undefined` for other shapes (weeks, days, ranges)
 * @example
 * ```ts
 * import { fromSdmxPeriod } from "@ducha/io/sdmx";
 *
 * fromSdmxPeriod("2024-S1"); // "2024S1"
 * ```
 * @since 0.1.0
 */
export function fromSdmxPeriod(period: string): string | undefined {
  const text = period.trim();
  let m = /^(\d{4})(?:-A1)?$/.exec(text);
  if (m !== null) return m[1];
  m = /^(\d{4})-S([12])$/.exec(text);
  if (m !== null) return `${m[1]}S${m[2]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m !== null) return `${m[1]}Q${m[2]}`;
  m = /^(\d{4})-M?(0[1-9]|1[0-2])$/.exec(text);
  if (m !== null) return `${m[1]}-${m[2]}`;
  return undefined;
}
