import type { Dec } from "../internal/decimal.js";
import { exactRatio, scaledCrossSums } from "../stats/scaled-integers.js";

const sign = (v: bigint): number => (v > 0n ? 1 : v < 0n ? -1 : 0);

/**
 * The sign of r − t, exactly, for Pearson's r (Pearson 1896) of two equally long lists that both
 * vary: −1, 0 or 1. The 50-digit r can land on either side of a threshold it equals exactly (r of
 * [0, 0, 1] and [0, 2, 0] is −1/2 but rounds to −0.500…01), so flags such as "r > 0.9" are decided
 * in integers: with scaled deviations e = n·X − ΣX (no rounded mean), r = Sxy/√(Sxx·Syy) with
 * S the sums of products of the e's, and for t = T/P, |r| vs |t| is the sign of
 * Sxy²·P² − T²·Sxx·Syy; when r and t differ in sign, the sign of r − t is the difference of signs.
 */
export function comparePearson(x: readonly Dec[], y: readonly Dec[], t: Dec): number {
  const { sxy, sxx, syy } = scaledCrossSums(x, y);
  const { T, P } = exactRatio(t);
  const sr = sign(sxy);
  const st = sign(T);
  if (sr !== st) return sr > st ? 1 : -1;
  if (sr === 0) return 0;
  const magnitude = sign(sxy * sxy * P * P - T * T * sxx * syy); // sign of |r| − |t|
  return magnitude === 0 ? 0 : sr * magnitude;
}
