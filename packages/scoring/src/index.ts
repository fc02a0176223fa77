/**
 * `@ducha/scoring` — exact, explainable scoring.
 *
 * @packageDocumentation
 */
export { ScoringError } from "./errors.js";
export { VERSION } from "./version.js";
