import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent, sumCanonical } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeVector}.
 *
 * @since 0.1.0
 */
export interface VectorOptions extends DirectionalOptions {}

/**
 * Vector normalisation (向量归一化, as in TOPSIS), pymcdm `vector_normalization`:
 *
 * - benefit: `x / √Σx²`
 * - cost:    `1 − x / √Σx²`
 *
 * Negative values are allowed (as in pymcdm): the benefit output lies in [−1, 1] and the cost
 * output in [0, 2]; with non-negative inputs both lie in [0, 1].
 *
 * @returns normalised values; params `norm` (√Σx²)
 * @throws {@link ScoringError} `all_missing`, `division_by_zero` (every value 0)
 * @example
 * ```ts
 * import { normalizeVector } from "@ducha/scoring";
 *
 * normalizeVector([3, 4]).values.map(String); // ["0.6", "0.8"]
 * normalizeVector([3, 4], { direction: "cost" }).values.map(String); // ["0.4", "0.2"]
 * ```
 * @since 0.1.0
 */
export function normalizeVector(
  values: readonly (NumericInput | null)[],
  options: VectorOptions = {},
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const column = readColumn(values, path);
  requirePresent(column, path);
  const norm = sumCanonical(column.present.map((x) => x.pow(2))).sqrt();
  if (norm.isZero()) fail("division_by_zero", "every value is 0; x / √Σx² is undefined", path);
  const out = column.values.map((x): Dec | null => {
    if (x === null) return null;
    // pymcdm vector_normalization: x / √Σx²; cost 1 − x / √Σx²
    return direction === "benefit" ? x.div(norm) : new D(1).minus(x.div(norm));
  });
  return { method: "vector", values: out, flags: initialFlags(values), params: { norm } };
}
