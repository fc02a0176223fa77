import type { Project } from "@ducha/schema";
import type { ScoreOptions } from "../assess/score-assessment.js";
import { scoreAssessment } from "../assess/score-assessment.js";
import type { AssessmentResult } from "../assess/types.js";
import { ScoringError } from "../errors.js";
import { D, type Dec, toDecimal } from "../internal/decimal.js";

/**
 * Options of {@link removeOneAnalysis}; the scoring options are passed on to every rescoring.
 *
 * @since 0.1.0
 */
export interface RemoveOneOptions extends ScoreOptions {
  /**
   * What to remove, one at a time: every leaf indicator, every pillar (top-level node), or both.
   * Defaults to `"both"`.
   */
  readonly remove?: "indicators" | "pillars" | "both";
}

/**
 * One unit's rank with and without the removed item. `shift = rank − nominalRank` (positive: the
 * unit falls back; negative: it moves up); `null` when either rank is missing.
 *
 * @since 0.1.0
 */
export interface RemoveOneUnit {
  readonly unit: string;
  readonly nominalRank: number | null;
  readonly rank: number | null;
  readonly shift: number | null;
}

/**
 * The what-if of removing one indicator or pillar.
 *
 * @since 0.1.0
 */
export interface RemoveOneScenario {
  /** The indicator or pillar id removed. */
  readonly removed: string;
  readonly kind: "indicator" | "pillar";
  /** Every assessed unit, in the order of the nominal result. */
  readonly units: readonly RemoveOneUnit[];
  /** Mean of |shift| over the units ranked both ways (exact), `null` if there are none. */
  readonly meanAbsoluteShift: Dec | null;
  /** Largest |shift|, 0 when no unit moved. */
  readonly maxAbsoluteShift: number;
  /** Units ranked in one ranking but not the other (e.g. left with no data), left out of the mean. */
  readonly notCompared: readonly string[];
  /** Vetoes that could no longer apply (their trigger indicators or zeroed node were removed). */
  readonly droppedVetoes: readonly string[];
}

/**
 * The result of {@link removeOneAnalysis}.
 *
 * @since 0.1.0
 */
export interface RemoveOneResult {
  /** The nominal ranking (rank `null`: unranked). */
  readonly nominal: readonly { readonly unit: string; readonly rank: number | null }[];
  /** One scenario per removed item: pillars first (in id order), then indicators (in id order). */
  readonly scenarios: readonly RemoveOneScenario[];
}

/**
 * "Remove one at a time" what-if ranks (剔除单项指标/一级指标的排名稳健性检验): for each leaf
 * indicator and each pillar (top-level node), the project is rescored with the exact
 * {@link scoreAssessment} without it, and every unit's rank is compared with the nominal rank —
 * the check COINr offers as `remove_elements()` (which sets the element's weight to zero and
 * re-aggregates: the same ranks as removal for weighted arithmetic and geometric means) and the
 * JRC/OECD Handbook on Constructing Composite Indicators (2008) recommends before publishing an
 * index. Sign: `shift = rank without X − nominal rank` (COINr's `RankDiffs` is the negative).
 *
 * Convention: the item is taken out of the indicator tree (a pillar with its whole subtree); its
 * siblings keep their declared weights, which the engine re-normalises over the remaining
 * children (`w_j / Σ_{k≠i} w_k`, as for an excluded indicator), so the relative weights among the
 * rest are unchanged. A node left without children disappears too. On points-based systems (分值制)
 * the total scale is kept at the nominal one, so totals stay comparable with bonuses/deductions.
 * Vetoes that only the removed item could trigger (binding-missed on removed indicators, or
 * zeroing a removed node) no longer apply and are listed in `droppedVetoes`. Everything else —
 * normalisation of the other indicators, missing-data policy, bonus/deduction, ties, rounding — is
 * the plan's.
 *
 * Statistic per scenario: mean absolute rank shift `(1/n) Σ_u |r_u^(−X) − r_u|` over units ranked
 * both ways (COINr "mean absolute rank change"), exact.
 *
 * @param project - a validated project
 * @param options - what to remove, and the scoring options
 * @returns the nominal ranking and one scenario per removed item
 * @throws {@link ScoringError} as {@link scoreAssessment} does
 * @example
 * ```ts
 * import type { Project } from "@ducha/schema";
 * import { removeOneAnalysis } from "@ducha/scoring";
 *
 * declare const project: Project;
 * for (const s of removeOneAnalysis(project, { remove: "pillars" }).scenarios)
 *   console.log(s.removed, s.meanAbsoluteShift?.toFixed(2), s.maxAbsoluteShift);
 * ```
 * @since 0.1.0
 */
export function removeOneAnalysis(project: Project, options: RemoveOneOptions = {}): RemoveOneResult {
  const remove = options.remove ?? "both";
  if (remove !== "indicators" && remove !== "pillars" && remove !== "both") {
    throw new ScoringError(
      "invalid_options",
      `expected remove to be "indicators", "pillars" or "both", got ${String(remove)}`,
      {
        path: ["options", "remove"],
      },
    );
  }
  const { remove: _remove, ...scoreOptions } = options;
  const nominalResult = scoreAssessment(project, scoreOptions);
  const nominalRanks = ranksOf(nominalResult);
  const nominal = nominalResult.units.map((u) => ({ unit: u.unit, rank: nominalRanks.get(u.unit) ?? null }));

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const targets: { id: string; kind: "indicator" | "pillar" }[] = [];
  if (remove !== "indicators") {
    for (const n of [...project.system.nodes].filter((x) => x.parent === undefined).sort(byId)) {
      targets.push({ id: n.id, kind: "pillar" });
    }
  }
  if (remove !== "pillars") {
    for (const i of [...project.system.indicators].sort(byId)) targets.push({ id: i.id, kind: "indicator" });
  }

  const scenarios = targets.map(({ id, kind }): RemoveOneScenario => {
    const { project: reduced, droppedVetoes } = withoutItem(project, id, kind);
    // Nothing left to score (the only pillar removed): no unit is ranked.
    const ranks =
      reduced.system.indicators.length === 0
        ? new Map<string, number | null>()
        : ranksOf(scoreAssessment(reduced, scoreOptions));
    const notCompared: string[] = [];
    let sum = 0;
    let count = 0;
    let max = 0;
    const units = nominal.map(({ unit, rank: nominalRank }): RemoveOneUnit => {
      const rank = ranks.get(unit) ?? null;
      if (nominalRank === null || rank === null) {
        if (nominalRank !== rank) notCompared.push(unit);
        return { unit, nominalRank, rank, shift: null };
      }
      const shift = rank - nominalRank;
      sum += Math.abs(shift);
      count++;
      max = Math.max(max, Math.abs(shift));
      return { unit, nominalRank, rank, shift };
    });
    return {
      removed: id,
      kind,
      units,
      meanAbsoluteShift: count === 0 ? null : new D(sum).div(count),
      maxAbsoluteShift: max,
      notCompared: notCompared.sort(),
      droppedVetoes,
    };
  });
  return { nominal, scenarios };
}

function ranksOf(result: AssessmentResult): Map<string, number | null> {
  return new Map(result.units.map((u) => [u.unit, u.status === "scored" ? u.rank : null]));
}

/** The project with one indicator or one pillar (and its subtree) taken out of the tree. */
function withoutItem(
  project: Project,
  id: string,
  kind: "indicator" | "pillar",
): { project: Project; droppedVetoes: string[] } {
  const system = project.system;
  const removedNodes = new Set<string>();
  if (kind === "pillar") {
    removedNodes.add(id);
    let grew = true;
    while (grew) {
      grew = false;
      for (const n of system.nodes) {
        if (n.parent !== undefined && removedNodes.has(n.parent) && !removedNodes.has(n.id)) {
          removedNodes.add(n.id);
          grew = true;
        }
      }
    }
  }
  const removedIndicators = new Set(
    kind === "indicator" ? [id] : system.indicators.filter((i) => removedNodes.has(i.parent)).map((i) => i.id),
  );
  const droppedVetoes: string[] = [];
  const vetoes = (project.plan.vetoes ?? []).flatMap((v) => {
    if (v.effect.type === "zero-node" && removedNodes.has(v.effect.node)) {
      droppedVetoes.push(v.id);
      return [];
    }
    if (v.trigger.type !== "binding-missed") return [v];
    const kept = v.trigger.indicators.filter((i) => !removedIndicators.has(i));
    if (kept.length === 0) {
      droppedVetoes.push(v.id);
      return [];
    }
    return kept.length === v.trigger.indicators.length ? [v] : [{ ...v, trigger: { ...v.trigger, indicators: kept } }];
  });
  // Keep the points scale (分值制) of the nominal project: the engine would otherwise rescale the
  // total to the remaining top-level points.
  let totalPoints = system.totalPoints;
  if (system.weighting === "points" && totalPoints === undefined) {
    // As the engine: the points of the top-level nodes (indicators always sit under a node).
    let sum: Dec = new D(0);
    for (const n of system.nodes)
      if (n.parent === undefined && n.points !== undefined) sum = sum.plus(toDecimal(n.points));
    totalPoints = sum.toString();
  }
  const reduced: Project = {
    ...project,
    system: {
      ...system,
      ...(totalPoints === undefined ? {} : { totalPoints }),
      nodes: system.nodes.filter((n) => !removedNodes.has(n.id)),
      indicators: system.indicators.filter((i) => !removedIndicators.has(i.id)),
    },
    plan: {
      ...project.plan,
      ...(project.plan.vetoes === undefined ? {} : { vetoes }),
      ...(project.plan.ratedIndicators === undefined
        ? {}
        : { ratedIndicators: project.plan.ratedIndicators.filter((i) => !removedIndicators.has(i)) }),
    },
  };
  return { project: reduced, droppedVetoes: droppedVetoes.sort() };
}
