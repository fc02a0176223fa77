/**
 * `@ducha/accountability`.
 *
 * @packageDocumentation
 */
export { VERSION } from "./version.js";
