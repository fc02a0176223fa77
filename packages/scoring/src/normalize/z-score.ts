import type { Dec, NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { meanOf } from "../stats/mean.js";
import { type StandardDeviationKind, standardDeviationOf } from "../stats/standard-deviation.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection, readOption } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeZScore}.
 *
 * @since 0.1.0
 */
export interface ZScoreOptions extends DirectionalOptions {
  /** Sample (n − 1, R `sd()`, COINr) or population (n) standard deviation. Defaults to `"sample"`. */
  readonly sd?: StandardDeviationKind;
  /** Mean of the output (COINr `m_sd[1]`). Defaults to `0`. */
  readonly targetMean?: NumericInput;
  /** Standard deviation of the output, > 0 (COINr `m_sd[2]`). Defaults to `1`. */
  readonly targetSd?: NumericInput;
}

/**
 * Z-score standardisation (Z 标准化), COINr `n_zscore` with `m_sd = c(0, 1)`:
 *
 * - benefit: `m + s · (x − μ) / σ`
 * - cost:    `m − s · (x − μ) / σ` (COINr multiplies x by −1 first; identical)
 *
 * μ and σ are the mean and (by default sample) standard deviation of the non-missing values;
 * m and s the requested output mean and sd. Unbounded output.
 *
 * @returns z-scores; params `mean`, `sd`, `targetMean`, `targetSd`
 * @throws {@link ScoringError} `all_missing`, `insufficient_data` (sample sd of < 2 values),
 *   `zero_variance` (σ = 0), `invalid_target_sd`
 * @example
 * ```ts
 * import { normalizeZScore } from "@ducha/scoring";
 *
 * // μ = 4, sample σ = 2
 * normalizeZScore([2, 4, 6]).values.map(String); // ["-1", "0", "1"]
 * ```
 * @since 0.1.0
 */
export function normalizeZScore(
  values: readonly (NumericInput | null)[],
  options: ZScoreOptions = {},
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const kind = options.sd ?? "sample";
  if (kind !== "sample" && kind !== "population") {
    fail("invalid_option", `expected sd "sample" or "population", got ${JSON.stringify(kind)}`, [...path, "sd"]);
  }
  const m = readOption(options.targetMean, 0, path, "targetMean");
  const s = readOption(options.targetSd, 1, path, "targetSd");
  if (!s.greaterThan(0)) fail("invalid_target_sd", `expected targetSd > 0, got ${s}`, [...path, "targetSd"]);
  const column = readColumn(values, path);
  requirePresent(column, path);
  const mu = meanOf(column.present);
  const sigma = standardDeviationOf(column.present, kind, path);
  if (sigma.isZero()) fail("zero_variance", "all values are equal (σ = 0); z-scores are undefined", path);
  const out = column.values.map((x): Dec | null => {
    if (x === null) return null;
    const z = x.minus(mu).div(sigma).times(s);
    return direction === "benefit" ? m.plus(z) : m.minus(z);
  });
  return {
    method: "z-score",
    values: out,
    flags: initialFlags(values),
    params: { mean: mu, sd: sigma, targetMean: m, targetSd: s },
  };
}
