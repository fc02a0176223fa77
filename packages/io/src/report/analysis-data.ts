import { type LocalizedText, localize, type Project } from "@ducha/schema";
import type { CorrelationHeatmapData, RankIntervalDatum, SobolBarDatum } from "./analysis-charts.js";
import type { ReportData } from "./report-data.js";
import type { ReportAnalysis } from "./report-options.js";

/** The analysis parts of a report with display labels resolved; absent parts stay `undefined`. */
export interface LabelledAnalysis {
  readonly rankIntervals: readonly (RankIntervalDatum & { readonly label: string })[] | undefined;
  readonly sobol: readonly (SobolBarDatum & { readonly label: string })[] | undefined;
  readonly correlations: (CorrelationHeatmapData & { readonly labels: readonly string[] }) | undefined;
}

/**
 * Resolves labels: units by name, Sobol inputs by their label or id, correlation ids by indicator
 * or node name (`index`: the composite index; else the id). Empty lists count as absent.
 */
export function analysisData(
  analysis: ReportAnalysis | undefined,
  data: ReportData,
  project: Project,
): LabelledAnalysis {
  const nodeNames = new Map<string, LocalizedText>(project.system.nodes.map((n) => [n.id, n.name]));
  const indicatorIds = new Set(project.system.indicators.map((i) => i.id));
  const name = (id: string) => {
    if (indicatorIds.has(id)) return data.indicatorName(id);
    const node = nodeNames.get(id);
    if (node !== undefined) return localize(node, data.lang);
    // `auditAssessment` names the aggregated score "index".
    if (id === "index") return data.lang === "zh" ? "综合指数" : "Index";
    return id;
  };
  const ri = analysis?.rankIntervals;
  const sobol = analysis?.sobol;
  const corr = analysis?.correlations;
  return {
    rankIntervals:
      ri === undefined || ri.length === 0
        ? undefined
        : ri.map((d) => ({ ...d, label: d.label ?? data.unitName(d.unit) })),
    sobol: sobol === undefined || sobol.length === 0 ? undefined : sobol.map((d) => ({ ...d, label: d.label ?? d.id })),
    correlations:
      corr === undefined || corr.ids.length === 0
        ? undefined
        : { ...corr, labels: corr.ids.map((id, i) => corr.labels?.[i] ?? name(id)) },
  };
}
