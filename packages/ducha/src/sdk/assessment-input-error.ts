import { DuchaError, type ValidationIssue } from "@ducha/schema";

/**
 * Thrown by {@link assess} when the project (with any extra observations merged in) is not valid
 * (考核输入无效). Carries *every* validation issue, not only the first; `message` summarises the
 * first few in English. Code: `invalid_project`.
 *
 * Issue paths point into the merged project: project observations that were kept come first, in
 * their original order, followed by the extra observations in the order given (see
 * {@link mergeObservations}).
 *
 * @example
 * ```ts
 * import { AssessmentInputError, assess, formatIssues } from "ducha";
 *
 * try {
 *   assess({ schemaVersion: 1 });
 * } catch (error) {
 *   if (error instanceof AssessmentInputError) console.error(formatIssues(error.issues, "zh"));
 * }
 * ```
 * @since 0.1.0
 */
export class AssessmentInputError extends DuchaError {
  /** Always `invalid_project`. */
  declare readonly code: "invalid_project";
  /** Every issue found (errors and warnings). */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - every validation issue (at least one error)
   */
  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((i) => i.severity === "error");
    const shown = errors
      .slice(0, 3)
      .map((i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message.en}`)
      .join("; ");
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : "";
    super("invalid_project", `the project is invalid: ${shown}${more}`, {
      ...(errors[0] === undefined ? {} : { path: errors[0].path }),
    });
    this.issues = issues;
  }
}
