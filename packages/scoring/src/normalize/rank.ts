import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * How tied values are ranked: `"competition"` ("1224", standard competition ranking — ties share
 * the best rank and the next rank is skipped) or `"dense"` ("1223").
 *
 * @since 0.1.0
 */
export type RankTies = "competition" | "dense";

/**
 * Options for {@link normalizeRank}.
 *
 * @since 0.1.0
 */
export interface RankOptions extends DirectionalOptions {
  /** Tie handling. Defaults to `"competition"` ("1224", as R `rank(ties.method = "min")` used by COINr). */
  readonly ties?: RankTies;
}

/**
 * Rank (排名) of each value among the non-missing values, **1 = best** (highest for benefit,
 * lowest for cost); ties share a rank. Competition: `1 + #{better values}`; dense:
 * `1 + #{distinct better values}`. Note: unlike the other methods a *lower* output is better.
 * COINr `n_rank` instead returns ascending ranks (the highest value gets n) as a score.
 *
 * @returns ranks 1…n; params `count` (number of ranked values)
 * @throws {@link ScoringError} `all_missing`
 * @example
 * ```ts
 * import { normalizeRank } from "@ducha/scoring";
 *
 * normalizeRank([90, 95, 95, 80]).values.map(String); // ["3", "1", "1", "4"]
 * normalizeRank([90, 95, 95, 80], { ties: "dense" }).values.map(String); // ["2", "1", "1", "3"]
 * ```
 * @since 0.1.0
 */
export function normalizeRank(values: readonly (NumericInput | null)[], options: RankOptions = {}): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const ties = options.ties ?? "competition";
  if (ties !== "competition" && ties !== "dense") {
    fail("invalid_option", `expected ties "competition" or "dense", got ${JSON.stringify(ties)}`, [...path, "ties"]);
  }
  const column = readColumn(values, path);
  requirePresent(column, path);
  // Sort best first; equal values (by numeric value, so "1.50" equals 1.5) are adjacent.
  const sign = direction === "benefit" ? -1 : 1;
  const sorted = [...column.present].sort((a, b) => a.comparedTo(b) * sign);
  const competition = new Map<string, number>();
  const dense = new Map<string, number>();
  sorted.forEach((v, k) => {
    const key = v.toString();
    if (!competition.has(key)) {
      competition.set(key, k + 1);
      dense.set(key, dense.size + 1);
    }
  });
  const ranks = ties === "dense" ? dense : competition;
  const out = column.values.map((x): Dec | null => (x === null ? null : new D(ranks.get(x.toString()) as number)));
  return { method: "rank", values: out, flags: initialFlags(values), params: { count: new D(column.present.length) } };
}
