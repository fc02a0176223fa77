import type { Dec, NumericInput } from "../internal/decimal.js";
import { fail } from "../normalize/shared.js";
import { readColumn, requirePresent } from "../stats/column.js";
import type { TransformResult } from "./types.js";

/**
 * Natural logarithm `y = ln(x)` (对数变换), e.g. for income or GDP before min-max. A value ≤ 0
 * is an error (`non_positive_log`, with the value's path) rather than a flagged null: a log
 * transform is chosen for a whole indicator, so a non-positive value means the data or the choice
 * is wrong; use {@link logOffset} for data with zeros or negatives.
 *
 * @returns ln of each value (50 significant digits); no params
 * @throws {@link ScoringError} `non_positive_log`, `all_missing`, `invalid_number`
 * @example
 * ```ts
 * import { logTransform } from "@ducha/scoring";
 *
 * logTransform([1, null]).values.map(String); // ["0", "null"]
 * ```
 * @since 0.1.0
 */
export function logTransform(
  values: readonly (NumericInput | null)[],
  options: { readonly path?: readonly (string | number)[] } = {},
): TransformResult {
  const path = options.path ?? ["values"];
  const column = readColumn(values, path);
  requirePresent(column, path);
  const out = column.values.map((x, i): Dec | null => {
    if (x === null) return null;
    if (!x.greaterThan(0)) fail("non_positive_log", `ln(x) needs x > 0, got ${x}`, [...path, i]);
    return x.ln();
  });
  return { values: out, flags: values.map((v) => (v === null ? ["missing"] : [])), params: {} };
}
