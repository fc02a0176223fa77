import type { Dec, NumericInput } from "../internal/decimal.js";
import { toDecimal } from "../internal/decimal.js";
import { fail } from "../normalize/shared.js";
import { readColumn } from "../stats/column.js";
import type { TransformFlag, TransformResult } from "./types.js";

/**
 * Options for {@link clamp}.
 *
 * @since 0.1.0
 */
export interface ClampOptions {
  /** Floor; values below are raised to it. Defaults to no floor. */
  readonly min?: NumericInput;
  /** Ceiling; values above are lowered to it. Defaults to no ceiling. */
  readonly max?: NumericInput;
  /** Error path prefix. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Caps / clamps values into `[min, max]` (封顶/保底): `y = min(max(x, min), max)`, flagging each
 * changed value `"clamped_low"` or `"clamped_high"` so nothing is clamped silently.
 *
 * @returns clamped values; params `min` and/or `max`
 * @throws {@link ScoringError} `invalid_bounds` (min > max), `invalid_number`
 * @example
 * ```ts
 * import { clamp } from "@ducha/scoring";
 *
 * const r = clamp([-5, 50, 130], { min: 0, max: 100 });
 * r.values.map(String); // ["0", "50", "100"]
 * r.flags; // [["clamped_low"], [], ["clamped_high"]]
 * ```
 * @since 0.1.0
 */
export function clamp(values: readonly (NumericInput | null)[], options: ClampOptions = {}): TransformResult {
  const path = options.path ?? ["values"];
  const lo = options.min === undefined ? undefined : toDecimal(options.min, [...path, "min"]);
  const hi = options.max === undefined ? undefined : toDecimal(options.max, [...path, "max"]);
  if (lo !== undefined && hi !== undefined && lo.greaterThan(hi)) {
    fail("invalid_bounds", `expected min ≤ max, got ${lo} > ${hi}`, [...path, "min"]);
  }
  const column = readColumn(values, path);
  const flags: TransformFlag[][] = [];
  const out = column.values.map((x): Dec | null => {
    if (x === null) {
      flags.push(["missing"]);
      return null;
    }
    if (lo !== undefined && x.lessThan(lo)) {
      flags.push(["clamped_low"]);
      return lo;
    }
    if (hi !== undefined && x.greaterThan(hi)) {
      flags.push(["clamped_high"]);
      return hi;
    }
    flags.push([]);
    return x;
  });
  const params: Record<string, Dec> = {};
  if (lo !== undefined) params.min = lo;
  if (hi !== undefined) params.max = hi;
  return { values: out, flags, params };
}
