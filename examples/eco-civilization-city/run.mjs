// Scores the eco-civilization city assessment (生态文明城市目标绩效考核) with the built `ducha` SDK,
// prints the ranking and why the top unit scored what it did, and writes out/results.json and
// out/results.csv. Run from the repository root with `npm run demo` (builds ducha first), or
// `node examples/eco-civilization-city/run.mjs [--lang zh|en]` after `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { assess, explain, exportResults, formatIssues, formatRankingTable, loadProject } from "ducha";

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

// 4. Write the results: the stable JSON document and the ranking as Excel-safe CSV.
const out = join(here, "out");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "results.json"), exportResults(result, "json"));
writeFileSync(join(out, "results.csv"), exportResults(result, "csv", project, { lang }));
console.log("");
for (const file of ["results.json", "results.csv"])
  console.log(`${zh ? "已写入" : "wrote"} ${relative(process.cwd(), join(out, file))}`);
