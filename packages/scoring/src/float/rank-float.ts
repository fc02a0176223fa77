import { nearlyEqual } from "./tolerance.js";

/**
 * Ranks values, 1 = highest, among the positions whose `include` is 1; other positions get 0 (use
 * `include` to know which are ranked). Ties (equal within the float tolerance of the group's first
 * value) share a rank: `"competition"` ("1224", `rankValues` default) or `"dense"` ("1223").
 * Returns the ranks and the order (positions best first, ties by position).
 */
export function rankFloat(
  values: Float64Array,
  include: Uint8Array | undefined,
  ties: "competition" | "dense",
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  const n = values.length;
  let m = 0;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) if (include === undefined || include[i] === 1) order[m++] = i;
  const used = order.subarray(0, m);
  used.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  out.fill(0);
  let rank = 0;
  let distinct = 0;
  let lead = Number.NaN;
  for (let p = 0; p < m; p++) {
    const i = used[p] as number;
    const v = values[i] as number;
    if (p === 0 || !nearlyEqual(v, lead)) {
      distinct++;
      rank = ties === "dense" ? distinct : p + 1;
      lead = v;
    }
    out[i] = rank;
  }
  return out;
}
