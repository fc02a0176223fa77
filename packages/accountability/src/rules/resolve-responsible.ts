import type { AccountabilityRule, Project, Responsibility } from "@ducha/schema";
import { ancestorIds } from "../progress/resolve-target.js";

/**
 * What an accountability action is about: an indicator, a supervision item, or the unit as a whole.
 *
 * @since 0.1.0
 */
export interface ActionSubject {
  readonly kind: "indicator" | "item" | "unit";
  readonly id: string;
  /** For items: the indicator they concern, if any. */
  readonly indicator?: string;
  /** For items: the task they concern, if any. */
  readonly task?: string;
}

/**
 * Who an action is taken against (问责对象): the role asked by the rule and the ids resolved for it
 * (person ids for `lead-leader`, unit ids otherwise), with the responsibility assignment used.
 * `ids` is empty when no responsibility names anyone for the subject (`via` is then absent).
 *
 * @since 0.1.0
 */
export interface ActionTarget {
  readonly role: AccountabilityRule["target"];
  readonly ids: readonly string[];
  /** The responsibility (责任分工) subject the ids come from: the indicator itself, a parent goal, or a task. */
  readonly via?: { readonly kind: "goal" | "indicator" | "task"; readonly id: string };
}

/**
 * Resolves the target of a rule for a unit and subject (一级抓一级): `unit` is the assessed unit;
 * `lead-leader`, `lead-unit` and `supporting-units` come from `project.responsibilities` for the
 * subject — the task of an item, else the indicator, else its parent goal nodes up the tree (the
 * nearest assignment that names the role wins).
 *
 * @param project - the project with responsibilities
 * @param role - the rule's target role
 * @param unit - the assessed unit
 * @param subject - what the action is about
 * @returns the target with the ids and the responsibility used
 * @example
 * ```ts
 * import { resolveResponsible } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * resolveResponsible(project, "lead-leader", "c_mei", { kind: "indicator", id: "new_jobs" });
 * // { role: "lead-leader", ids: ["vm_live"], via: { kind: "goal", id: "livelihood" } }
 * ```
 * @since 0.1.0
 */
export function resolveResponsible(
  project: Project,
  role: AccountabilityRule["target"],
  unit: string,
  subject: ActionSubject,
): ActionTarget {
  if (role === "unit") return { role, ids: [unit] };
  const chain: { kind: "goal" | "indicator" | "task"; id: string }[] = [];
  if (subject.kind === "item") {
    chain.push({ kind: "task", id: subject.task ?? subject.id });
    if (subject.indicator !== undefined) chain.push(...indicatorChain(project, subject.indicator));
  } else if (subject.kind === "indicator") chain.push(...indicatorChain(project, subject.id));
  const responsibilities = project.responsibilities ?? [];
  for (const link of chain) {
    const r = responsibilities.find((x) => x.subject.kind === link.kind && x.subject.id === link.id);
    if (r === undefined) continue;
    const ids = idsFor(r, role);
    if (ids === undefined) continue;
    return { role, ids, via: link };
  }
  return { role, ids: [] };
}

function indicatorChain(project: Project, indicator: string): { kind: "goal" | "indicator"; id: string }[] {
  const [self, ...nodes] = ancestorIds(project, indicator);
  return [{ kind: "indicator" as const, id: self ?? indicator }, ...nodes.map((id) => ({ kind: "goal" as const, id }))];
}

function idsFor(r: Responsibility, role: AccountabilityRule["target"]): string[] | undefined {
  switch (role) {
    case "lead-leader":
      return r.leadLeader === undefined ? undefined : [r.leadLeader];
    case "lead-unit":
      return [r.leadUnit];
    case "supporting-units":
      return [...r.supportingUnits].sort();
    case "unit":
      return undefined;
  }
}
