/**
 * `@ducha/scoring`.
 *
 * @packageDocumentation
 */
export { VERSION } from "./version.js";
