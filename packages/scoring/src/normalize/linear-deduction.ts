import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection, readOption } from "./shared.js";
import { readTargets, type TargetInput, targetAt } from "./targets.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * How a partial step of shortfall counts: `"exact"` proportionally (0.4 of a step deducts 0.4 ×
 * rate), `"started"` every started step counts in full (ceil), `"completed"` only full steps (floor).
 *
 * @since 0.1.0
 */
export type StepCounting = "exact" | "started" | "completed";

/**
 * Options for {@link normalizeLinearDeduction}.
 *
 * @since 0.1.0
 */
export interface LinearDeductionOptions extends DirectionalOptions {
  /** Target (目标值): one for all units or one per unit. Required. */
  readonly target: TargetInput;
  /** Points deducted per step of shortfall (> 0), e.g. 0.5. Required. */
  readonly rate: NumericInput;
  /** Score when the target is met (满分). Defaults to `100`. */
  readonly fullScore?: NumericInput;
  /** Size of one step of shortfall (> 0), e.g. 1 percentage point. Defaults to `1`. */
  readonly step?: NumericInput;
  /** How partial steps count. Defaults to `"exact"`. */
  readonly stepCounting?: StepCounting;
}

/**
 * Linear deduction (扣分法): "完成目标得满分，每低1个百分点扣0.5分，扣完为止" —
 * `score = max(0, full − rate · steps)`, `steps = shortfall / step` (see `stepCounting`),
 * shortfall = `max(0, t − x)` for benefit and `max(0, x − t)` for cost. A score that would be
 * negative is floored at 0 and flagged `"floored"`. Meeting or beating the target gives full score.
 *
 * @returns scores in [0, fullScore]; params `rate`, `step`, `fullScore`, `target` (scalar targets only)
 * @throws {@link ScoringError} `all_missing`, `missing_target`, `invalid_rate`, `invalid_step`, `invalid_full_score`
 * @example
 * ```ts
 * import { normalizeLinearDeduction } from "@ducha/scoring";
 *
 * // 10 points, target 95 %, 0.5 points per percentage point short: 92.4 → 10 − 0.5 × 2.6 = 8.7
 * normalizeLinearDeduction([96, 92.4, 60], { target: 95, rate: 0.5, fullScore: 10 }).values.map(String);
 * // ["10", "8.7", "0"]
 * ```
 * @since 0.1.0
 */
export function normalizeLinearDeduction(
  values: readonly (NumericInput | null)[],
  options: LinearDeductionOptions,
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  if (options.rate === undefined) fail("missing_option", "expected a deduction rate", [...path, "rate"]);
  const rate = readOption(options.rate, 0, path, "rate");
  if (!rate.greaterThan(0)) fail("invalid_rate", `expected rate > 0, got ${rate}`, [...path, "rate"]);
  const step = readOption(options.step, 1, path, "step");
  if (!step.greaterThan(0)) fail("invalid_step", `expected step > 0, got ${step}`, [...path, "step"]);
  const full = readOption(options.fullScore, 100, path, "fullScore");
  if (!full.greaterThan(0)) fail("invalid_full_score", `expected fullScore > 0, got ${full}`, [...path, "fullScore"]);
  const counting = options.stepCounting ?? "exact";
  if (counting !== "exact" && counting !== "started" && counting !== "completed") {
    fail("invalid_option", `expected stepCounting "exact", "started" or "completed"`, [...path, "stepCounting"]);
  }
  const column = readColumn(values, path);
  requirePresent(column, path);
  const { targets, scalar } = readTargets(options.target, values.length, path);
  const flags = initialFlags(values);
  const out = column.values.map((x, i): Dec | null => {
    if (x === null) return null;
    const t = targetAt(targets, i, path);
    const gap = direction === "benefit" ? t.minus(x) : x.minus(t);
    if (!gap.greaterThan(0)) return full;
    const raw = gap.div(step);
    const steps = counting === "exact" ? raw : counting === "started" ? raw.ceil() : raw.floor();
    const score = full.minus(rate.times(steps));
    if (score.lessThan(0)) {
      flags[i]?.push("floored");
      return new D(0);
    }
    return score;
  });
  const params: Record<string, Dec> = { rate, step, fullScore: full };
  if (scalar !== undefined) params.target = scalar;
  return { method: "linear-deduction", values: out, flags, params };
}
