import type { ImportOptions, KnownIndicator, KnownReferences, PlausibleRange } from "@ducha/io";
import { localize, type Project } from "@ducha/schema";
import { DEFAULT_TASK_STATUS_FRACTIONS } from "@ducha/scoring";
import { FALSE_TOKENS, TRUE_TOKENS } from "../internal/boolean-value.js";

type Indicator = Project["system"]["indicators"][number];

/** The io type of an indicator kind; boolean indicators are read as the codes 是/否, true/false, 1/0 … */
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

/**
 * Reference data for importers built from a project (导入校验参照): every unit id, every indicator
 * (declared unit, Chinese name, type from its kind, allowed codes of grade maps and task statuses;
 * boolean indicators accept 是/否, true/false, yes/no, 1/0, √/×) and every auxiliary series
 * (as quantitative with its unit). Periods are not restricted (earlier periods may be imported for
 * carry-forward).
 *
 * @param project - a valid project
 * @returns `known` references for any `@ducha/io` importer
 * @example
 * ```ts
 * import { importCsv } from "@ducha/io/csv";
 * import { knownReferences, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) importCsv("unit,indicator,period,value\nd_east,gdp_growth,2024,6.1\n", { known: knownReferences(loaded.value) });
 * ```
 * @since 0.1.0
 */
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

/**
 * Plausible value ranges of a project's indicators (`indicator.plausible`), as importer `bounds`:
 * values outside produce a `value_out_of_range` warning.
 *
 * @param project - a valid project
 * @returns bounds by indicator id (only indicators that declare a range)
 * @example
 * ```ts
 * import { loadProject, plausibleBounds } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) console.log(plausibleBounds(loaded.value));
 * ```
 * @since 0.1.0
 */
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
