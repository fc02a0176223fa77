// Plain, structured-cloneable data the worker sends to the page (decimals as strings).

/** A text in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** One row of the ranking table. */
export interface RankingRow {
  readonly unit: string;
  readonly name: Bilingual;
  readonly category: string | null;
  readonly status: "scored" | "insufficient_data";
  readonly rank: number | null;
  readonly categoryRank: number | null;
  /** Published total with the plan's decimals, or null when not scored. */
  readonly total: string | null;
  readonly grade: string | null;
  readonly flags: readonly string[];
  /** Score of each pillar (top-level node), in the order of `ViewModel.pillars`. */
  readonly pillars: readonly (string | null)[];
}

/** A traffic light of the progress board. */
export interface ProgressRow {
  readonly unit: string;
  readonly indicator: string;
  readonly colour: "green" | "yellow" | "red" | "grey";
  readonly status: string;
  readonly message: Bilingual;
}

/** A supervision item (督查事项) opened for a lagging indicator. */
export interface ItemRow {
  readonly id: string;
  readonly title: Bilingual;
  readonly unit: string;
  readonly state: string;
  readonly assignedAt: string;
  readonly dueAt: string;
  readonly description: Bilingual;
}

/** An accountability action (问责) the project's rules call for. */
export interface ActionRow {
  readonly rule: string;
  readonly action: string;
  readonly unit: string;
  readonly target: string;
  readonly message: Bilingual;
}

/** A problem with a row of imported data, or with the project. */
export interface IssueRow {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly path?: string;
  readonly message: Bilingual;
}

/** The result of importing one data file. */
export interface ImportSummary {
  readonly file: string;
  readonly format: string;
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly observations: number;
  readonly issues: readonly IssueRow[];
}

/** Everything the page shows. */
export interface ViewModel {
  readonly project: {
    readonly id: string;
    readonly name: Bilingual;
    readonly plan: Bilingual;
    readonly period: string;
  };
  readonly asOf: string;
  readonly categories: readonly { readonly id: string; readonly name: Bilingual }[];
  readonly grades: readonly { readonly id: string; readonly name: Bilingual }[];
  readonly pillars: readonly { readonly id: string; readonly name: Bilingual }[];
  readonly indicators: readonly { readonly id: string; readonly name: Bilingual }[];
  readonly rows: readonly RankingRow[];
  /**
   * The long lists as UTF-8 JSON (`ProgressRow[]`, `ItemRow[]`, `ActionRow[]`) in buffers the worker
   * transfers (no copy, nothing to deserialise); the page decodes a list only when its tab is shown,
   * so thousands of units do not block the page while it draws the ranking.
   */
  readonly progress: { readonly byColour: Readonly<Record<string, number>>; readonly itemsJson: ArrayBuffer };
  readonly itemsJson: ArrayBuffer;
  readonly actionsJson: ArrayBuffer;
  readonly counts: { readonly items: number; readonly actions: number };
  /** Observations added by imports. */
  readonly imported: number;
  /** CPU-side time the worker spent validating, scoring and monitoring, in ms. */
  readonly millis: number;
}

/** One step of a unit's score trace (得分说明). */
export interface TraceRow {
  readonly step: string;
  readonly subject: string | null;
  readonly text: Bilingual;
}
