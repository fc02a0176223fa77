import { isDecimalString } from "../common/decimal-value.js";
import { addScaled, compareScaled, type Scaled, scaledToString, toScaled, ZERO } from "../common/exact-decimal.js";
import { suggestId } from "../common/suggest.js";
import type { Project } from "../project/project.js";
import type { ValidationIssue, ValidationIssueCode } from "./issue.js";
import { messageFor } from "./messages.js";

type Path = (string | number)[];
type Params = Record<string, string | number | boolean>;

/** Default task statuses accepted when an indicator has no task-status map. */
export const DEFAULT_TASK_STATUSES: readonly string[] = ["done", "partly-done", "late", "not-done"];

/** Collects issues; elements whose structure was invalid are skipped by the checks. */
class Checker {
  readonly issues: ValidationIssue[] = [];
  constructor(readonly bad: ReadonlySet<string>) {}

  /** Whether the element at `path` (or an array element above it) has a structural issue. */
  isBad(path: readonly (string | number)[]): boolean {
    let key = "";
    for (const seg of path) {
      key += `/${seg}`;
      if (this.bad.has(key)) return true;
    }
    return false;
  }

  /** Whether the field at `path` itself (or a value above it) has a structural issue. */
  fieldBad(path: readonly (string | number)[]): boolean {
    let key = "";
    for (const seg of path) {
      key += `/${seg}`;
      if (this.bad.has(`=${key}`)) return true;
    }
    return false;
  }

  add(code: ValidationIssueCode, path: Path, params: Params = {}, severity: "error" | "warning" = "error"): void {
    this.issues.push({ code, path, severity, message: messageFor(code, params), params });
  }

  /** Reports duplicate ids among `items`; returns id → path of first occurrence. */
  ids<T extends { id: string }>(items: readonly T[] | undefined, base: Path, seen = new Map<string, Path>()) {
    items?.forEach((item, i) => {
      if (typeof item?.id !== "string" || this.fieldBad([...base, i, "id"])) return;
      const first = seen.get(item.id);
      if (first !== undefined) this.add("duplicate_id", [...base, i, "id"], { id: item.id, first: first.join(".") });
      else seen.set(item.id, [...base, i]);
    });
    return seen;
  }

  ref(
    code: ValidationIssueCode,
    id: string | undefined,
    known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
    path: Path,
  ) {
    if (id === undefined || known.has(id)) return;
    const suggestion = known.size <= 50_000 ? suggestId(id, known.keys()) : undefined;
    this.add(code, path, suggestion === undefined ? { id } : { id, suggestion });
  }

  positive(value: unknown, path: Path, code: ValidationIssueCode = "weight_not_positive") {
    const v = toScaled(value);
    if (v !== undefined && compareScaled(v, ZERO) <= 0) this.add(code, path, { received: String(value) });
  }
}

/** Finds cycles in a parent relation; reports each cycle once at its first member's parent path. */
function checkCycles(c: Checker, parents: ReadonlyMap<string, string | undefined>, pathOf: (id: string) => Path) {
  const state = new Map<string, 1 | 2>(); // 1 = on current walk, 2 = done
  for (const start of [...parents.keys()].sort()) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur) && parents.has(cur)) {
      state.set(cur, 1);
      walk.push(cur);
      cur = parents.get(cur);
    }
    if (cur !== undefined && state.get(cur) === 1) {
      const cycle = walk.slice(walk.indexOf(cur));
      const first = [...cycle].sort()[0] as string;
      c.add("cycle", [...pathOf(first), "parent"], { cycle: [...cycle, cycle[0]].join(" → ") });
    }
    for (const id of walk) state.set(id, 2);
  }
}

/** Semantic checks over a project whose structurally invalid parts are listed in `bad`. */
export function checkSemantics(p: Project, bad: ReadonlySet<string>): ValidationIssue[] {
  const c = new Checker(bad);
  /**
   * Runs one group of checks. When the structure is invalid somewhere above an element (already
   * reported by zod), a check may meet a value of the wrong type; the group is then skipped
   * rather than reporting follow-on noise.
   */
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof TypeError) || c.bad.size === 0) throw error;
    }
  };
  const sys = p.system;

  // ---- indicator system -------------------------------------------------------------------
  const nodeIds = c.ids(sys.nodes, ["system", "nodes"]);
  const treeIds = c.ids(sys.indicators, ["system", "indicators"], new Map(nodeIds));
  const indicatorIds = new Map<string, Project["system"]["indicators"][number]>();
  sys.indicators.forEach((ind, i) => {
    if (!c.isBad(["system", "indicators", i]) && !nodeIds.has(ind.id)) indicatorIds.set(ind.id, ind);
  });
  const seriesIds = new Set<string>(indicatorIds.keys());
  c.ids(sys.auxiliaries, ["system", "auxiliaries"], new Map(treeIds));
  for (const a of sys.auxiliaries ?? []) seriesIds.add(a.id);

  const nodeParents = new Map<string, string | undefined>();
  sys.nodes.forEach((n, i) => {
    if (c.fieldBad(["system", "nodes", i, "id"]) || c.fieldBad(["system", "nodes", i, "parent"])) return;
    nodeParents.set(n.id, n.parent);
    if (n.parent !== undefined && !nodeIds.has(n.parent))
      c.ref("unknown_parent", n.parent, nodeIds, ["system", "nodes", i, "parent"]);
  });
  checkCycles(c, nodeParents, (id) => nodeIds.get(id) ?? []);

  const childrenOf = new Map<string | undefined, { id: string; points: unknown; path: Path }[]>();
  const addChild = (parent: string | undefined, id: string, points: unknown, path: Path) => {
    const list = childrenOf.get(parent) ?? [];
    list.push({ id, points, path });
    childrenOf.set(parent, list);
  };
  const hasIndicatorBelow = new Set<string>();
  const weighting = sys.weighting;
  const checkWeight = (item: { id: string; weight?: unknown; points?: unknown }, path: Path) => {
    if (item.weight !== undefined && item.points !== undefined) c.add("weight_and_points", path);
    if (item.weight !== undefined) c.positive(item.weight, [...path, "weight"]);
    if (item.points !== undefined) c.positive(item.points, [...path, "points"]);
    if (weighting === "points" && item.points === undefined) c.add("points_missing", path, { id: item.id });
  };
  sys.nodes.forEach((n, i) => {
    if (c.isBad(["system", "nodes", i])) return;
    checkWeight(n, ["system", "nodes", i]);
    addChild(n.parent, n.id, n.points, ["system", "nodes", i]);
  });
  sys.indicators.forEach((ind, i) => {
    const path: Path = ["system", "indicators", i];
    if (c.isBad(path)) return;
    checkWeight(ind, path);
    if (!nodeIds.has(ind.parent)) c.ref("unknown_parent", ind.parent, nodeIds, [...path, "parent"]);
    addChild(ind.parent, ind.id, ind.points, path);
    // mark ancestors as non-empty (guard against cycles)
    let cur: string | undefined = ind.parent;
    const seen = new Set<string>();
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur);
      hasIndicatorBelow.add(cur);
      cur = nodeParents.get(cur);
    }
    checkIndicatorRule(c, ind, path, seriesIds);
  });
  sys.nodes.forEach((n, i) => {
    if (!c.isBad(["system", "nodes", i]) && !hasIndicatorBelow.has(n.id))
      c.add("empty_node", ["system", "nodes", i], { id: n.id });
  });
  if (weighting === "points") {
    const sumOf = (list: { points: unknown }[]) =>
      list.reduce<Scaled | undefined>((acc, x) => {
        const v = toScaled(x.points);
        return acc === undefined || v === undefined ? undefined : addScaled(acc, v);
      }, ZERO);
    sys.nodes.forEach((n, i) => {
      const declared = toScaled(n.points);
      const kids = childrenOf.get(n.id);
      if (declared === undefined || kids === undefined || c.isBad(["system", "nodes", i])) return;
      const sum = sumOf(kids);
      if (sum !== undefined && compareScaled(sum, declared) !== 0)
        c.add("points_sum_mismatch", ["system", "nodes", i, "points"], {
          actual: scaledToString(sum),
          expected: scaledToString(declared),
          of: n.id,
        });
    });
    const total = toScaled(sys.totalPoints);
    const top = childrenOf.get(undefined);
    if (total !== undefined && top !== undefined) {
      const sum = sumOf(top);
      if (sum !== undefined && compareScaled(sum, total) !== 0)
        c.add("points_sum_mismatch", ["system", "totalPoints"], {
          actual: scaledToString(sum),
          expected: scaledToString(total),
          of: "system",
        });
    }
  }

  // ---- units, categories, people ----------------------------------------------------------
  const unitIds = c.ids(p.units, ["units"]);
  const categoryIds = c.ids(p.categories, ["categories"]);
  const personIds = c.ids(p.people, ["people"]);
  const unitParents = new Map<string, string | undefined>();
  const unitById = new Map<string, Project["units"][number]>();
  p.units.forEach((u, i) => {
    if (c.fieldBad(["units", i, "id"]) || c.fieldBad(["units", i, "parent"])) return;
    unitParents.set(u.id, u.parent);
    unitById.set(u.id, u);
    if (u.parent !== undefined) c.ref("unknown_parent", u.parent, unitIds, ["units", i, "parent"]);
    c.ref("unknown_category", u.category, categoryIds, ["units", i, "category"]);
  });
  checkCycles(c, unitParents, (id) => unitIds.get(id) ?? []);

  /** indicator ids each category excludes */
  const excluded = new Map<string, Set<string>>();
  const descendantsOf = (id: string): string[] => {
    if (indicatorIds.has(id)) return [id];
    const out: string[] = [];
    for (const [indId, ind] of indicatorIds) {
      let cur: string | undefined = ind.parent;
      const seen = new Set<string>();
      while (cur !== undefined && !seen.has(cur)) {
        if (cur === id) {
          out.push(indId);
          break;
        }
        seen.add(cur);
        cur = nodeParents.get(cur);
      }
    }
    return out;
  };
  (p.categories ?? []).forEach((cat, i) => {
    const path: Path = ["categories", i];
    if (c.isBad(path)) return;
    const ex = new Set<string>();
    cat.indicators?.forEach((id, j) => {
      c.ref("unknown_indicator", id, treeIds, [...path, "indicators", j]);
    });
    cat.excludeIndicators?.forEach((id, j) => {
      c.ref("unknown_indicator", id, treeIds, [...path, "excludeIndicators", j]);
    });
    if (cat.indicators !== undefined) {
      const allowed = new Set(cat.indicators.flatMap(descendantsOf));
      for (const id of indicatorIds.keys()) if (!allowed.has(id)) ex.add(id);
    }
    for (const id of (cat.excludeIndicators ?? []).flatMap(descendantsOf)) ex.add(id);
    excluded.set(cat.id, ex);
    for (const [key, w] of Object.entries(cat.weights ?? {})) {
      c.ref("unknown_node", key, treeIds, [...path, "weights", key]);
      c.positive(w, [...path, "weights", key]);
    }
  });
  (p.people ?? []).forEach((person, i) => {
    if (!c.isBad(["people", i])) c.ref("unknown_unit", person.unit, unitIds, ["people", i, "unit"]);
  });
  sys.indicators.forEach((ind, i) => {
    if (!c.isBad(["system", "indicators", i]))
      c.ref("unknown_unit", ind.responsibleUnit, unitIds, ["system", "indicators", i, "responsibleUnit"]);
  });

  // ---- plan ---------------------------------------------------------------------------------
  const plan = p.plan;
  let groupIds = new Map<string, Path>();
  let adjustmentIds = new Map<string, Path>();
  let gradeIds = new Map<string, Path>();
  let vetoIds = new Map<string, Path>();
  guard(() => {
    if (!c.isBad(["plan", "system"]) && plan.system !== sys.id)
      c.add("system_mismatch", ["plan", "system"], { received: plan.system, expected: sys.id });
    plan.units?.forEach((id, j) => {
      c.ref("unknown_unit", id, unitIds, ["plan", "units", j]);
    });
    groupIds = c.ids(plan.raterGroups, ["plan", "raterGroups"]);
    plan.raterGroups?.forEach((g, j) => {
      if (!c.isBad(["plan", "raterGroups", j]))
        c.positive(g.weight, ["plan", "raterGroups", j, "weight"], "rater_weight_not_positive");
    });
    plan.ratedIndicators?.forEach((id, j) => {
      c.ref("unknown_indicator", id, indicatorIds, ["plan", "ratedIndicators", j]);
    });
    adjustmentIds = c.ids(plan.adjustments, ["plan", "adjustments"]);
    plan.adjustments?.forEach((a, j) => {
      if (c.isBad(["plan", "adjustments", j])) return;
      c.positive(a.points, ["plan", "adjustments", j, "points"]);
      if (a.cap !== undefined) c.positive(a.cap, ["plan", "adjustments", j, "cap"]);
    });
    gradeIds = c.ids(plan.grading?.bands, ["plan", "grading", "bands"]);
    let prevMin: Scaled | undefined;
    plan.grading?.bands.forEach((b, j) => {
      const path: Path = ["plan", "grading", "bands", j];
      if (c.isBad(path)) return;
      const share = toScaled(b.maxShare);
      if (share !== undefined && (compareScaled(share, ZERO) < 0 || compareScaled(share, { m: 1n, s: 0 }) > 0))
        c.add("quota_out_of_range", [...path, "maxShare"], { received: String(b.maxShare) });
      const min = toScaled(b.minScore);
      if (min !== undefined && prevMin !== undefined && compareScaled(min, prevMin) >= 0)
        c.add("grade_bands_order", [...path, "minScore"]);
      if (min !== undefined) prevMin = min;
    });
    vetoIds = c.ids(plan.vetoes, ["plan", "vetoes"]);
    plan.vetoes?.forEach((v, j) => {
      const path: Path = ["plan", "vetoes", j];
      if (c.isBad(path)) return;
      if (v.effect.type === "cap-grade") c.ref("unknown_grade", v.effect.grade, gradeIds, [...path, "effect", "grade"]);
      if (v.effect.type === "zero-node") c.ref("unknown_node", v.effect.node, treeIds, [...path, "effect", "node"]);
      if (v.trigger.type === "binding-missed")
        v.trigger.indicators.forEach((id, k) => {
          c.ref("unknown_indicator", id, indicatorIds, [...path, "trigger", "indicators", k]);
        });
    });
    for (const key of Object.keys(plan.missingData?.perIndicator ?? {}))
      c.ref("unknown_indicator", key, indicatorIds, ["plan", "missingData", "perIndicator", key]);
  });

  // ---- targets ----------------------------------------------------------------------------
  guard(() =>
    p.targets?.forEach((t, i) => {
      const path: Path = ["targets", i];
      if (c.isBad(path)) return;
      c.ref("unknown_indicator", t.indicator, indicatorIds, [...path, "indicator"]);
      c.ref("unknown_unit", t.unit, unitIds, [...path, "unit"]);
      c.ref("unknown_category", t.category, categoryIds, [...path, "category"]);
      const low = toScaled(t.range?.low);
      const high = toScaled(t.range?.high);
      if (low !== undefined && high !== undefined && compareScaled(low, high) > 0)
        c.add("range_inverted", [...path, "range"], { low: String(t.range?.low), high: String(t.range?.high) });
      if (t.decomposedFrom !== undefined)
        c.ref("unknown_unit", t.decomposedFrom.unit, unitIds, [...path, "decomposedFrom", "unit"]);
    }),
  );

  // ---- observations (hot loop: millions) -------------------------------------------------
  guard(() => {
    const observations = p.observations ?? [];
    const badObs = new Set<number>();
    if (c.bad.size > 0) for (let i = 0; i < observations.length; i++) if (c.isBad(["observations", i])) badObs.add(i);
    const seenByUnit = new Map<string, Map<string, number>>();
    const excludedByUnit = new Map<string, ReadonlySet<string> | undefined>();
    for (let i = 0; i < observations.length; i++) {
      if (badObs.has(i)) continue;
      const o = observations[i] as NonNullable<Project["observations"]>[number];
      const unitKnown = unitIds.has(o.unit);
      const series = seriesIds.has(o.indicator);
      if (!unitKnown) c.ref("unknown_unit", o.unit, unitIds, ["observations", i, "unit"]);
      if (!series) c.ref("unknown_indicator", o.indicator, seriesIds, ["observations", i, "indicator"]);
      let seen = seenByUnit.get(o.unit);
      if (seen === undefined) {
        seen = new Map();
        seenByUnit.set(o.unit, seen);
      }
      const key = `${o.indicator}\u0000${o.period}`;
      const first = seen.get(key);
      if (first !== undefined)
        c.add("duplicate_observation", ["observations", i], {
          unit: o.unit,
          indicator: o.indicator,
          period: o.period,
          first: `observations[${first}]`,
        });
      else seen.set(key, i);
      if ((o.status === "missing") !== (o.value === null))
        c.add("missing_status_mismatch", ["observations", i, "value"], { hasValue: o.value !== null });
      const ind = indicatorIds.get(o.indicator);
      if (ind !== undefined && o.value !== null) checkValue(c, ind, o.value, ["observations", i, "value"]);
      else if (
        series &&
        o.value !== null &&
        typeof o.value !== "number" &&
        !(typeof o.value === "string" && isDecimalString(o.value))
      )
        c.add("value_type_mismatch", ["observations", i, "value"], {
          received: String(o.value),
          expected: "a decimal number",
          expectedZh: "十进制数值",
        });
      if (unitKnown && ind !== undefined) {
        if (!excludedByUnit.has(o.unit)) {
          const cat = unitById.get(o.unit)?.category;
          excludedByUnit.set(o.unit, cat === undefined ? undefined : excluded.get(cat));
        }
        if (excludedByUnit.get(o.unit)?.has(o.indicator))
          c.add("indicator_not_assessed", ["observations", i, "indicator"], {
            unit: o.unit,
            category: unitById.get(o.unit)?.category ?? "",
            indicator: o.indicator,
          });
      }
    }
  });
  guard(() => {
    p.ratings?.forEach((r, i) => {
      const path: Path = ["ratings", i];
      if (c.isBad(path)) return;
      c.ref("unknown_unit", r.unit, unitIds, [...path, "unit"]);
      c.ref("unknown_indicator", r.indicator, indicatorIds, [...path, "indicator"]);
      c.ref("unknown_rater_group", r.group, groupIds, [...path, "group"]);
    });
    p.adjustmentRecords?.forEach((r, i) => {
      const path: Path = ["adjustmentRecords", i];
      if (c.isBad(path)) return;
      c.ref("unknown_unit", r.unit, unitIds, [...path, "unit"]);
      c.ref("unknown_adjustment", r.adjustment, adjustmentIds, [...path, "adjustment"]);
    });
    p.vetoEvents?.forEach((v, i) => {
      const path: Path = ["vetoEvents", i];
      if (c.isBad(path)) return;
      c.ref("unknown_unit", v.unit, unitIds, [...path, "unit"]);
      c.ref("unknown_veto", v.veto, vetoIds, [...path, "veto"]);
    });

    // ---- responsibilities and rules ------------------------------------------------------------
    p.responsibilities?.forEach((r, i) => {
      const path: Path = ["responsibilities", i];
      if (c.isBad(path)) return;
      if (r.subject.kind === "goal") c.ref("unknown_node", r.subject.id, nodeIds, [...path, "subject", "id"]);
      else c.ref("unknown_indicator", r.subject.id, indicatorIds, [...path, "subject", "id"]);
      c.ref("unknown_person", r.leadLeader, personIds, [...path, "leadLeader"]);
      c.ref("unknown_unit", r.leadUnit, unitIds, [...path, "leadUnit"]);
      r.supportingUnits.forEach((u, j) => {
        c.ref("unknown_unit", u, unitIds, [...path, "supportingUnits", j]);
      });
    });
  });
  guard(() => {
    c.ids(p.rules, ["rules"]);
    p.rules?.forEach((rule, i) => {
      const path: Path = ["rules", i];
      if (c.isBad(path)) return;
      c.ref("unknown_grade", rule.capGrade, gradeIds, [...path, "capGrade"]);
      const facts = "all" in rule.when ? rule.when.all : "any" in rule.when ? rule.when.any : [rule.when];
      const factPath: Path =
        "all" in rule.when
          ? [...path, "when", "all"]
          : "any" in rule.when
            ? [...path, "when", "any"]
            : [...path, "when"];
      facts.forEach((f, k) => {
        const fp = facts.length === 1 && !("all" in rule.when) && !("any" in rule.when) ? factPath : [...factPath, k];
        if (f.fact === "grade")
          f.grades.forEach((g, m) => {
            c.ref("unknown_grade", g, gradeIds, [...fp, "grades", m]);
          });
        if (f.fact === "binding-missed")
          f.indicators?.forEach((id, m) => {
            c.ref("unknown_indicator", id, indicatorIds, [...fp, "indicators", m]);
          });
        if (f.fact === "vetoed")
          f.vetoes?.forEach((id, m) => {
            c.ref("unknown_veto", id, vetoIds, [...fp, "vetoes", m]);
          });
      });
    });
  });
  return c.issues;
}

type IndicatorT = Project["system"]["indicators"][number];

/** Checks an indicator's scoring rule and transforms against its kind and direction. */
function checkIndicatorRule(c: Checker, ind: IndicatorT, path: Path, seriesIds: ReadonlySet<string>) {
  const rule = ind.scoring;
  const rp: Path = [...path, "scoring"];
  const mismatch = (reason: string, reasonEn: string) =>
    c.add("scoring_rule_mismatch", [...rp, "method"], { method: rule.method, reason, reasonEn }, "warning");
  if ("goalposts" in rule && rule.goalposts !== undefined) {
    const low = toScaled(rule.goalposts.low);
    const high = toScaled(rule.goalposts.high);
    if (low !== undefined && high !== undefined && compareScaled(low, high) >= 0)
      c.add("goalposts_inverted", [...rp, "goalposts"], {
        low: String(rule.goalposts.low),
        high: String(rule.goalposts.high),
      });
  }
  if ("range" in rule && rule.range !== undefined) {
    const low = toScaled(rule.range.min);
    const high = toScaled(rule.range.max);
    if (low !== undefined && high !== undefined && compareScaled(low, high) >= 0)
      c.add("goalposts_inverted", [...rp, "range"], { low: String(rule.range.min), high: String(rule.range.max) });
  }
  const quantitative = ind.kind === "quantitative" || ind.kind === "survey" || ind.kind === "event-count";
  if (rule.method === "grade-map" && ind.kind !== "qualitative")
    mismatch("非定性指标", "grade-map needs a qualitative indicator");
  if (rule.method === "task-status" && ind.kind !== "task")
    mismatch("非工作任务类指标", "task-status needs a task indicator");
  if (rule.method === "boolean" && ind.kind !== "boolean")
    mismatch("非是/否类指标", "boolean needs a boolean indicator");
  if (!quantitative && !["grade-map", "task-status", "boolean", "direct", "bands"].includes(rule.method))
    mismatch("非数值型指标", `${ind.kind} indicators need grade-map, task-status or boolean scoring`);
  if (rule.method === "target-range" && ind.direction !== "target-range")
    mismatch("方向不是目标区间", "target-range scoring needs direction 'target-range'");
  ind.transforms?.forEach((t, j) => {
    if (t.type === "denominate") c.ref("unknown_series", t.by, seriesIds, [...path, "transforms", j, "by"]);
  });
}

/** Checks an observation value against its indicator's kind and rule. */
function checkValue(c: Checker, ind: IndicatorT, value: string | number | boolean, path: Path) {
  const fail = (expected: string, expectedZh: string) =>
    c.add("value_type_mismatch", path, { received: String(value), expected, expectedZh });
  switch (ind.kind) {
    case "quantitative":
    case "survey":
    case "event-count":
      if (typeof value === "boolean" || (typeof value === "string" && !isDecimalString(value)))
        fail("a decimal number", "十进制数值");
      return;
    case "boolean":
      if (typeof value !== "boolean") fail("true or false", "是/否（true/false）");
      return;
    case "qualitative": {
      const grades = ind.scoring.method === "grade-map" ? Object.keys(ind.scoring.map) : undefined;
      if (typeof value !== "string" || (grades !== undefined && !grades.includes(value)))
        fail(`one of the grades ${grades?.join(", ") ?? ""}`, `等级 ${grades?.join("、") ?? ""} 之一`);
      return;
    }
    case "task": {
      const statuses =
        ind.scoring.method === "task-status" && ind.scoring.map !== undefined
          ? Object.keys(ind.scoring.map)
          : DEFAULT_TASK_STATUSES;
      if (typeof value !== "string" || !statuses.includes(value))
        fail(`one of the task statuses ${statuses.join(", ")}`, `任务状态 ${statuses.join("、")} 之一`);
      return;
    }
  }
}
