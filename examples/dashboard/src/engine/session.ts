// The assessment state kept in the worker: the validated project, imported observations, the
// results and the monitoring. Wires the core packages the way the `ducha` SDK does
// (packages/ducha/src/sdk: assess, mergeObservations, monitor, resultsReport, resultsWorkbook),
// without its Node file access.
import {
  type DueAction,
  evaluateRules,
  monitorProgress,
  type ProgressReport,
  progressSeries,
  type SupervisionItem,
  supervisionItemFacts,
  supervisionItemFromLaggingIndicator,
  unitResultFacts,
} from "@ducha/accountability";
import { toBooleanValue } from "@ducha/io";
import { renderHtmlReport } from "@ducha/io/report";
import { writeResultsWorkbook } from "@ducha/io/xlsx";
import {
  type LocalizedText,
  localize,
  type Observation,
  type Project,
  parsePeriod,
  periodEnd,
  type ValidationIssue,
  validateProject,
} from "@ducha/schema";
import { type AssessmentResult, explain, scoreAssessment } from "@ducha/scoring";
import { readData } from "./read-data.js";
import type {
  ActionRow,
  Bilingual,
  ImportSummary,
  IssueRow,
  ItemRow,
  ProgressRow,
  TraceRow,
  ViewModel,
} from "./view-model.js";

/** The project or the merged data did not validate. */
export class InvalidProjectError extends Error {
  readonly issues: readonly IssueRow[];
  constructor(issues: readonly IssueRow[]) {
    super(`the project is invalid (${issues.filter((i) => i.severity === "error").length} errors)`);
    this.issues = issues;
  }
}

const both = (text: LocalizedText | undefined, fallback = ""): Bilingual =>
  text === undefined ? { zh: fallback, en: fallback } : { zh: localize(text, "zh"), en: localize(text, "en") };

const issueRow = (i: ValidationIssue): IssueRow => ({
  severity: i.severity,
  code: i.code,
  path: i.path.join("."),
  message: i.message,
});

const key = (o: { unit: string; indicator: string; period: string }) =>
  `${o.unit}\u0000${o.indicator}\u0000${o.period}`;

// Extra observations replace the project's for the same unit × indicator × period (SDK mergeObservations).
function mergeObservations(project: Project, extra: readonly Observation[]): Project {
  const booleans = new Set(project.system.indicators.filter((i) => i.kind === "boolean").map((i) => i.id));
  const added = extra.map((o) => (booleans.has(o.indicator) ? { ...o, value: toBooleanValue(o.value) } : o));
  const replaced = new Set(added.map(key));
  const kept = (project.observations ?? []).filter((o) => !replaced.has(key(o)));
  return { ...project, observations: [...kept, ...added] as Observation[] };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Monitoring {
  readonly asOf: string;
  readonly progress: ProgressReport;
  readonly items: readonly SupervisionItem[];
  readonly actions: readonly DueAction[];
}

const json = <T>(rows: T[]): ArrayBuffer => new TextEncoder().encode(JSON.stringify(rows)).buffer as ArrayBuffer;

/** The state behind the page. */
export class Session {
  private base: Project | undefined;
  private extra: Observation[] = [];
  private project: Project | undefined;
  private result: AssessmentResult | undefined;
  private monitoring: Monitoring | undefined;

  /** Validates and loads a project, dropping earlier imports. @returns the warnings */
  loadProject(input: unknown): IssueRow[] {
    const checked = validateProject(input);
    if (!checked.ok) throw new InvalidProjectError(checked.issues.map(issueRow));
    this.base = checked.value;
    this.extra = [];
    this.project = checked.value;
    this.result = undefined;
    return checked.issues.map(issueRow);
  }

  /** Reads a dropped file: a project replaces the current one, data is merged into it. */
  async importFile(file: string, bytes: Uint8Array): Promise<ImportSummary | { project: IssueRow[] }> {
    const data = await readData(file, bytes, this.base);
    if (data.kind === "project") return { project: this.loadProject(data.value) };
    const base = this.base as Project;
    const rows: IssueRow[] = data.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      file: i.file,
      row: i.row,
      column: i.column.letter,
      message: i.message,
    }));
    const extra = [...this.extra, ...data.observations];
    const merged = validateProject(mergeObservations(base, extra));
    if (!merged.ok) {
      // The file's observations do not fit the project: keep the earlier state, show why.
      rows.push(...merged.issues.filter((i) => i.severity === "error").map((i) => ({ ...issueRow(i), file })));
      return { ...this.summary(file, data.format, data.stats), accepted: 0, observations: 0, issues: rows };
    }
    this.extra = extra;
    this.project = merged.value;
    this.result = undefined;
    return { ...this.summary(file, data.format, data.stats), issues: rows };
  }

  private summary(
    file: string,
    format: string,
    s: { rowsRead: number; accepted: number; rejected: number; observations: number },
  ) {
    return {
      file,
      format,
      rowsRead: s.rowsRead,
      accepted: s.accepted,
      rejected: s.rejected,
      observations: s.observations,
    };
  }

  private current(): { project: Project; result: AssessmentResult } {
    if (this.project === undefined) throw new Error("no project loaded");
    this.result ??= scoreAssessment(this.project);
    return { project: this.project, result: this.result };
  }

  /** The plan year's last day: the default monitoring date. */
  defaultAsOf(): string {
    return this.project === undefined ? "" : periodEnd(this.project.plan.period);
  }

  // Progress at `asOf`, the monthly series for the rules, lagging-indicator items and the actions due
  // (as the SDK's monitor does; items are opened for every red light, due 30 days later).
  private monitor(project: Project, result: AssessmentResult, asOf: string): Monitoring {
    const year = parsePeriod(project.plan.period)?.year;
    const date = /^(\d{4})-(\d{2})-\d{2}$/.exec(asOf);
    if (year === undefined || date === null || Number(date[1]) !== year)
      throw new Error(`asOf ${asOf} must be a date YYYY-MM-DD in the plan year ${year ?? "?"}`);
    const month = Number(date[2]);
    const monthId = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
    const lastComplete = periodEnd(monthId(month)) === asOf ? month : month - 1;
    const series =
      lastComplete >= 1 ? progressSeries(project, { from: monthId(1), to: monthId(lastComplete), every: "month" }) : [];
    const progress = monitorProgress(project, { asOf });
    const indicators = new Map(project.system.indicators.map((i) => [i.id, i]));
    const items = progress.items
      .filter((p) => p.colour === "red")
      .map((p) => {
        const indicator = indicators.get(p.indicator);
        const name = both(indicator?.name, p.indicator);
        return supervisionItemFromLaggingIndicator(
          {
            indicator: p.indicator,
            indicatorName: name,
            unit: p.unit,
            period: p.period,
            ...(p.observation === undefined ? {} : { actual: String(p.observation.value) }),
            ...(p.target === undefined ? {} : { target: p.target.toString() }),
            dueAt: addDays(asOf, 30),
          },
          { assignedAt: asOf },
        );
      });
    const actions = evaluateRules(project, {
      progress: series,
      items: supervisionItemFacts(items),
      results: unitResultFacts(result),
      asOf,
    });
    return { asOf, progress, items, actions };
  }

  /** Scores and monitors the current project. @returns what the page shows */
  compute(asOf?: string): ViewModel {
    const started = performance.now();
    const { project, result } = this.current();
    const monitoring = this.monitor(project, result, asOf ?? this.defaultAsOf());
    this.monitoring = monitoring;
    const names = new Map(project.units.map((u) => [u.id, both(u.name, u.id)]));
    const pillars = project.system.nodes.filter((n) => n.parent === undefined);
    const decimals = result.settings.rounding.decimals;
    const rows = result.units.map((u) => {
      const common = {
        unit: u.unit,
        name: names.get(u.unit) ?? { zh: u.unit, en: u.unit },
        category: u.category ?? null,
      };
      if (u.status === "insufficient_data")
        return {
          ...common,
          status: u.status,
          rank: null,
          categoryRank: null,
          total: null,
          grade: null,
          flags: ["insufficient_data"],
          pillars: pillars.map(() => null),
        };
      return {
        ...common,
        status: u.status,
        rank: u.rank,
        categoryRank: u.categoryRank,
        total: u.published.toFixed(decimals),
        grade: u.grade,
        flags: [...u.vetoes.map((v) => `veto:${v.veto}`), ...u.flags.filter((f) => f !== "rated")],
        pillars: pillars.map((p) => u.nodes[p.id]?.score?.toDecimalPlaces(2).toString() ?? null),
      };
    });
    return {
      project: {
        id: project.id,
        name: both(project.name, project.id),
        plan: both(project.plan.name, project.plan.id),
        period: project.plan.period,
      },
      asOf: monitoring.asOf,
      categories: (project.categories ?? []).map((c) => ({ id: c.id, name: both(c.name, c.id) })),
      grades: (project.plan.grading?.bands ?? []).map((b) => ({ id: b.id, name: both(b.name, b.id) })),
      pillars: pillars.map((p) => ({ id: p.id, name: both(p.name, p.id) })),
      indicators: project.system.indicators.map((i) => ({ id: i.id, name: both(i.name, i.id) })),
      rows,
      progress: {
        byColour: monitoring.progress.summary.byColour,
        itemsJson: json<ProgressRow>(
          monitoring.progress.items.map((i) => ({
            unit: i.unit,
            indicator: i.indicator,
            colour: i.colour,
            status: i.status,
            message: i.message,
          })),
        ),
      },
      itemsJson: json<ItemRow>(
        monitoring.items.map((i) => ({
          id: i.id,
          title: { zh: i.title.zh, en: i.title.en ?? i.title.zh },
          unit: i.unit,
          state: i.state,
          assignedAt: i.assignedAt,
          dueAt: i.dueAt,
          // the lagging-indicator description is "<zh> / <en>"
          description: {
            zh: (i.description ?? "").split(" / ")[0] ?? "",
            en: (i.description ?? "").split(" / ").slice(1).join(" / ") || (i.description ?? ""),
          },
        })),
      ),
      actionsJson: json<ActionRow>(
        monitoring.actions.map((a) => ({
          rule: a.rule,
          action: a.action,
          unit: a.unit,
          target: a.target.ids.length > 0 ? a.target.ids.join(", ") : a.target.role,
          message: a.message,
        })),
      ),
      counts: { items: monitoring.items.length, actions: monitoring.actions.length },
      imported: this.extra.length,
      millis: Math.round(performance.now() - started),
    };
  }

  /** The score trace of one unit (scoring's `explain`). */
  explain(unit: string): TraceRow[] {
    return explain(this.current().result, unit).steps.map((s) => ({
      step: s.step,
      subject: s.subject ?? null,
      text: s.text,
    }));
  }

  /** The results workbook (ranking, scores, trace), as @ducha/io writes it. */
  async workbook(lang: "zh" | "en"): Promise<Uint8Array> {
    const { project, result } = this.current();
    return writeResultsWorkbook(result, project, { lang, explain });
  }

  /** The self-contained HTML report with the progress board and actions. */
  report(lang: "zh" | "en"): string {
    const { project, result } = this.current();
    const m = this.monitoring;
    return renderHtmlReport(result, project, {
      lang,
      ...(m === undefined
        ? {}
        : {
            progress: m.progress.items.map((i) => ({
              unit: i.unit,
              indicator: i.indicator,
              status: i.colour,
              note: i.message[lang],
            })),
            actions: m.actions.map((a) => ({
              unit: a.unit,
              action: a.action,
              target: a.target.ids.length > 0 ? a.target.ids.join(", ") : a.target.role,
              message: a.message,
            })),
          }),
    });
  }
}
