import type { NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { type Goalposts, goalpostFraction, resolveGoalposts } from "./goalposts.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection, readOption } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeMinMax}.
 *
 * @since 0.1.0
 */
export interface MinMaxOptions extends DirectionalOptions {
  /** Output interval `[a, b]` with a < b. Defaults to `[0, 100]` (COINr `n_minmax` default `l_u = c(0, 100)`). */
  readonly range?: readonly [NumericInput, NumericInput];
  /** Fixed goalposts; each omitted one comes from the data (min / max). Defaults to data min and max. */
  readonly goalposts?: Goalposts;
}

/**
 * Min–max normalisation (极差标准化 / 极值法) onto `[a, b]`:
 *
 * - benefit: `a + (b − a) · (x − L) / (U − L)`
 * - cost:    `a + (b − a) · (U − x) / (U − L)`
 *
 * L, U are the data min/max or fixed goalposts. With fixed goalposts, values outside [L, U] are
 * clamped to the nearer goalpost and flagged `"clamped"` (COINr `n_goalposts` with `trunc2posts = TRUE`).
 * Sources: COINr `n_minmax` (same formula, default `[0, 100]`; cost via `x · −1`), pymcdm
 * `minmax_normalization` (`[0, 1]`, cost `(max − x)/(max − min)`). Unlike both, U = L is an error
 * (`zero_range`) instead of NaN (COINr) or all ones (pymcdm).
 *
 * @param values - raw values, `null` for missing
 * @returns normalised values in `[a, b]`; params `lower`, `upper`, `rangeLow`, `rangeHigh`
 * @throws {@link ScoringError} `all_missing`, `zero_range`, `invalid_goalposts`, `invalid_range`
 * @example
 * ```ts
 * import { normalizeMinMax } from "@ducha/scoring";
 *
 * normalizeMinMax([10, 20, 30]).values.map(String); // ["0", "50", "100"]
 * normalizeMinMax([10, 20, 30], { direction: "cost", range: [0, 1] }).values.map(String); // ["1", "0.5", "0"]
 * ```
 * @since 0.1.0
 */
export function normalizeMinMax(
  values: readonly (NumericInput | null)[],
  options: MinMaxOptions = {},
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const a = readOption(options.range?.[0], 0, path, "range");
  const b = readOption(options.range?.[1], 100, path, "range");
  if (!a.lessThan(b)) fail("invalid_range", `expected range [a, b] with a < b, got [${a}, ${b}]`, [...path, "range"]);
  const column = readColumn(values, path);
  requirePresent(column, path);
  const gp = resolveGoalposts(column, options.goalposts, path);
  const flags = initialFlags(values);
  const out = column.values.map((x, i) => {
    if (x === null) return null;
    const { fraction, clamped } = goalpostFraction(x, gp, direction);
    if (clamped) flags[i]?.push("clamped");
    // COINr n_minmax: (x − min)/(max − min)·(u − l) + l
    return a.plus(b.minus(a).times(fraction));
  });
  return {
    method: "min-max",
    values: out,
    flags,
    params: { lower: gp.lower, upper: gp.upper, rangeLow: a, rangeHigh: b },
  };
}
