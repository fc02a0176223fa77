// Pure calendar arithmetic on `YYYY-MM-DD` strings, time-zone free: no `Date` is ever built, so the
// host's time zone cannot shift a day. Day numbers are days since 1970-01-01 in the proleptic
// Gregorian calendar: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (`days_from_civil`,
// `civil_from_days`).

/**
 * The day number of a calendar date: days since 1970-01-01 (日序数) in the proleptic Gregorian
 * calendar, negative before 1970 (Hinnant's `days_from_civil`). Time-zone free.
 *
 * @param date - a valid date `YYYY-MM-DD` (check it with {@link isIsoDate} first; the text is not validated)
 * @returns whole days since 1970-01-01
 * @example
 * ```ts
 * import { dayNumber } from "@ducha/schema";
 *
 * dayNumber("1970-01-01"); // 0
 * dayNumber("2000-03-01"); // 11017
 * ```
 * @since 0.1.0
 */
export function dayNumber(date: string): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Hinnant days_from_civil: years start on March 1 so the leap day is the last day of the year
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date `YYYY-MM-DD` of a day number (days since 1970-01-01; Hinnant's
 * `civil_from_days`), the inverse of {@link dayNumber}.
 *
 * @param days - whole days since 1970-01-01 (may be negative)
 * @returns the date `YYYY-MM-DD`
 * @example
 * ```ts
 * import { fromDayNumber } from "@ducha/schema";
 *
 * fromDayNumber(19_844); // "2024-05-01"
 * ```
 * @since 0.1.0
 */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A date plus a number of days, time-zone free.
 *
 * @param date - a valid date `YYYY-MM-DD`
 * @param days - whole days to add (negative to go back)
 * @returns the date `YYYY-MM-DD`
 * @example
 * ```ts
 * import { addDays } from "@ducha/schema";
 *
 * addDays("2024-03-01", -1); // "2024-02-29"
 * ```
 * @since 0.1.0
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Whole days from one date to another (`to − from`; negative when `to` is earlier), time-zone free.
 *
 * @param from - a valid date `YYYY-MM-DD`
 * @param to - a valid date `YYYY-MM-DD`
 * @returns the number of days
 * @example
 * ```ts
 * import { daysBetween } from "@ducha/schema";
 *
 * daysBetween("2024-01-01", "2024-12-31"); // 365 (a leap year)
 * ```
 * @since 0.1.0
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
