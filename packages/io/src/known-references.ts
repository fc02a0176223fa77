import { DEFAULT_TASK_STATUSES, localize, type Project } from "@ducha/schema";
import type { ImportOptions, KnownIndicator, KnownReferences, PlausibleRange } from "./import-options.js";
import { BOOLEAN_FALSE_TOKENS, BOOLEAN_TRUE_TOKENS } from "./value/boolean-value.js";

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
      return { ...base, type: "qualitative", codes: [...BOOLEAN_TRUE_TOKENS, ...BOOLEAN_FALSE_TOKENS] };
    case "task": {
      const codes =
        scoring.method !== "task-status"
          ? undefined
          : scoring.map === undefined
            ? [...DEFAULT_TASK_STATUSES]
            : Object.keys(scoring.map);
      return { ...base, type: "task", ...(codes === undefined ? {} : { codes }) };
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
 * boolean indicators accept 是/否, true/false, yes/no, 1/0, √/× — see {@link BOOLEAN_TRUE_TOKENS}) and
 * every auxiliary series (as quantitative with its unit). Periods are not restricted (earlier periods
 * may be imported for carry-forward). Browser-safe.
 *
 * @param project - a valid project
 * @returns `known` references for any `@ducha/io` importer
 * @example
 * ```ts
 * import { knownReferences } from "@ducha/io";
 * import { importCsv } from "@ducha/io/csv";
 * import { loadProject } from "@ducha/schema";
 *
 * const loaded = loadProject('{"schemaVersion":1}');
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
 * Plausible value ranges of a project's indicators (`indicator.plausible`, 合理区间), as importer
 * `bounds`: values outside produce a `value_out_of_range` warning. Browser-safe.
 *
 * @param project - a valid project
 * @returns bounds by indicator id (only indicators that declare a range)
 * @example
 * ```ts
 * import { plausibleBounds } from "@ducha/io";
 * import { loadProject } from "@ducha/schema";
 *
 * const loaded = loadProject('{"schemaVersion":1}');
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
