/**
 * `@ducha/io`.
 *
 * @packageDocumentation
 */
export { VERSION } from "./version.js";
