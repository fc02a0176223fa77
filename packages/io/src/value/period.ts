import { daysInMonth } from "@ducha/schema";
import { excelSerialToIsoDate } from "./excel-date.js";
import { toHalfWidth } from "./full-width.js";

/**
 * The result of {@link parsePeriod}: the Ducha period id, and whether it came from a full date
 * whose day was dropped (a date typed into a period column becomes its month).
 *
 * @example
 * ```ts
 * import type { ParsedPeriod } from "@ducha/io";
 *
 * const period: ParsedPeriod = { id: "2024-05", fromDate: "2024-05-31" };
 * ```
 * @since 0.1.0
 */
export interface ParsedPeriod {
  /** Period id: `2024`, `2024S1`, `2024Q3` or `2024-05`. */
  readonly id: string;
  /** The full ISO date the id was derived from, when the cell held a date or an Excel serial. */
  readonly fromDate?: string;
}

const QUARTER_WORDS: Readonly<Record<string, string>> = { 一: "1", 二: "2", 三: "3", 四: "4" };

/**
 * Reads a period (考核周期) and returns its Ducha id. Accepted: `2024`, `2024年`, `2024S1`,
 * `2024-S1`, `2024H2`, `2024年上半年`/`下半年`, `2024Q3`, `2024-Q3`, `2024年第三季度`/`2024年3季度`,
 * `2024-05`, `2024-5`, `2024/05`, `2024.05`, `2024年5月`, `2024M05`, full dates `2024-05-31`
 * (→ `2024-05`) and Excel date serials (`45413` → `2024-05`). Full-width digits are accepted.
 *
 * @param raw - the cell text
 * @param options - `date1904`: Excel 1904 date system. Defaults to false.
 * @returns the period id, or `undefined` if the text is not a period
 * @example
 * ```ts
 * import { parsePeriod } from "@ducha/io";
 *
 * parsePeriod("2024年第三季度"); // { id: "2024Q3" }
 * parsePeriod("45413"); // { id: "2024-05", fromDate: "2024-05-01" }
 * ```
 * @since 0.1.0
 */
export function parsePeriod(raw: string, options: { date1904?: boolean } = {}): ParsedPeriod | undefined {
  const text = toHalfWidth(raw).trim().replace(/\s+/g, "");
  let m = /^(\d{4})年?$/.exec(text);
  if (m !== null) return { id: `${m[1]}` };
  m = /^(\d{4})-?[SsHh]([12])$/.exec(text);
  if (m !== null) return { id: `${m[1]}S${m[2]}` };
  m = /^(\d{4})年?([上下])半年$/.exec(text);
  if (m !== null) return { id: `${m[1]}S${m[2] === "上" ? 1 : 2}` };
  m = /^(\d{4})-?[Qq]([1-4])$/.exec(text);
  if (m !== null) return { id: `${m[1]}Q${m[2]}` };
  m = /^(\d{4})年?第?([1-4一二三四])季度?$/.exec(text);
  if (m !== null) return { id: `${m[1]}Q${QUARTER_WORDS[m[2] ?? ""] ?? m[2]}` };
  m = /^(\d{4})(?:[-/.]|年|-?M)(\d{1,2})月?$/.exec(text);
  if (m !== null) return month(m[1], m[2]);
  m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m !== null) {
    const period = month(m[1], m[2]);
    const day = Number(m[3]);
    if (period === undefined || day < 1 || day > daysInMonth(Number(m[1]), Number(m[2]))) return undefined;
    return { id: period.id, fromDate: `${period.id}-${String(day).padStart(2, "0")}` };
  }
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const iso = excelSerialToIsoDate(text, options);
    if (iso !== undefined) return { id: iso.slice(0, 7), fromDate: iso };
  }
  return undefined;
}

function month(year: string | undefined, monthText: string | undefined): ParsedPeriod | undefined {
  const m = Number(monthText);
  if (year === undefined || !Number.isInteger(m) || m < 1 || m > 12) return undefined;
  return { id: `${year}-${String(m).padStart(2, "0")}` };
}
