import { ScoringError } from "../errors.js";
import { pearson, spearman } from "../internal/correlation.js";
import type { Dec, NumericInput } from "../internal/decimal.js";
import { readColumn } from "../stats/column.js";

/**
 * A named column of values over the same units, `null` for missing.
 *
 * @since 0.1.0
 */
export interface DataColumn {
  readonly id: string;
  readonly values: readonly (NumericInput | null)[];
}

/**
 * Options of {@link correlationMatrix}.
 *
 * @since 0.1.0
 */
export interface CorrelationOptions {
  /** Fewest complete pairs for a coefficient; fewer gives `null`. Defaults to 3. */
  readonly minPairs?: number;
}

/**
 * Pearson and Spearman correlation matrices with the number of complete pairs behind each entry.
 * `null` where a coefficient is undefined: fewer than `minPairs` complete pairs, or a constant
 * column over those pairs.
 *
 * @since 0.1.0
 */
export interface CorrelationMatrix {
  readonly ids: readonly string[];
  readonly pearson: readonly (readonly (Dec | null)[])[];
  readonly spearman: readonly (readonly (Dec | null)[])[];
  /** Complete pairs (both values present) behind each entry; the diagonal is the available count. */
  readonly pairs: readonly (readonly number[])[];
}

/**
 * Pearson's r and Spearman's ρ between every pair of columns (相关系数矩阵), exact, with
 * pairwise-complete observations — each pair uses the units where both values are present, as R
 * `cor(x, use = "pairwise.complete.obs")` and COINr `get_corr()`:
 *
 * - Pearson `r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²)` (Pearson 1896);
 * - Spearman ρ = Pearson's r of the ranks over the complete pairs, ties taking the mean rank
 *   (Spearman 1904; R `cor(method = "spearman")`).
 *
 * @param columns - the columns, all as long as the first
 * @param options - minimum complete pairs
 * @returns symmetric matrices in the order of `columns`
 * @throws {@link ScoringError} `length_mismatch`, `duplicate_id`, `invalid_number`, `invalid_options`
 * @example
 * ```ts
 * import { correlationMatrix } from "@ducha/scoring";
 *
 * const m = correlationMatrix([
 *   { id: "a", values: [1, 2, 3, 4] },
 *   { id: "b", values: [2, 4, 5, null] },
 * ]);
 * m.pearson[0]?.[1]?.toFixed(4); // "0.9820" (pairs 1–2, 2–4, 3–5)
 * ```
 * @since 0.1.0
 */
export function correlationMatrix(columns: readonly DataColumn[], options: CorrelationOptions = {}): CorrelationMatrix {
  const minPairs = options.minPairs ?? 3;
  if (!Number.isInteger(minPairs) || minPairs < 2) {
    throw new ScoringError("invalid_options", `expected minPairs to be an integer ≥ 2, got ${String(minPairs)}`, {
      path: ["options", "minPairs"],
    });
  }
  const length = columns[0]?.values.length ?? 0;
  const seen = new Set<string>();
  const read = columns.map((c, i) => {
    if (seen.has(c.id))
      throw new ScoringError("duplicate_id", `column id '${c.id}' appears twice`, { path: [i, "id"] });
    seen.add(c.id);
    if (c.values.length !== length) {
      throw new ScoringError(
        "length_mismatch",
        `expected column '${c.id}' to have ${length} values like the first column, got ${c.values.length}`,
        { path: [i, "values"] },
      );
    }
    return readColumn(c.values, [i, "values"]).values;
  });
  const k = read.length;
  const r: (Dec | null)[][] = Array.from({ length: k }, () => new Array<Dec | null>(k).fill(null));
  const rho: (Dec | null)[][] = Array.from({ length: k }, () => new Array<Dec | null>(k).fill(null));
  const pairs: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const xs: Dec[] = [];
      const ys: Dec[] = [];
      const a = read[i] as (Dec | null)[];
      const b = read[j] as (Dec | null)[];
      for (let u = 0; u < length; u++) {
        const x = a[u];
        const y = b[u];
        if (x === null || x === undefined || y === null || y === undefined) continue;
        xs.push(x);
        ys.push(y);
      }
      const count = xs.length;
      const p = count >= minPairs ? (pearson(xs, ys) ?? null) : null;
      const s = count >= minPairs ? (spearman(xs, ys) ?? null) : null;
      for (const [m, n] of [
        [i, j],
        [j, i],
      ] as const) {
        (pairs[m] as number[])[n] = count;
        (r[m] as (Dec | null)[])[n] = p;
        (rho[m] as (Dec | null)[])[n] = s;
      }
    }
  }
  return { ids: columns.map((c) => c.id), pearson: r, spearman: rho, pairs };
}
