import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection, readOption } from "./shared.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * One step band (分档): for a benefit indicator it matches `x ≥ threshold` (or `x > threshold`
 * when not inclusive); for a cost indicator `x ≤ threshold` (or `x < threshold`).
 *
 * @since 0.1.0
 */
export interface Band {
  /** The bound of the band. */
  readonly threshold: NumericInput;
  /** Score when this is the strictest band that matches. */
  readonly score: NumericInput;
  /** Whether the bound itself belongs to the band. Defaults to `true` (≥ / ≤). */
  readonly inclusive?: boolean;
}

/**
 * Options for {@link normalizeBands}.
 *
 * @since 0.1.0
 */
export interface BandsOptions extends DirectionalOptions {
  /** The bands, in any order. Required, non-empty. Better bands must not score lower. */
  readonly bands: readonly Band[];
  /** Score when no band matches (flagged `"no_band"`). Defaults to `0`. */
  readonly otherwise?: NumericInput;
}

/**
 * The result of {@link normalizeBands}: a {@link NormalizeResult} plus which band fired.
 *
 * @since 0.1.0
 */
export interface BandsResult extends NormalizeResult {
  /** Per value, the index into `options.bands` of the band that fired, or `null` (missing / no band). */
  readonly band: readonly (number | null)[];
}

/**
 * Step bands (分档计分), e.g. "完成率 ≥ 95 % 得 10 分，≥ 85 % 得 8 分，… 否则 0 分". Bands are tried
 * from the strictest (highest threshold for benefit, lowest for cost; an exclusive bound before an
 * inclusive one at the same threshold) and the first match scores. Bounds are explicit: `inclusive`
 * (default) means ≥ / ≤, otherwise > / <.
 *
 * @returns band scores; params `band.<i>.threshold`, `band.<i>.score`, `otherwise`; `band` per value
 * @throws {@link ScoringError} `all_missing`, `invalid_bands` (empty), `duplicate_band`,
 *   `non_monotone_bands` (a stricter band scoring below a looser one, or `otherwise` above a band)
 * @example
 * ```ts
 * import { normalizeBands } from "@ducha/scoring";
 *
 * const bands = [
 *   { threshold: 95, score: 10 },
 *   { threshold: 85, score: 8 },
 *   { threshold: 70, score: 5 },
 * ];
 * normalizeBands([96, 95, 84.9, 60], { bands }).values.map(String); // ["10", "10", "5", "0"]
 * ```
 * @since 0.1.0
 */
export function normalizeBands(values: readonly (NumericInput | null)[], options: BandsOptions): BandsResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  if (!Array.isArray(options.bands) || options.bands.length === 0) {
    fail("invalid_bands", "expected a non-empty array of bands", [...path, "bands"]);
  }
  const bands = options.bands.map((b, i) => ({
    index: i,
    threshold: toDecimal(b.threshold, [...path, "bands", i, "threshold"]),
    score: toDecimal(b.score, [...path, "bands", i, "score"]),
    inclusive: b.inclusive ?? true,
  }));
  const otherwise = readOption(options.otherwise, 0, path, "otherwise");
  // strictest first
  const sign = direction === "benefit" ? -1 : 1;
  const ordered = [...bands].sort((a, b) => {
    const c = a.threshold.comparedTo(b.threshold) * sign;
    if (c !== 0) return c;
    return Number(a.inclusive) - Number(b.inclusive);
  });
  for (let k = 1; k < ordered.length; k++) {
    const prev = ordered[k - 1];
    const cur = ordered[k];
    if (prev === undefined || cur === undefined) continue;
    if (prev.threshold.equals(cur.threshold) && prev.inclusive === cur.inclusive) {
      fail("duplicate_band", `bands ${prev.index} and ${cur.index} have the same bound`, [...path, "bands", cur.index]);
    }
    if (cur.score.greaterThan(prev.score)) {
      fail(
        "non_monotone_bands",
        `band ${cur.index} (score ${cur.score}) is looser than band ${prev.index} but scores higher (${prev.score})`,
        [...path, "bands", cur.index],
      );
    }
  }
  const last = ordered[ordered.length - 1];
  if (last !== undefined && otherwise.greaterThan(last.score)) {
    fail("non_monotone_bands", `otherwise (${otherwise}) scores higher than band ${last.index}`, [
      ...path,
      "otherwise",
    ]);
  }
  const column = readColumn(values, path);
  requirePresent(column, path);
  const flags = initialFlags(values);
  const fired: (number | null)[] = [];
  const matches = (x: Dec, b: (typeof bands)[number]) => {
    const c = x.comparedTo(b.threshold) * (direction === "benefit" ? 1 : -1);
    return b.inclusive ? c >= 0 : c > 0;
  };
  const out = column.values.map((x, i): Dec | null => {
    if (x === null) {
      fired.push(null);
      return null;
    }
    const band = ordered.find((b) => matches(x, b));
    if (band === undefined) {
      fired.push(null);
      flags[i]?.push("no_band");
      return otherwise;
    }
    fired.push(band.index);
    return band.score;
  });
  const params: Record<string, Dec> = { otherwise };
  for (const b of bands) {
    params[`band.${b.index}.threshold`] = b.threshold;
    params[`band.${b.index}.score`] = b.score;
  }
  return { method: "bands", values: out, flags, params, band: fired };
}
