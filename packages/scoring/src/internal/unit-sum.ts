import { ScoringError } from "../errors.js";
import { D, type Dec } from "./decimal.js";

/** Number of decimal places of every published weight vector. */
export const WEIGHT_DECIMALS = 40;

/**
 * Divides non-negative values by their sum and returns weights with {@link WEIGHT_DECIMALS}
 * decimal places that sum to exactly 1.
 *
 * Each quotient vᵢ/Σv is truncated to 40 decimal places; the k < n units of 10⁻⁴⁰ lost by the
 * truncation go, one each, to the weights with the largest truncated remainders (largest-remainder
 * / Hamilton method), ties to the lower index. Zero values stay exactly zero.
 */
export function toUnitSum(values: readonly Dec[], path: readonly (string | number)[] = ["weights"]): Dec[] {
  let total = new D(0);
  values.forEach((v, i) => {
    if (v.isNegative() && !v.isZero()) {
      throw new ScoringError("negative_weight", `weight ${i} must be ≥ 0, got ${v.toString()}`, { path: [...path, i] });
    }
    total = total.plus(v);
  });
  if (total.isZero()) {
    throw new ScoringError("weights_sum_zero", "weights sum to zero; cannot normalise them to sum 1", { path });
  }
  const scale = new D(10).pow(WEIGHT_DECIMALS);
  const units = values.map((v) => v.div(total).times(scale));
  const floors = units.map((u) => u.floor());
  let missing = scale.minus(floors.reduce((a, b) => a.plus(b), new D(0))).toNumber();
  const order = units
    .map((u, i) => ({ i, rem: u.minus(floors[i] as Dec), zero: (values[i] as Dec).isZero() }))
    .filter((x) => !x.zero)
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  // `missing` is an integer in [0, n]; the guard handles any (theoretical) rounding excess.
  for (let k = 0; missing > 0 && order.length > 0; k++, missing--) {
    const target = order[k % order.length] as { i: number };
    floors[target.i] = (floors[target.i] as Dec).plus(1);
  }
  for (let k = order.length - 1; missing < 0 && k >= 0; k--, missing++) {
    const target = order[k] as { i: number };
    floors[target.i] = (floors[target.i] as Dec).minus(1);
  }
  return floors.map((f) => f.div(scale));
}
