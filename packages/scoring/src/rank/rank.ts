import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";

/**
 * Options of {@link rankValues}.
 *
 * @since 0.1.0
 */
export interface RankOptions {
  /**
   * How ties are ranked: `"competition"` — standard competition ranking "1224" (tied values share
   * the best rank of their group and the next rank skips); `"dense"` — dense ranking "1223" (no
   * gaps). Defaults to `"competition"`.
   */
  readonly ties?: "competition" | "dense";
  /**
   * Which values are best: `"desc"` — the highest value gets rank 1 (scores); `"asc"` — the lowest
   * value gets rank 1 (e.g. a TOPSIS distance or a lower-is-better index). Defaults to `"desc"`.
   */
  readonly order?: "desc" | "asc";
}

/**
 * Ranks values (排名 / 名次): 1 is the best. Tied values (exactly equal decimals) share a rank.
 * `null` means "not ranked" (excluded by a veto 一票否决, or insufficient data): it stays `null`
 * and takes no rank, so the ranked values get ranks 1…m where m is the number of non-null values.
 *
 * Rules (Wikipedia "Ranking", § Standard competition ranking / Dense ranking):
 * - competition: rank(v) = 1 + #{ranked values strictly better than v}
 * - dense: rank(v) = 1 + #{distinct ranked values strictly better than v}
 *
 * Comparisons are exact decimal comparisons; the result does not depend on the order of the input
 * except that each rank stays at the position of its value.
 *
 * @param values - one value per unit, `null` for a unit that is not ranked
 * @param options - tie rule and order; see {@link RankOptions}
 * @returns one rank per value (same positions), `null` where the value is `null`
 * @example
 * ```ts
 * import { rankValues } from "@ducha/scoring";
 * import { Decimal } from "decimal.js";
 *
 * const v = ["90", "85", "90", "70"].map((s) => new Decimal(s));
 * rankValues(v); // [1, 3, 1, 4]
 * rankValues(v, { ties: "dense" }); // [1, 2, 1, 3]
 * rankValues([...v, null], { order: "asc" }); // [3, 2, 3, 1, null]
 * ```
 * @since 0.1.0
 */
export function rankValues(values: readonly (Dec | null)[], options: RankOptions = {}): (number | null)[] {
  const ties = options.ties ?? "competition";
  const order = options.order ?? "desc";
  if (ties !== "competition" && ties !== "dense") {
    throw new ScoringError("invalid_option", `ties must be "competition" or "dense", got ${JSON.stringify(ties)}`, {
      path: ["options", "ties"],
    });
  }
  if (order !== "desc" && order !== "asc") {
    throw new ScoringError("invalid_option", `order must be "desc" or "asc", got ${JSON.stringify(order)}`, {
      path: ["options", "order"],
    });
  }
  const ranked: { index: number; value: Dec }[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    if (!value.isFinite()) {
      throw new ScoringError("invalid_number", `expected a finite decimal or null at values.${index}`, {
        path: ["values", index],
      });
    }
    ranked.push({ index, value });
  });
  // Best first; the order among tied values does not matter because they receive the same rank.
  ranked.sort((a, b) => (order === "desc" ? b.value.comparedTo(a.value) : a.value.comparedTo(b.value)));
  const ranks: (number | null)[] = values.map(() => null);
  let rank = 0;
  let distinct = 0;
  let previous: Dec | undefined;
  ranked.forEach((entry, position) => {
    if (previous === undefined || !entry.value.equals(previous)) {
      distinct++;
      rank = ties === "dense" ? distinct : position + 1;
      previous = entry.value;
    }
    ranks[entry.index] = rank;
  });
  return ranks;
}
