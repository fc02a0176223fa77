/**
 * `@ducha/schema` — zod schemas, types and validation for Ducha projects.
 *
 * @packageDocumentation
 */

export type { DuchaErrorOptions, JsonPath } from "./errors/ducha-error.js";
export { DuchaError, isDuchaError } from "./errors/ducha-error.js";
export { VERSION } from "./version.js";
