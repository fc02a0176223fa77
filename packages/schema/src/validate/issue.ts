/**
 * Stable codes of validation issues. Structural codes come from zod (`invalid_type`,
 * `too_small`, `too_big`, `invalid_value`, `invalid_format`, `unrecognized_keys`, `invalid_union`,
 * `invalid_key`, `invalid_element`, `not_multiple_of`) or from Ducha's own field checks
 * (`invalid_id`, `reserved_id`, `invalid_decimal`, `invalid_period`, `invalid_date`,
 * `missing_text`); the rest are semantic checks over the whole project.
 *
 * @since 0.1.0
 */
export type ValidationIssueCode =
  // structural (zod)
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "invalid_value"
  | "invalid_format"
  | "unrecognized_keys"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "not_multiple_of"
  | "invalid_id"
  | "reserved_id"
  | "invalid_decimal"
  | "invalid_period"
  | "invalid_date"
  | "missing_text"
  | "invalid_input"
  // hostile input and limits
  | "forbidden_key"
  | "too_deep"
  | "too_many"
  | "unsupported_schema_version"
  // references and trees
  | "duplicate_id"
  | "unknown_parent"
  | "unknown_node"
  | "unknown_indicator"
  | "unknown_unit"
  | "unknown_category"
  | "unknown_person"
  | "unknown_series"
  | "unknown_rater_group"
  | "unknown_adjustment"
  | "unknown_veto"
  | "unknown_grade"
  | "cycle"
  | "empty_node"
  | "system_mismatch"
  // weights and points
  | "weight_not_positive"
  | "weight_and_points"
  | "points_missing"
  | "points_sum_mismatch"
  // targets, rules, plan
  | "range_inverted"
  | "goalposts_inverted"
  | "scoring_rule_mismatch"
  | "target_missing"
  | "quota_out_of_range"
  | "grade_bands_order"
  | "rater_weight_not_positive"
  | "trim_exceeds_ratings"
  // observations
  | "duplicate_observation"
  | "value_type_mismatch"
  | "missing_status_mismatch"
  | "indicator_not_assessed"
  | "unit_not_assessed";

/**
 * One problem found in a project: a stable `code`, the JSON `path` to the offending value, a
 * severity (`error` makes the project invalid; `warning` does not) and the message in Chinese and
 * English. `params` carries the facts the message was built from (ids, expected and actual values).
 *
 * @since 0.1.0
 */
export interface ValidationIssue {
  /** Stable snake_case code. */
  readonly code: ValidationIssueCode;
  /** JSON path from the project root, e.g. `["observations", 17, "indicator"]`. */
  readonly path: readonly (string | number)[];
  /** `error` makes the project invalid; `warning` is advice. */
  readonly severity: "error" | "warning";
  /** The message in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
  /** Facts behind the message (ids, expected, received …). */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Formats issues as readable text, one per line: `path: message` in the chosen language.
 *
 * @param issues - issues from a validator
 * @param lang - `"en"` (default) or `"zh"`
 * @example
 * ```ts
 * import { formatIssues, validateProject } from "@ducha/schema";
 *
 * const result = validateProject({});
 * if (!result.ok) console.log(formatIssues(result.issues, "zh"));
 * ```
 * @since 0.1.0
 */
export function formatIssues(issues: readonly ValidationIssue[], lang: "zh" | "en" = "en"): string {
  return issues
    .map((i) => `${i.severity === "warning" ? "warning " : ""}${formatPath(i.path)}: ${i.message[lang]} [${i.code}]`)
    .join("\n");
}

/**
 * Writes a JSON path the way JavaScript would address it: `observations[17].indicator`.
 *
 * @example
 * ```ts
 * formatPath(["system", "indicators", 3, "weight"]); // "system.indicators[3].weight"
 * ```
 * @since 0.1.0
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
