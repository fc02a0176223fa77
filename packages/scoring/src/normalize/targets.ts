import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import type { PathPrefix } from "../stats/column.js";
import { fail } from "./shared.js";

/**
 * A target (目标值): one value for every unit, or one per unit aligned with the values
 * (`null` where a unit has no target).
 *
 * @since 0.1.0
 */
export type TargetInput = NumericInput | readonly (NumericInput | null)[];

/** Resolves a scalar or per-unit target into one Decimal (or null) per value. */
export function readTargets(
  target: TargetInput | undefined,
  n: number,
  path: PathPrefix,
): { readonly targets: readonly (Dec | null)[]; readonly scalar: Dec | undefined } {
  if (target === undefined) fail("missing_target", "expected a target", [...path, "target"]);
  if (Array.isArray(target)) {
    if (target.length !== n) {
      fail("length_mismatch", `expected ${n} per-unit targets, got ${target.length}`, [...path, "target"]);
    }
    const targets = (target as readonly (NumericInput | null)[]).map((t, i) =>
      t === null ? null : toDecimal(t, [...path, "target", i]),
    );
    return { targets, scalar: undefined };
  }
  const t = toDecimal(target as NumericInput, [...path, "target"]);
  return { targets: Array.from({ length: n }, () => t), scalar: t };
}

/** The target for index i of a present value, or a `missing_target` error. */
export function targetAt(targets: readonly (Dec | null)[], i: number, path: PathPrefix): Dec {
  const t = targets[i];
  if (t === null || t === undefined) {
    fail("missing_target", `value ${i} is present but its target is missing`, [...path, "target", i]);
  }
  return t;
}
