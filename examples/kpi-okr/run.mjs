// A company's KPI/OKR scorecard (企业 KPI/OKR 计分卡) with the built `ducha` SDK — the same model as
// a government target assessment, applied to eight departments of a (made-up) company:
//   1. loads the scorecard (project.json: balanced-scorecard perspectives, maximise / minimise /
//      maintain-a-range / milestone targets) and imports the quarterly data (data/2024.csv);
//   2. the mid-year review on 30 June: `monitor` gives every department × KPI a traffic light
//      (green ≥ 90 %, yellow 75–89 %, red < 75 % of the progress expected by then) and the
//      milestones due by then;
//   3. the year-end scorecard: `assess` scores the annual values, ranks the departments and grades
//      them with the traffic-light bands (exceeds ≥ 100, at most a quarter of them; green ≥ 90;
//      yellow ≥ 75; red).
// Run from the repository root: `npm run build`, then `node examples/kpi-okr/run.mjs [--lang zh|en]`.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assess, formatImportIssue, formatIssues, importData, loadProject, mergeObservations, monitor } from "ducha";

const here = dirname(fileURLToPath(import.meta.url));
const langIndex = process.argv.indexOf("--lang");
const lang = langIndex > 0 && process.argv[langIndex + 1] === "zh" ? "zh" : "en";
const zh = lang === "zh";
const text = (value) => (typeof value === "string" ? value : ((zh ? value.zh : value.en) ?? value.zh ?? value.en));
const percent = (d) => `${d.times(100).toFixed(1)}%`;

// A plain-text table; East Asian wide characters (汉字) take two terminal columns.
const width = (s) =>
  [...s].reduce(
    (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1),
    0,
  );
function table(header, rows, left) {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells) =>
    cells
      .map((c, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(c));
        return left.includes(i) ? c + pad : pad + c;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

// 1. The scorecard and the data.
const loaded = loadProject(join(here, "project.json"));
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues, lang));
  process.exit(1);
}
const project = loaded.value;
const imported = await importData(join(here, "data", "2024.csv"), { project });
for (const issue of imported.issues) console.error(formatImportIssue(issue, lang));
if (imported.stats.errors > 0) process.exit(1);
const withData = mergeObservations(project, imported.observations);

const departments = project.units.filter((u) => u.assessed !== false);
const indicatorName = new Map(project.system.indicators.map((i) => [i.id, text(i.name)]));
console.log(text(project.name));
console.log(
  zh
    ? `导入 ${imported.stats.rowsRead} 行（2024 年各季度累计值与年度值）：接受 ${imported.stats.accepted}，拒绝 ${imported.stats.rejected}`
    : `Imported ${imported.stats.rowsRead} rows (2024 quarter-to-date and annual values): ${imported.stats.accepted} accepted, ${imported.stats.rejected} rejected`,
);

// 2. Mid-year review: traffic lights on the Q2 values. Cumulative KPIs (revenue, new customers,
//    training hours, turnover) are compared with the share of the target expected by 30 June —
//    the revenue milestones (45 % by 30 June), else linear in time; levels and rates with the target.
const asOf = "2024-06-30";
const review = monitor(withData, asOf);
const colours = review.progress.summary.byColour;
console.log("");
console.log(
  zh
    ? `年中检视（${asOf}）：绿灯 ${colours.green}，黄灯 ${colours.yellow}，红灯 ${colours.red}，无数据 ${colours.grey}（绿灯 ≥ 90%，黄灯 75–89%，红灯 < 75% 的应达进度）`
    : `Mid-year review (${asOf}): ${colours.green} green, ${colours.yellow} yellow, ${colours.red} red, ${colours.grey} without data (green ≥ 90 %, yellow 75–89 %, red < 75 % of the expected progress)`,
);
const rows = departments.map((d) => {
  const items = review.progress.items.filter((i) => i.unit === d.id);
  const count = (colour) => String(items.filter((i) => i.colour === colour).length);
  const red = items
    .filter((i) => i.colour === "red")
    .map((i) =>
      `${indicatorName.get(i.indicator)} ${i.performance === undefined ? "" : percent(i.performance)}`.trim(),
    );
  return [text(d.name), count("green"), count("yellow"), count("red"), red.join(zh ? "；" : "; ")];
});
console.log(
  table(
    zh
      ? ["部门", "绿灯", "黄灯", "红灯", "红灯指标（实际进度 ÷ 应达进度）"]
      : ["Department", "Green", "Yellow", "Red", "Red KPIs (actual ÷ expected progress)"],
    rows,
    [0, 4],
  ),
);

// Milestones (tasks with a deadline) are not traffic-lighted by monitor (they are not quantities):
// list those due by the review date with the status reported for Q2.
const due = (project.targets ?? []).filter((t) => t.deadline !== undefined && t.deadline <= asOf);
const STATUS = {
  done: ["已完成", "done"],
  "partly-done": ["部分完成", "partly done"],
  late: ["逾期完成", "done late"],
  "not-done": ["未完成", "not done"],
};
if (due.length > 0) {
  console.log("");
  console.log(zh ? `到期里程碑（截止 ${asOf}）：` : `Milestones due by ${asOf}:`);
  for (const t of due) {
    const status = imported.observations.find(
      (o) => o.unit === t.unit && o.indicator === t.indicator && o.period === "2024Q2",
    )?.value;
    const unit = text(project.units.find((u) => u.id === t.unit)?.name ?? t.unit ?? "");
    const label = STATUS[status]?.[zh ? 0 : 1] ?? status ?? (zh ? "未报送" : "not reported");
    console.log(
      zh
        ? `  - ${unit} — ${indicatorName.get(t.indicator)}（${t.deadline}）：${label}`
        : `  - ${unit} — ${indicatorName.get(t.indicator)} (${t.deadline}): ${label}`,
    );
  }
}

// 3. Year-end scorecard: maximise (x / t, capped at 120 %), minimise (t / x, or (2t − x) / t),
//    maintain (full score inside the range, −10 points per unit outside), milestone (done 100,
//    partly done 60, late 50, not done 0), ratings (A 100 … D 50); perspectives weighted 35/25/25/15.
const result = assess(project, imported.observations);
const perspectives = project.system.nodes.filter((n) => n.parent === undefined);
const grades = new Map((project.plan.grading?.bands ?? []).map((b) => [b.id, text(b.name)]));
console.log("");
console.log(zh ? "年度计分卡：" : "Year-end scorecard:");
console.log(
  table(
    [
      zh ? "名次" : "Rank",
      zh ? "部门" : "Department",
      ...perspectives.map((n) => `${text(n.name)} ${(Number(n.weight) * 100).toFixed(0)}%`),
      zh ? "总分" : "Total",
      zh ? "等次" : "Grade",
    ],
    result.units.map((u) =>
      u.status === "scored"
        ? [
            String(u.rank ?? "—"),
            text(project.units.find((d) => d.id === u.unit)?.name ?? u.unit),
            ...perspectives.map((n) => u.nodes[n.id]?.score?.toFixed(2) ?? "—"),
            u.published.toFixed(2),
            grades.get(u.grade ?? "") ?? "—",
          ]
        : ["—", u.unit, ...perspectives.map(() => ""), zh ? "数据不足" : "insufficient data", ""],
    ),
    [1, 2 + perspectives.length + 1],
  ),
);
