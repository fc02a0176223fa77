/**
 * `ducha` — the Ducha (督查) SDK facade. Each underlying package is re-exported as a namespace so
 * that names never collide; the packages stay usable on their own. The most used functions are
 * also exported by name.
 *
 * @packageDocumentation
 */

export * as accountability from "@ducha/accountability";
export * as io from "@ducha/io";
export type { Project, ValidateOptions, ValidationIssue, ValidationResult } from "@ducha/schema";
export * as schema from "@ducha/schema";
export { DuchaError, formatIssues, formatPath, isDuchaError, validateProject } from "@ducha/schema";
export * as scoring from "@ducha/scoring";
export { loadProject } from "./sdk/load-project.js";
export type { ProjectFileErrorCode } from "./sdk/project-file-error.js";
export { ProjectFileError } from "./sdk/project-file-error.js";
export { VERSION } from "./version.js";
