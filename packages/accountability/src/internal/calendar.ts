/**
 * Pure calendar arithmetic on `YYYY-MM-DD` strings (time-zone free: no `Date` is ever built, so the
 * host's time zone cannot shift a day). Day numbers are days since 1970-01-01 in the proleptic
 * Gregorian calendar ("days from civil", H. Hinnant, *chrono-Compatible Low-Level Date Algorithms*).
 *
 * @internal
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a Gregorian month. @internal */
export function monthDays(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `s` is a real calendar date `YYYY-MM-DD` (years 1000–9999). @internal */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= monthDays(y, mo);
}

/** Day number (days since 1970-01-01) of a valid `YYYY-MM-DD` date. @internal */
export function dayNumber(date: string): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Hinnant's days_from_civil
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` date of a day number (Hinnant's civil_from_days). @internal */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
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

/** `date` plus `days` (may be negative). @internal */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (`b − a`). @internal */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
