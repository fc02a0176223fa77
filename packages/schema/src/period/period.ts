import { z } from "zod";
import { daysInMonth } from "../common/iso-date.js";

/**
 * Granularity of an assessment period (考核周期).
 *
 * @since 0.1.0
 */
export type PeriodType = "year" | "half-year" | "quarter" | "month";

/**
 * A parsed period: a year, a half-year (`S1`/`S2`), a quarter (`Q1`–`Q4`) or a month (1–12).
 *
 * @since 0.1.0
 */
export interface Period {
  /** Granularity. */
  readonly type: PeriodType;
  /** Calendar year. */
  readonly year: number;
  /** Half (1–2), quarter (1–4) or month (1–12); 1 for a year. */
  readonly index: number;
}

const PERIOD_RE = /^(\d{4})(?:(S)([12])|(Q)([1-4])|-(0[1-9]|1[0-2]))?$/;

/**
 * Whether `id` is a canonical period id: `2024`, `2024S1`, `2024Q3` or `2024-05`.
 *
 * @since 0.1.0
 */
export function isPeriodId(id: string): boolean {
  return PERIOD_RE.test(id) && Number(id.slice(0, 4)) >= 1000;
}

/**
 * A canonical period id: `2024` (year), `2024S1` (half-year), `2024Q3` (quarter), `2024-05` (month).
 *
 * @since 0.1.0
 */
export const PeriodIdSchema = z.string().refine(isPeriodId, {
  message: "expected a period id like 2024, 2024S1, 2024Q3 or 2024-05",
  params: { code: "invalid_period" },
});

/**
 * Parses a canonical period id.
 *
 * @returns the period, or `undefined` when `id` is not canonical
 * @example
 * ```ts
 * parsePeriod("2024Q3"); // { type: "quarter", year: 2024, index: 3 }
 * parsePeriod("2024-13"); // undefined
 * ```
 * @since 0.1.0
 */
export function parsePeriod(id: string): Period | undefined {
  const m = PERIOD_RE.exec(id);
  if (m === null) return undefined;
  const year = Number(m[1]);
  if (year < 1000) return undefined;
  if (m[2] === "S") return { type: "half-year", year, index: Number(m[3]) };
  if (m[4] === "Q") return { type: "quarter", year, index: Number(m[5]) };
  if (m[6] !== undefined) return { type: "month", year, index: Number(m[6]) };
  return { type: "year", year, index: 1 };
}

/**
 * Writes a period as its canonical id.
 *
 * @example
 * ```ts
 * formatPeriod({ type: "month", year: 2024, index: 5 }); // "2024-05"
 * ```
 * @since 0.1.0
 */
export function formatPeriod(period: Period): string {
  switch (period.type) {
    case "year":
      return String(period.year);
    case "half-year":
      return `${period.year}S${period.index}`;
    case "quarter":
      return `${period.year}Q${period.index}`;
    case "month":
      return `${period.year}-${String(period.index).padStart(2, "0")}`;
  }
}

const MONTHS: Record<PeriodType, number> = { year: 12, "half-year": 6, quarter: 3, month: 1 };

/** First month (1–12) of a period. */
function firstMonth(p: Period): number {
  return (p.index - 1) * MONTHS[p.type] + 1;
}

/**
 * First day of a period as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * periodStart("2024Q3"); // "2024-07-01"
 * ```
 * @since 0.1.0
 */
export function periodStart(id: string): string {
  const p = mustParse(id);
  return `${p.year}-${String(firstMonth(p)).padStart(2, "0")}-01`;
}

/**
 * Last day of a period as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * periodEnd("2024S1"); // "2024-06-30"
 * ```
 * @since 0.1.0
 */
export function periodEnd(id: string): string {
  const p = mustParse(id);
  const last = firstMonth(p) + MONTHS[p.type] - 1;
  return `${p.year}-${String(last).padStart(2, "0")}-${String(daysInMonth(p.year, last)).padStart(2, "0")}`;
}

/**
 * Orders periods by start date, then longer periods first (`2024` before `2024S1` before
 * `2024Q1` before `2024-01`). Usable with `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * ["2024-02", "2023", "2024Q1", "2024"].sort(comparePeriods); // ["2023", "2024", "2024Q1", "2024-02"]
 * ```
 * @since 0.1.0
 */
export function comparePeriods(a: string, b: string): number {
  const pa = mustParse(a);
  const pb = mustParse(b);
  const sa = pa.year * 12 + firstMonth(pa);
  const sb = pb.year * 12 + firstMonth(pb);
  if (sa !== sb) return sa - sb;
  return MONTHS[pb.type] - MONTHS[pa.type];
}

/**
 * Whether period `outer` contains period `inner` (a period contains itself).
 *
 * @example
 * ```ts
 * periodContains("2024S2", "2024Q3"); // true
 * periodContains("2024Q3", "2024S2"); // false
 * ```
 * @since 0.1.0
 */
export function periodContains(outer: string, inner: string): boolean {
  const o = mustParse(outer);
  const i = mustParse(inner);
  if (o.year !== i.year) return false;
  const os = firstMonth(o);
  const is = firstMonth(i);
  return is >= os && is + MONTHS[i.type] <= os + MONTHS[o.type];
}

/**
 * The periods of a granularity inside a period, in order.
 *
 * @example
 * ```ts
 * subPeriods("2024S1", "quarter"); // ["2024Q1", "2024Q2"]
 * ```
 * @since 0.1.0
 */
export function subPeriods(id: string, type: PeriodType): string[] {
  const p = mustParse(id);
  if (MONTHS[type] > MONTHS[p.type]) return [];
  const out: string[] = [];
  const start = firstMonth(p);
  for (let m = start; m < start + MONTHS[p.type]; m += MONTHS[type]) {
    out.push(formatPeriod({ type, year: p.year, index: (m - 1) / MONTHS[type] + 1 }));
  }
  return out;
}

/**
 * The period of the same granularity just before `id` (`2024Q1` → `2023Q4`).
 *
 * @since 0.1.0
 */
export function previousPeriod(id: string): string {
  const p = mustParse(id);
  const perYear = 12 / MONTHS[p.type];
  return p.index > 1
    ? formatPeriod({ ...p, index: p.index - 1 })
    : formatPeriod({ type: p.type, year: p.year - 1, index: perYear });
}

function mustParse(id: string): Period {
  const p = parsePeriod(id);
  if (p === undefined)
    throw new RangeError(`invalid period id ${JSON.stringify(id)}: expected 2024, 2024S1, 2024Q3 or 2024-05`);
  return p;
}
