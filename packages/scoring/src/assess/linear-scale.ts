import { D, type Dec } from "../internal/decimal.js";
import { add, div, mul, sub } from "../internal/decimal-kernel.js";
import { type Goalposts, resolveGoalposts } from "../normalize/goalposts.js";
import type { NormalizeFlag } from "../normalize/types.js";
import type { PathPrefix } from "../stats/column.js";

const NONE: readonly NormalizeFlag[] = Object.freeze([]);
const MISSING: readonly NormalizeFlag[] = Object.freeze(["missing"]);
const CLAMPED: readonly NormalizeFlag[] = Object.freeze(["clamped"]);

/**
 * Whether a column can take the engine's fast linear path: every value is a finite Decimal or
 * `null` and at least one is present (otherwise the public normaliser reports the error).
 */
export function isDecimalColumn(values: readonly unknown[]): values is readonly (Dec | null)[] {
  let present = false;
  for (const v of values) {
    if (v === null) continue;
    if (!D.isDecimal(v) || !(v as Dec).isFinite()) return false;
    present = true;
  }
  return present;
}

/**
 * The engine's column-wise linear scaling, `offset + span · fraction` with the goalpost fraction
 * benefit `(x − L)/(U − L)` or cost `(U − x)/(U − L)` after clamping x into [L, U] (flagged
 * `clamped`). Exactly the arithmetic of `normalizeMinMax` (COINr `n_minmax`: offset a, span b − a)
 * and `normalizeEfficacyCoefficient` (功效系数法: offset base, span span), in the same operation
 * order, so results are identical digit for digit; it only computes U − L and the span once per
 * column and does not copy Decimals that are already Decimals.
 */
export function linearScale(
  values: readonly (Dec | null)[],
  goalposts: Goalposts | undefined,
  direction: "benefit" | "cost",
  offset: Dec,
  span: Dec,
  path: PathPrefix,
): { values: (Dec | null)[]; flags: (readonly NormalizeFlag[])[]; lower: Dec; upper: Dec } {
  const present: Dec[] = [];
  for (const v of values) if (v !== null) present.push(v);
  const { lower, upper } = resolveGoalposts({ values, present, presentIndices: [] }, goalposts, path);
  const range = sub(upper, lower);
  const benefit = direction === "benefit";
  const zeroOffset = offset.isZero();
  const n = values.length;
  const out: (Dec | null)[] = new Array(n);
  const flags: (readonly NormalizeFlag[])[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i] as Dec | null;
    if (x === null) {
      out[i] = null;
      flags[i] = MISSING;
      continue;
    }
    let v = x;
    let f = NONE;
    if (v.lessThan(lower)) {
      v = lower;
      f = CLAMPED;
    } else if (v.greaterThan(upper)) {
      v = upper;
      f = CLAMPED;
    }
    // The kernel's mul/add/sub/div return what times/plus/minus/div return, digit for digit.
    const fraction = benefit ? div(sub(v, lower), range) : div(sub(upper, v), range);
    const scaled = mul(span, fraction);
    // 0 + y is y (decimal.js returns y rounded to the precision it already has; y ≥ 0, never −0).
    out[i] = zeroOffset ? scaled : add(offset, scaled);
    flags[i] = f;
  }
  return { values: out, flags, lower, upper };
}
