import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";

/**
 * A grade band (等次), the scoring part of the schema's `GradeBand`: e.g. 优秀 with score ≥ 90 and
 * at most 20 % of the assessed units.
 *
 * @since 0.1.0
 */
export interface GradeBandSpec {
  /** Band id, unique; `bestAllowed` of a candidate refers to it. */
  readonly id: string;
  /** Lowest score that qualifies for the band (inclusive). */
  readonly minScore: NumericInput;
  /** Largest share of the candidates in the quota scope that may get the band, 0…1. Defaults to no share limit. */
  readonly maxShare?: NumericInput;
  /** Largest number of candidates in the quota scope that may get the band. Defaults to no count limit. */
  readonly maxCount?: number;
}

/**
 * A candidate to grade: an assessed unit or person with a final score.
 *
 * @since 0.1.0
 */
export interface GradeCandidate {
  /** Candidate id, unique. */
  readonly id: string;
  /** The final score. */
  readonly score: Dec;
  /** Quota scope key, e.g. the unit's category (分类考核); used when `quotaScope` is `"group"`. */
  readonly group?: string;
  /**
   * The best band the candidate may get: a veto (一票否决) or another rule caps the grade here,
   * e.g. "cannot be 优秀" → the id of the band after 优秀. Defaults to no cap.
   */
  readonly bestAllowed?: string;
}

/**
 * Options of {@link assignGrades}.
 *
 * @since 0.1.0
 */
export interface GradeOptions {
  /**
   * Ties at a quota boundary: `"exclude"` — every candidate tied at the boundary score drops to the
   * next band, so the quota is never exceeded; `"include"` — all of them stay, the quota may be
   * exceeded and each of them gets a `quota_exceeded_by_tie` reason. Defaults to `"exclude"`.
   */
  readonly quotaTies?: "exclude" | "include";
  /**
   * What a quota is counted over: `"all"` candidates, or each `"group"` (category) separately;
   * candidates without a `group` then form one scope together. Defaults to `"all"`.
   */
  readonly quotaScope?: "all" | "group";
  /**
   * How maxShare × N becomes a whole number of candidates: `"floor"` (never exceed the share),
   * `"round-half-up"` or `"ceil"`. Defaults to `"floor"`.
   */
  readonly quotaRounding?: "floor" | "round-half-up" | "ceil";
}

/**
 * Why a candidate got (or did not get) a band; a candidate's reasons are listed in the order the
 * bands were processed.
 * - `score_meets`: the score reaches the band's minScore and the band was granted
 * - `quota_full`: the score qualifies but the band's quota in the scope is used up (or the
 *   candidate is tied at the boundary with `quotaTies: "exclude"`); the candidate moves on
 * - `quota_exceeded_by_tie`: granted although the quota is exceeded, because of a boundary tie
 *   with `quotaTies: "include"` (`count` candidates got the band)
 * - `capped`: the score qualifies for `band` but the candidate's `bestAllowed` is the worse `cap`
 * - `below_all_bands`: the score is below the last band's minScore; the last band is given anyway
 *
 * @since 0.1.0
 */
export type GradeReason =
  | { readonly code: "score_meets"; readonly band: string; readonly minScore: Dec }
  | {
      readonly code: "quota_full";
      readonly band: string;
      readonly quota: number;
      /** Competition rank (by score, 1 = best) among the candidates competing for the band in the scope. */
      readonly rankInScope: number;
      /** The scope (group key) when `quotaScope` is `"group"`. */
      readonly scope?: string;
    }
  | {
      readonly code: "quota_exceeded_by_tie";
      readonly band: string;
      readonly quota: number;
      readonly count: number;
      readonly scope?: string;
    }
  | { readonly code: "capped"; readonly band: string; readonly cap: string }
  | { readonly code: "below_all_bands"; readonly band: string; readonly minScore: Dec };

/**
 * A candidate's grade with the reasons.
 *
 * @since 0.1.0
 */
export interface GradeAssignment {
  readonly id: string;
  /** The band id. */
  readonly grade: string;
  readonly reasons: GradeReason[];
}

interface Band {
  id: string;
  minScore: Dec;
  maxShare: Dec | undefined;
  maxCount: number | undefined;
}

interface State {
  candidate: GradeCandidate;
  index: number;
  scope: string;
  cap: number;
  grade: string | undefined;
  reasons: GradeReason[];
}

/**
 * Assigns grades (评定等次) with quotas, e.g. 优秀 / 良好 / 一般 / 较差 for units, or 优秀 / 称职 /
 * 基本称职 / 不称职 for civil servants, where 优秀 is limited to a share of those assessed
 * (the four civil-servant grades of the 公务员法 and 《公务员考核规定》; the 优秀 quota of
 * 《公务员考核规定（试行）》(2007) 第十二条: 优秀等次人数一般掌握在本机关参加年度考核的公务员总人数的
 * 百分之十五以内，最多不超过百分之二十 — i.e. `maxShare: "0.15"`, or `"0.2"` as the hard limit).
 *
 * The documented rule:
 * 1. `bands` are listed best first with non-increasing minScore; the last band is the catch-all
 *    and must not have a quota. A candidate scoring below the last band's minScore still gets the
 *    last band, with a `below_all_bands` reason.
 * 2. Bands are processed best first. A not-yet-graded candidate is eligible for band b if
 *    score ≥ minScore_b and b is not better than its `bestAllowed` (else a `capped` reason, once).
 * 3. In each quota scope (all candidates, or each `group`) with N candidates (all of them, graded
 *    or not, capped or not), the quota is q = min(maxCount, R(maxShare × N)), R = `quotaRounding`
 *    (floor by default). If more than q eligible candidates, sorted by score descending, compete:
 *    the top q get the band, unless the q-th and (q+1)-th scores are equal — then all candidates
 *    with that boundary score drop (`"exclude"`) or all stay (`"include"`, flagged
 *    `quota_exceeded_by_tie`). Those that do not get the band get `quota_full` and go on to the
 *    next band.
 * 4. Capped candidates never consume the quota of a band they may not get.
 *
 * Comparisons are exact; the result depends only on ids, scores, groups and caps, not on the
 * order of the candidates. Output is in the order of `candidates`.
 *
 * @param candidates - the candidates with their final scores
 * @param bands - grade bands, best first
 * @param options - tie rule, quota scope and quota rounding; see {@link GradeOptions}
 * @returns one assignment per candidate, in input order
 * @throws ScoringError `no_grade_bands`, `duplicate_grade_band`, `grade_bands_not_descending`, `quota_on_last_band`,
 *   `invalid_quota`, `duplicate_candidate`, `unknown_grade_band`, `invalid_number`, `invalid_option`
 * @example
 * ```ts
 * import { assignGrades } from "@ducha/scoring";
 * import { Decimal } from "decimal.js";
 *
 * const candidates = [95, 93, 91, 85, 84, 80, 78, 75, 70, 65].map((s, i) => ({ id: `u${i}`, score: new Decimal(s) }));
 * const grades = assignGrades(candidates, [
 *   { id: "excellent", minScore: 90, maxShare: "0.2" },
 *   { id: "good", minScore: 80 },
 *   { id: "fair", minScore: 60 },
 *   { id: "poor", minScore: 0 },
 * ]);
 * grades.map((g) => g.grade); // u0, u1 "excellent"; u2 (91) "good" (quota 2 full) …
 * ```
 * @since 0.1.0
 */
export function assignGrades(
  candidates: readonly GradeCandidate[],
  bands: readonly GradeBandSpec[],
  options: GradeOptions = {},
): GradeAssignment[] {
  const quotaTies = options.quotaTies ?? "exclude";
  const quotaScope = options.quotaScope ?? "all";
  const quotaRounding = options.quotaRounding ?? "floor";
  checkOption("quotaTies", quotaTies, ["exclude", "include"]);
  checkOption("quotaScope", quotaScope, ["all", "group"]);
  checkOption("quotaRounding", quotaRounding, ["floor", "round-half-up", "ceil"]);
  const specs = parseBands(bands);
  const bandIndex = new Map(specs.map((b, i) => [b.id, i]));

  const seen = new Set<string>();
  const states: State[] = candidates.map((candidate, index) => {
    if (seen.has(candidate.id)) {
      throw new ScoringError("duplicate_candidate", `candidates.${index}: candidate id "${candidate.id}" is repeated`, {
        path: ["candidates", index, "id"],
      });
    }
    seen.add(candidate.id);
    if (!D.isDecimal(candidate.score) || !candidate.score.isFinite()) {
      throw new ScoringError("invalid_number", `candidates.${index}.score must be a finite Decimal`, {
        path: ["candidates", index, "score"],
      });
    }
    let cap = 0;
    if (candidate.bestAllowed !== undefined) {
      const b = bandIndex.get(candidate.bestAllowed);
      if (b === undefined) {
        throw new ScoringError(
          "unknown_grade_band",
          `candidates.${index}.bestAllowed: "${candidate.bestAllowed}" is not a grade band`,
          { path: ["candidates", index, "bestAllowed"] },
        );
      }
      cap = b;
    }
    const scope = quotaScope === "group" ? (candidate.group ?? "") : "";
    return { candidate, index, scope, cap, grade: undefined, reasons: [] };
  });

  const scopeSize = new Map<string, number>();
  for (const s of states) scopeSize.set(s.scope, (scopeSize.get(s.scope) ?? 0) + 1);
  const scopeField = (scope: string): { scope?: string } => (quotaScope === "group" ? { scope } : {});

  const last = specs.length - 1;
  specs.forEach((band, b) => {
    if (b === last) return;
    const competing = new Map<string, State[]>();
    for (const s of states) {
      if (s.grade !== undefined || s.candidate.score.lessThan(band.minScore)) continue;
      if (b < s.cap) {
        if (!s.reasons.some((r) => r.code === "capped")) {
          const cap = specs[s.cap]?.id ?? "";
          s.reasons.push({ code: "capped", band: band.id, cap });
        }
        continue;
      }
      const list = competing.get(s.scope);
      if (list === undefined) competing.set(s.scope, [s]);
      else list.push(s);
    }
    for (const [scope, list] of competing) {
      // Score descending; ids only make the order deterministic, they never decide who gets a band.
      list.sort(
        (x, y) => y.candidate.score.comparedTo(x.candidate.score) || compareIds(x.candidate.id, y.candidate.id),
      );
      const quota = quotaFor(band, scopeSize.get(scope) ?? 0, quotaRounding);
      let granted = list.length;
      let tieExceeded = false;
      if (quota !== undefined && list.length > quota) {
        const boundary = quota > 0 ? list[quota - 1]?.candidate.score : undefined;
        const next = list[quota]?.candidate.score;
        if (boundary !== undefined && next !== undefined && boundary.equals(next)) {
          if (quotaTies === "exclude") {
            granted = list.findIndex((s) => s.candidate.score.equals(boundary));
          } else {
            granted = list.length - [...list].reverse().findIndex((s) => s.candidate.score.equals(boundary));
            tieExceeded = true;
          }
        } else {
          granted = quota;
        }
      }
      list.forEach((s, k) => {
        if (k < granted) {
          s.grade = band.id;
          s.reasons.push({ code: "score_meets", band: band.id, minScore: band.minScore });
          if (tieExceeded) {
            s.reasons.push({
              code: "quota_exceeded_by_tie",
              band: band.id,
              quota: quota ?? 0,
              count: granted,
              ...scopeField(scope),
            });
          }
        } else {
          const rankInScope = 1 + list.filter((o) => o.candidate.score.greaterThan(s.candidate.score)).length;
          s.reasons.push({ code: "quota_full", band: band.id, quota: quota ?? 0, rankInScope, ...scopeField(scope) });
        }
      });
    }
  });

  const lastBand = specs[last] as Band;
  for (const s of states) {
    if (s.grade !== undefined) continue;
    s.grade = lastBand.id;
    s.reasons.push({
      code: s.candidate.score.lessThan(lastBand.minScore) ? "below_all_bands" : "score_meets",
      band: lastBand.id,
      minScore: lastBand.minScore,
    });
  }
  return states.map((s) => ({ id: s.candidate.id, grade: s.grade ?? lastBand.id, reasons: s.reasons }));
}

function parseBands(bands: readonly GradeBandSpec[]): Band[] {
  if (bands.length === 0) {
    throw new ScoringError("no_grade_bands", "bands must list at least one grade band", { path: ["bands"] });
  }
  const ids = new Set<string>();
  return bands.map((band, i) => {
    if (ids.has(band.id)) {
      throw new ScoringError("duplicate_grade_band", `bands.${i}: grade band id "${band.id}" is repeated`, {
        path: ["bands", i, "id"],
      });
    }
    ids.add(band.id);
    const minScore = toDecimal(band.minScore, ["bands", i, "minScore"]);
    if (i > 0) {
      const previous = toDecimal(bands[i - 1]?.minScore ?? 0, ["bands", i - 1, "minScore"]);
      if (minScore.greaterThan(previous)) {
        throw new ScoringError(
          "grade_bands_not_descending",
          `bands.${i}.minScore ${minScore.toString()} is above the better band's ${previous.toString()}; list bands best first`,
          { path: ["bands", i, "minScore"] },
        );
      }
    }
    const maxShare = band.maxShare === undefined ? undefined : toDecimal(band.maxShare, ["bands", i, "maxShare"]);
    if (maxShare !== undefined && (maxShare.isNegative() || maxShare.greaterThan(1))) {
      throw new ScoringError("invalid_quota", `bands.${i}.maxShare must be within 0…1, got ${maxShare.toString()}`, {
        path: ["bands", i, "maxShare"],
      });
    }
    const maxCount = band.maxCount;
    if (maxCount !== undefined && (!Number.isSafeInteger(maxCount) || maxCount < 0)) {
      throw new ScoringError("invalid_quota", `bands.${i}.maxCount must be an integer ≥ 0, got ${String(maxCount)}`, {
        path: ["bands", i, "maxCount"],
      });
    }
    if (i === bands.length - 1 && (maxShare !== undefined || maxCount !== undefined)) {
      throw new ScoringError(
        "quota_on_last_band",
        `bands.${i} ("${band.id}") is the last band, which takes every remaining candidate; it cannot have a quota`,
        { path: ["bands", i] },
      );
    }
    return { id: band.id, minScore, maxShare, maxCount };
  });
}

/** q = min(maxCount, R(maxShare × N)); `undefined` when the band has no quota. */
function quotaFor(band: Band, n: number, rounding: "floor" | "round-half-up" | "ceil"): number | undefined {
  let quota: number | undefined = band.maxCount;
  if (band.maxShare !== undefined) {
    const mode = rounding === "floor" ? D.ROUND_FLOOR : rounding === "ceil" ? D.ROUND_CEIL : D.ROUND_HALF_UP;
    const byShare = band.maxShare.times(n).toDecimalPlaces(0, mode).toNumber();
    quota = quota === undefined ? byShare : Math.min(quota, byShare);
  }
  return quota;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkOption(name: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) {
    throw new ScoringError(
      "invalid_option",
      `${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(value)}`,
      { path: ["options", name] },
    );
  }
}
