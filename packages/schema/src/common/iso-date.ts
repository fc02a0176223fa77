import { z } from "zod";

/**
 * Whether `s` is a real calendar date written `YYYY-MM-DD` (Gregorian, years 1000–9999).
 *
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false
 * ```
 * @since 0.1.0
 */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Number of days in a month of the Gregorian calendar.
 *
 * @param year - four-digit year
 * @param month - 1–12
 * @since 0.1.0
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A calendar date `YYYY-MM-DD` (time-zone free).
 *
 * @since 0.1.0
 */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "expected a date YYYY-MM-DD", params: { code: "invalid_date" } });

/**
 * A date or a UTC date-time: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss(.sss)Z` / with an offset.
 *
 * @since 0.1.0
 */
export const IsoDateTimeSchema = z.union([IsoDateSchema, z.iso.datetime({ offset: true })]);
