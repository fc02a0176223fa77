import { rename, writeFile } from "node:fs/promises";
import type { AssessmentResult } from "@ducha/scoring";
import { Decimal } from "decimal.js";

/**
 * A JSON value.
 *
 * @example
 * ```ts
 * import type { JsonValue } from "@ducha/io/json";
 *
 * const value: JsonValue = { total: "85.5", ranks: [1, 2] };
 * ```
 * @since 0.1.0
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Converts an assessment result to plain JSON data: every Decimal becomes its exact decimal string
 * (full precision, no exponent: `"85.123456789"`), object keys are sorted at every level so the
 * output is byte-for-byte stable, arrays keep their order (units stay sorted by rank), and
 * `undefined` fields are left out.
 *
 * @param result - from `scoreAssessment` (`@ducha/scoring`)
 * @returns JSON-ready data (pass to `JSON.stringify`)
 * @example
 * ```ts
 * import { resultsToJson } from "@ducha/io/json";
 * import { scoreAssessment } from "@ducha/scoring";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const json = JSON.stringify(resultsToJson(scoreAssessment(project)), null, 2);
 * ```
 * @since 0.1.0
 */
export function resultsToJson(result: AssessmentResult): JsonValue {
  return toJson(result, 0);
}

function toJson(value: unknown, depth: number): JsonValue {
  if (depth > 100) throw new RangeError("resultsToJson: nesting deeper than 100 levels");
  if (value === null || value === undefined) return null;
  if (Decimal.isDecimal(value)) {
    const text = (value as Decimal).toFixed();
    return text === "-0" ? "0" : text;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((item) => toJson(item, depth + 1));
  if (typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      out[key] = toJson(item, depth + 1);
    }
    return out;
  }
  return String(value);
}

/**
 * Writes {@link resultsToJson} to a file as formatted JSON (two-space indent, final newline), through
 * a temporary file renamed into place.
 *
 * @param path - the target file
 * @param result - the assessment result
 * @returns a promise that resolves when the file is written
 * @example
 * ```ts
 * import { writeResultsJson } from "@ducha/io/json";
 * import { scoreAssessment } from "@ducha/scoring";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * await writeResultsJson("results-2024.json", scoreAssessment(project));
 * ```
 * @since 0.1.0
 */
export async function writeResultsJson(path: string, result: AssessmentResult): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(resultsToJson(result), null, 2)}\n`, "utf8");
  await rename(temporary, path);
}
