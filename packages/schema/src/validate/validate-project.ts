import type { z } from "zod";
import { ObservationSchema } from "../observation/observation.js";
import { type Project, ProjectSchema, SCHEMA_VERSION } from "../project/project.js";
import type { ValidationIssue } from "./issue.js";
import { checkHostile, DEFAULT_LIMITS, type ValidationLimits } from "./limits.js";
import { messageFor } from "./messages.js";
import { isValidObservationFast } from "./observation-fast-path.js";
import { checkSemantics } from "./semantic.js";
import { fromZodIssues } from "./zod-issues.js";

/**
 * Options of {@link validateProject}.
 *
 * @since 0.1.0
 */
export interface ValidateOptions {
  /** Limits on depth and sizes. Defaults to {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<ValidationLimits>;
}

/**
 * Outcome of a validation: `ok` with the typed value and any warnings, or not `ok` with every
 * issue found (errors and warnings), never only the first.
 *
 * @since 0.1.0
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Marks array elements containing an issue (`/a/0`) and the exact issue paths (`=/a/0/b`). */
function badPaths(issues: readonly ValidationIssue[]): Set<string> {
  const bad = new Set<string>();
  for (const issue of issues) {
    let key = "";
    for (const seg of issue.path) {
      key += `/${seg}`;
      if (typeof seg === "number") bad.add(key);
    }
    bad.add(`=${key}`);
  }
  return bad;
}

function sizeIssues(input: Record<string, unknown>, limits: ValidationLimits): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (value: unknown, path: (string | number)[], what: string, limit: number) => {
    if (Array.isArray(value) && value.length > limit) {
      const params = { what, count: value.length, limit };
      issues.push({ code: "too_many", path, severity: "error", message: messageFor("too_many", params), params });
    }
  };
  const system = input.system as Record<string, unknown> | undefined;
  if (system !== null && typeof system === "object") {
    check(system.nodes, ["system", "nodes"], "nodes", limits.maxIndicators);
    check(system.indicators, ["system", "indicators"], "indicators", limits.maxIndicators);
  }
  check(input.units, ["units"], "units", limits.maxUnits);
  for (const key of ["observations", "targets", "ratings", "adjustmentRecords", "vetoEvents", "responsibilities"]) {
    check(input[key], [key], key, limits.maxObservations);
  }
  return issues;
}

/**
 * Validates a project (a parsed JSON value) and reports every problem: structure and types (via
 * the zod schemas), hostile input (prototype keys, depth, sizes), references (unknown indicator,
 * unit, category, parent …, with "did you mean" suggestions), cycles, duplicate ids, weights ≤ 0,
 * points that do not add up, inverted ranges and goalposts, quotas above 100 %, observation values
 * that do not fit their indicator, observations for indicators a unit's category does not assess.
 * Each issue has a stable `code`, a JSON `path` and `zh`/`en` messages.
 *
 * Projects with an older `schemaVersion` must be migrated first ({@link migrateProject}, or
 * {@link loadProject} which does both).
 *
 * @param input - the parsed project JSON
 * @param options - limits
 * @returns `{ ok: true, value, issues }` (issues are warnings) or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { formatIssues, validateProject } from "@ducha/schema";
 *
 * const result = validateProject(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.issues));
 * ```
 * @since 0.1.0
 */
export function validateProject(input: unknown, options: ValidateOptions = {}): ValidationResult<Project> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const hostile = checkHostile(input, limits.maxDepth);
  if (hostile.length > 0) return { ok: false, issues: hostile };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const issues = fromZodIssues(ProjectSchema.safeParse(input).error?.issues ?? [], input);
    return { ok: false, issues };
  }
  const record = input as Record<string, unknown>;
  if (record.schemaVersion !== undefined && record.schemaVersion !== SCHEMA_VERSION) {
    const params = { received: String(record.schemaVersion), supported: SCHEMA_VERSION };
    return {
      ok: false,
      issues: [
        {
          code: "unsupported_schema_version",
          path: ["schemaVersion"],
          severity: "error",
          message: messageFor("unsupported_schema_version", params),
          params,
        },
      ],
    };
  }
  const sizes = sizeIssues(record, limits);
  if (sizes.length > 0) return { ok: false, issues: sizes };

  // Observations can number millions: a fast predicate accepts the valid ones and zod explains
  // the rest (same rules; a test checks the predicate never accepts what zod rejects).
  const observations = record.observations;
  const parsed = ProjectSchema.safeParse(Array.isArray(observations) ? { ...record, observations: undefined } : input);
  const structural = parsed.success ? [] : fromZodIssues(parsed.error.issues, input);
  if (Array.isArray(observations)) {
    for (let i = 0; i < observations.length; i++) {
      const o: unknown = observations[i];
      if (isValidObservationFast(o)) continue;
      const r = ObservationSchema.safeParse(o);
      if (!r.success) structural.push(...fromZodIssues(r.error.issues, o, ["observations", i]));
    }
  }
  const base = (parsed.success ? parsed.data : input) as Project;
  const value: Project = Array.isArray(observations)
    ? { ...base, observations: observations as Project["observations"] }
    : base;
  let semantic: ValidationIssue[] = [];
  try {
    semantic = checkSemantics(value, badPaths(structural));
  } catch (error) {
    // A structurally broken skeleton (e.g. `units` not an array) was already reported by zod.
    if (structural.length === 0 || !(error instanceof TypeError)) throw error;
  }
  const issues = [...structural, ...semantic];
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, value, issues };
}

/**
 * Validates any value against any Ducha zod schema (an indicator system, a unit list, one
 * observation …) and returns the issues in Ducha's format. Semantic cross-checks need the whole
 * project; use {@link validateProject} for those.
 *
 * @param schema - e.g. `IndicatorSystemSchema`
 * @param input - the value
 * @param path - where the value sits, prefixed to every issue path. Defaults to `[]`.
 * @example
 * ```ts
 * import { ObservationSchema, validateWith } from "@ducha/schema";
 *
 * const r = validateWith(ObservationSchema, { unit: "u1", indicator: "gdp", period: "2024Q5", value: "1" });
 * // r.ok === false; r.issues[0].code === "invalid_period"
 * ```
 * @since 0.1.0
 */
export function validateWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  path: readonly (string | number)[] = [],
): ValidationResult<z.infer<T>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return { ok: false, issues: fromZodIssues(parsed.error.issues, input, path) };
}
