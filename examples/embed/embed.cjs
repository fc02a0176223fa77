// Another system embedding Ducha's packages directly (CommonJS): validate a project with
// @ducha/schema, read observations from CSV with @ducha/io/csv, score and explain with @ducha/scoring.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { importCsv } = require("@ducha/io/csv");
const { formatIssues, validateProject } = require("@ducha/schema");
const { explain, scoreAssessment } = require("@ducha/scoring");

const file = (name) => join(__dirname, name);
const checked = validateProject(JSON.parse(readFileSync(file("project.json"), "utf8")));
if (!checked.ok) throw new Error(formatIssues(checked.issues));
const project = checked.value;

const known = {
  units: project.units.map((u) => u.id),
  indicators: project.system.indicators.map((i) => ({ id: i.id, type: i.kind, unit: i.unit })),
};
const data = importCsv(readFileSync(file("data.csv")), { known, file: "data.csv" });
if (data.stats.rejected > 0) throw new Error(data.issues.map((i) => `row ${i.row}: ${i.message.en}`).join("\n"));

const merged = validateProject({ ...project, observations: data.observations });
if (!merged.ok) throw new Error(formatIssues(merged.issues));
const result = scoreAssessment(merged.value);

for (const u of result.units) if (u.status === "scored") console.log(`${u.rank}. ${u.unit} ${u.published.toFixed(2)}`);
const top = result.units[0];
for (const step of explain(result, top.unit).steps) if (step.step !== "raw") console.log(`   ${step.text.en}`);
