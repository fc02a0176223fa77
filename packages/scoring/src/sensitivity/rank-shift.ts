import { ScoringError } from "../errors.js";
import type { ScalarModel } from "./sobol-indices.js";

/**
 * Options of {@link meanAbsoluteRankShift}.
 *
 * @since 0.1.0
 */
export interface RankShiftOptions {
  /**
   * What to do with a unit whose rank is missing (NaN, e.g. not ranked in that run) on either side:
   * `"error"` throws `invalid_rank`; `"skip"` leaves the unit out of the mean, as COINr does with
   * `mean(…, na.rm = TRUE)`. Defaults to `"error"`.
   */
  readonly unranked?: "error" | "skip";
}

/**
 * Mean absolute rank shift (平均绝对名次变动) between a run's ranks and the nominal ranks:
 * `(1/n) Σ_u |r_u − r_u^nominal|` — the scalar output COINr's `get_sensitivity` uses for the
 * sensitivity indices of a composite indicator ("mean absolute rank change",
 * `mean(abs(x − Nominal), na.rm = TRUE)`).
 *
 * @param ranks - ranks of one run, aligned with `nominalRanks` (same unit order)
 * @param nominalRanks - the nominal ranks
 * @param options - handling of unranked units
 * @returns the mean absolute shift (0 when the ranking is unchanged)
 * @throws {@link ScoringError} `length_mismatch`; `invalid_rank` for a non-finite rank (unless
 *   skipped) or when no unit is ranked on both sides
 * @example
 * ```ts
 * import { meanAbsoluteRankShift } from "@ducha/scoring";
 *
 * meanAbsoluteRankShift([2, 1, 3], [1, 2, 3]); // (1 + 1 + 0) / 3 = 0.666…
 * ```
 * @since 0.1.0
 */
export function meanAbsoluteRankShift(
  ranks: ArrayLike<number>,
  nominalRanks: ArrayLike<number>,
  options: RankShiftOptions = {},
): number {
  if (ranks.length !== nominalRanks.length) {
    throw new ScoringError(
      "length_mismatch",
      `expected as many ranks as nominal ranks, got ${ranks.length} and ${nominalRanks.length}`,
      { path: ["ranks"] },
    );
  }
  const skip = options.unranked === "skip";
  let sum = 0;
  let count = 0;
  for (let u = 0; u < ranks.length; u++) {
    const r = ranks[u] as number;
    const r0 = nominalRanks[u] as number;
    if (!Number.isFinite(r) || !Number.isFinite(r0)) {
      if (skip) continue;
      const which = Number.isFinite(r) ? "nominalRanks" : "ranks";
      throw new ScoringError(
        "invalid_rank",
        `expected a finite rank at ${which}.${u}, got ${String(Number.isFinite(r) ? r0 : r)}`,
        {
          path: [which, u],
        },
      );
    }
    sum += Math.abs(r - r0);
    count++;
  }
  if (count === 0) {
    throw new ScoringError("invalid_rank", "no unit is ranked in both the run and the nominal ranking", {
      path: ["ranks"],
    });
  }
  return sum / count;
}

/**
 * A model whose runs produce ranks, e.g. an uncertainty model: the dimensions, the nominal ranks and
 * `evaluate(u)` → ranks of the run (NaN for an unranked unit), unit order fixed.
 *
 * @since 0.1.0
 */
export interface RankOutputModel {
  readonly dimensions: readonly { readonly id: string }[];
  readonly nominal: { readonly ranks: ArrayLike<number> };
  evaluate(u: Float64Array): { readonly ranks: ArrayLike<number> };
}

/**
 * Adapts a model that produces ranks into a {@link ScalarModel} whose output is the
 * {@link meanAbsoluteRankShift} against its nominal ranks (units unranked in a run are skipped, as
 * COINr does), ready for {@link sobolIndices}.
 *
 * @param model - dimensions, nominal ranks and a rank-producing `evaluate`
 * @returns a scalar model with the same dimensions
 * @example
 * ```ts
 * import { type RankOutputModel, rankShiftModel, sobolIndices } from "@ducha/scoring";
 *
 * declare const uncertainty: RankOutputModel; // e.g. weights ± 25 %, normalisation from a list …
 * const result = sobolIndices(rankShiftModel(uncertainty), { n: 512, seed: 7 });
 * ```
 * @since 0.1.0
 */
export function rankShiftModel(model: RankOutputModel): ScalarModel {
  const nominal = model.nominal.ranks;
  return {
    dimensions: model.dimensions,
    evaluate: (u) => meanAbsoluteRankShift(model.evaluate(u).ranks, nominal, { unranked: "skip" }),
  };
}
