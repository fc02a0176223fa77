import { ScoringError } from "../errors.js";
import { pearson } from "../internal/correlation.js";
import { D, type Dec } from "../internal/decimal.js";
import { allEqual, readColumn, sumCanonical } from "../stats/column.js";
import type { DataColumn } from "./correlation-matrix.js";

/**
 * Cronbach's alpha of a group of items.
 *
 * @since 0.1.0
 */
export interface CronbachAlphaResult {
  /** Items (k). */
  readonly items: number;
  /** Cases (units) with every item present — listwise deletion. */
  readonly cases: number;
  /** Positions of the cases left out for a missing item. */
  readonly excluded: readonly number[];
  /** Raw alpha, `null` when undefined (k < 2, fewer than 2 cases, or total variance 0). */
  readonly raw: Dec | null;
  /** Standardised alpha, `null` when undefined (k < 2, fewer than 3 cases, or a constant item). */
  readonly standardized: Dec | null;
  /** Mean inter-item Pearson correlation r̄ (the off-diagonal mean), `null` when undefined. */
  readonly meanInterItemCorrelation: Dec | null;
}

/**
 * Cronbach's alpha (Cronbach 1951), the internal-consistency coefficient of a group of items — for
 * a composite index, the indicators of one pillar over units (COINr `get_cronbach()`), exact:
 *
 * - raw `α = k/(k − 1) · (1 − Σ s_i² / s_T²)`, with s_i² each item's sample variance and s_T² the
 *   sample variance of the row totals;
 * - standardised `α_std = k·r̄ / (1 + (k − 1)·r̄)`, r̄ the mean of the k(k − 1)/2 inter-item
 *   Pearson correlations (alpha of the z-scored items; SPSS "Cronbach's Alpha Based on
 *   Standardized Items").
 *
 * Cases with any missing item are left out (listwise deletion, as SPSS `RELIABILITY`) and listed
 * in `excluded`. Worked example: D. J. Denis, *Applied Univariate, Bivariate, and Multivariate
 * Statistics* (Wiley), the Cronbach's alpha example with SPSS `RELIABILITY` output (five items, ten
 * cases): α = 0.633, standardised 0.691 — reproduced in this package's tests.
 *
 * @param items - the items, each a column over the same cases
 * @returns raw and standardised alpha, cases used
 * @throws {@link ScoringError} `length_mismatch`, `invalid_number`
 * @example
 * ```ts
 * import { cronbachAlpha } from "@ducha/scoring";
 *
 * const a = cronbachAlpha([
 *   { id: "q1", values: [1, 2, 3, 4] },
 *   { id: "q2", values: [2, 3, 3, 5] },
 * ]);
 * a.raw?.toFixed(3); // "0.960" = 2 · (1 − (5/3 + 19/12) / 6.25)
 * ```
 * @since 0.1.0
 */
export function cronbachAlpha(items: readonly DataColumn[]): CronbachAlphaResult {
  const k = items.length;
  const length = items[0]?.values.length ?? 0;
  const read = items.map((c, i) => {
    if (c.values.length !== length) {
      throw new ScoringError(
        "length_mismatch",
        `expected item '${c.id}' to have ${length} values like the first item, got ${c.values.length}`,
        { path: [i, "values"] },
      );
    }
    return readColumn(c.values, [i, "values"]).values;
  });
  const complete: number[] = [];
  const excluded: number[] = [];
  for (let u = 0; u < length; u++) {
    if (read.every((col) => col[u] !== null)) complete.push(u);
    else excluded.push(u);
  }
  const cases = complete.length;
  const columns = read.map((col) => complete.map((u) => col[u] as Dec));
  // Equal values have variance exactly 0 (decided by comparison, not by the rounded mean's residue).
  const variance = (xs: readonly Dec[]) => {
    if (allEqual(xs)) return new D(0);
    const mean = sumCanonical(xs).div(xs.length);
    return sumCanonical(xs.map((x) => x.minus(mean).pow(2))).div(xs.length - 1);
  };
  let raw: Dec | null = null;
  if (k >= 2 && cases >= 2) {
    const totals = complete.map((_, c) => sumCanonical(columns.map((col) => col[c] as Dec)));
    // Constant totals (s_T² = 0) leave alpha undefined; decided on the totals themselves, since a
    // rounded mean's residue would make s_T² a tiny positive number and alpha a huge one.
    if (!allEqual(totals)) {
      const totalVariance = variance(totals);
      const itemVariances = sumCanonical(columns.map(variance));
      // Cronbach 1951: α = k/(k−1) · (1 − Σ s_i² / s_T²)
      raw = new D(k).div(k - 1).times(new D(1).minus(itemVariances.div(totalVariance)));
    }
  }
  let meanR: Dec | null = null;
  let standardized: Dec | null = null;
  if (k >= 2 && cases >= 3) {
    const rs: Dec[] = [];
    let defined = true;
    for (let i = 0; i < k && defined; i++) {
      for (let j = i + 1; j < k; j++) {
        const r = pearson(columns[i] as Dec[], columns[j] as Dec[]);
        if (r === undefined) {
          defined = false;
          break;
        }
        rs.push(r);
      }
    }
    if (defined) {
      meanR = sumCanonical(rs).div(rs.length);
      // Standardised alpha: k·r̄ / (1 + (k − 1)·r̄); undefined when the denominator is 0 (r̄ = −1/(k−1)).
      const denominator = new D(1).plus(meanR.times(k - 1));
      standardized = denominator.isZero() ? null : meanR.times(k).div(denominator);
    }
  }
  return { items: k, cases, excluded, raw, standardized, meanInterItemCorrelation: meanR };
}
