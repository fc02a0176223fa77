/**
 * `@ducha/io/json` — project files (read with line/column syntax errors and full validation, write
 * validated) and assessment results as stable JSON with exact decimal strings. Uses Node's file system.
 *
 * @packageDocumentation
 */

export { parseProjectText, readProjectFile, writeProjectFile } from "./project-file.js";
export type { JsonValue } from "./results-json.js";
export { resultsToJson, writeResultsJson } from "./results-json.js";
