import { ScoringError } from "../errors.js";
import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { fmt, readColumn, sumCanonical } from "../stats/column.js";
import type { MissingPolicy } from "./types.js";

/**
 * Options for {@link pointsSum}.
 *
 * @since 0.1.0
 */
export interface PointsSumOptions {
  /**
   * Missing-data treatment. `"exclude"` requires `maxPoints`, because dropping an item from a
   * points sum without rescaling would silently score it 0. Defaults to `"error"`.
   */
  readonly missing?: MissingPolicy;
  /** The full points of each item (分值), used to rescale when items are excluded. */
  readonly maxPoints?: readonly NumericInput[];
  /** Error path prefix. Defaults to `[]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * The result of {@link pointsSum}.
 *
 * @since 0.1.0
 */
export interface PointsSumResult {
  /** The (rescaled) total. */
  readonly value: Dec;
  /** Indices of excluded items, ascending. */
  readonly excluded: readonly number[];
  /** The rescaling factor `Σ maxPoints / Σ maxPoints of kept items` (1 when nothing was excluded). */
  readonly scale: Dec;
}

/**
 * Points sum (分值累加), for systems where each indicator is scored in points (total 100 or 1000):
 * `y = Σ xᵢ`. With `missing: "exclude"`, missing items are dropped and the sum of the rest is
 * scaled up to the full total: `y = Σ_{kept} xᵢ · Σ maxᵢ / Σ_{kept} maxᵢ`.
 *
 * @returns the total, excluded items and the scale factor
 * @throws {@link ScoringError} `missing_value` (default policy), `missing_max_points`,
 *   `length_mismatch`, `all_missing`, `weights_sum_zero` (kept items have zero full points)
 * @example
 * ```ts
 * import { pointsSum } from "@ducha/scoring";
 *
 * pointsSum([18, 25, 30]).value.toString(); // "73"
 * // item 2 (30 points) missing: (18 + 25) · 100 / 70 ≈ 61.43
 * pointsSum([18, 25, null], { missing: "exclude", maxPoints: [30, 40, 30] }).value.toFixed(2); // "61.43"
 * ```
 * @since 0.1.0
 */
export function pointsSum(values: readonly (NumericInput | null)[], options: PointsSumOptions = {}): PointsSumResult {
  const path = options.path ?? [];
  const column = readColumn(values, [...path, "values"]);
  const excluded = column.values.flatMap((v, i) => (v === null ? [i] : []));
  if (column.present.length === 0) {
    throw new ScoringError("all_missing", `every value at ${fmt([...path, "values"])} is missing`, {
      path: [...path, "values"],
    });
  }
  const total = sumCanonical(column.present);
  if (excluded.length === 0) return { value: total, excluded, scale: toDecimal(1) };
  if ((options.missing ?? "error") === "error") {
    const i = excluded[0] as number;
    throw new ScoringError("missing_value", `value at ${fmt([...path, "values", i])} is missing`, {
      path: [...path, "values", i],
    });
  }
  const max = options.maxPoints;
  if (max === undefined) {
    throw new ScoringError(
      "missing_max_points",
      `excluding missing items from a points sum needs maxPoints to rescale (at ${fmt([...path, "maxPoints"])})`,
      { path: [...path, "maxPoints"] },
    );
  }
  if (max.length !== values.length) {
    throw new ScoringError("length_mismatch", `expected ${values.length} maxPoints, got ${max.length}`, {
      path: [...path, "maxPoints"],
    });
  }
  const m = max.map((x, i) => toDecimal(x, [...path, "maxPoints", i]));
  const keptMax = sumCanonical(column.presentIndices.map((i) => m[i] as Dec));
  if (!keptMax.greaterThan(0)) {
    throw new ScoringError("weights_sum_zero", "the full points of the non-missing items sum to zero", {
      path: [...path, "maxPoints"],
    });
  }
  const scale = sumCanonical(m).div(keptMax);
  return { value: total.times(scale), excluded, scale };
}
