import type { Clock } from "../clock.js";
import { accountabilityError } from "../errors.js";

/**
 * ISO-8601 instants accepted everywhere: a calendar date `YYYY-MM-DD`, or a date-time with seconds
 * optional, fraction optional and a REQUIRED zone (`Z` or `±hh:mm`). Date-times without a zone are
 * rejected because JavaScript would read them in the machine's local time zone.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const DAY_MS = 86_400_000;

/** Whether `value` is a date or zoned date-time string accepted by {@link parseInstant}. */
export function isIsoInstant(value: string): boolean {
  return instantMs(value) !== undefined;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

function instantMs(value: string): number | undefined {
  const date = DATE_RE.exec(value);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!validDate(y, m, d)) return undefined;
    return Date.UTC(y, m - 1, d);
  }
  const dt = DATE_TIME_RE.exec(value);
  if (!dt) return undefined;
  const [y, m, d, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i] ?? "0")) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!validDate(y, m, d) || hh > 23 || mm > 59 || ss > 59) return undefined;
  const zone = dt[7] ?? "Z";
  if (zone !== "Z") {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 23 || zm > 59) return undefined;
  }
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Parses an ISO instant to epoch milliseconds (UTC), never local time. A calendar date means the
 * START of that day in UTC. Throws `invalid_date` with `path` otherwise.
 */
export function parseInstant(value: unknown, path: readonly (string | number)[] = []): number {
  const ms = typeof value === "string" ? instantMs(value) : undefined;
  if (ms === undefined) {
    const shown = JSON.stringify(typeof value === "string" ? value : String(value));
    const where = path.length > 0 ? ` at ${path.join(".")}` : "";
    throw accountabilityError(
      "invalid_date",
      {
        zh: `${path.length > 0 ? `${path.join(".")} 处` : ""}日期无效：${shown}，应为 YYYY-MM-DD 或带时区的 ISO-8601 时间（如 2025-03-31T08:00:00Z）`,
        en: `invalid date${where}: ${shown}; expected YYYY-MM-DD or an ISO-8601 date-time with a zone (e.g. 2025-03-31T08:00:00Z)`,
      },
      path,
    );
  }
  return ms;
}

/**
 * The last millisecond covered by a deadline, as epoch ms: a calendar date `YYYY-MM-DD` covers the
 * whole UTC day (deadline = next day 00:00Z minus 1 ms); a date-time is the instant itself.
 */
export function deadlineEndMs(value: string, path: readonly (string | number)[] = []): number {
  const ms = parseInstant(value, path);
  return DATE_RE.test(value) ? ms + DAY_MS - 1 : ms;
}

/** Reads a clock and returns its time as an ISO-8601 UTC string (`toISOString`), rejecting invalid dates. */
export function nowIso(clock: Clock): string {
  const now = clock();
  if (!(now instanceof Date) || !Number.isFinite(now.getTime())) {
    throw accountabilityError("invalid_clock", {
      zh: "时钟返回了无效的时间",
      en: "the clock returned an invalid Date",
    });
  }
  return now.toISOString();
}
