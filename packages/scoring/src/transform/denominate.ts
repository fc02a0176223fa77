import type { Dec, NumericInput } from "../internal/decimal.js";
import { fail, readOption } from "../normalize/shared.js";
import { readColumn } from "../stats/column.js";
import type { TransformFlag, TransformResult } from "./types.js";

/**
 * Options for {@link denominate}.
 *
 * @since 0.1.0
 */
export interface DenominateOptions {
  /** Multiplier applied after dividing, e.g. `10000` for "per 10,000 people" (每万人). Defaults to `1`. */
  readonly scale?: NumericInput;
  /** Error path prefix. Defaults to `["values"]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Denomination (人均/单位GDP等): divides each value by its denominator (population, GDP, area …),
 * COINr `Denominate`: `y = scale · x / d`. A zero denominator gives `null` flagged
 * `"division_by_zero"` (never Infinity); a missing denominator gives `null` flagged
 * `"missing_denominator"`; a missing value stays `null` (`"missing"`).
 *
 * @param values - numerators, `null` for missing
 * @param denominators - one denominator per value, `null` for missing
 * @returns the ratios; params `scale`
 * @throws {@link ScoringError} `length_mismatch`, `invalid_number`
 * @example
 * ```ts
 * import { denominate } from "@ducha/scoring";
 *
 * // GDP (亿元) per 10,000 people
 * denominate([120, 80], [300, 0], { scale: 10000 }).values.map(String); // ["4000", "null"]
 * ```
 * @since 0.1.0
 */
export function denominate(
  values: readonly (NumericInput | null)[],
  denominators: readonly (NumericInput | null)[],
  options: DenominateOptions = {},
): TransformResult {
  const path = options.path ?? ["values"];
  const scale = readOption(options.scale, 1, path, "scale");
  const num = readColumn(values, path);
  const den = readColumn(denominators, [...path, "denominators"]);
  if (values.length !== denominators.length) {
    fail("length_mismatch", `expected ${values.length} denominators, got ${denominators.length}`, [
      ...path,
      "denominators",
    ]);
  }
  const flags: TransformFlag[][] = [];
  const out = num.values.map((x, i): Dec | null => {
    const d = den.values[i] ?? null;
    if (x === null) {
      flags.push(["missing"]);
      return null;
    }
    if (d === null) {
      flags.push(["missing_denominator"]);
      return null;
    }
    if (d.isZero()) {
      flags.push(["division_by_zero"]);
      return null;
    }
    flags.push([]);
    return x.div(d).times(scale);
  });
  return { values: out, flags, params: { scale } };
}
