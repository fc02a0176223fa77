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
    return isoFromEpochDays(days + daysFromCivil(1904, 1, 1));
  }
  if (days < 1 || days > 2958465) return undefined;
  if (days === 60) return undefined; // 1900-02-29 does not exist
  const offset = days < 60 ? days - 1 : days - 2;
  return isoFromEpochDays(daysFromCivil(1900, 1, 1) + offset);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil} (same source). */
function isoFromEpochDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
