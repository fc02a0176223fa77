import { D, decimalString } from "../internal/decimal.js";
import type { LocalizedMessage } from "../issue/import-issue.js";
import { toHalfWidth } from "./full-width.js";
import { isMissingMarker } from "./missing-marker.js";
import { parseNumber } from "./parse-number.js";
import { normalizeUnit, UNIT_TABLE, type UnitDefinition, unitFactor } from "./unit-conversion.js";

/**
 * How a cell's value is to be read: `number` (quantitative 定量 and survey indicators), `code`
 * (qualitative 定性 grades and task 工作任务 statuses, kept as text so `"007"` keeps its zeros), or
 * `auto` (a number if it parses as one, else a code).
 *
 * @example
 * ```ts
 * import type { ValueKind } from "@ducha/io";
 *
 * const kind: ValueKind = "code";
 * ```
 * @since 0.1.0
 */
export type ValueKind = "number" | "code" | "auto";

/**
 * Options of {@link parseValue}.
 *
 * @example
 * ```ts
 * import type { ParseValueOptions } from "@ducha/io";
 *
 * const options: ParseValueOptions = { kind: "number", headerUnit: "亿元", targetUnit: "万元" };
 * ```
 * @since 0.1.0
 */
export interface ParseValueOptions {
  /** How to read the cell. Defaults to `"auto"`. */
  readonly kind?: ValueKind;
  /** The unit in the column header (`GDP（亿元）` → `亿元`). Defaults to none. */
  readonly headerUnit?: string;
  /** The indicator's declared unit; values are converted into it. Defaults to none (no conversion). */
  readonly targetUnit?: string;
  /**
   * What a percentage becomes when no unit is declared: `"points"` (`85%` → `"85"`, for indicators
   * measured in %) or `"fraction"` (`85%` → `"0.85"`). A declared unit (`targetUnit`) wins.
   * Defaults to `"points"`.
   */
  readonly percent?: "points" | "fraction";
  /** Unit conversion table. Defaults to {@link UNIT_TABLE}. */
  readonly units?: Readonly<Record<string, UnitDefinition>>;
}

/**
 * The outcome of {@link parseValue}: a number (exact decimal string), a code, a missing marker, or
 * an invalid value with the reason.
 *
 * @example
 * ```ts
 * import type { ParsedValue } from "@ducha/io";
 *
 * const parsed: ParsedValue = { status: "missing", marker: "—" };
 * ```
 * @since 0.1.0
 */
export type ParsedValue =
  | {
      readonly status: "number";
      /** Exact decimal string in the target unit. */
      readonly value: string;
      /** The unit the value was written in, when one was given in the cell or header. */
      readonly sourceUnit?: string;
      /** The unit the value is now in (target, header or cell unit), if known. */
      readonly unit?: string;
    }
  | {
      readonly status: "code";
      /** The code text (trimmed, full-width ASCII made half-width). */
      readonly value: string;
      /** True when `kind` was `auto` and the text did not parse as a number. */
      readonly notNumeric: boolean;
    }
  | {
      readonly status: "missing";
      /** The marker found: `""` for a blank cell, else the trimmed text (`"—"`, `"N/A"` …). */
      readonly marker: string;
    }
  | {
      readonly status: "invalid";
      /** `invalid_number` or `unit_conversion_unknown`. */
      readonly code: "invalid_number" | "unit_conversion_unknown";
      /** Why, in Chinese and English. */
      readonly message: LocalizedMessage;
    };

/**
 * Reads one cell's value exactly: missing markers, numbers in every spelling {@link parseNumber}
 * accepts, units from the cell or the header converted to the declared unit, and codes.
 * Never goes through a JS float.
 *
 * @param raw - the cell text
 * @param options - kind, units and percentage target
 * @returns the parsed value (see {@link ParsedValue})
 * @example
 * ```ts
 * import { parseValue } from "@ducha/io";
 *
 * parseValue("1.5", { headerUnit: "亿元", targetUnit: "万元" }); // { status: "number", value: "15000", sourceUnit: "亿元", unit: "万元" }
 * parseValue("８５％", { percent: "fraction" }); // { status: "number", value: "0.85", sourceUnit: "%" }
 * parseValue("—"); // { status: "missing", marker: "—" }
 * ```
 * @since 0.1.0
 */
export function parseValue(raw: string, options: ParseValueOptions = {}): ParsedValue {
  const kind = options.kind ?? "auto";
  const trimmed = raw.trim();
  if (isMissingMarker(trimmed)) return { status: "missing", marker: trimmed };
  if (kind === "code") return { status: "code", value: toHalfWidth(trimmed), notNumeric: false };
  const table = options.units ?? UNIT_TABLE;
  const parsed = parseNumber(trimmed, table);
  if (parsed === undefined) {
    if (kind === "auto") return { status: "code", value: toHalfWidth(trimmed), notNumeric: true };
    return {
      status: "invalid",
      code: "invalid_number",
      message: {
        zh: `“${trimmed}”不是数字；应为如 1234.5、1,234.5、85%、3.2万 的数值`,
        en: `"${trimmed}" is not a number; expected e.g. 1234.5, 1,234.5, 85%, 3.2万`,
      },
    };
  }
  const headerUnit = options.headerUnit === undefined ? undefined : normalizeUnit(options.headerUnit);
  const declared = options.targetUnit === undefined ? undefined : normalizeUnit(options.targetUnit);
  const source = parsed.unit ?? headerUnit;
  if (source === undefined) {
    return declared === undefined
      ? { status: "number", value: parsed.value }
      : { status: "number", value: parsed.value, unit: declared };
  }
  const isRatio = table[source]?.family === "ratio" || source === "%" || source === "‰";
  let target = declared ?? headerUnit;
  if (declared === undefined && isRatio) {
    if ((options.percent ?? "points") === "fraction") {
      const factor = table[source]?.factor ?? (source === "%" ? "0.01" : "0.001");
      return { status: "number", value: decimalString(new D(parsed.value).mul(factor)), sourceUnit: source };
    }
    target = "%";
  }
  if (target === undefined) return { status: "number", value: parsed.value, sourceUnit: source, unit: source };
  const factor = unitFactor(source, target, table);
  if (factor === undefined) {
    return {
      status: "invalid",
      code: "unit_conversion_unknown",
      message: {
        zh: `无法将单位“${source}”换算为指标单位“${target}”`,
        en: `cannot convert unit "${source}" to the indicator's unit "${target}"`,
      },
    };
  }
  return { status: "number", value: decimalString(new D(parsed.value).mul(factor)), sourceUnit: source, unit: target };
}
