// Computes a provincial green development index (绿色发展指数) for 12 cities with the built `ducha`
// SDK: loads the indicator system (project.json), imports the cities' 2024 values from a CSV
// (data/2024.csv), scores every indicator with the efficacy-coefficient method (功效系数法, 60–100),
// aggregates six sub-indices with the weights of the 2016 Green Development Indicator System and
// prints the ranking with the sub-index scores. The values are synthetic.
// Run from the repository root: `npm run build`, then `node examples/green-development-index/run.mjs [--lang zh|en]`.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assess, explain, formatImportIssue, formatIssues, importData, loadProject } from "ducha";

const here = dirname(fileURLToPath(import.meta.url));
const langIndex = process.argv.indexOf("--lang");
const lang = langIndex > 0 && process.argv[langIndex + 1] === "zh" ? "zh" : "en";
const zh = lang === "zh";
const text = (value) => (typeof value === "string" ? value : ((zh ? value.zh : value.en) ?? value.zh ?? value.en));

// 1. The indicator system: six sub-indices (分类指数) with their published weights, 20 indicators
//    scored 60 + 40 × (x − L)/(U − L) (lower-is-better: (U − x)/(U − L)), L/U = min/max of the cities.
const loaded = loadProject(join(here, "project.json"));
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues, lang));
  process.exit(1);
}
const project = loaded.value;

// 2. The data: one row per city, one column per indicator, headed by the indicator's Chinese name
//    and unit; "—" marks a value not yet available. Every row is accounted for.
const imported = await importData(join(here, "data", "2024.csv"), { project });
for (const issue of imported.issues) console.error(formatImportIssue(issue, lang));
if (imported.stats.errors > 0) process.exit(1);
const missing = imported.observations.filter((o) => o.value === null);

// 3. Score: efficacy coefficients, sub-indices (weights within a sub-index: binding 2, others 1),
//    the index = Σ sub-index weight × sub-index score, rounded half-up to 2 decimals, ranked.
const result = assess(project, imported.observations);

const subIndices = project.system.nodes.filter((n) => n.parent === undefined);
const short = {
  resource_use: ["资源利用", "Resources"],
  environment_governance: ["环境治理", "Governance"],
  environment_quality: ["环境质量", "Env. quality"],
  ecological_protection: ["生态保护", "Ecology"],
  growth_quality: ["增长质量", "Growth"],
  green_living: ["绿色生活", "Living"],
};
const names = new Map(project.units.map((u) => [u.id, text(u.name)]));
const header = [
  zh ? "名次" : "Rank",
  zh ? "城市" : "City",
  zh ? "绿色发展指数" : "Index",
  ...subIndices.map((n) => {
    const [labelZh, labelEn] = short[n.id] ?? [n.name.zh, n.id];
    return `${zh ? labelZh : labelEn} ${(Number(n.weight) * 100).toFixed(1)}%`;
  }),
];
const rows = result.units.map((u) =>
  u.status === "scored"
    ? [
        String(u.rank ?? "—"),
        names.get(u.unit) ?? u.unit,
        u.published.toFixed(2),
        ...subIndices.map((n) => u.nodes[n.id]?.score?.toFixed(2) ?? "—"),
      ]
    : ["—", names.get(u.unit) ?? u.unit, zh ? "数据不足" : "insufficient data", ...subIndices.map(() => "")],
);

// East Asian wide characters (汉字) take two terminal columns.
const width = (s) =>
  [...s].reduce(
    (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1),
    0,
  );
const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
const line = (cells) =>
  cells
    .map((c, i) => {
      const pad = " ".repeat((widths[i] ?? 0) - width(c));
      return i === 1 ? c + pad : pad + c;
    })
    .join("  ")
    .trimEnd();

console.log(`${text(project.name)}`);
console.log(
  zh
    ? `导入 ${imported.stats.rowsRead} 行：接受 ${imported.stats.accepted}，拒绝 ${imported.stats.rejected}；${imported.stats.observations} 个数值，其中缺失 ${missing.length} 个`
    : `Imported ${imported.stats.rowsRead} rows: ${imported.stats.accepted} accepted, ${imported.stats.rejected} rejected; ${imported.stats.observations} values, ${missing.length} missing`,
);
console.log("");
console.log(line(header));
console.log(line(widths.map((w) => "─".repeat(w))));
for (const row of rows) console.log(line(row));

// 4. Missing values are never zero-filled: the indicator is excluded and its siblings re-weighted,
//    and the trace says so. Shown for the first city with a missing value.
const first = missing[0];
if (first !== undefined) {
  const indicator = project.system.indicators.find((i) => i.id === first.indicator);
  const parent = indicator?.parent ?? first.indicator;
  console.log("");
  console.log(
    zh
      ? `${names.get(first.unit)}“${text(indicator?.name ?? first.indicator)}”缺失，${text(project.system.nodes.find((n) => n.id === parent)?.name ?? parent)}计算过程：`
      : `${names.get(first.unit)} has no value for "${text(indicator?.name ?? first.indicator)}"; its ${text(project.system.nodes.find((n) => n.id === parent)?.name ?? parent).toLowerCase()}:`,
  );
  for (const step of explain(result, first.unit, parent).steps) console.log(`  - ${step.text[lang]}`);
}
