import { comparePeriods, isPeriodId, type Project, parsePeriod, periodEnd, subPeriods } from "@ducha/schema";
import { type MonitorOptions, monitorContext, monitorWithIndex, type ProgressReport } from "./monitor-progress.js";
import { monitorTableWith } from "./monitor-table.js";
import { indexObservations } from "./observation-index.js";
import { ProgressError } from "./progress-error.js";

/**
 * Options of {@link progressSeries}.
 *
 * @since 0.1.0
 */
export interface ProgressSeriesOptions extends Omit<MonitorOptions, "asOf"> {
  /** First monitoring period, e.g. `"2024-01"` (month) or `"2024Q1"` (quarter). */
  readonly from: string;
  /** Last monitoring period (inclusive), of the same granularity as `from`. */
  readonly to: string;
  /** Monitoring frequency. Defaults to `"month"`. */
  readonly every?: "month" | "quarter";
}

/**
 * One monitoring period of a {@link progressSeries}: the report as of the period's last day.
 *
 * @since 0.1.0
 */
export interface ProgressSnapshot extends ProgressReport {
  /** The monitoring period, e.g. `"2024-05"`. */
  readonly monitoringPeriod: string;
}

/**
 * Progress reports at the end of every month (or quarter) from `from` to `to` (月度/季度进度监测),
 * the input for rules like "red two periods running" (连续两期红灯).
 *
 * @param project - the project
 * @param options - `from`, `to`, `every` and the {@link MonitorOptions} except `asOf`
 * @returns snapshots in time order, each as of its period's last day
 * @throws {@link ProgressError} `invalid_period` when `from`/`to` are not periods of the frequency or `to` precedes `from`
 * @example
 * ```ts
 * import { progressSeries } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const series = progressSeries(project, { from: "2024-01", to: "2024-12", every: "month" });
 * series.map((s) => s.summary.byColour.red); // red warnings per month
 * ```
 * @since 0.1.0
 */
export function progressSeries(project: Project, options: ProgressSeriesOptions): ProgressSnapshot[] {
  const every = options.every ?? "month";
  const { from, to, every: _every, ...rest } = options;
  for (const [name, id] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (typeof id !== "string" || !isPeriodId(id) || parsePeriod(id)?.type !== every)
      throw new ProgressError("invalid_period", `expected ${name} as a ${every} period id, got ${JSON.stringify(id)}`, {
        path: [name],
      });
  }
  if (comparePeriods(from, to) > 0)
    throw new ProgressError("invalid_period", `to (${to}) precedes from (${from})`, { path: ["to"] });
  const periods: string[] = [];
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  for (let y = fromYear; y <= toYear; y++) {
    for (const p of subPeriods(String(y), every)) {
      if (comparePeriods(p, from) >= 0 && comparePeriods(p, to) <= 0) periods.push(p);
    }
  }
  // Index the observations once, up to the last date; each snapshot ignores what was not known yet.
  const last = periods.at(-1);
  const index =
    last === undefined || rest.observations !== undefined ? undefined : indexObservations(project, periodEnd(last));
  // names, sorted units/indicators and targets once for every snapshot (the target period is the same)
  const period = rest.period ?? project.plan.period;
  const context = typeof period === "string" && isPeriodId(period) ? monitorContext(project, period) : undefined;
  const out: ProgressSnapshot[] = [];
  const columns = rest.observations;
  for (const p of periods) {
    const asOf = periodEnd(p);
    const report =
      columns !== undefined
        ? monitorTableWith(project, { ...rest, observations: columns, asOf }, context).toReport()
        : monitorWithIndex(project, { ...rest, asOf }, index, context);
    out.push({ monitoringPeriod: p, ...report });
  }
  return out;
}
