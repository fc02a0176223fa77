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
