import type { AssessmentResult, IndicatorScore, NodeScore, ScoredUnit, UnitResult } from "../assess/types.js";
import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";

/**
 * One step of a score trace (得分说明): what was computed, from what, with which rule.
 *
 * @since 0.1.0
 */
export interface TraceStep {
  /** The kind of step. */
  readonly step:
    | "raw"
    | "transform"
    | "normalize"
    | "weight"
    | "aggregate"
    | "adjust"
    | "veto"
    | "round"
    | "rank"
    | "grade"
    | "missing";
  /** Indicator or node the step is about, if any. */
  readonly subject?: string;
  /** The facts of the step as decimal strings and ids (full precision). */
  readonly data: Readonly<Record<string, string | number | boolean | null>>;
  /** The step as a sentence. */
  readonly text: { readonly zh: string; readonly en: string };
}

/**
 * The explanation of a unit's score, or of one node of it: the trace steps in order
 * (raw value → transforms → normalised → weight → contribution → aggregated → bonus/deduction →
 * veto → rounding → rank → grade) as data and as readable zh/en text.
 *
 * @since 0.1.0
 */
export interface Explanation {
  readonly unit: string;
  readonly node: string | undefined;
  readonly status: UnitResult["status"];
  readonly steps: readonly TraceStep[];
  readonly text: { readonly zh: string; readonly en: string };
}

const s = (d: Dec | null | undefined) => (d === null || d === undefined ? null : d.toString());
/** Short display of a full-precision decimal (6 significant decimals) for sentences; data keeps all digits. */
const show = (d: Dec | null | undefined) => (d === null || d === undefined ? "—" : d.toDecimalPlaces(6).toString());
const pct = (d: Dec) => `${d.times(100).toDecimalPlaces(4).toString()}%`;

const FLAG_TEXT: Record<string, { zh: string; en: string }> = {
  missing: { zh: "数据缺失", en: "missing" },
  excluded: { zh: "缺失剔除并重新分配权重", en: "excluded and siblings re-weighted" },
  zero_filled: { zh: "缺失按0分计", en: "missing, scored 0" },
  carried_forward: { zh: "沿用上期数据", en: "carried forward from an earlier period" },
  imputed: { zh: "以同类均值插补", en: "imputed with the category mean" },
  rated: { zh: "由考评主体打分合成", en: "combined from raters' scores" },
  clamped: { zh: "超出阈值被截断", en: "clamped to the goalposts" },
  capped: { zh: "超额完成封顶", en: "capped" },
  floored: { zh: "扣完为止（保底）", en: "floored" },
  outside_range: { zh: "超出目标区间", en: "outside the target range" },
  no_band: { zh: "未落入任何档次", en: "no band matched" },
  winsorized: { zh: "异常值缩尾处理", en: "winsorised" },
};
const flagText = (flags: readonly string[], lang: "zh" | "en") =>
  flags
    .filter((f) => FLAG_TEXT[f] !== undefined)
    .map((f) => FLAG_TEXT[f]?.[lang])
    .join(lang === "zh" ? "；" : "; ");

function indicatorSteps(i: IndicatorScore): TraceStep[] {
  const steps: TraceStep[] = [];
  const rawText = i.raw === null ? "—" : typeof i.raw === "object" ? i.raw.toString() : String(i.raw);
  if (i.raw === null) {
    steps.push({
      step: "missing",
      subject: i.indicator,
      data: { flags: i.flags.join(",") },
      text: { zh: `${i.indicator}：${flagText(i.flags, "zh")}`, en: `${i.indicator}: ${flagText(i.flags, "en")}` },
    });
  } else {
    const src = {
      zh: {
        observation: "上报值",
        carried_forward: "沿用上期值",
        category_mean: "同类均值",
        ratings: "考评合成分",
        missing: "缺失",
      },
      en: {
        observation: "observed",
        carried_forward: "carried forward",
        category_mean: "category mean",
        ratings: "combined ratings",
        missing: "missing",
      },
    };
    steps.push({
      step: "raw",
      subject: i.indicator,
      data: { raw: rawText, source: i.source, period: i.period ?? null, target: s(i.target) },
      text: {
        zh: `${i.indicator}：${src.zh[i.source]} ${rawText}${i.period ? `（${i.period}）` : ""}${i.target ? `，目标值 ${i.target.toString()}` : ""}`,
        en: `${i.indicator}: ${src.en[i.source]} ${rawText}${i.period ? ` (${i.period})` : ""}${i.target ? `, target ${i.target.toString()}` : ""}`,
      },
    });
  }
  for (const t of i.transforms) {
    steps.push({
      step: "transform",
      subject: i.indicator,
      data: {
        type: t.type,
        before: s(t.before),
        after: s(t.after),
        ...Object.fromEntries(Object.entries(t.params).map(([k, v]) => [k, v.toString()])),
      },
      text: {
        zh: `${i.indicator}：预处理 ${t.type}，${show(t.before)} → ${show(t.after)}`,
        en: `${i.indicator}: ${t.type} ${show(t.before)} → ${show(t.after)}`,
      },
    });
  }
  if (i.score !== null) {
    const params = Object.entries(i.params)
      .map(([k, v]) => `${k}=${show(v)}`)
      .join(", ");
    const flags = flagText(
      i.flags.filter((f) => f !== "missing"),
      "zh",
    );
    const flagsEn = flagText(
      i.flags.filter((f) => f !== "missing"),
      "en",
    );
    steps.push({
      step: "normalize",
      subject: i.indicator,
      data: {
        method: i.method,
        score: s(i.score),
        ...Object.fromEntries(Object.entries(i.params).map(([k, v]) => [`param.${k}`, v.toString()])),
        flags: i.flags.join(","),
      },
      text: {
        zh: `${i.indicator}：按 ${i.method} 计分${params ? `（${params}）` : ""}，得 ${show(i.score)} 分${flags ? `；${flags}` : ""}`,
        en: `${i.indicator}: ${i.method}${params ? ` (${params})` : ""} → ${show(i.score)}${flagsEn ? `; ${flagsEn}` : ""}`,
      },
    });
  }
  steps.push({
    step: "weight",
    subject: i.indicator,
    data: { weight: s(i.weight), globalWeight: s(i.globalWeight), contribution: s(i.contribution) },
    text: {
      zh: `${i.indicator}：权重 ${show(i.weight)}，占总分 ${pct(i.globalWeight)}${i.contribution ? `，贡献 ${show(i.contribution)} 分` : ""}`,
      en: `${i.indicator}: weight ${show(i.weight)}, ${pct(i.globalWeight)} of the total${i.contribution ? `, contributes ${show(i.contribution)}` : ""}`,
    },
  });
  return steps;
}

function nodeStep(n: NodeScore): TraceStep {
  const parts = n.children
    .map((c) => `${c.id} ${show(c.score)}×${c.weight === null ? "—" : show(c.weight)}`)
    .join(" + ");
  return {
    step: "aggregate",
    subject: n.node,
    data: {
      aggregation: n.aggregation,
      score: s(n.score),
      children: n.children.map((c) => c.id).join(","),
      flags: n.flags.join(","),
    },
    text: {
      zh: `${n.node}：${n.aggregation} 汇总 ${parts} = ${show(n.score)}${n.flags.includes("node_zeroed") ? "（一票否决：该项计0分）" : ""}`,
      en: `${n.node}: ${n.aggregation} of ${parts} = ${show(n.score)}${n.flags.includes("node_zeroed") ? " (vetoed: set to 0)" : ""}`,
    },
  };
}

/** Ids of the indicators and nodes at or below `node`, in tree order. */
function subtree(u: ScoredUnit, node: string): { nodes: string[]; indicators: string[] } {
  const nodes: string[] = [];
  const indicators: string[] = [];
  const visit = (id: string) => {
    const n = u.nodes[id];
    if (n === undefined) {
      if (u.indicators[id] !== undefined) indicators.push(id);
      return;
    }
    for (const c of n.children) visit(c.id);
    nodes.push(id);
  };
  visit(node);
  return { nodes, indicators };
}

/**
 * Explains a unit's score — or one node of it — step by step, as data and as zh/en text
 * (为什么得这个分): raw value → transforms → normalised → weight → contribution → aggregated →
 * bonus/deduction → veto → rounding → rank → grade. Full precision in `data`; sentences show six
 * decimals.
 *
 * @param result - from {@link scoreAssessment}
 * @param unitId - the unit
 * @param nodeId - a node or indicator id to explain only that part; defaults to the whole score
 * @throws {@link ScoringError} `unknown_unit` / `unknown_node`
 * @example
 * ```ts
 * import { explain } from "@ducha/scoring";
 *
 * const e = explain(result, "d_east", "ecology");
 * console.log(e.text.zh);
 * ```
 * @since 0.1.0
 */
export function explain(result: AssessmentResult, unitId: string, nodeId?: string): Explanation {
  const u = result.units.find((x) => x.unit === unitId);
  if (u === undefined)
    throw new ScoringError("unknown_unit", `unit '${unitId}' is not in the result`, { path: ["units", unitId] });
  const steps: TraceStep[] = [];
  if (u.status === "insufficient_data") {
    for (const id of Object.keys(u.indicators).sort())
      steps.push(...indicatorSteps(u.indicators[id] as IndicatorScore));
    steps.push({
      step: "missing",
      data: { reason: u.reason, missing: u.missing.join(",") },
      text: {
        zh: `数据不足，无法评分：${u.missing.join("、")}`,
        en: `insufficient data, not scored: ${u.missing.join(", ")}`,
      },
    });
    return finish(u, nodeId, steps);
  }
  if (nodeId !== undefined) {
    if (u.nodes[nodeId] === undefined && u.indicators[nodeId] === undefined) {
      throw new ScoringError("unknown_node", `'${nodeId}' is not a node or indicator of unit '${unitId}'`, {
        path: ["nodes", nodeId],
      });
    }
    const part = subtree(u, nodeId);
    for (const id of part.indicators) steps.push(...indicatorSteps(u.indicators[id] as IndicatorScore));
    for (const id of part.nodes) steps.push(nodeStep(u.nodes[id] as NodeScore));
    return finish(u, nodeId, steps);
  }
  const tops = Object.values(u.nodes).filter(
    (n) => !Object.values(u.nodes).some((p) => p.children.some((c) => c.id === n.node)),
  );
  for (const top of tops.map((n) => n.node)) {
    const part = subtree(u, top);
    for (const id of part.indicators) steps.push(...indicatorSteps(u.indicators[id] as IndicatorScore));
    for (const id of part.nodes) steps.push(nodeStep(u.nodes[id] as NodeScore));
  }
  steps.push({
    step: "aggregate",
    subject: "total",
    data: { base: u.base.toString(), pillars: tops.map((n) => n.node).join(",") },
    text: {
      zh: `综合得分（加减分前）：${tops.map((n) => `${n.node} ${show(n.score)}×${pct(n.globalWeight)}`).join(" + ")} = ${show(u.base)}`,
      en: `Weighted score before bonus/deduction: ${tops.map((n) => `${n.node} ${show(n.score)}×${pct(n.globalWeight)}`).join(" + ")} = ${show(u.base)}`,
    },
  });
  const a = u.adjustments;
  if (a.items.length > 0) {
    const items = a.items
      .map((i) => `${i.type === "bonus" ? "+" : "−"}${i.applied.toString()} ${i.id}${i.capped ? " (capped)" : ""}`)
      .join(", ");
    steps.push({
      step: "adjust",
      data: { bonus: a.bonus.toString(), deduction: a.deduction.toString(), net: a.net.toString() },
      text: {
        zh: `加扣分：加 ${a.bonus} 分、扣 ${a.deduction} 分（${items}）`,
        en: `Bonus/deduction: +${a.bonus}, −${a.deduction} (${items})`,
      },
    });
  }
  for (const v of u.vetoes) {
    steps.push({
      step: "veto",
      subject: v.veto,
      data: { veto: v.veto, effect: v.effect, because: v.because },
      text: { zh: `一票否决 ${v.veto}：${v.effect}（${v.because}）`, en: `Veto ${v.veto}: ${v.effect} (${v.because})` },
    });
  }
  const r = result.settings.rounding;
  steps.push({
    step: "round",
    data: { total: u.total.toString(), published: u.published.toString(), decimals: r.decimals, mode: r.mode },
    text: {
      zh: `总分 ${show(u.total)}，按 ${r.decimals} 位小数${r.mode === "half-up" ? "四舍五入" : ` ${r.mode} 舍入`}公布为 ${u.published.toFixed(r.decimals)}`,
      en: `Total ${show(u.total)}, published as ${u.published.toFixed(r.decimals)} (${r.decimals} decimals, ${r.mode})`,
    },
  });
  steps.push({
    step: "rank",
    data: { rank: u.rank, categoryRank: u.categoryRank, category: u.category ?? null },
    text: {
      zh:
        u.rank === null
          ? "不参与排名"
          : `总排名第 ${u.rank} 名${u.category ? `，类别（${u.category}）内第 ${u.categoryRank} 名` : ""}`,
      en:
        u.rank === null
          ? "Not ranked"
          : `Rank ${u.rank}${u.category ? `, ${u.categoryRank} within ${u.category}` : ""}`,
    },
  });
  if (u.grade !== null) {
    steps.push({
      step: "grade",
      data: { grade: u.grade, reasons: JSON.stringify(u.gradeReasons) },
      text: { zh: `等次：${u.grade}`, en: `Grade: ${u.grade}` },
    });
  }
  return finish(u, undefined, steps);
}

function finish(u: UnitResult, node: string | undefined, steps: TraceStep[]): Explanation {
  return {
    unit: u.unit,
    node,
    status: u.status,
    steps,
    text: { zh: steps.map((x) => x.text.zh).join("\n"), en: steps.map((x) => x.text.en).join("\n") },
  };
}
