import type { Dec } from "../internal/decimal.js";
import { exactRatio } from "../stats/scaled-integers.js";

/**
 * Whether the share count/total is below t, exactly (0 when total is 0): count·P < T·total for
 * t = T/P. The 50-digit share 2/3 = 0.66…67 is not below t = 0.66…67 although 2/3 is.
 */
export function shareBelow(count: number, total: number, t: Dec): boolean {
  const { T, P } = exactRatio(t);
  if (total === 0) return 0n < T;
  return BigInt(count) * P < T * BigInt(total);
}
