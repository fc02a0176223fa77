import type { CorrelationHeatmapData, RankIntervalDatum, SobolBarDatum } from "./analysis-charts.js";

/**
 * A traffic-light status of a monitored item (预警): green on track, yellow behind, red seriously
 * behind, grey not yet due or no data.
 *
 * @example
 * ```ts
 * import type { ProgressStatus } from "@ducha/io/report";
 *
 * const status: ProgressStatus = "yellow";
 * ```
 * @since 0.1.0
 */
export type ProgressStatus = "green" | "yellow" | "red" | "grey";

/**
 * A monitored item for the report's traffic lights (进度预警), e.g. from the supervision of
 * "时间过半、任务过半".
 *
 * @example
 * ```ts
 * import type { ReportProgressItem } from "@ducha/io/report";
 *
 * const item: ReportProgressItem = { unit: "d_east", indicator: "pm25", status: "red", note: "进度滞后 20%" };
 * ```
 * @since 0.1.0
 */
export interface ReportProgressItem {
  /** The unit id. */
  readonly unit: string;
  /** The indicator id (or a supervision item id). */
  readonly indicator: string;
  /** Traffic-light status. */
  readonly status: ProgressStatus;
  /** A short remark. Defaults to none. */
  readonly note?: string;
}

/**
 * An accountability action due (问责事项) to list in the report.
 *
 * @example
 * ```ts
 * import type { ReportAction } from "@ducha/io/report";
 *
 * const action: ReportAction = {
 *   unit: "d_west", action: "talk", target: "分管副区长",
 *   message: { zh: "PM2.5 连续两季度未达标，约谈", en: "PM2.5 missed two quarters in a row: talk" },
 * };
 * ```
 * @since 0.1.0
 */
export interface ReportAction {
  /** The unit id. */
  readonly unit: string;
  /** The action (提醒 reminder, 约谈 talk, 通报批评 public criticism …). */
  readonly action: string;
  /** Who it is addressed to. */
  readonly target: string;
  /** Why, in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * Options of `renderHtmlReport` and `renderMarkdownReport`.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "@ducha/io/report";
 *
 * const options: ReportOptions = { lang: "en", title: "2024 assessment", lagging: 3 };
 * ```
 * @since 0.1.0
 */
export interface ReportOptions {
  /** Language of the report. Defaults to `"zh"`. */
  readonly lang?: "zh" | "en";
  /** The title. Defaults to the plan's name. */
  readonly title?: string;
  /** Monitored items shown as traffic lights. Defaults to none (section left out). */
  readonly progress?: readonly ReportProgressItem[];
  /** Accountability actions due. Defaults to none (section left out). */
  readonly actions?: readonly ReportAction[];
  /** How many lowest-scoring indicators (短板) to list per unit. Defaults to 3. */
  readonly lagging?: number;
  /** Robustness analysis results to chart (稳健性分析). Defaults to none (sections left out). */
  readonly analysis?: ReportAnalysis;
}

/**
 * Robustness analysis results for the report: each given part adds a section with an inline SVG
 * chart (HTML) or a table (Markdown).
 *
 * @example
 * ```ts
 * import type { ReportAnalysis } from "@ducha/io/report";
 *
 * const analysis: ReportAnalysis = {
 *   rankIntervals: [{ unit: "d_east", nominal: 2, median: 3, p05: 1, p95: 5 }],
 *   sobol: [{ id: "weights", first: 0.41, total: 0.55 }],
 *   correlations: { ids: ["gdp_growth", "pm25"], values: [[1, -0.3], [-0.3, 1]] },
 * };
 * ```
 * @since 0.1.0
 */
export interface ReportAnalysis {
  /** Per unit: nominal, median and 5–95 % ranks from an uncertainty analysis. Defaults to none. */
  readonly rankIntervals?: readonly RankIntervalDatum[];
  /** Sobol' indices of the uncertain inputs (`sobolIndices(…).indices`). Defaults to none. */
  readonly sobol?: readonly SobolBarDatum[];
  /**
   * A correlation matrix (e.g. `{ ids, values: correlationMatrix(…).pearson }`); ids that are
   * indicators or nodes are shown by name. Defaults to none.
   */
  readonly correlations?: CorrelationHeatmapData;
}
