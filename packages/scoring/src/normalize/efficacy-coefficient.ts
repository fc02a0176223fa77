import type { NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { type Goalposts, goalpostFraction, resolveGoalposts } from "./goalposts.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection, readOption } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeEfficacyCoefficient}.
 *
 * @since 0.1.0
 */
export interface EfficacyCoefficientOptions extends DirectionalOptions {
  /** Score at the worse goalpost. Defaults to `60`. */
  readonly base?: NumericInput;
  /** Points between the worse and the better goalpost (> 0). Defaults to `40`. */
  readonly span?: NumericInput;
  /** Fixed goalposts L, U; each omitted one is the data min / max. Defaults to data min and max. */
  readonly goalposts?: Goalposts;
}

/**
 * Efficacy coefficient method (功效系数法), the convention of China's Green Development Index
 * (《绿色发展指标体系》/《生态文明建设考核目标体系》, 国家发展改革委等 2016):
 *
 * - positive (正向): `60 + 40 · (x − L) / (U − L)`
 * - negative (逆向): `60 + 40 · (U − x) / (U − L)`
 *
 * so scores lie in [60, 100]. `base` (60) and `span` (40) are configurable. L/U default to the
 * min/max across units; with fixed L/U, values outside are clamped and flagged `"clamped"`.
 *
 * @returns scores in `[base, base + span]`; params `lower`, `upper`, `base`, `span`
 * @throws {@link ScoringError} `all_missing`, `zero_range`, `invalid_goalposts`, `invalid_span`
 * @example
 * ```ts
 * import { normalizeEfficacyCoefficient } from "@ducha/scoring";
 *
 * normalizeEfficacyCoefficient([50, 75, 100]).values.map(String); // ["60", "80", "100"]
 * ```
 * @since 0.1.0
 */
export function normalizeEfficacyCoefficient(
  values: readonly (NumericInput | null)[],
  options: EfficacyCoefficientOptions = {},
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const base = readOption(options.base, 60, path, "base");
  const span = readOption(options.span, 40, path, "span");
  if (!span.greaterThan(0)) fail("invalid_span", `expected span > 0, got ${span}`, [...path, "span"]);
  const column = readColumn(values, path);
  requirePresent(column, path);
  const gp = resolveGoalposts(column, options.goalposts, path);
  const flags = initialFlags(values);
  const out = column.values.map((x, i) => {
    if (x === null) return null;
    const { fraction, clamped } = goalpostFraction(x, gp, direction);
    if (clamped) flags[i]?.push("clamped");
    return base.plus(span.times(fraction));
  });
  return {
    method: "efficacy-coefficient",
    values: out,
    flags,
    params: { lower: gp.lower, upper: gp.upper, base, span },
  };
}
