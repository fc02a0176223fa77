import type { Dec } from "../internal/decimal.js";
import type { NormalizeFlag } from "../normalize/types.js";
import type { TransformFlag } from "../transform/types.js";

/**
 * Something notable that happened to a number on its way into a score. Every flag is visible in
 * the result and the trace; nothing is dropped, clamped or zero-filled silently.
 *
 * - `missing` — no value for this unit and indicator (see the missing-data policy).
 * - `excluded` — missing, and the policy `exclude-reweight` dropped it and re-weighted siblings.
 * - `zero_filled` — missing, and the policy `zero` scored it 0.
 * - `carried_forward` — missing, and the last earlier period's value was used.
 * - `imputed` — missing, and the category mean was used.
 * - `rated` — the value is the combination of rater groups' ratings.
 * - `clamped`, `capped`, `floored`, `outside_range`, `no_band` — from normalisation.
 * - `clamped_low`, `clamped_high`, `missing_denominator`, `division_by_zero`, `winsorized` — from pre-transforms.
 * - `geometric_zero` — a weighted geometric mean met a zero score and is 0.
 * - `vetoed`, `node_zeroed`, `total_zeroed`, `excluded_from_ranking`, `grade_capped` — veto effects.
 * - `bonus_capped`, `deduction_capped` — bonus/deduction caps applied.
 * - `binding_missed` — a binding (约束性) indicator missed its target.
 *
 * @since 0.1.0
 */
export type ScoreFlag =
  | "missing"
  | "excluded"
  | "zero_filled"
  | "carried_forward"
  | "imputed"
  | "rated"
  | NormalizeFlag
  | TransformFlag
  | "winsorized"
  | "geometric_zero"
  | "vetoed"
  | "node_zeroed"
  | "total_zeroed"
  | "excluded_from_ranking"
  | "grade_capped"
  | "bonus_capped"
  | "deduction_capped"
  | "binding_missed";

/**
 * One pre-transform applied to a value, before → after.
 *
 * @since 0.1.0
 */
export interface TransformStep {
  /** Transform type (`denominate`, `clamp`, `log`, `log-offset`, `winsorize`). */
  readonly type: string;
  readonly before: Dec | null;
  readonly after: Dec | null;
  /** Parameters used (e.g. the denominator, min, offset). */
  readonly params: Readonly<Record<string, Dec>>;
}

/**
 * How one unit scored on one leaf indicator: raw value → transforms → normalised score → weights.
 *
 * @since 0.1.0
 */
export interface IndicatorScore {
  readonly indicator: string;
  /** The raw value as observed (decimal, grade code, task status or boolean), or `null`. */
  readonly raw: Dec | string | boolean | null;
  /** Where the raw value came from. */
  readonly source: "observation" | "carried_forward" | "category_mean" | "ratings" | "missing";
  /** Period of the observation used (differs from the plan period when carried forward). */
  readonly period?: string;
  /** The target applied, when the method uses one. */
  readonly target?: Dec;
  readonly transforms: readonly TransformStep[];
  /** The value after transforms (the input of normalisation). */
  readonly value: Dec | string | boolean | null;
  /** Normalisation method (the indicator's scoring rule). */
  readonly method: string;
  /** Parameters the method used (goalposts, mean, sd, cap …). */
  readonly params: Readonly<Record<string, Dec>>;
  /** The indicator's score on its scale (usually 0–100), or `null` when excluded. */
  readonly score: Dec | null;
  /** Weight among its siblings as declared (after category overrides). */
  readonly weight: Dec;
  /** Effective share of the unit's total (product of normalised weights up the tree); 0 when excluded. */
  readonly globalWeight: Dec;
  /** score × globalWeight for arithmetic paths; `null` when a geometric/minimum node lies above. */
  readonly contribution: Dec | null;
  readonly flags: readonly ScoreFlag[];
}

/**
 * How one unit scored on an inner node of the indicator tree.
 *
 * @since 0.1.0
 */
export interface NodeScore {
  readonly node: string;
  readonly aggregation: string;
  /** The node's score, or `null` when every child was excluded. */
  readonly score: Dec | null;
  /** Children with the weights actually used (re-normalised; `null` = excluded). */
  readonly children: readonly { readonly id: string; readonly score: Dec | null; readonly weight: Dec | null }[];
  readonly globalWeight: Dec;
  readonly flags: readonly ScoreFlag[];
}

/**
 * A veto (一票否决) that fired for a unit. Grade caps of accountability rules conditioned only on
 * binding indicators missed (e.g. "不得评为优秀") are reported here too, as `rule:<rule id>`.
 *
 * @since 0.1.0
 */
export interface VetoApplied {
  /** The veto id, or `rule:<id>` for an accountability rule's grade cap. */
  readonly veto: string;
  readonly effect: string;
  /** Why: the event note, or the binding indicators missed. */
  readonly because: string;
}

/**
 * Bonus/deduction (加分/扣分) applied to a unit's total.
 *
 * @since 0.1.0
 */
export interface AdjustmentsApplied {
  readonly bonus: Dec;
  readonly deduction: Dec;
  readonly net: Dec;
  readonly items: readonly {
    readonly id: string;
    readonly type: string;
    readonly raw: Dec;
    readonly applied: Dec;
    readonly capped: boolean;
  }[];
}

/**
 * The result for one assessed unit: a discriminated union on `status`.
 * `scored` units have a total, ranks and a grade; `insufficient_data` units say what is missing.
 *
 * @since 0.1.0
 */
export type UnitResult = ScoredUnit | InsufficientUnit;

/**
 * A unit with a score.
 *
 * @since 0.1.0
 */
export interface ScoredUnit {
  readonly status: "scored";
  readonly unit: string;
  readonly category: string | undefined;
  /** Weighted score before bonus/deduction, full precision. */
  readonly base: Dec;
  /** Final total (综合得分) at full precision: base + net adjustments, after veto effects. */
  readonly total: Dec;
  /** The published total: `total` rounded per the plan (default 2 decimals, half-up). */
  readonly published: Dec;
  /** Rank among all ranked units (1 = best), `null` when excluded from ranking. */
  readonly rank: number | null;
  /** Rank within the unit's category. */
  readonly categoryRank: number | null;
  /** Grade band id (等次), when the plan grades. */
  readonly grade: string | null;
  readonly gradeReasons: readonly unknown[];
  readonly nodes: Readonly<Record<string, NodeScore>>;
  readonly indicators: Readonly<Record<string, IndicatorScore>>;
  readonly adjustments: AdjustmentsApplied;
  readonly vetoes: readonly VetoApplied[];
  /** Binding (约束性) indicators whose target was missed. */
  readonly bindingMissed: readonly string[];
  readonly flags: readonly ScoreFlag[];
}

/**
 * A unit that could not be scored.
 *
 * @since 0.1.0
 */
export interface InsufficientUnit {
  readonly status: "insufficient_data";
  readonly unit: string;
  readonly category: string | undefined;
  readonly reason: string;
  /** Indicators without usable data. */
  readonly missing: readonly string[];
  readonly indicators: Readonly<Record<string, IndicatorScore>>;
}

/**
 * The scored assessment: every unit's result (sorted by rank, then id), the parameters each
 * indicator's normalisation used, and the settings applied.
 *
 * @since 0.1.0
 */
export interface AssessmentResult {
  readonly project: string;
  readonly plan: string;
  readonly period: string;
  readonly units: readonly UnitResult[];
  /** Per indicator: method and parameters used across units (e.g. data goalposts). */
  readonly indicators: Readonly<
    Record<string, { readonly method: string; readonly params: Readonly<Record<string, Dec>>; readonly units: number }>
  >;
  readonly settings: {
    readonly rounding: { readonly decimals: number; readonly mode: "half-up" | "half-even" | "down" | "up" };
    readonly ties: "competition" | "dense";
    readonly rankOn: "published" | "exact";
  };
}
