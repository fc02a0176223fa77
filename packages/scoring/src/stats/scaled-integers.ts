import type { Dec } from "../internal/decimal.js";

/**
 * The values as integers X = x·10^s over one common scale s (the most decimal places of any value),
 * exactly: for exact comparisons of statistics whose formulas are invariant to a common positive
 * scale (moments ratios, correlations), decided in BigInt arithmetic without rounding.
 */
export function scaledIntegers(values: readonly Dec[]): bigint[] {
  let s = 0;
  for (const v of values) s = Math.max(s, v.decimalPlaces());
  return values.map((v) => BigInt(v.toFixed(s).replace(".", "")));
}

/** A Decimal t as the exact ratio T / P, P = 10^(decimal places of t). */
export function exactRatio(t: Dec): { readonly T: bigint; readonly P: bigint } {
  const places = t.decimalPlaces();
  return { T: BigInt(t.toFixed(places).replace(".", "")), P: 10n ** BigInt(places) };
}

/**
 * Scaled deviations e = n·X − ΣX of integers X (= n·10^s·(x − x̄), exact: no rounded mean).
 */
export function scaledDeviations(xs: readonly bigint[]): bigint[] {
  const n = BigInt(xs.length);
  let sum = 0n;
  for (const x of xs) sum += x;
  return xs.map((x) => n * x - sum);
}

/**
 * Sxy, Sxx, Syy: the sums of products of the scaled deviations of two equally long lists — n²·10^(2s)
 * times Σ(x − x̄)(y − ȳ), Σ(x − x̄)², Σ(y − ȳ)², exactly (for Pearson's r = Sxy/√(Sxx·Syy)).
 */
export function scaledCrossSums(x: readonly Dec[], y: readonly Dec[]): { sxy: bigint; sxx: bigint; syy: bigint } {
  const ex = scaledDeviations(scaledIntegers(x));
  const ey = scaledDeviations(scaledIntegers(y));
  let sxy = 0n;
  let sxx = 0n;
  let syy = 0n;
  for (let i = 0; i < ex.length; i++) {
    const a = ex[i] as bigint;
    const b = ey[i] as bigint;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return { sxy, sxx, syy };
}
