import { D, decimalString } from "../internal/decimal.js";
import { toHalfWidth } from "./full-width.js";
import { normalizeUnit, UNIT_TABLE, type UnitDefinition } from "./unit-conversion.js";

/**
 * A number read from a cell: the exact decimal string and the unit written in the cell itself
 * (`%`, `‰`, `万元` …), if any.
 *
 * @example
 * ```ts
 * import type { ParsedNumber } from "@ducha/io";
 *
 * const parsed: ParsedNumber = { value: "85", unit: "%" };
 * ```
 * @since 0.1.0
 */
export interface ParsedNumber {
  /** Exact decimal string, multipliers such as 万 already applied. */
  readonly value: string;
  /** A unit written after the number (`%`, `‰`, or a unit from the conversion table). */
  readonly unit?: string;
}

/** Chinese magnitude words (数量级): 千 10³, 万 10⁴, 十万 10⁵, 百万 10⁶, 千万 10⁷, 亿 10⁸, 万亿 10¹². */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ["万亿", 12],
  ["十万", 5],
  ["百万", 6],
  ["千万", 7],
  ["千", 3],
  ["万", 4],
  ["亿", 8],
];

const NUMBER_RE =
  /^([+-])?(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*([^\d\s.,+-][^\d]*)?$/u;
/** Largest decimal exponent accepted (guards against `1e9999` abuse). */
const MAX_EXPONENT = 1000;

/**
 * Reads a number the way spreadsheets from many departments write it, exactly (no JS float):
 * thousands separators (`1,234.5`), full-width digits, signs and point (`８５．５`, `－３`),
 * accounting negatives (`(1,234)`), scientific notation (`1.5E+08`), a percent or per-mille sign
 * (`85%`, `８５％`, `3‰` → unit `%`/`‰`), Chinese magnitudes (`3.2万` → `32000`, `1.5亿` →
 * `150000000`) and a trailing unit from the table (`1.5亿元` → `1.5` in `亿元`).
 * Thousands groups must be exactly three digits (`1,23` is rejected).
 *
 * @param raw - the cell text
 * @param table - units recognised after the number. Defaults to {@link UNIT_TABLE}.
 * @returns the exact value and the cell's unit, or `undefined` when the text is not a number
 * @example
 * ```ts
 * import { parseNumber } from "@ducha/io";
 *
 * parseNumber("3.2万"); // { value: "32000" }
 * parseNumber("８５％"); // { value: "85", unit: "%" }
 * parseNumber("1,234.50"); // { value: "1234.5" }
 * ```
 * @since 0.1.0
 */
export function parseNumber(
  raw: string,
  table: Readonly<Record<string, UnitDefinition>> = UNIT_TABLE,
): ParsedNumber | undefined {
  let text = toHalfWidth(raw).trim();
  let negative = false;
  const accounting = /^\((.*)\)$/.exec(text);
  if (accounting !== null) {
    text = (accounting[1] ?? "").trim();
    if (text.startsWith("-") || text.startsWith("+")) return undefined;
    negative = true;
  }
  const m = NUMBER_RE.exec(text);
  if (m === null) return undefined;
  const [, sign, digits = "", exponent, suffix] = m;
  if (exponent !== undefined && Math.abs(Number(exponent)) > MAX_EXPONENT) return undefined;
  let value = new D(`${digits.replaceAll(",", "")}${exponent === undefined ? "" : `e${exponent}`}`);
  if (sign === "-") value = value.neg();
  if (negative) value = value.neg();
  const rest = suffix === undefined ? "" : normalizeUnit(suffix);
  if (rest === "") return { value: decimalString(value) };
  if (rest === "%" || rest === "‰" || table[rest] !== undefined) return { value: decimalString(value), unit: rest };
  for (const [word, power] of MULTIPLIERS) {
    if (!rest.startsWith(word)) continue;
    const remainder = rest.slice(word.length).trim();
    const scaled = decimalString(value.mul(new D(10).pow(power)));
    if (remainder === "") return { value: scaled };
    if (table[remainder] !== undefined) return { value: scaled, unit: remainder };
  }
  return undefined;
}
