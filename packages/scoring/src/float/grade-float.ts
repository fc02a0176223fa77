import { D, toDecimal } from "../internal/decimal.js";
import { atLeast, nearlyEqual } from "./tolerance.js";

/** A grade band compiled for the float path: minScore as a float, the quota rule kept exact. */
export interface FloatBand {
  readonly id: string;
  readonly minScore: number;
  readonly maxShare: string | undefined;
  readonly maxCount: number | undefined;
}

/** Compiles the plan's bands (strings stay exact for the quota arithmetic). */
export function compileBands(
  bands: readonly {
    id: string;
    minScore: string | number;
    maxShare?: string | number | undefined;
    maxCount?: number | undefined;
  }[],
): FloatBand[] {
  return bands.map((b, i) => ({
    id: b.id,
    minScore: toDecimal(b.minScore, ["plan", "grading", "bands", i, "minScore"]).toNumber(),
    maxShare: b.maxShare === undefined ? undefined : String(b.maxShare),
    maxCount: b.maxCount,
  }));
}

/** q = min(maxCount, floor(maxShare × N)), computed exactly (as `assignGrades` with `quotaRounding: "floor"`). */
function quotaFor(band: FloatBand, n: number, cache: Map<string, number>): number | undefined {
  if (band.maxShare === undefined) return band.maxCount;
  const key = `${band.id}\u0000${n}`;
  let q = cache.get(key);
  if (q === undefined) {
    q = toDecimal(band.maxShare).times(n).toDecimalPlaces(0, D.ROUND_FLOOR).toNumber();
    cache.set(key, q);
  }
  return band.maxCount === undefined ? q : Math.min(band.maxCount, q);
}

/**
 * Grades units the way `assignGrades` does (best band first; quota q per scope; candidates tied at
 * the quota boundary all drop with `"exclude"` or all stay with `"include"`; a cap `bestAllowed`
 * skips better bands without using their quota; the last band takes the rest).
 *
 * @param scores - the grading basis per unit (published or exact total)
 * @param include - 1 for units that are graded (ranked units)
 * @param scope - quota scope per unit (0 when quotas count over all units)
 * @param cap - best band index allowed per unit (0 = no cap)
 * @returns band index per unit, −1 for units not graded
 */
export function gradeFloat(
  scores: Float64Array,
  include: Uint8Array,
  scope: Int32Array,
  cap: Int32Array,
  bands: readonly FloatBand[],
  quotaTies: "exclude" | "include",
  quotaCache: Map<string, number>,
  out: Int32Array = new Int32Array(scores.length),
): Int32Array {
  const n = scores.length;
  out.fill(-1);
  const scopeSize = new Map<number, number>();
  for (let i = 0; i < n; i++)
    if (include[i] === 1) scopeSize.set(scope[i] as number, (scopeSize.get(scope[i] as number) ?? 0) + 1);
  const last = bands.length - 1;
  for (let b = 0; b < last; b++) {
    const band = bands[b] as FloatBand;
    const competing = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      if (include[i] !== 1 || (out[i] as number) >= 0 || !atLeast(scores[i] as number, band.minScore)) continue;
      if (b < (cap[i] as number)) continue;
      const s = scope[i] as number;
      const list = competing.get(s);
      if (list === undefined) competing.set(s, [i]);
      else list.push(i);
    }
    for (const [s, list] of competing) {
      list.sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
      const quota = quotaFor(band, scopeSize.get(s) ?? 0, quotaCache);
      let granted = list.length;
      if (quota !== undefined && list.length > quota) {
        const boundary = quota > 0 ? scores[list[quota - 1] as number] : undefined;
        const next = scores[list[quota] as number] as number;
        if (boundary !== undefined && nearlyEqual(boundary, next)) {
          if (quotaTies === "exclude") granted = list.findIndex((i) => nearlyEqual(scores[i] as number, boundary));
          else {
            granted = list.length;
            while (granted > 0 && !nearlyEqual(scores[list[granted - 1] as number] as number, boundary)) granted--;
          }
        } else granted = quota;
      }
      for (let k = 0; k < granted; k++) out[list[k] as number] = b;
    }
  }
  for (let i = 0; i < n; i++) if (include[i] === 1 && (out[i] as number) < 0) out[i] = last;
  return out;
}
