import type { Observation } from "../observation.js";
import { escapeFormula } from "./formula-escape.js";

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { ToCsvOptions } from "@ducha/io/csv";
 *
 * const options: ToCsvOptions = { header: "zh", bom: true };
 * ```
 * @since 0.1.0
 */
export interface ToCsvOptions {
  /** Field delimiter. Defaults to `","`. */
  readonly delimiter?: string;
  /** Header language: `"id"` (`unit,indicator,…`) or `"zh"` (`单位,指标,…`). Defaults to `"id"`. */
  readonly header?: "id" | "zh";
  /** Start with a UTF-8 byte-order mark so Excel reads Chinese text correctly. Defaults to true. */
  readonly bom?: boolean;
  /** Line ending. Defaults to `"\r\n"` (RFC 4180). */
  readonly lineEnding?: "\r\n" | "\n";
}

const HEADERS = {
  id: ["unit", "indicator", "period", "value", "status", "missing_reason", "source", "note"],
  zh: ["单位", "指标", "期间", "数值", "状态", "缺失原因", "来源", "备注"],
} as const;

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/**
 * Writes observations as long-format CSV (导出 CSV): `unit, indicator, period, value, status,
 * missing_reason, source, note`, one observation per row, RFC 4180 quoting.
 *
 * Safe to open in Excel (no formula injection): every text cell starting with `=`, `+`, `-`, `@`,
 * tab or CR is prefixed with `'` (see `escapeFormula`); the value column is written as is when it is
 * a plain decimal number (`-3.5` stays `-3.5`), and escaped like text otherwise (codes). `importCsv`
 * removes the prefix again, so export → import round-trips exactly.
 *
 * @param observations - the observations
 * @param options - delimiter, header language, BOM, line ending
 * @returns the CSV text
 * @example
 * ```ts
 * import { toCsv } from "@ducha/io/csv";
 *
 * toCsv([{ unit: "a", indicator: "gdp", period: "2024", value: "-3.5", status: "reported", note: "=1+1" }], { bom: false });
 * // "unit,indicator,period,value,status,missing_reason,source,note\r\na,gdp,2024,-3.5,reported,,,'=1+1\r\n"
 * ```
 * @since 0.1.0
 */
export function toCsv(observations: Iterable<Observation>, options: ToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const eol = options.lineEnding ?? "\r\n";
  const quote = (text: string): string =>
    text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
  const text = (value: string | undefined): string => quote(escapeFormula(value ?? ""));
  const lines = [HEADERS[options.header ?? "id"].join(delimiter)];
  for (const o of observations) {
    const value = o.value === null ? "" : NUMERIC.test(o.value) ? o.value : text(o.value);
    lines.push(
      [
        text(o.unit),
        text(o.indicator),
        text(o.period),
        value,
        text(o.status),
        text(o.missingReason),
        text(o.source),
        text(o.note),
      ].join(delimiter),
    );
  }
  return `${options.bom === false ? "" : "\uFEFF"}${lines.join(eol)}${eol}`;
}
