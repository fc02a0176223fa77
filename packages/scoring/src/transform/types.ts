import type { Dec } from "../internal/decimal.js";

/**
 * What a pre-transform did to one value:
 * - `missing` — the input was `null` (output `null`);
 * - `missing_denominator` / `division_by_zero` — denomination could not be computed (output `null`);
 * - `clamped_low` / `clamped_high` — the value was raised to the floor / lowered to the ceiling.
 *
 * @since 0.1.0
 */
export type TransformFlag = "missing" | "missing_denominator" | "division_by_zero" | "clamped_low" | "clamped_high";

/**
 * The result of a pre-transform: values aligned with the input, per-index flags, and the
 * parameters actually used (for the trace).
 *
 * @since 0.1.0
 */
export interface TransformResult {
  /** Transformed values; `null` where the input was missing or the value could not be computed (see flags). */
  readonly values: readonly (Dec | null)[];
  /** Per-index flags (empty array = unchanged apart from the transform itself). */
  readonly flags: readonly (readonly TransformFlag[])[];
  /** Parameters used (e.g. `min`, `max`, `offset`), as Decimals. */
  readonly params: Readonly<Record<string, Dec>>;
}
