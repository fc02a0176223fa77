import type { Dec } from "../internal/decimal.js";
import { exactRatio, scaledDeviations, scaledIntegers } from "./scaled-integers.js";

// Exact threshold tests of the type-2 skewness G1 and excess kurtosis G2 (e1071 type 2, COINr
// skew()/kurt(), Excel SKEW/KURT), for flags such as COINr's `|G1| > 2 and G2 > 3.5`. G1 and G2 are
// irrational in general and their 50-digit values can land on either side of a threshold they equal
// exactly (G1 of [0, 0, 0, 1] is exactly 2 but rounds to 2.000…01), so the comparison is rearranged
// into integers and decided in BigInt arithmetic, without rounding:
//
// with every value scaled to an integer X = x·10^s and e = n·X − ΣX (= n·10^s·(x − x̄), exact),
// M_p = Σe^p, the scale cancels: G1 = n·√(n − 1)·M3 / ((n − 2)·M2^(3/2)) and r = n·M4/M2², so for a
// threshold t = T/P (P a power of 10)
//   |G1| > t ⟺ t < 0, or n²(n − 1)·M3²·P² > T²·(n − 2)²·M2³             (both sides squared, t ≥ 0)
//   G2 > t   ⟺ n(n + 1)(n − 1)·M4·P > (T(n − 2)(n − 3) + P(3n − 3)(n − 1))·M2²
// (G2 = ((n + 1)(r − 3) + 6)(n − 1)/((n − 2)(n − 3)); multiplied through by (n − 2)(n − 3)·M2²·P > 0).

/** Power sums M2, M3, M4 of the scaled deviations e = n·X − ΣX. */
function powerSums(values: readonly Dec[]): { m2: bigint; m3: bigint; m4: bigint } {
  let m2 = 0n;
  let m3 = 0n;
  let m4 = 0n;
  for (const e of scaledDeviations(scaledIntegers(values))) {
    const e2 = e * e;
    m2 += e2;
    m3 += e2 * e;
    m4 += e2 * e2;
  }
  return { m2, m3, m4 };
}

/**
 * Whether |G1| > t exactly (`|G1| ≥ t` with `orEqual`), for at least 3 values that are not all
 * equal (else `false`). See the formulas at the top of this file.
 */
export function skewnessExceeds(values: readonly Dec[], t: Dec, orEqual = false): boolean {
  const count = values.length;
  if (count < 3) return false;
  const { m2, m3 } = powerSums(values);
  if (m2 === 0n) return false;
  if (t.isNegative() && !t.isZero()) return true;
  const n = BigInt(count);
  const { T, P } = exactRatio(t);
  const left = n * n * (n - 1n) * m3 * m3 * P * P;
  const right = T * T * (n - 2n) * (n - 2n) * m2 * m2 * m2;
  return orEqual ? left >= right : left > right;
}

/**
 * Whether G2 > t exactly (`G2 ≥ t` with `orEqual`), for at least 4 values that are not all equal
 * (else `false`). See the formulas at the top of this file.
 */
export function kurtosisExceeds(values: readonly Dec[], t: Dec, orEqual = false): boolean {
  const count = values.length;
  if (count < 4) return false;
  const { m2, m4 } = powerSums(values);
  if (m2 === 0n) return false;
  const n = BigInt(count);
  const { T, P } = exactRatio(t);
  const left = n * (n + 1n) * (n - 1n) * m4 * P;
  const right = (T * (n - 2n) * (n - 3n) + P * (3n * n - 3n) * (n - 1n)) * m2 * m2;
  return orEqual ? left >= right : left > right;
}
