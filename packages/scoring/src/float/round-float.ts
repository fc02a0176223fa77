import { FLOAT_TOLERANCE } from "./tolerance.js";

/**
 * Rounds a float to `decimals` places the way `roundDecimal` rounds a decimal: `"half-up"`
 * (四舍五入, a tie goes away from zero), `"half-even"`, `"down"` (toward zero) or `"up"` (away from
 * zero). A value within the float tolerance of a representable decimal or of a tie counts as on it
 * (see `FLOAT_TOLERANCE`), so 87.125 − 1e-14 still rounds half-up to 87.13 as the exact engine does.
 */
export function roundFloat(x: number, decimals: number, mode: "half-up" | "half-even" | "down" | "up"): number {
  const scale = 10 ** decimals;
  const r = x * scale;
  const tol = FLOAT_TOLERANCE * Math.max(1, Math.abs(r));
  const nearest = Math.round(r);
  if (Math.abs(r - nearest) <= tol) return nearest / scale; // already on the grid
  const sign = r < 0 ? -1 : 1;
  const a = Math.abs(r);
  const lo = Math.floor(a);
  const frac = a - lo;
  let k: number;
  if (mode === "down") k = lo;
  else if (mode === "up") k = lo + 1;
  else if (Math.abs(frac - 0.5) <= tol) k = mode === "half-up" ? lo + 1 : lo % 2 === 0 ? lo : lo + 1;
  else k = frac < 0.5 ? lo : lo + 1;
  return (sign * k) / scale + 0; // + 0 turns −0 into 0
}
