// What the importers may accept for a project (units, indicators with their codes, plausible
// ranges), as the `ducha` SDK derives it (packages/ducha/src/sdk/known-references.ts). The SDK
// itself reads files with Node's fs, so the dashboard derives the same facts from the core packages.
import type { ImportOptions, KnownIndicator, KnownReferences, PlausibleRange } from "@ducha/io";
import { localize, type Project } from "@ducha/schema";
import { DEFAULT_TASK_STATUS_FRACTIONS } from "@ducha/scoring";

/** Text values read as `true` for boolean indicators (as the CLI reads them). */
export const TRUE_TOKENS: readonly string[] = [
  "true",
  "TRUE",
  "True",
  "yes",
  "Yes",
  "YES",
  "1",
  "是",
  "√",
  "✓",
  "Y",
  "y",
];
/** Text values read as `false` for boolean indicators. */
export const FALSE_TOKENS: readonly string[] = [
  "false",
  "FALSE",
  "False",
  "no",
  "No",
  "NO",
  "0",
  "否",
  "×",
  "✗",
  "N",
  "n",
];

/** A boolean word as a boolean; anything else unchanged. */
export function toBooleanValue<T>(value: T): T | boolean {
  if (typeof value !== "string") return value;
  if (TRUE_TOKENS.includes(value)) return true;
  if (FALSE_TOKENS.includes(value)) return false;
  return value;
}

type Indicator = Project["system"]["indicators"][number];

function knownIndicator(indicator: Indicator): KnownIndicator {
  const name = localize(indicator.name, "zh");
  const base = {
    id: indicator.id,
    ...(name === "" || name === indicator.id ? {} : { name }),
    ...(indicator.unit === undefined ? {} : { unit: indicator.unit }),
  };
  const scoring = indicator.scoring as { method: string; map?: Readonly<Record<string, unknown>> };
  switch (indicator.kind) {
    case "quantitative":
    case "event-count":
      return { ...base, type: "quantitative" };
    case "survey":
      return { ...base, type: "survey" };
    case "boolean":
      return { ...base, type: "qualitative", codes: [...TRUE_TOKENS, ...FALSE_TOKENS] };
    case "task": {
      const map = scoring.method === "task-status" ? (scoring.map ?? DEFAULT_TASK_STATUS_FRACTIONS) : undefined;
      return { ...base, type: "task", ...(map === undefined ? {} : { codes: Object.keys(map) }) };
    }
    case "qualitative":
      return {
        ...base,
        type: "qualitative",
        ...(scoring.method === "grade-map" && scoring.map !== undefined ? { codes: Object.keys(scoring.map) } : {}),
      };
  }
}

/** The units and indicators (with codes) an import may refer to. */
export function knownReferences(project: Project): KnownReferences {
  const indicators: KnownIndicator[] = project.system.indicators.map(knownIndicator);
  for (const a of project.system.auxiliaries ?? []) {
    const name = localize(a.name, "zh");
    indicators.push({
      id: a.id,
      type: "quantitative",
      ...(a.unit === undefined ? {} : { unit: a.unit }),
      ...(name === "" || name === a.id ? {} : { name }),
    });
  }
  return { units: project.units.map((u) => u.id), indicators };
}

/** Each indicator's plausible range, for out-of-range warnings. */
export function plausibleBounds(project: Project): NonNullable<ImportOptions["bounds"]> {
  const bounds: Record<string, PlausibleRange> = {};
  for (const i of project.system.indicators) {
    if (i.plausible === undefined) continue;
    bounds[i.id] = {
      ...(i.plausible.min === undefined ? {} : { min: String(i.plausible.min) }),
      ...(i.plausible.max === undefined ? {} : { max: String(i.plausible.max) }),
    };
  }
  return bounds;
}
