import type { ReportAnalysis } from "@ducha/io/report";
import type { ProjectAnalysis } from "./analyse.js";

/** Above this many indicators the report's heatmap shows pillars and the index instead of indicators. */
export const HEATMAP_MAX_INDICATORS = 40;

/**
 * The charts of an analysis for the HTML and Markdown reports (`ReportOptions.analysis` of
 * `@ducha/io/report`): the rank intervals of the uncertainty analysis, the Sobol' indices (when
 * estimated) and a correlation heatmap from the audit — indicator scores when there are at most 40
 * indicators, else the pillar scores and the index.
 *
 * @param analysis - from {@link analyse}
 * @returns the report's analysis data; parts that were not run are absent
 * @example
 * ```ts
 * import { analyse, analysisReportData, assess, loadProject, resultsReport } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const result = assess(loaded.value);
 *   const html = resultsReport(result, loaded.value, {
 *     analysis: analysisReportData(analyse(loaded.value, result, { analyses: ["uncertainty", "audit"] })),
 *   });
 * }
 * ```
 * @since 0.1.0
 */
export function analysisReportData(analysis: ProjectAnalysis): ReportAnalysis {
  const u = analysis.uncertainty;
  const s = analysis.sensitivity;
  const a = analysis.audit;
  const matrix =
    a === undefined
      ? undefined
      : a.indicatorCorrelations.ids.length <= HEATMAP_MAX_INDICATORS
        ? a.indicatorCorrelations
        : a.pillarCorrelations;
  return {
    ...(u === undefined
      ? {}
      : {
          rankIntervals: u.units.map((x) => ({
            unit: x.unit,
            nominal: x.nominalRank,
            median: x.medianRank,
            p05: x.rankLow,
            p95: x.rankHigh,
          })),
        }),
    ...(s === undefined || s.status !== "estimated" ? {} : { sobol: s.indices }),
    ...(matrix === undefined ? {} : { correlations: { ids: matrix.ids, values: matrix.pearson } }),
  };
}
