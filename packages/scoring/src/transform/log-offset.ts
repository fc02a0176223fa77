import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { fail } from "../normalize/shared.js";
import { maxOf, minOf, readColumn, requirePresent } from "../stats/column.js";
import type { TransformResult } from "./types.js";

/**
 * Which shifted log: `"coin-tool"` — COINr `log_CT`, `ln(x − min + 0.01·(max − min))`;
 * `"gii"` — COINr `log_GII` (Global Innovation Index 2020 spreadsheet),
 * `ln((max − 1)·(x − min)/(max − min) + 1)`.
 *
 * @since 0.1.0
 */
export type LogOffsetVariant = "coin-tool" | "gii";

/**
 * Options for {@link logOffset}.
 *
 * @since 0.1.0
 */
export interface LogOffsetOptions {
  /** Formula variant. Defaults to `"coin-tool"` (`ln(x − min + 0.01·(max − min))`). */
  readonly variant?: LogOffsetVariant;
  /** Error path prefix. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Log with offset, for skewed data that may contain zeros or negatives (COINr treatment step 2):
 *
 * - `"coin-tool"` (default): `y = ln(x − min + 0.01·(max − min))` — COINr `log_CT`; this is the
 *   formula the Ducha issue calls "GII log". The minimum maps to `ln(0.01·(max − min))`.
 * - `"gii"`: `y = ln((max − 1)·(x − min)/(max − min) + 1)` — COINr `log_GII`; maps min → 0 and
 *   max → ln(max). Requires max > 1 (otherwise it would reverse or collapse the order).
 *
 * min / max are over the non-missing values.
 *
 * @returns transformed values; params `min`, `max` and `offset` (`coin-tool`)
 * @throws {@link ScoringError} `all_missing`, `zero_range` (max = min), `invalid_log_domain` (`gii` with max ≤ 1)
 * @example
 * ```ts
 * import { logOffset } from "@ducha/scoring";
 *
 * // min 0, max 100, offset 1: ln(0 + 1) = 0, ln(100 + 1)
 * logOffset([0, 100]).values[0]?.toString(); // "0"
 * ```
 * @since 0.1.0
 */
export function logOffset(values: readonly (NumericInput | null)[], options: LogOffsetOptions = {}): TransformResult {
  const path = options.path ?? ["values"];
  const variant = options.variant ?? "coin-tool";
  if (variant !== "coin-tool" && variant !== "gii") {
    fail("invalid_option", `expected variant "coin-tool" or "gii", got ${JSON.stringify(variant)}`, [
      ...path,
      "variant",
    ]);
  }
  const column = readColumn(values, path);
  requirePresent(column, path);
  const min = minOf(column.present);
  const max = maxOf(column.present);
  const range = max.minus(min);
  if (range.isZero()) fail("zero_range", `all values equal ${min}; the shifted log is undefined (ln 0)`, path);
  const flags = values.map((v) => (v === null ? (["missing"] as const) : []));
  if (variant === "gii") {
    if (!max.greaterThan(1)) {
      fail("invalid_log_domain", `the GII log needs max > 1, got max = ${max}`, path);
    }
    const out = column.values.map((x): Dec | null =>
      x === null ? null : max.minus(1).times(x.minus(min)).div(range).plus(1).ln(),
    );
    return { values: out, flags, params: { min, max } };
  }
  const offset = range.times(new D("0.01"));
  // COINr log_CT: log(x − min(x) + 0.01·(max(x) − min(x)))
  const out = column.values.map((x): Dec | null => (x === null ? null : x.minus(min).plus(offset).ln()));
  return { values: out, flags, params: { min, max, offset } };
}
