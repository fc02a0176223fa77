import type { AssessmentResult } from "@ducha/scoring";
import { urgeCount } from "../supervision/apply-transition.js";
import type { SupervisionItem } from "../supervision/supervision-item.js";
import type { SupervisionItemFacts, UnitResultFacts } from "./accountability-facts.js";

/**
 * Turns a scored assessment (`scoreAssessment` from `@ducha/scoring`) into the per-unit facts that
 * accountability rules look at: grade, rank among the ranked units, vetoes that fired and binding
 * indicators (约束性指标) missed. Units with `insufficient_data` have no grade or rank.
 *
 * @param result - the assessment result
 * @returns one fact record per unit, in the result's order
 * @example
 * ```ts
 * import { evaluateRules, unitResultFacts } from "@ducha/accountability";
 * import { scoreAssessment } from "@ducha/scoring";
 *
 * const actions = evaluateRules(project, { results: unitResultFacts(scoreAssessment(project)) });
 * ```
 * @since 0.1.0
 */
export function unitResultFacts(result: AssessmentResult): UnitResultFacts[] {
  const rankCount = result.units.filter((u) => u.status === "scored" && u.rank !== null).length;
  return result.units.map((u) => {
    if (u.status !== "scored") return { unit: u.unit, vetoes: [], bindingMissed: [] };
    return {
      unit: u.unit,
      ...(u.grade === null ? {} : { grade: u.grade }),
      ...(u.rank === null ? {} : { rank: u.rank, rankCount }),
      vetoes: u.vetoes.map((v) => v.veto),
      bindingMissed: [...u.bindingMissed],
    };
  });
}

/**
 * Turns supervision items (督查事项) into the facts accountability rules look at: state, urge count
 * (催办次数, from the history), due date, and the close date when closed.
 *
 * @example
 * ```ts
 * import { evaluateRules, supervisionItemFacts } from "@ducha/accountability";
 *
 * const actions = evaluateRules(project, { items: supervisionItemFacts(items), asOf: "2024-12-31" });
 * ```
 * @since 0.1.0
 */
export function supervisionItemFacts(items: readonly SupervisionItem[]): SupervisionItemFacts[] {
  return items.map((item) => {
    const closed = item.state === "closed" ? [...item.history].reverse().find((h) => h.to === "closed")?.at : undefined;
    return {
      id: item.id,
      unit: item.unit,
      ...(item.indicator === undefined ? {} : { indicator: item.indicator }),
      ...(item.task === undefined ? {} : { task: item.task }),
      state: item.state,
      urgeCount: urgeCount(item),
      dueAt: item.dueAt.slice(0, 10),
      ...(closed === undefined ? {} : { closedAt: closed.slice(0, 10) }),
    };
  });
}
