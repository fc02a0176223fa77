import { DuchaError } from "@ducha/schema";
import type { Observation } from "../observation.js";
import { SDMX_OBS_STATUS, toSdmxPeriod } from "./sdmx-codes.js";

/**
 * Options of {@link toSdmxCsv}.
 *
 * @example
 * ```ts
 * import type { ToSdmxCsvOptions } from "@ducha/io/sdmx";
 *
 * const options: ToSdmxCsvOptions = { structureId: "CN_CITY:KPI(1.0)", action: "R" };
 * ```
 * @since 0.1.0
 */
export interface ToSdmxCsvOptions {
  /** The structure the data belong to, as `AGENCY:ID(VERSION)`, e.g. `"CN_CITY:KPI(1.0)"`. */
  readonly structureId: string;
  /** Structure type: `dataflow`, `datastructure` or `dataprovision`. Defaults to `"dataflow"`. */
  readonly structure?: "dataflow" | "datastructure" | "dataprovision";
  /** Action: `I` information, `A` append, `R` replace. Defaults to `"I"`. */
  readonly action?: "I" | "A" | "R";
  /** Column id of the unit dimension. Defaults to `"REF_AREA"`. */
  readonly unitDimension?: string;
  /** Column id of the indicator dimension. Defaults to `"INDICATOR"`. */
  readonly indicatorDimension?: string;
  /** Field separator; SDMX-CSV allows e.g. `;` for some locales. Defaults to `","`. */
  readonly delimiter?: string;
}

/**
 * Writes observations as an SDMX-CSV 2.0 data message (SDMX Technical Working Group, "SDMX-CSV Data
 * Message Field Guide", format 2.0.0 aligned with SDMX 3.0): columns `STRUCTURE, STRUCTURE_ID,
 * ACTION, REF_AREA, INDICATOR, TIME_PERIOD, OBS_VALUE, UNIT_MULT, OBS_STATUS`, one observation per
 * row, RFC 4180 quoting, no BOM.
 *
 * Periods become SDMX reporting periods (`2024Q3` → `2024-Q3`, see {@link toSdmxPeriod}); statuses
 * become `OBS_STATUS` codes ({@link SDMX_OBS_STATUS}); numbers are written as exact decimals in the
 * indicator's unit with `UNIT_MULT` 0, codes as text with an empty `UNIT_MULT`, missing values empty.
 * Unlike `toCsv`, no formula escaping is applied: SDMX-CSV is for machines.
 *
 * @param observations - the observations
 * @param options - structure id (required), action, dimension ids, delimiter
 * @returns the SDMX-CSV text
 * @throws DuchaError `invalid_period` for a period id that is not `2024`, `2024S1`, `2024Q3` or `2024-05`
 * @example
 * ```ts
 * import { toSdmxCsv } from "@ducha/io/sdmx";
 *
 * toSdmxCsv([{ unit: "CN_A", indicator: "GDP", period: "2024Q3", value: "1.5", status: "verified" }], { structureId: "X:KPI(1.0)" });
 * // "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\r\n"
 * // + "dataflow,X:KPI(1.0),I,CN_A,GDP,2024-Q3,1.5,0,A\r\n"
 * ```
 * @since 0.1.0
 */
export function toSdmxCsv(observations: Iterable<Observation>, options: ToSdmxCsvOptions): string {
  const d = options.delimiter ?? ",";
  const quote = (text: string): string =>
    text.includes(d) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
  const header = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    options.unitDimension ?? "REF_AREA",
    options.indicatorDimension ?? "INDICATOR",
    "TIME_PERIOD",
    "OBS_VALUE",
    "UNIT_MULT",
    "OBS_STATUS",
  ];
  const lines = [header.join(d)];
  let index = 0;
  for (const o of observations) {
    const period = toSdmxPeriod(o.period);
    if (period === undefined) {
      throw new DuchaError(
        "invalid_period",
        `observations[${index}].period "${o.period}" is not a period id (2024, 2024S1, 2024Q3, 2024-05)`,
        { path: ["observations", index, "period"] },
      );
    }
    const numeric = o.value !== null && /^-?\d+(?:\.\d+)?$/.test(o.value);
    lines.push(
      [
        options.structure ?? "dataflow",
        quote(options.structureId),
        options.action ?? "I",
        quote(o.unit),
        quote(o.indicator),
        period,
        o.value === null ? "" : quote(o.value),
        numeric ? "0" : "",
        SDMX_OBS_STATUS[o.status],
      ].join(d),
    );
    index++;
  }
  return `${lines.join("\r\n")}\r\n`;
}
