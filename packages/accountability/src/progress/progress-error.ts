import { DuchaError, type DuchaErrorOptions } from "@ducha/schema";

/**
 * Error thrown by progress monitoring and accountability-rule evaluation (进度监测/责任追究) for
 * invalid input, e.g. a malformed `asOf` date (`invalid_date`), an observation whose value is not a
 * number (`invalid_observation`), two observations for the same unit, indicator and period
 * (`duplicate_observation`) or a curve that is not increasing (`invalid_curve`).
 *
 * @example
 * ```ts
 * import { ProgressError } from "@ducha/accountability";
 *
 * const error = new ProgressError("invalid_date", "expected asOf as YYYY-MM-DD", { path: ["asOf"] });
 * error.code; // "invalid_date"
 * ```
 * @since 0.1.0
 */
export class ProgressError extends DuchaError {
  /**
   * @param code - stable snake_case code
   * @param message - what is wrong and where
   * @param options - path and cause
   */
  constructor(code: string, message: string, options: DuchaErrorOptions = {}) {
    super(code, message, options);
  }
}
