import type { Project } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";
import { escapeHtml } from "../internal/html-escape.js";
import { correlationHeatmap, rankIntervalChart, sobolChart } from "./analysis-charts.js";
import { analysisData } from "./analysis-data.js";
import { type ReportData, reportData } from "./report-data.js";
import type { ReportOptions } from "./report-options.js";
import { barChart, radarChart } from "./svg-charts.js";

const LABELS = {
  zh: {
    period: "考核周期",
    units: "参评单位",
    summary: "概况",
    ranking: "综合排名",
    rank: "排名",
    unit: "单位",
    category: "类别",
    total: "综合得分",
    grade: "等次",
    pillars: "分项得分",
    grades: "等次分布",
    count: "单位数",
    chart: "综合得分图",
    radar: "分项得分雷达图",
    lagging: "短板指标（得分最低）",
    indicators: "指标",
    progress: "进度预警",
    indicator: "指标/事项",
    status: "状态",
    note: "说明",
    actions: "问责事项",
    action: "方式",
    target: "对象",
    reason: "事由",
    top: "第一名",
    rankIntervals: "排名不确定性（名义排名、中位数与 5–95 % 区间）",
    sobol: "敏感性分析（Sobol 一阶与总效应指数）",
    correlations: "指标相关性",
    nominal: "名义排名",
    median: "中位排名",
    input: "不确定因素",
    statuses: { green: "正常", yellow: "滞后", red: "严重滞后", grey: "未到期/无数据" },
  },
  en: {
    period: "Period",
    units: "Units assessed",
    summary: "Summary",
    ranking: "Ranking",
    rank: "Rank",
    unit: "Unit",
    category: "Category",
    total: "Total",
    grade: "Grade",
    pillars: "Pillar scores",
    grades: "Grade distribution",
    count: "Units",
    chart: "Totals",
    radar: "Pillar profile",
    lagging: "Lagging indicators (lowest scores)",
    indicators: "Indicators",
    progress: "Progress warnings",
    indicator: "Indicator / item",
    status: "Status",
    note: "Note",
    actions: "Accountability actions",
    action: "Action",
    target: "Addressed to",
    reason: "Reason",
    top: "Top",
    rankIntervals: "Rank uncertainty (nominal, median and 5–95 % interval)",
    sobol: "Sensitivity (Sobol first-order and total indices)",
    correlations: "Correlations",
    nominal: "Nominal rank",
    median: "Median rank",
    input: "Uncertain input",
    statuses: { green: "on track", yellow: "behind", red: "seriously behind", grey: "not due / no data" },
  },
} as const;

/** Labels of a report language. */
export function reportLabels(lang: "zh" | "en") {
  return LABELS[lang];
}

const COLOURS = { green: "#2e7d32", yellow: "#f9a825", red: "#c62828", grey: "#9e9e9e" } as const;

const CSS = `body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",Arial,sans-serif;margin:2em;color:#222}
h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:2px solid #4472c4;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}
th{background:#ddebf7}td.num{text-align:right;font-variant-numeric:tabular-nums}
.radars{display:flex;flex-wrap:wrap;gap:1em}.radars figure{margin:0;text-align:center}
.light{display:inline-block;width:.9em;height:.9em;border-radius:50%;vertical-align:middle;margin-right:.3em}
@media print{body{margin:1cm}h2{page-break-after:avoid}}`;

const e = escapeHtml;
const table = (headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []) =>
  `<table><thead><tr>${headers.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ""}>${e(cell)}</td>`).join("")}</tr>`,
    )
    .join("")}</tbody></table>`;

/**
 * Renders a self-contained HTML report of an assessment (考核结果报告) for the leading group and for
 * printing: title and summary, ranking table (rank, unit, category, total, grade), per-pillar
 * breakdown, grade distribution, a bar chart of totals and a radar chart per unit over the pillars
 * (inline SVG), lagging indicators (短板: each unit's lowest-scoring indicators), traffic lights for
 * monitored items and the accountability actions due when given, and — when `options.analysis` is
 * given — a rank-interval plot, a Sobol' sensitivity bar chart and a correlation heatmap. Inline CSS, no scripts, no
 * network references; every text is HTML-escaped.
 *
 * @param result - from `scoreAssessment` (`@ducha/scoring`)
 * @param project - the project that was scored (for names)
 * @param options - language, title, progress items, actions, number of lagging indicators, analysis results
 * @returns the HTML document
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { renderHtmlReport } from "@ducha/io/report";
 * import { scoreAssessment } from "@ducha/scoring";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * await writeFile("report.html", renderHtmlReport(scoreAssessment(project), project, { lang: "zh" }));
 * ```
 * @since 0.1.0
 */
export function renderHtmlReport(result: AssessmentResult, project: Project, options: ReportOptions = {}): string {
  const data = reportData(result, project, options);
  const L = LABELS[data.lang];
  const body: string[] = [];
  body.push(`<h1>${e(data.title)}</h1>`);
  body.push(`<h2>${e(L.summary)}</h2>${summary(data)}`);
  body.push(
    `<h2>${e(L.ranking)}</h2>${table(
      [L.rank, L.unit, L.category, L.total, L.grade],
      data.rows.map((r) => [r.rank, r.name, r.category, r.total, r.grade]),
      [0, 3],
    )}`,
  );
  body.push(
    `<h2>${e(L.pillars)}</h2>${table(
      [L.unit, ...data.pillars.map((p) => p.name), L.total],
      data.rows.map((r) => [r.name, ...r.pillars.map((p) => p.text), r.total]),
      data.pillars.map((_, i) => i + 1).concat([data.pillars.length + 1]),
    )}`,
  );
  body.push(
    `<h2>${e(L.grades)}</h2>${table(
      [L.grade, L.count],
      data.grades.map((g) => [g.name, String(g.count)]),
      [1],
    )}`,
  );
  const scored = data.rows.filter((r) => r.scored);
  body.push(
    `<h2>${e(L.chart)}</h2>${barChart(
      scored.map((r) => ({ label: r.name, value: r.value, text: r.total })),
      L.chart,
    )}`,
  );
  const max = Math.max(100, ...scored.flatMap((r) => r.pillars.map((p) => p.value ?? 0)));
  // Axes are the pillars the unit has a score on (a category may not be assessed on a pillar):
  // a missing pillar is left out rather than drawn as 0.
  const radar = (r: (typeof scored)[number]) => {
    const axes = data.pillars.flatMap((p, i) => {
      const value = r.pillars[i]?.value;
      return value === null || value === undefined ? [] : [{ name: p.name, value }];
    });
    const left = data.pillars.length - axes.length;
    return `<figure>${radarChart(
      axes.map((a) => a.name),
      axes.map((a) => a.value),
      `${L.radar}: ${r.name}`,
      max,
    )}<figcaption>${e(r.name)}${left > 0 ? e(data.lang === "zh" ? `（${left} 项未考核）` : ` (${left} not assessed)`) : ""}</figcaption></figure>`;
  };
  body.push(`<h2>${e(L.radar)}</h2><div class="radars">${scored.map(radar).join("")}</div>`);
  body.push(
    `<h2>${e(L.lagging)}</h2>${table(
      [L.unit, L.indicators],
      data.rows.map((r) => [
        r.name,
        r.lagging.map((l) => `${data.indicatorName(l.indicator)} ${l.score}`).join(data.lang === "zh" ? "；" : "; "),
      ]),
    )}`,
  );
  const analysis = analysisData(options.analysis, data, project);
  if (analysis.rankIntervals !== undefined) {
    body.push(`<h2>${e(L.rankIntervals)}</h2>${rankIntervalChart(analysis.rankIntervals, L.rankIntervals)}`);
  }
  if (analysis.sobol !== undefined) body.push(`<h2>${e(L.sobol)}</h2>${sobolChart(analysis.sobol, L.sobol)}`);
  if (analysis.correlations !== undefined) {
    body.push(`<h2>${e(L.correlations)}</h2>${correlationHeatmap(analysis.correlations, L.correlations)}`);
  }
  if (options.progress !== undefined && options.progress.length > 0) {
    const rows = options.progress.map(
      (p) =>
        `<tr><td>${e(data.unitName(p.unit))}</td><td>${e(data.indicatorName(p.indicator))}</td><td><span class="light" style="background:${COLOURS[p.status]}"></span>${e(L.statuses[p.status])}</td><td>${e(p.note ?? "")}</td></tr>`,
    );
    body.push(
      `<h2>${e(L.progress)}</h2><table><thead><tr><th>${e(L.unit)}</th><th>${e(L.indicator)}</th><th>${e(L.status)}</th><th>${e(L.note)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }
  if (options.actions !== undefined && options.actions.length > 0) {
    body.push(
      `<h2>${e(L.actions)}</h2>${table(
        [L.unit, L.action, L.target, L.reason],
        options.actions.map((a) => [data.unitName(a.unit), a.action, a.target, a.message[data.lang]]),
      )}`,
    );
  }
  return `<!DOCTYPE html>
<html lang="${data.lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(data.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function summary(data: ReportData): string {
  const L = LABELS[data.lang];
  const top = data.rows.find((r) => r.scored && r.rank === "1");
  const items = [
    `${L.period}: ${data.period}`,
    `${L.units}: ${data.rows.length}`,
    ...(top === undefined ? [] : [`${L.top}: ${top.name} (${top.total})`]),
  ];
  return `<ul>${items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`;
}
