import { DuchaError, type DuchaErrorOptions } from "@ducha/schema";

/**
 * Error thrown by progress monitoring and accountability-rule evaluation (进度监测/责任追究) for
 * invalid input. Codes: `invalid_date`, `invalid_period`, `invalid_observation` (a value that is not
 * a number), `duplicate_observation` (two values for one unit, indicator and period),
 * `invalid_thresholds`, `invalid_target`, `invalid_curve`, `invalid_milestone`, `invalid_item`,
 * `duplicate_item`, `duplicate_result`, `duplicate_snapshot`, `missing_as_of`.
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
