import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { maxOf, readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeMax}.
 *
 * @since 0.1.0
 */
export interface MaxOptions extends DirectionalOptions {}

/**
 * Max normalisation (比重法 / 线性比例法), pymcdm `max_normalization`:
 *
 * - benefit: `x / max`
 * - cost:    `1 − x / max`
 *
 * Values must be ≥ 0 and max > 0 (pymcdm does not check; COINr `n_fracmax` is the benefit form).
 *
 * @returns values in [0, 1]; params `max`
 * @throws {@link ScoringError} `all_missing`, `negative_value`, `division_by_zero` (max = 0)
 * @example
 * ```ts
 * import { normalizeMax } from "@ducha/scoring";
 *
 * normalizeMax([1, 2, 4]).values.map(String); // ["0.25", "0.5", "1"]
 * normalizeMax([1, 2, 4], { direction: "cost" }).values.map(String); // ["0.75", "0.5", "0"]
 * ```
 * @since 0.1.0
 */
export function normalizeMax(values: readonly (NumericInput | null)[], options: MaxOptions = {}): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const column = readColumn(values, path);
  requirePresent(column, path);
  column.values.forEach((x, i) => {
    if (x?.lessThan(0)) fail("negative_value", `max normalisation expects values ≥ 0, got ${x}`, [...path, i]);
  });
  const max = maxOf(column.present);
  if (max.isZero()) fail("division_by_zero", "every value is 0; x / max is undefined", path);
  const out = column.values.map((x): Dec | null => {
    if (x === null) return null;
    // pymcdm max_normalization: x / max(x); cost 1 − x / max(x)
    return direction === "benefit" ? x.div(max) : new D(1).minus(x.div(max));
  });
  return { method: "max", values: out, flags: initialFlags(values), params: { max } };
}
