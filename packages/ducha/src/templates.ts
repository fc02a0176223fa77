import { readFileSync } from "node:fs";

/**
 * Example projects shipped in the package's `templates/` folder (示例项目), used by `ducha init`.
 *
 * - `eco-city` — the eco-civilization city case (生态文明城市目标绩效考核): four equally weighted
 *   pillars, districts, counties and departments, every indicator kind.
 * - `green-index` — a provincial green-development index (绿色发展指数) over prefecture-level
 *   cities, efficacy-coefficient scoring.
 * - `okr` — a company KPI/OKR scorecard with departments as units.
 *
 * This file sits directly under `src/` on purpose: `../templates/` then resolves to the same
 * folder from `src/templates.ts` (tests) and from the bundled `dist/cli.js`.
 */
export const TEMPLATE_NAMES = ["eco-city", "green-index", "okr"] as const;

/** One of {@link TEMPLATE_NAMES}. */
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The URL of a template's project file. */
export function templateUrl(name: TemplateName): URL {
  return new URL(`../templates/${name}.project.json`, import.meta.url);
}

/** Reads a template's project JSON text. */
export function readTemplate(name: TemplateName): string {
  return readFileSync(templateUrl(name), "utf8");
}
