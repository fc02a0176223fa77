import { D, decimalString } from "../internal/decimal.js";
import { toHalfWidth } from "./full-width.js";

/**
 * A measurement unit the importer can convert (计量单位): its family (only units of one family convert
 * into each other) and its size in the family's base unit as an exact decimal string.
 *
 * @example
 * ```ts
 * import type { UnitDefinition } from "@ducha/io";
 *
 * const mu: UnitDefinition = { family: "area", factor: "666.67" };
 * ```
 * @since 0.1.0
 */
export interface UnitDefinition {
  /** Units convert only within a family, e.g. `"cny"` (元), `"mass"` (吨), `"persons"` (人). */
  readonly family: string;
  /** Size in the family's base unit, e.g. 万元 = `"10000"` 元. */
  readonly factor: string;
}

/**
 * The built-in conversion table: 元/千元/万元/百万元/千万元/亿元/万亿元; 千克(公斤)/吨/千吨/万吨/亿吨;
 * 个/万个; 人/万人; 户/万户; 人次/万人次; % (百分比) and ‰ (千分比) as ratios (0.01 and 0.001).
 * Units of different families never convert (→ issue `unit_conversion_unknown`).
 *
 * @example
 * ```ts
 * import { UNIT_TABLE } from "@ducha/io";
 *
 * UNIT_TABLE["万元"]; // { family: "cny", factor: "10000" }
 * ```
 * @since 0.1.0
 */
export const UNIT_TABLE: Readonly<Record<string, UnitDefinition>> = {
  元: { family: "cny", factor: "1" },
  千元: { family: "cny", factor: "1000" },
  万元: { family: "cny", factor: "10000" },
  百万元: { family: "cny", factor: "1000000" },
  千万元: { family: "cny", factor: "10000000" },
  亿元: { family: "cny", factor: "100000000" },
  万亿元: { family: "cny", factor: "1000000000000" },
  千克: { family: "mass", factor: "0.001" },
  公斤: { family: "mass", factor: "0.001" },
  吨: { family: "mass", factor: "1" },
  千吨: { family: "mass", factor: "1000" },
  万吨: { family: "mass", factor: "10000" },
  亿吨: { family: "mass", factor: "100000000" },
  个: { family: "count", factor: "1" },
  万个: { family: "count", factor: "10000" },
  人: { family: "persons", factor: "1" },
  万人: { family: "persons", factor: "10000" },
  户: { family: "households", factor: "1" },
  万户: { family: "households", factor: "10000" },
  人次: { family: "person_times", factor: "1" },
  万人次: { family: "person_times", factor: "10000" },
  "%": { family: "ratio", factor: "0.01" },
  "‰": { family: "ratio", factor: "0.001" },
};

const UNIT_ALIASES: Readonly<Record<string, string>> = { 百分比: "%", 百分点: "%", 千分比: "‰", 千分点: "‰" };

/**
 * Normalises a unit's spelling: trims, converts full-width forms (`％` → `%`) and known aliases
 * (`百分比` → `%`).
 *
 * @param unit - a unit as written
 * @returns the normalised unit
 * @example
 * ```ts
 * import { normalizeUnit } from "@ducha/io";
 *
 * normalizeUnit(" ％ "); // "%"
 * ```
 * @since 0.1.0
 */
export function normalizeUnit(unit: string): string {
  const half = toHalfWidth(unit).trim();
  return UNIT_ALIASES[half] ?? half;
}

/**
 * The exact factor that converts a value in `from` into `to` (`value × factor`), or `undefined` when
 * the pair is not convertible (unknown unit or different families). Equal spellings give `"1"` even
 * for units not in the table.
 *
 * @param from - the unit the value is written in
 * @param to - the indicator's declared unit
 * @param table - the conversion table. Defaults to {@link UNIT_TABLE}.
 * @returns the factor as a decimal string, or undefined
 * @example
 * ```ts
 * import { unitFactor } from "@ducha/io";
 *
 * unitFactor("亿元", "万元"); // "10000"
 * unitFactor("吨", "万元"); // undefined
 * ```
 * @since 0.1.0
 */
export function unitFactor(
  from: string,
  to: string,
  table: Readonly<Record<string, UnitDefinition>> = UNIT_TABLE,
): string | undefined {
  const source = normalizeUnit(from);
  const target = normalizeUnit(to);
  if (source === target) return "1";
  const a = table[source];
  const b = table[target];
  if (a === undefined || b === undefined || a.family !== b.family) return undefined;
  return decimalString(new D(a.factor).div(b.factor));
}

/**
 * Converts an exact decimal string between units: `convertUnit("1.5", "亿元", "万元")` → `"15000"`.
 *
 * @param value - an exact decimal string
 * @param from - the unit the value is written in
 * @param to - the target unit
 * @param table - the conversion table. Defaults to {@link UNIT_TABLE}.
 * @returns the converted decimal string, or undefined when the pair is not convertible
 * @example
 * ```ts
 * import { convertUnit } from "@ducha/io";
 *
 * convertUnit("3.2", "万吨", "吨"); // "32000"
 * ```
 * @since 0.1.0
 */
export function convertUnit(
  value: string,
  from: string,
  to: string,
  table: Readonly<Record<string, UnitDefinition>> = UNIT_TABLE,
): string | undefined {
  const factor = unitFactor(from, to, table);
  if (factor === undefined) return undefined;
  return decimalString(new D(value).mul(factor));
}

const HEADER_UNIT = /^(.*?)\s*(?:\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】)\s*$/;

/**
 * Splits a header such as `GDP（亿元）`, `产值(万元)`, `排放量[吨]` or `增速【%】` into its name and
 * the unit in the trailing brackets (full-width brackets included).
 *
 * @param header - the header cell text
 * @returns the name without the unit, and the normalised unit if there is one
 * @example
 * ```ts
 * import { splitHeaderUnit } from "@ducha/io";
 *
 * splitHeaderUnit("GDP（亿元）"); // { name: "GDP", unit: "亿元" }
 * splitHeaderUnit("gdp"); // { name: "gdp" }
 * ```
 * @since 0.1.0
 */
export function splitHeaderUnit(header: string): { name: string; unit?: string } {
  const text = header.trim();
  const m = HEADER_UNIT.exec(toHalfWidth(text));
  const unit = m === null ? undefined : (m[2] ?? m[3] ?? m[4] ?? "").trim();
  if (m === null || unit === undefined || unit === "" || (m[1] ?? "") === "") return { name: text };
  // Keep the name's original (possibly full-width) characters: cut the same number of code points.
  const nameLength = Array.from((m[1] ?? "").trimEnd()).length;
  return { name: Array.from(text).slice(0, nameLength).join(""), unit: normalizeUnit(unit) };
}
