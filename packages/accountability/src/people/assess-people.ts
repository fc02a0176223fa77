import type { Project } from "@ducha/schema";
import {
  type AssessmentResult,
  assignGrades,
  type GradeBandSpec,
  type GradeReason,
  type NumericInput,
  roundPublished,
} from "@ducha/scoring";
import { accountabilityError } from "../errors.js";
import { D, type Dec, toDecimal } from "../internal/decimal.js";

/**
 * The civil-servant grades (公务员年度考核等次) 优秀 / 称职 / 基本称职 / 不称职 with the usual
 * thresholds and the 优秀 quota of 15 % (《公务员考核规定》: 优秀 一般掌握在本机关参加年度考核人数的
 * 15% 以内，最多不超过 20%). Thresholds are conventions, not law: pass your own bands when your
 * method differs.
 *
 * @since 0.1.0
 */
export const CIVIL_SERVANT_GRADES: readonly GradeBandSpec[] = Object.freeze([
  { id: "excellent", minScore: "90", maxShare: "0.15" },
  { id: "competent", minScore: "70" },
  { id: "basically-competent", minScore: "60" },
  { id: "incompetent", minScore: "0" },
]);

/**
 * Options of {@link assessPeople}.
 *
 * @since 0.1.0
 */
export interface AssessPeopleOptions {
  /**
   * Rater results per person (民主测评/考核领导小组评价), on the same 0–100 scale, e.g. from
   * `combineRatings`. Defaults to none: the score is the responsibility score alone.
   */
  readonly ratings?: Readonly<Record<string, NumericInput>>;
  /** Weight of the responsibility score when a rating exists (the rating gets 1 − weight). Defaults to `"0.7"`. */
  readonly responsibilityWeight?: NumericInput;
  /** Grade bands, best first. Defaults to {@link CIVIL_SERVANT_GRADES}. */
  readonly bands?: readonly GradeBandSpec[];
  /** Decimals and mode of the published score. Defaults to the plan's rounding (2, half-up). */
  readonly rounding?: { readonly decimals: number; readonly mode: "half-up" | "half-even" | "down" | "up" };
}

/**
 * One person's assessment: the subjects they lead and how the assessed units scored on them.
 *
 * @since 0.1.0
 */
export interface PersonAssessment {
  readonly person: string;
  readonly status: "assessed" | "no_responsibilities";
  /** Subjects led (goals → node ids, indicators, tasks) with the mean score of the assessed units on each. */
  readonly subjects: readonly {
    readonly kind: string;
    readonly id: string;
    readonly mean: Dec | null;
    readonly units: number;
  }[];
  /** Mean over the subjects that have a score (full precision). */
  readonly responsibilityScore: Dec | null;
  readonly rating: Dec | null;
  /** responsibilityWeight × responsibility + (1 − responsibilityWeight) × rating, or the one that exists. */
  readonly score: Dec | null;
  readonly published: Dec | null;
  readonly grade: string | null;
  readonly gradeReasons: readonly GradeReason[];
}

/**
 * Assesses individual leaders (领导干部) from the targets they are responsible for (责任分工) plus
 * rater results, and grades them with quotas (优秀 / 称职 / 基本称职 / 不称职 by default).
 *
 * A person's responsibility score is the mean, over the subjects they lead (`leadLeader` in
 * `project.responsibilities`), of the assessed units' scores on that subject: a goal is a node of
 * the indicator tree (node score), an indicator or task its indicator score. Units not assessed on
 * a subject are left out. The final score combines it with the person's rating, if any. Leadership
 * teams (领导班子) are assessed units themselves and are scored by `scoreAssessment`.
 *
 * @param project - the project (people and responsibilities)
 * @param result - `scoreAssessment(project)`
 * @param options - ratings, weights, bands, rounding
 * @returns one assessment per person in `project.people`, sorted by id
 * @example
 * ```ts
 * import { assessPeople } from "@ducha/accountability";
 * import { scoreAssessment } from "@ducha/scoring";
 *
 * const people = assessPeople(project, scoreAssessment(project), { ratings: { vm_eco: "88" } });
 * ```
 * @since 0.1.0
 */
export function assessPeople(
  project: Project,
  result: AssessmentResult,
  options: AssessPeopleOptions = {},
): PersonAssessment[] {
  const wResp = toDecimal(options.responsibilityWeight ?? "0.7", ["options", "responsibilityWeight"]);
  if (wResp.lt(0) || wResp.gt(1)) {
    throw accountabilityError(
      "invalid_weight",
      { zh: "责任得分权重应在 0 到 1 之间", en: "responsibilityWeight must lie between 0 and 1" },
      ["options", "responsibilityWeight"],
    );
  }
  const rounding = options.rounding ?? result.settings.rounding;
  const scored = result.units.filter((u) => u.status === "scored");
  const people = [...(project.people ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(people.map((p) => p.id));
  for (const id of Object.keys(options.ratings ?? {})) {
    if (!known.has(id)) {
      throw accountabilityError("unknown_person", { zh: `人员 '${id}' 不存在`, en: `unknown person '${id}'` }, [
        "options",
        "ratings",
        id,
      ]);
    }
  }
  const partial = people.map((person) => {
    const subjects = (project.responsibilities ?? [])
      .filter((r) => r.leadLeader === person.id)
      .map((r) => {
        const values: Dec[] = [];
        for (const u of scored) {
          const s = r.subject.kind === "goal" ? u.nodes[r.subject.id]?.score : u.indicators[r.subject.id]?.score;
          if (s !== null && s !== undefined) values.push(s);
        }
        values.sort((a, b) => a.comparedTo(b));
        const mean = values.length === 0 ? null : values.reduce((acc, v) => acc.plus(v), new D(0)).div(values.length);
        return { kind: r.subject.kind, id: r.subject.id, mean, units: values.length };
      })
      .sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
    const means = subjects.flatMap((s) => (s.mean === null ? [] : [s.mean]));
    const responsibilityScore =
      means.length === 0 ? null : means.reduce((acc, v) => acc.plus(v), new D(0)).div(means.length);
    const raw = options.ratings?.[person.id];
    const rating = raw === undefined ? null : toDecimal(raw, ["options", "ratings", person.id]);
    let score: Dec | null = null;
    if (responsibilityScore !== null && rating !== null)
      score = responsibilityScore.times(wResp).plus(rating.times(new D(1).minus(wResp)));
    else score = responsibilityScore ?? rating;
    return { person: person.id, subjects, responsibilityScore, rating, score };
  });
  const candidates = partial.flatMap((p) =>
    p.score === null ? [] : [{ id: p.person, score: roundPublished(p.score, rounding) }],
  );
  const grades = new Map(assignGrades(candidates, options.bands ?? CIVIL_SERVANT_GRADES).map((g) => [g.id, g]));
  return partial.map((p) => {
    const g = grades.get(p.person);
    return {
      ...p,
      status: p.subjects.length === 0 && p.rating === null ? "no_responsibilities" : "assessed",
      published: p.score === null ? null : roundPublished(p.score, rounding),
      grade: g?.grade ?? null,
      gradeReasons: g?.reasons ?? [],
    };
  });
}
