// Another system embedding Ducha's packages directly (ES modules): validate a project with
// @ducha/schema, read observations from CSV with @ducha/io/csv, score and explain with @ducha/scoring.
import { readFileSync } from "node:fs";
import { importCsv } from "@ducha/io/csv";
import { formatIssues, validateProject } from "@ducha/schema";
import { explain, scoreAssessment } from "@ducha/scoring";

const file = (name) => new URL(name, import.meta.url);
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
