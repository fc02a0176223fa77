import { toHalfWidth } from "../value/full-width.js";
import { splitHeaderUnit } from "../value/unit-conversion.js";
import type { CsvField } from "./csv-import-options.js";

/**
 * Header texts recognised for each long-format field (compared case-insensitively, ignoring spaces,
 * `_` and `-`, full-width forms and a trailing unit in brackets).
 *
 * @example
 * ```ts
 * import { CSV_HEADER_ALIASES } from "@ducha/io/csv";
 *
 * CSV_HEADER_ALIASES.value.includes("数值"); // true
 * ```
 * @since 0.1.0
 */
export const CSV_HEADER_ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  unit: [
    "unit",
    "unit_id",
    "unit id",
    "ref_area",
    "单位",
    "被考核单位",
    "考核单位",
    "单位名称",
    "单位代码",
    "区县",
    "部门",
  ],
  indicator: ["indicator", "indicator_id", "indicator id", "指标", "指标代码", "指标名称", "指标编号", "考核指标"],
  period: [
    "period",
    "period_id",
    "time_period",
    "期间",
    "时期",
    "考核期",
    "考核周期",
    "周期",
    "年度",
    "年份",
    "年",
    "时间",
  ],
  value: ["value", "obs_value", "数值", "值", "实际值", "完成值", "数据", "完成情况"],
  status: ["status", "状态", "数据状态"],
  note: ["note", "notes", "comment", "备注", "说明"],
  source: ["source", "来源", "数据来源"],
  missingReason: ["missing_reason", "missingreason", "缺失原因"],
};

/**
 * Normalises a header for alias matching.
 *
 * @internal
 */
export function headerKey(header: string): string {
  return toHalfWidth(splitHeaderUnit(header).name)
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

const ALIAS_INDEX = new Map<string, CsvField>();
for (const [field, aliases] of Object.entries(CSV_HEADER_ALIASES) as [CsvField, readonly string[]][]) {
  for (const alias of aliases) ALIAS_INDEX.set(headerKey(alias), field);
}

/**
 * The field a header names, if any.
 *
 * @internal
 */
export function fieldOfHeader(header: string): CsvField | undefined {
  return ALIAS_INDEX.get(headerKey(header));
}
