// Scores the eco-civilization city assessment (生态文明城市目标绩效考核) with the built `ducha` SDK,
// prints the ranking, why the top unit scored what it did, year-end warnings and accountability
// actions, and writes out/results.json, results.csv, results.xlsx and report.html. Run from the repository root with `npm run demo` (builds ducha first), or
// `node examples/eco-civilization-city/run.mjs [--lang zh|en]` after `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  assess,
  explain,
  exportResults,
  formatIssues,
  formatRankingTable,
  loadProject,
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
  // the CLI of the built package, as a path relative to the working directory
  const cli = relative(
    process.cwd(),
    fileURLToPath(new URL("./dist/cli.js", import.meta.resolve("ducha/package.json"))),
  );
  const project_ = relative(process.cwd(), join(here, "project.json"));
  const name = text(project.units.find((u) => u.id === top.unit)?.name ?? top.unit);
  console.log("");
  console.log(zh ? `第 1 名 ${name}（${top.unit}）得分说明：` : `Why ${name} (${top.unit}) ranks first:`);
  for (const step of steps) console.log(`  - ${step.text[lang]}`);
  console.log(
    zh
      ? `  完整过程：node ${cli} explain ${project_} --unit ${top.unit} --lang zh`
      : `  Full trace: node ${cli} explain ${project_} --unit ${top.unit}`,
  );
}

// 4. Supervision at year end (目标督查): traffic lights per unit × indicator, and the accountability
//    actions the project's rules call for (binding indicators missed → 通报批评, no 优秀 …).
const monitoring = monitor(project, "2024-12-31", { result });
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

// 5. Write the results: the stable JSON document, the ranking as Excel-safe CSV, the results
//    workbook (ranking, scores, trace) and the self-contained HTML report for the leading group.
const out = join(here, "out");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "results.json"), exportResults(result, "json"));
writeFileSync(join(out, "results.csv"), exportResults(result, "csv", project, { lang }));
writeFileSync(join(out, "results.xlsx"), await resultsWorkbook(result, project, { lang }));
writeFileSync(join(out, "report.html"), resultsReport(result, project, { lang, monitoring }));
console.log("");
for (const file of ["results.json", "results.csv", "results.xlsx", "report.html"])
  console.log(`${zh ? "已写入" : "wrote"} ${relative(process.cwd(), join(out, file))}`);
