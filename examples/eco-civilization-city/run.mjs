// Scores the eco-civilization city assessment (生态文明城市目标绩效考核) with the built `ducha` SDK,
// prints the ranking, why the top unit scored what it did, the month-by-month supervision of the
// units that fell behind during the year with the accountability actions it triggered, year-end
// warnings and actions, and writes out/results.json, results.csv, results.xlsx, report.html and
// monthly-supervision.json. Run from the repository root with `npm run demo` (builds ducha first), or
// `node examples/eco-civilization-city/run.mjs [--lang zh|en]` after `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  assess,
  explain,
  exportResults,
  formatImportIssue,
  formatIssues,
  formatRankingTable,
  importData,
  loadProject,
  mergeObservations,
  monitor,
  resultsReport,
  resultsWorkbook,
} from "ducha";

const here = dirname(fileURLToPath(import.meta.url));
const langIndex = process.argv.indexOf("--lang");
const lang = process.argv[langIndex + 1] === "zh" && langIndex > 0 ? "zh" : "en";
const zh = lang === "zh";
const text = (value) => (typeof value === "string" ? value : ((zh ? value.zh : value.en) ?? value.zh ?? value.en));

// 1. Load and validate the project: indicator system, units, targets, observations, ratings,
//    bonus/deduction records, veto events and the assessment plan.
const loaded = loadProject(join(here, "project.json"));
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues, lang));
  process.exit(1);
}
const project = loaded.value;

// 2. Score: normalise every indicator, aggregate the four equally weighted pillars, combine the
//    raters, apply bonus/deduction and vetoes, round, rank and grade with the 优秀 quota.
const result = assess(project);

console.log(`${text(project.name)} — ${text(project.plan.name)}${zh ? `（${result.period}）` : ` (${result.period})`}`);
console.log("");
console.log(formatRankingTable(result, { project, lang }));

// 3. Why the top unit is first: pillar scores, bonus/deduction, vetoes, rounding, rank and grade.
const top = result.units[0];
if (top !== undefined) {
  const pillars = new Set(project.system.nodes.filter((n) => n.parent === undefined).map((n) => n.id));
  const steps = explain(result, top.unit).steps.filter(
    (s) =>
      (s.step === "aggregate" && (pillars.has(s.subject ?? "") || s.subject === "total")) ||
      ["adjust", "veto", "round", "rank", "grade"].includes(s.step),
  );
  const project_ = relative(process.cwd(), join(here, "project.json"));
  const name = text(project.units.find((u) => u.id === top.unit)?.name ?? top.unit);
  console.log("");
  console.log(zh ? `第 1 名 ${name}（${top.unit}）得分说明：` : `Why ${name} (${top.unit}) ranks first:`);
  for (const step of steps) console.log(`  - ${step.text[lang]}`);
  console.log(
    zh
      ? `  完整过程：npx ducha explain ${project_} --unit ${top.unit} --lang zh`
      : `  Full trace: npx ducha explain ${project_} --unit ${top.unit}`,
  );
}

// 4. Supervision during the year (目标督查): the units report every month (data/monthly-2024.csv,
//    made by scripts/make-monthly.mjs; year-to-date values for cumulative indicators). Each month's
//    end gives traffic lights per unit × indicator (时间过半、任务过半), and the project's rules call
//    for actions: red two months running → talk with the lead leader (约谈), escalating on repetition
//    to public criticism (通报批评) and admonishment (诫勉).
const monthly = await importData(join(here, "data", "monthly-2024.csv"), { project });
if (monthly.stats.errors > 0) {
  for (const issue of monthly.issues) console.error(formatImportIssue(issue, lang));
  process.exit(1);
}
const tracked = mergeObservations(project, monthly.observations);
const months = monitor(tracked, "2024-12-31").series; // month-end snapshots, January … December
const indicatorName = (id) => text(project.system.indicators.find((i) => i.id === id)?.name ?? id);
const unitName = (id) => text(project.units.find((u) => u.id === id)?.name ?? id);
const LIGHT = { green: "G", yellow: "Y", red: "R", grey: "·" };
const rows = new Map();
for (const [m, snapshot] of months.entries()) {
  for (const item of snapshot.items) {
    const key = `${item.unit}\u0000${item.indicator}`;
    if (!rows.has(key)) rows.set(key, { unit: item.unit, indicator: item.indicator, colours: Array(12).fill("grey") });
    rows.get(key).colours[m] = item.colour;
  }
}
// lagging during the year: red in at least one month before December (at year end every target
// not reached is red, see below)
const lagging = [...rows.values()].filter((r) => r.colours.slice(0, 11).includes("red"));
const ACTIONS = {
  reminder: { zh: "提醒", en: "reminder" },
  talk: { zh: "约谈", en: "talk" },
  "public-criticism": { zh: "通报批评", en: "public criticism" },
  rectify: { zh: "限期整改", en: "rectify by deadline" },
  admonishment: { zh: "诫勉", en: "admonishment" },
  reassignment: { zh: "组织调整", en: "reassignment" },
};
// month by month, as the supervision office would run it: earlier actions make repeats escalate
let previous = [];
const triggered = [];
for (const snapshot of months) {
  const due = monitor(tracked, snapshot.asOf, { previous }).actions;
  for (const action of due) triggered.push({ month: snapshot.monitoringPeriod, action });
  previous = [...previous, ...due];
}
console.log("");
console.log(
  zh
    ? `月度督查（${relative(process.cwd(), join(here, "data", "monthly-2024.csv"))}，${monthly.observations.length} 条月度数据）：年内落后的单位与指标（G 绿灯，Y 黄灯，R 红灯；1–12 月）`
    : `Monthly supervision (${relative(process.cwd(), join(here, "data", "monthly-2024.csv"))}, ${monthly.observations.length} monthly values): units and indicators behind during the year (G green, Y yellow, R red; January … December)`,
);
console.log("  J F M A M J J A S O N D");
for (const r of lagging)
  console.log(
    `  ${r.colours.map((c) => LIGHT[c]).join(" ")}  ${unitName(r.unit)} (${r.unit}) — ${indicatorName(r.indicator)}`,
  );
console.log(
  zh ? "月度督查启动的问责（1–11 月）：" : "Accountability actions triggered month by month (January–November):",
);
for (const { month, action } of triggered.filter((t) => t.month < "2024-12")) {
  const what = action.subject.kind === "indicator" ? indicatorName(action.subject.id) : action.subject.id;
  const who =
    action.target.ids.length > 0
      ? action.target.ids.map((id) => text(project.people?.find((p) => p.id === id)?.name ?? unitName(id))).join(", ")
      : action.target.role;
  console.log(
    zh
      ? `  ${month}  ${unitName(action.unit)}「${what}」：${ACTIONS[action.action]?.zh ?? action.action}（第 ${action.occurrence} 次，对象 ${who}）`
      : `  ${month}  ${unitName(action.unit)} — ${what}: ${ACTIONS[action.action]?.en ?? action.action} (occurrence ${action.occurrence}, for ${who})`,
  );
}

// 5. Supervision at year end: traffic lights per unit × indicator, and the accountability actions
//    the project's rules call for (binding indicators missed → 通报批评, no 优秀 …), after the
//    actions already taken during the year.
const monitoring = monitor(tracked, "2024-12-31", {
  result,
  previous: triggered.filter((t) => t.month < "2024-12").map((t) => t.action),
});
const colours = monitoring.progress.summary.byColour;
console.log("");
console.log(
  zh
    ? `年末进度预警：绿灯 ${colours.green}，黄灯 ${colours.yellow}，红灯 ${colours.red}，无数据 ${colours.grey}`
    : `Year-end progress: ${colours.green} green, ${colours.yellow} yellow, ${colours.red} red, ${colours.grey} without data`,
);
for (const item of monitoring.progress.items.filter((i) => i.colour === "red").slice(0, 5))
  console.log(`  - ${item.message[lang]}`);
console.log(
  zh ? `应启动的问责：${monitoring.actions.length} 项` : `Accountability actions due: ${monitoring.actions.length}`,
);
for (const action of monitoring.actions.slice(0, 5)) console.log(`  - ${action.message[lang]}`);

// 6. Write the results: the stable JSON document, the ranking as Excel-safe CSV, the results
//    workbook (ranking, scores, trace) and the self-contained HTML report for the leading group.
const out = join(here, "out");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "results.json"), exportResults(result, "json"));
writeFileSync(join(out, "results.csv"), exportResults(result, "csv", project, { lang }));
writeFileSync(join(out, "results.xlsx"), await resultsWorkbook(result, project, { lang }));
writeFileSync(join(out, "report.html"), resultsReport(result, project, { lang, monitoring }));
// the monthly supervision as data: each unit × indicator's colour per month, and the actions by month
const supervision = {
  months: months.map((s) => s.monitoringPeriod),
  items: [...rows.values()],
  actions: triggered.map(({ month, action }) => ({
    month,
    rule: action.rule,
    unit: action.unit,
    subject: action.subject,
    action: action.action,
    level: action.level,
    occurrence: action.occurrence,
    target: action.target,
  })),
};
writeFileSync(join(out, "monthly-supervision.json"), `${JSON.stringify(supervision, null, 2)}\n`);
console.log("");
for (const file of ["results.json", "results.csv", "results.xlsx", "report.html", "monthly-supervision.json"])
  console.log(`${zh ? "已写入" : "wrote"} ${relative(process.cwd(), join(out, file))}`);
