import type { ValidationIssueCode } from "./issue.js";

type Params = Readonly<Record<string, string | number | boolean>>;
type Template = (p: Params) => { zh: string; en: string };

const q = (v: unknown) => `'${String(v)}'`;

/** zh/en message templates for every issue code. */
const TEMPLATES: Record<ValidationIssueCode, Template> = {
  invalid_type: (p) => ({
    zh: `类型错误：应为 ${p.expected}，实际为 ${p.received}`,
    en: `expected ${p.expected}, got ${p.received}`,
  }),
  too_small: (p) => ({ zh: `过小或过短：至少为 ${p.minimum}`, en: `too small: expected at least ${p.minimum}` }),
  too_big: (p) => ({ zh: `过大或过长：至多为 ${p.maximum}`, en: `too big: expected at most ${p.maximum}` }),
  invalid_value: (p) => ({
    zh: `取值无效：应为 ${p.expected} 之一`,
    en: `invalid value: expected one of ${p.expected}`,
  }),
  invalid_format: (p) => ({ zh: `格式无效：应为 ${p.expected}`, en: `invalid format: expected ${p.expected}` }),
  unrecognized_keys: (p) => ({ zh: `无法识别的字段：${p.keys}`, en: `unrecognized field(s): ${p.keys}` }),
  invalid_union: (p) => ({ zh: `取值无效：${p.detail}`, en: `invalid value: ${p.detail}` }),
  invalid_key: () => ({ zh: "键无效", en: "invalid key" }),
  invalid_element: () => ({ zh: "元素无效", en: "invalid element" }),
  not_multiple_of: (p) => ({ zh: `应为 ${p.divisor} 的倍数`, en: `expected a multiple of ${p.divisor}` }),
  invalid_id: (p) => ({
    zh: `编码 ${q(p.received)} 无效：只能包含字母、数字、汉字、'_'、'-'、'.'，长度 1–64`,
    en: `invalid id ${q(p.received)}: use letters, digits, CJK characters, '_', '-', '.' (1–64 characters)`,
  }),
  reserved_id: (p) => ({
    zh: `编码 ${q(p.received)} 为保留字，不能使用`,
    en: `id ${q(p.received)} is reserved and cannot be used`,
  }),
  invalid_decimal: (p) => ({
    zh: `数值 ${q(p.received)} 无效：应为有限的十进制数（如 "85.5"，不含千分位，指数不超过 ±100）`,
    en: `invalid number ${q(p.received)}: expected a finite decimal such as "85.5" (no separators, exponent at most ±100)`,
  }),
  invalid_period: (p) => ({
    zh: `考核周期 ${q(p.received)} 无效：应为 2024、2024S1、2024Q3 或 2024-05 的形式`,
    en: `invalid period ${q(p.received)}: expected 2024, 2024S1, 2024Q3 or 2024-05`,
  }),
  invalid_date: (p) => ({
    zh: `日期 ${q(p.received)} 无效：应为 YYYY-MM-DD`,
    en: `invalid date ${q(p.received)}: expected YYYY-MM-DD`,
  }),
  missing_text: () => ({ zh: "名称至少需要中文或英文之一", en: "expected at least one of zh and en" }),
  invalid_input: (p) => ({ zh: `输入无效：${p.detail}`, en: `invalid input: ${p.detail}` }),
  forbidden_key: (p) => ({ zh: `禁止使用的字段名 ${q(p.key)}`, en: `forbidden field name ${q(p.key)}` }),
  too_deep: (p) => ({ zh: `嵌套层级超过上限 ${p.limit}`, en: `nesting deeper than the limit of ${p.limit}` }),
  too_many: (p) => ({
    zh: `${p.what} 数量 ${p.count} 超过上限 ${p.limit}`,
    en: `${p.count} ${p.what} exceed the limit of ${p.limit}`,
  }),
  unsupported_schema_version: (p) => ({
    zh: `不支持的 schemaVersion ${q(p.received)}（本版本支持 ${p.supported}）`,
    en: `unsupported schemaVersion ${q(p.received)} (this version reads ${p.supported})`,
  }),
  duplicate_id: (p) => ({
    zh: `编码 ${q(p.id)} 重复（首次出现于 ${p.first}）`,
    en: `duplicate id ${q(p.id)} (first used at ${p.first})`,
  }),
  unknown_parent: (p) => ({ zh: `上级节点 ${q(p.id)} 不存在`, en: `unknown parent ${q(p.id)}` }),
  unknown_node: (p) => ({ zh: `指标节点 ${q(p.id)} 不存在`, en: `unknown node ${q(p.id)}` }),
  unknown_indicator: (p) => ({
    zh: `指标 ${q(p.id)} 不存在${p.suggestion ? `，是否应为 ${q(p.suggestion)}？` : ""}`,
    en: `unknown indicator ${q(p.id)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : ""}`,
  }),
  unknown_unit: (p) => ({
    zh: `被考核单位 ${q(p.id)} 不存在${p.suggestion ? `，是否应为 ${q(p.suggestion)}？` : ""}`,
    en: `unknown unit ${q(p.id)}${p.suggestion ? `; did you mean ${q(p.suggestion)}?` : ""}`,
  }),
  unknown_category: (p) => ({ zh: `考核类别 ${q(p.id)} 不存在`, en: `unknown category ${q(p.id)}` }),
  unknown_person: (p) => ({ zh: `人员 ${q(p.id)} 不存在`, en: `unknown person ${q(p.id)}` }),
  unknown_series: (p) => ({ zh: `数据序列 ${q(p.id)} 不存在`, en: `unknown indicator or auxiliary series ${q(p.id)}` }),
  unknown_rater_group: (p) => ({ zh: `考评主体 ${q(p.id)} 不存在`, en: `unknown rater group ${q(p.id)}` }),
  unknown_adjustment: (p) => ({ zh: `加扣分项 ${q(p.id)} 不存在`, en: `unknown bonus/deduction item ${q(p.id)}` }),
  unknown_veto: (p) => ({ zh: `一票否决项 ${q(p.id)} 不存在`, en: `unknown veto ${q(p.id)}` }),
  unknown_grade: (p) => ({ zh: `等次 ${q(p.id)} 不存在`, en: `unknown grade ${q(p.id)}` }),
  cycle: (p) => ({ zh: `层级关系存在循环：${p.cycle}`, en: `the hierarchy has a cycle: ${p.cycle}` }),
  empty_node: (p) => ({ zh: `节点 ${q(p.id)} 下没有任何指标`, en: `node ${q(p.id)} has no indicators below it` }),
  system_mismatch: (p) => ({
    zh: `考核方案引用的指标体系 ${q(p.received)} 与项目中的 ${q(p.expected)} 不一致`,
    en: `the plan refers to system ${q(p.received)} but the project's system is ${q(p.expected)}`,
  }),
  weight_not_positive: (p) => ({
    zh: `权重 ${q(p.received)} 必须大于 0`,
    en: `weight ${q(p.received)} must be greater than 0`,
  }),
  weight_and_points: () => ({ zh: "不能同时设置权重和分值", en: "set either weight or points, not both" }),
  points_missing: (p) => ({
    zh: `按分值计分的体系中 ${q(p.id)} 缺少分值`,
    en: `${q(p.id)} has no points in a points-weighted system`,
  }),
  points_sum_mismatch: (p) => ({
    zh: `下级分值合计 ${p.actual}，与 ${p.of} 的分值 ${p.expected} 不一致`,
    en: `children's points add up to ${p.actual}, not ${p.expected} (the points of ${p.of})`,
  }),
  range_inverted: (p) => ({
    zh: `区间下限 ${p.low} 大于上限 ${p.high}`,
    en: `range is inverted: low ${p.low} > high ${p.high}`,
  }),
  goalposts_inverted: (p) => ({
    zh: `阈值下限 ${p.low} 必须小于上限 ${p.high}`,
    en: `goalposts need low < high, got low ${p.low}, high ${p.high}`,
  }),
  scoring_rule_mismatch: (p) => ({
    zh: `计分方法 ${q(p.method)} 不适用于${p.reason}`,
    en: `scoring method ${q(p.method)} does not fit: ${p.reasonEn}`,
  }),
  target_missing: (p) => ({
    zh: `指标 ${q(p.indicator)} 的计分方法需要目标值，但单位 ${q(p.unit)} 在 ${p.period} 没有目标`,
    en: `indicator ${q(p.indicator)} needs a target but unit ${q(p.unit)} has none for ${p.period}`,
  }),
  quota_out_of_range: (p) => ({
    zh: `等次比例 ${q(p.received)} 必须在 0 到 1 之间（即 0%–100%）`,
    en: `quota share ${q(p.received)} must lie between 0 and 1 (0 %–100 %)`,
  }),
  grade_bands_order: () => ({
    zh: "等次应从高到低排列，最低分逐级递减",
    en: "grade bands must be listed best first with decreasing minimum scores",
  }),
  rater_weight_not_positive: (p) => ({
    zh: `考评主体权重 ${q(p.received)} 必须大于 0`,
    en: `rater group weight ${q(p.received)} must be greater than 0`,
  }),
  trim_exceeds_ratings: () => ({ zh: "去掉最高分和最低分的个数过多", en: "trimming removes too many ratings" }),
  duplicate_observation: (p) => ({
    zh: `单位 ${q(p.unit)}、指标 ${q(p.indicator)}、周期 ${p.period} 的数据重复（首次出现于 ${p.first}）`,
    en: `duplicate observation for unit ${q(p.unit)}, indicator ${q(p.indicator)}, period ${p.period} (first at ${p.first})`,
  }),
  value_type_mismatch: (p) => ({
    zh: `数值 ${q(p.received)} 与指标类型不符：应为${p.expectedZh}`,
    en: `value ${q(p.received)} does not fit the indicator: expected ${p.expected}`,
  }),
  missing_status_mismatch: (p) => ({
    zh: p.hasValue ? "状态为缺失（missing）时数值应为 null" : "数值为 null 时状态必须为缺失（missing）",
    en: p.hasValue ? "a value is given but status is 'missing'" : "value is null but status is not 'missing'",
  }),
  indicator_not_assessed: (p) => ({
    zh: `单位 ${q(p.unit)} 所属类别 ${q(p.category)} 不考核指标 ${q(p.indicator)}`,
    en: `unit ${q(p.unit)} (category ${q(p.category)}) is not assessed on indicator ${q(p.indicator)}`,
  }),
  unit_not_assessed: (p) => ({ zh: `单位 ${q(p.unit)} 未纳入考核`, en: `unit ${q(p.unit)} is not assessed` }),
};

/** Builds the zh/en message of an issue. */
export function messageFor(code: ValidationIssueCode, params: Params = {}): { zh: string; en: string } {
  return TEMPLATES[code](params);
}

/** Every issue code with a message template (for tests). */
export const ISSUE_CODES = Object.keys(TEMPLATES) as ValidationIssueCode[];
