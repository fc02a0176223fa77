import { D, type Dec } from "../internal/decimal.js";
import { DecimalColumn } from "../internal/decimal-column.js";
import { sub } from "../internal/decimal-kernel.js";
import { CLAMP_NONE, linearScaleCellInto, linearScaleClamp } from "../internal/linear-scale-cell.js";
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
 * order, so results are identical digit for digit (`linearScaleCellInto`, the fused kernel, rounds
 * every intermediate to 50 digits as decimal.js does). U − L is computed once per column; the
 * scores go to an off-heap {@link DecimalColumn} (entry i for value i, `null` where missing), so a
 * column of thousands of scores allocates no Decimal objects.
 */
export function linearScale(
  values: readonly (Dec | null)[],
  goalposts: Goalposts | undefined,
  direction: "benefit" | "cost",
  offset: Dec,
  span: Dec,
  path: PathPrefix,
): { column: DecimalColumn; flags: (readonly NormalizeFlag[])[]; lower: Dec; upper: Dec } {
  const present: Dec[] = [];
  for (const v of values) if (v !== null) present.push(v);
  const { lower, upper } = resolveGoalposts({ values, present, presentIndices: [] }, goalposts, path);
  const range = sub(upper, lower);
  const benefit = direction === "benefit";
  const n = values.length;
  const column = new DecimalColumn(n);
  const flags: (readonly NormalizeFlag[])[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i] as Dec | null;
    if (x === null) {
      flags[i] = MISSING;
      continue;
    }
    linearScaleCellInto(column, i, x, lower, upper, range, span, offset, benefit);
    flags[i] = linearScaleClamp() === CLAMP_NONE ? NONE : CLAMPED;
  }
  return { column, flags, lower, upper };
}
