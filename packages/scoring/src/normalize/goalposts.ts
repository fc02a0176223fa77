import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { type Column, maxOf, minOf, type PathPrefix } from "../stats/column.js";
import { fail } from "./shared.js";
import type { Direction } from "./types.js";

/**
 * Goalposts (阈值/上下限) L and U for linear scaling. Each one omitted is taken from the data
 * (min / max of the non-missing values).
 *
 * @since 0.1.0
 */
export interface Goalposts {
  /** Lower goalpost L. Defaults to the minimum of the data. */
  readonly lower?: NumericInput;
  /** Upper goalpost U. Defaults to the maximum of the data. */
  readonly upper?: NumericInput;
}

/** Resolved goalposts. */
export interface ResolvedGoalposts {
  readonly lower: Dec;
  readonly upper: Dec;
}

/** Resolves goalposts from options or data; throws `zero_range` if L = U and `invalid_goalposts` if L > U. */
export function resolveGoalposts(
  column: Column,
  goalposts: Goalposts | undefined,
  path: PathPrefix,
): ResolvedGoalposts {
  const lower =
    goalposts?.lower === undefined
      ? minOf(column.present)
      : toDecimal(goalposts.lower, [...path, "goalposts", "lower"]);
  const upper =
    goalposts?.upper === undefined
      ? maxOf(column.present)
      : toDecimal(goalposts.upper, [...path, "goalposts", "upper"]);
  if (lower.equals(upper)) {
    fail(
      "zero_range",
      `goalposts have zero range (L = U = ${lower.toString()}); the values cannot be scaled — use fixed goalposts or another method`,
      [...path, "goalposts"],
    );
  }
  if (lower.greaterThan(upper)) {
    fail("invalid_goalposts", `expected lower goalpost < upper, got L = ${lower} > U = ${upper}`, [
      ...path,
      "goalposts",
    ]);
  }
  return { lower, upper };
}

/**
 * The position of x between the goalposts, in [0, 1], after clamping x into [L, U]:
 * benefit `(x − L)/(U − L)`, cost `(U − x)/(U − L)`.
 */
export function goalpostFraction(
  x: Dec,
  { lower, upper }: ResolvedGoalposts,
  direction: Direction,
): { readonly fraction: Dec; readonly clamped: boolean } {
  let v = x;
  let clamped = false;
  if (v.lessThan(lower)) {
    v = lower;
    clamped = true;
  } else if (v.greaterThan(upper)) {
    v = upper;
    clamped = true;
  }
  const range = upper.minus(lower);
  const fraction = direction === "benefit" ? v.minus(lower).div(range) : upper.minus(v).div(range);
  return { fraction: new D(fraction), clamped };
}
