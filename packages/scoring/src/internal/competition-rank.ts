import { rankValues } from "../rank/rank.js";
import type { Dec } from "./decimal.js";

/**
 * Standard competition ranking ("1224"): rank 1 is the best; tied values share the best rank of
 * their group and the next rank skips. `higherIsBetter` chooses the order.
 */
export function competitionRanks(values: readonly Dec[], higherIsBetter: boolean): number[] {
  // No null inputs, so every rank is a number.
  return rankValues(values, { ties: "competition", order: higherIsBetter ? "desc" : "asc" }) as number[];
}

/** Average ranks (1 = smallest value; ties get the mean of the ranks they span), for Spearman's ρ. */
export function averageRanks(values: readonly Dec[]): number[] {
  return values.map((v) => {
    let less = 0;
    let equal = 0;
    for (const other of values) {
      if (other.lessThan(v)) less++;
      else if (other.equals(v)) equal++;
    }
    return less + (equal + 1) / 2;
  });
}
