/**
 * `ducha` — the Ducha (督查) SDK facade. Each underlying package is re-exported as a namespace so
 * that names never collide; the packages stay usable on their own.
 *
 * @packageDocumentation
 */

export * as accountability from "@ducha/accountability";
export * as io from "@ducha/io";
export * as schema from "@ducha/schema";
export { DuchaError, isDuchaError } from "@ducha/schema";
export * as scoring from "@ducha/scoring";
export { VERSION } from "./version.js";
