import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";

/**
 * A rater group (考评主体), the scoring part of the schema's `RaterGroup`: e.g. the assessment
 * leading group (考核领导小组) or the service recipients (服务对象 / 公众评议).
 *
 * @since 0.1.0
 */
export interface RaterGroupSpec {
  /** Group id, unique among the groups. */
  readonly id: string;
  /** The group's weight (≥ 0); weights are normalised over the groups that are used. */
  readonly weight: NumericInput;
  /** How many highest ratings to drop (去掉最高分). Defaults to `0`. */
  readonly trimHighest?: number;
  /** How many lowest ratings to drop (去掉最低分). Defaults to `0`. */
  readonly trimLowest?: number;
  /** Fewest ratings left after trimming for the group to count. Defaults to `1`. */
  readonly minRatings?: number;
}

/**
 * One rating (评分) by one rater of a group.
 *
 * @since 0.1.0
 */
export interface RatingInput {
  /** The rater group id. */
  readonly group: string;
  /** The rater id, optional (anonymous public ratings). */
  readonly rater?: string;
  /** The score given. */
  readonly score: NumericInput;
}

/**
 * Options of {@link combineRatings}.
 *
 * @since 0.1.0
 */
export interface CombineRatingsOptions {
  /**
   * What happens when a group has no ratings or too few after trimming: `"insufficient"` — the
   * result is `insufficient_data`; `"reweight"` — the group is left out, the remaining groups'
   * weights are renormalised and the result is flagged `reweighted: true`. Defaults to
   * `"insufficient"`.
   */
  readonly missingGroup?: "reweight" | "insufficient";
}

/**
 * One group's part of an `ok` {@link CombinedRating}.
 *
 * @since 0.1.0
 */
export interface CombinedRatingGroup {
  readonly group: string;
  /** Number of ratings received (before trimming). */
  readonly count: number;
  /** The ratings kept, ascending. */
  readonly used: Dec[];
  /** The ratings dropped (the lowest `trimLowest` and the highest `trimHighest`), ascending. */
  readonly trimmed: Dec[];
  /** Arithmetic mean of `used`. */
  readonly mean: Dec;
  /** The group's weight renormalised over the groups used (the used weights sum to 1). */
  readonly weight: Dec;
}

/**
 * The combined rating: `ok` with the value and every group's trace, or `insufficient_data`.
 *
 * @since 0.1.0
 */
export type CombinedRating =
  | {
      readonly status: "ok";
      /** Σ weight_g × mean_g over the groups used. */
      readonly value: Dec;
      /** The groups used, in the order of the group specs. */
      readonly groups: CombinedRatingGroup[];
      /** `true` when a group was missing and the weights were renormalised without it. */
      readonly reweighted: boolean;
      /** Groups left out (no or too few ratings) — empty unless `reweighted`. */
      readonly missingGroups: string[];
    }
  | { readonly status: "insufficient_data"; readonly reason: string; readonly missingGroups: string[] };

/**
 * Combines the ratings of several rater groups (多主体评价 / 考评主体加权): per group, drop the
 * highest and lowest ratings (去掉最高分和最低分), average the rest, then take the weighted mean of
 * the group means — the scheme of the seed document's joint evaluation by the leading group and
 * the service recipients, and of trimmed-mean judging (e.g. sports judging, "olympic average").
 *
 * Rule: for group g with ratings sorted ascending s₁ ≤ … ≤ sₙ, drop s₁…s_L (L = trimLowest) and
 * the top H (= trimHighest); if n − L − H < minRatings the group is missing. mean_g = arithmetic
 * mean of the kept ratings; w′_g = w_g / Σ_{h used} w_h; value = Σ_g w′_g × mean_g.
 * Exact decimal; independent of the order of the ratings.
 *
 * @param ratings - all ratings of one unit for one rated indicator
 * @param groups - the rater groups of the plan
 * @param options - missing-group policy; see {@link CombineRatingsOptions}
 * @returns the combined rating or `insufficient_data` with the missing groups
 * @throws ScoringError `unknown_rater_group` (path `["ratings", i, "group"]`), `duplicate_rater_group`,
 *   `duplicate_rating` (the same rater twice in a group), `invalid_count`, `negative_weight`, `invalid_number`
 * @example
 * ```ts
 * import { combineRatings } from "@ducha/scoring";
 *
 * const r = combineRatings(
 *   [90, 80, 85, 100, 60].map((score) => ({ group: "public", score })).concat([{ group: "leaders", score: 90 }]),
 *   [
 *     { id: "leaders", weight: "0.6" },
 *     { id: "public", weight: "0.4", trimHighest: 1, trimLowest: 1 },
 *   ],
 * );
 * if (r.status === "ok") r.value.toString(); // "88"  (0.6 × 90 + 0.4 × mean(80, 85, 90) = 54 + 34)
 * ```
 * @since 0.1.0
 */
export function combineRatings(
  ratings: readonly RatingInput[],
  groups: readonly RaterGroupSpec[],
  options: CombineRatingsOptions = {},
): CombinedRating {
  const missingPolicy = options.missingGroup ?? "insufficient";
  if (missingPolicy !== "reweight" && missingPolicy !== "insufficient") {
    throw new ScoringError(
      "invalid_option",
      `missingGroup must be "reweight" or "insufficient", got ${JSON.stringify(missingPolicy)}`,
      { path: ["options", "missingGroup"] },
    );
  }
  const specs = new Map<string, { index: number; weight: Dec; high: number; low: number; min: number }>();
  groups.forEach((g, i) => {
    if (specs.has(g.id)) {
      throw new ScoringError("duplicate_rater_group", `groups.${i}: rater group id "${g.id}" is repeated`, {
        path: ["groups", i, "id"],
      });
    }
    const weight = toDecimal(g.weight, ["groups", i, "weight"]);
    if (weight.isNegative() && !weight.isZero()) {
      throw new ScoringError("negative_weight", `groups.${i}.weight must be ≥ 0, got ${weight.toString()}`, {
        path: ["groups", i, "weight"],
      });
    }
    specs.set(g.id, {
      index: i,
      weight,
      high: count(g.trimHighest, 0, 0, ["groups", i, "trimHighest"]),
      low: count(g.trimLowest, 0, 0, ["groups", i, "trimLowest"]),
      min: count(g.minRatings, 1, 1, ["groups", i, "minRatings"]),
    });
  });

  const scores = new Map<string, Dec[]>();
  const raters = new Set<string>();
  ratings.forEach((rating, i) => {
    if (!specs.has(rating.group)) {
      throw new ScoringError(
        "unknown_rater_group",
        `ratings.${i}.group: "${rating.group}" is not a rater group of the plan`,
        { path: ["ratings", i, "group"] },
      );
    }
    if (rating.rater !== undefined) {
      const key = JSON.stringify([rating.group, rating.rater]);
      if (raters.has(key)) {
        throw new ScoringError(
          "duplicate_rating",
          `ratings.${i}: rater "${rating.rater}" of group "${rating.group}" has already rated`,
          { path: ["ratings", i, "rater"] },
        );
      }
      raters.add(key);
    }
    const score = toDecimal(rating.score, ["ratings", i, "score"]);
    const list = scores.get(rating.group);
    if (list === undefined) scores.set(rating.group, [score]);
    else list.push(score);
  });

  const used: { group: string; count: number; used: Dec[]; trimmed: Dec[]; mean: Dec; weight: Dec }[] = [];
  const missing: string[] = [];
  for (const [id, spec] of specs) {
    const sorted = [...(scores.get(id) ?? [])].sort((a, b) => a.comparedTo(b));
    const kept = sorted.slice(spec.low, sorted.length - spec.high);
    if (sorted.length - spec.low - spec.high < spec.min) {
      missing.push(id);
      continue;
    }
    const mean = kept.reduce((acc, s) => acc.plus(s), new D(0)).div(kept.length);
    const trimmed = [...sorted.slice(0, spec.low), ...sorted.slice(sorted.length - spec.high)];
    used.push({ group: id, count: sorted.length, used: kept, trimmed, mean, weight: spec.weight });
  }

  if (missing.length > 0 && missingPolicy === "insufficient") {
    return {
      status: "insufficient_data",
      reason: `too few ratings (after trimming) in rater group(s) ${missing.map((m) => `"${m}"`).join(", ")}`,
      missingGroups: missing,
    };
  }
  if (used.length === 0) {
    return { status: "insufficient_data", reason: "no rater group has enough ratings", missingGroups: missing };
  }
  const total = used.reduce((acc, g) => acc.plus(g.weight), new D(0));
  if (total.isZero()) {
    return {
      status: "insufficient_data",
      reason: "the rater groups with enough ratings all have weight 0",
      missingGroups: missing,
    };
  }
  let value = new D(0);
  const out: CombinedRatingGroup[] = used.map((g) => {
    const weight = g.weight.div(total);
    value = value.plus(weight.times(g.mean));
    return { ...g, weight };
  });
  return { status: "ok", value, groups: out, reweighted: missing.length > 0, missingGroups: missing };
}

function count(value: number | undefined, fallback: number, min: number, path: (string | number)[]): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ScoringError("invalid_count", `${path.join(".")} must be an integer ≥ ${min}, got ${String(value)}`, {
      path,
    });
  }
  return value;
}
