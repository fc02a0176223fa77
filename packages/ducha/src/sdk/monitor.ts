import {
  type DueAction,
  evaluateRules,
  monitorProgress,
  type ProgressReport,
  type ProgressSnapshot,
  progressSeries,
  type SupervisionItem,
  supervisionItemFacts,
  unitResultFacts,
} from "@ducha/accountability";
import { DuchaError, type Project, parsePeriod, periodEnd } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";

/**
 * Options of {@link monitor}.
 *
 * @since 0.1.0
 */
export interface MonitorOptions {
  /** Supervision items (督查事项) whose urges and deadlines rules look at. Defaults to none. */
  readonly items?: readonly SupervisionItem[];
  /** A scored assessment (from {@link assess}) for rules on grades, ranks, vetoes and binding indicators. Defaults to none. */
  readonly result?: AssessmentResult;
  /** Actions already taken, so repeated triggers escalate (`evaluateRules`' `previous`). Defaults to none. */
  readonly previous?: readonly DueAction[];
}

/**
 * What {@link monitor} returns: the progress report as of the date, the monthly series from the
 * start of the plan year, and the accountability actions due.
 *
 * @since 0.1.0
 */
export interface MonitorResult {
  readonly asOf: string;
  /** Progress as of `asOf` (the last snapshot of the series). */
  readonly progress: ProgressReport;
  /** Month-end snapshots of the complete months from the start of the plan year up to `asOf`. */
  readonly series: readonly ProgressSnapshot[];
  /** Accountability actions due (提醒, 约谈, 通报批评 …), with the facts that triggered them. */
  readonly actions: readonly DueAction[];
}

/**
 * Supervises progress during the year (目标督查): monthly progress against targets with traffic
 * lights (时间过半、任务过半), then the project's accountability rules evaluated over that series,
 * the supervision items and, when given, the scored results.
 *
 * @param project - a valid project
 * @param asOf - the date `YYYY-MM-DD` to monitor at
 * @param options - supervision items, results, earlier actions
 * @throws `DuchaError` `invalid_as_of` when `asOf` is not a date in the plan year
 * @example
 * ```ts
 * import { assess, loadProject, monitor } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const m = monitor(loaded.value, "2024-06-30", { result: assess(loaded.value) });
 *   for (const item of m.progress.items) if (item.colour === "red") console.log(item.message.zh);
 *   for (const action of m.actions) console.log(action.message.zh);
 * }
 * ```
 * @since 0.1.0
 */
export function monitor(project: Project, asOf: string, options: MonitorOptions = {}): MonitorResult {
  const year = parsePeriod(project.plan.period)?.year;
  const date = /^(\d{4})-(\d{2})-\d{2}$/.exec(asOf);
  if (year === undefined || date === null || Number(date[1]) !== year) {
    throw new DuchaError(
      "invalid_as_of",
      `asOf ${JSON.stringify(asOf)} must be a date YYYY-MM-DD in the plan year ${year ?? "?"}`,
      {
        path: ["asOf"],
      },
    );
  }
  const month = Number(date[2]);
  const monthId = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
  // Complete months only: a month's snapshot is taken at its last day.
  const lastComplete = periodEnd(monthId(month)) === asOf ? month : month - 1;
  const series =
    lastComplete >= 1 ? progressSeries(project, { from: monthId(1), to: monthId(lastComplete), every: "month" }) : [];
  const progress = monitorProgress(project, { asOf });
  const actions = evaluateRules(
    project,
    {
      progress: series,
      ...(options.items === undefined ? {} : { items: supervisionItemFacts(options.items) }),
      ...(options.result === undefined ? {} : { results: unitResultFacts(options.result) }),
      asOf,
    },
    options.previous === undefined ? {} : { previous: options.previous },
  );
  return { asOf, progress, series, actions };
}
