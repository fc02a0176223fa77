import type { Dec, NumericInput } from "../internal/decimal.js";
import { mapLabels, readScoreMap } from "./grade-map.js";
import { DEFAULT_PATH, fail, initialFlags, readOption } from "./shared.js";
import type { BaseNormalizeOptions, NormalizeResult } from "./types.js";

/**
 * The default task statuses and their share of the full score: `done` (按时完成) = 1,
 * `partly-done` (部分完成) = 0.5, `late` (逾期完成) = 0.5, `not-done` (未完成) = 0 — the statuses
 * `@ducha/schema` accepts by default (`DEFAULT_TASK_STATUSES`).
 *
 * @since 0.1.0
 */
export const DEFAULT_TASK_STATUS_FRACTIONS: Readonly<Record<"done" | "partly-done" | "late" | "not-done", number>> =
  Object.freeze({
    done: 1,
    "partly-done": 0.5,
    late: 0.5,
    "not-done": 0,
  });

/**
 * Options for {@link normalizeTaskStatus}.
 *
 * @since 0.1.0
 */
export interface TaskStatusOptions extends BaseNormalizeOptions {
  /** Score of a fully completed task. Defaults to `100`. */
  readonly fullScore?: NumericInput;
  /**
   * Share of the full score per status, each in [0, 1]; replaces the defaults entirely.
   * Defaults to {@link DEFAULT_TASK_STATUS_FRACTIONS} (`done` 1, `partly-done` 0.5, `late` 0.5, `not-done` 0).
   */
  readonly fractions?: Readonly<Record<string, NumericInput>>;
}

/**
 * Task / milestone indicators (工作任务类指标): `score = fullScore · fraction(status)`, by default
 * done = full, late = half, not done = 0. An unknown status is an error, never 0.
 *
 * @param values - statuses, `null` for missing
 * @returns scores; params `fullScore` and `fraction.<status>`
 * @throws {@link ScoringError} `all_missing`, `unknown_status`, `invalid_fraction`, `invalid_status_map`
 * @example
 * ```ts
 * import { normalizeTaskStatus } from "@ducha/scoring";
 *
 * normalizeTaskStatus(["done", "late", "not-done"], { fullScore: 5 }).values.map(String); // ["5", "2.5", "0"]
 * ```
 * @since 0.1.0
 */
export function normalizeTaskStatus(
  values: readonly (string | null)[],
  options: TaskStatusOptions = {},
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const full = readOption(options.fullScore, 100, path, "fullScore");
  const fractions = readScoreMap(
    options.fractions ?? DEFAULT_TASK_STATUS_FRACTIONS,
    [...path, "fractions"],
    "invalid_status_map",
  );
  for (const [status, f] of fractions) {
    if (f.lessThan(0) || f.greaterThan(1)) {
      fail("invalid_fraction", `expected a fraction in [0, 1] for status ${JSON.stringify(status)}, got ${f}`, [
        ...path,
        "fractions",
        status,
      ]);
    }
  }
  const scores = new Map<string, Dec>([...fractions].map(([k, f]) => [k, full.times(f)]));
  const params: Record<string, Dec> = { fullScore: full };
  for (const [k, f] of fractions) params[`fraction.${k}`] = f;
  return {
    method: "task-status",
    values: mapLabels(values, scores, path, "unknown_status", "status"),
    flags: initialFlags(values),
    params,
  };
}
