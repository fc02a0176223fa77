import { z } from "zod";
import { DecimalValueSchema } from "../common/decimal-value.js";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";
import { ScoringRuleSchema, TransformSchema } from "./scoring-rule.js";

/**
 * Direction of an indicator: 正向 higher is better, 逆向 lower is better, 适度 a target value or a
 * target range.
 *
 * @since 0.1.0
 */
export const DirectionSchema = z.enum(["higher-better", "lower-better", "target-value", "target-range"]);
/** Direction of an indicator. @since 0.1.0 */
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * Kind of indicator: quantitative 定量, qualitative graded 定性, task/milestone 工作任务,
 * survey/satisfaction 满意度, boolean, event count.
 *
 * @since 0.1.0
 */
export const IndicatorKindSchema = z.enum(["quantitative", "qualitative", "task", "survey", "boolean", "event-count"]);
/** Kind of indicator. @since 0.1.0 */
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

/**
 * Collection frequency of an indicator.
 *
 * @since 0.1.0
 */
export const FrequencySchema = z.enum(["year", "half-year", "quarter", "month"]);

/**
 * A leaf indicator (指标) of an indicator system.
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   id: "gdp_growth", parent: "economy", name: { zh: "地区生产总值增速", en: "GDP growth" }, unit: "%",
 *   direction: "higher-better", kind: "quantitative", binding: false, weight: "1",
 *   scoring: { method: "completion-ratio", cap: "1.2" },
 * });
 * ```
 * @since 0.1.0
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  /** The node this indicator belongs to (一级/二级 indicator id). */
  parent: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Measurement unit: 万元, %, 吨, 天 … */
  unit: z.string().max(32).optional(),
  direction: DirectionSchema,
  kind: IndicatorKindSchema,
  /** 约束性 (binding: failing may trigger veto or deductions) vs 预期性 (expected). */
  binding: z.boolean(),
  /** Relative weight among siblings (权重), a positive decimal. Use either weight or points. */
  weight: DecimalValueSchema.optional(),
  /** Points (分值) this indicator is worth. Use either weight or points. */
  points: DecimalValueSchema.optional(),
  scoring: ScoringRuleSchema,
  transforms: z.array(TransformSchema).max(10).optional(),
  /** Whether observations accumulate over the year (cumulative) or are point-in-time values. */
  cumulative: z.boolean().optional(),
  /**
   * How observations of a cumulative indicator are reported (报送口径): `year-to-date` values (累计值,
   * the default) or `increment`s per period (当期增量, e.g. monthly new jobs), which monitoring sums to
   * a year-to-date value (missing periods flagged, never taken as zero).
   */
  observationBasis: z.enum(["year-to-date", "increment"]).optional(),
  /** Data source (数据来源), e.g. 市统计局. */
  source: z.string().max(200).optional(),
  /** The unit that supplies or answers for the data (责任单位). */
  responsibleUnit: IdSchema.optional(),
  frequency: FrequencySchema.optional(),
  /** Decimals the value is published with. */
  decimals: z.int().min(0).max(20).optional(),
  /** Plausible range of raw values, used by importers to flag suspicious input. */
  plausible: z.strictObject({ min: DecimalValueSchema.optional(), max: DecimalValueSchema.optional() }).optional(),
});
/** A leaf indicator. @since 0.1.0 */
export type Indicator = z.infer<typeof IndicatorSchema>;
