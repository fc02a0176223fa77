import { DuchaError, type DuchaErrorOptions } from "@ducha/schema";

/**
 * Error thrown by `@ducha/scoring` for input that cannot be scored at all (a non-reciprocal AHP
 * matrix, weights summing to zero, a value that is not a number …). Per-unit problems such as
 * missing data are not thrown; they are reported in the result with a status.
 *
 * @example
 * ```ts
 * import { ScoringError } from "@ducha/scoring";
 *
 * const error = new ScoringError("weights_sum_zero", "weights sum to zero", { path: ["weights"] });
 * console.log(error.code); // "weights_sum_zero"
 * ```
 * @since 0.1.0
 */
export class ScoringError extends DuchaError {
  constructor(code: string, message: string, options: DuchaErrorOptions = {}) {
    super(code, message, options);
  }
}
