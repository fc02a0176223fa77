import { dayNumber, fromDayNumber } from "@ducha/schema";

/**
 * Converts an Excel date serial number to an ISO date `YYYY-MM-DD` (Excel 1900 date system by
 * default: serial 1 = 1900-01-01, with Excel's phantom 1900-02-29 at serial 60 — Lotus 1-2-3
 * compatibility, so serials ≥ 61 are counted from 1899-12-30; 1904 date system: serial 0 =
 * 1904-01-01). A fractional part (time of day) is ignored. Uses integer day arithmetic only.
 *
 * @param serial - the serial as text or an integer, e.g. `"45413"` (2024-05-01)
 * @param options - `date1904`: the workbook uses the 1904 date system. Defaults to false.
 * @returns the ISO date, or `undefined` for text that is not a serial in 1..2958465 (9999-12-31)
 * @example
 * ```ts
 * import { excelSerialToIsoDate } from "@ducha/io";
 *
 * excelSerialToIsoDate("45413"); // "2024-05-01"
 * ```
 * @since 0.1.0
 */
export function excelSerialToIsoDate(
  serial: string | number,
  options: { date1904?: boolean } = {},
): string | undefined {
  const text = typeof serial === "number" ? String(serial) : serial.trim();
  const m = /^(\d{1,7})(?:\.\d+)?$/.exec(text);
  if (m === null) return undefined;
  const days = Number(m[1]);
  if (options.date1904 === true) {
    if (days > 2957003) return undefined;
    return fromDayNumber(days + dayNumber("1904-01-01"));
  }
  if (days < 1 || days > 2958465) return undefined;
  if (days === 60) return undefined; // 1900-02-29 does not exist
  const offset = days < 60 ? days - 1 : days - 2;
  return fromDayNumber(dayNumber("1900-01-01") + offset);
}
