import { D, type Dec, type NumericInput } from "../internal/decimal.js";
import { readColumn, requirePresent } from "../stats/column.js";
import { DEFAULT_PATH, fail, initialFlags, readDirection, readOption } from "./shared.js";
import { readTargets, type TargetInput, targetAt } from "./targets.js";
import type { DirectionalOptions, NormalizeResult } from "./types.js";

/**
 * How a lower-is-better completion ratio is computed:
 * - `"inverse"` — `t / x` (x = 0 is perfect and gets the cap);
 * - `"reflected"` — `(2t − x) / t`, floored at 0.
 *
 * @since 0.1.0
 */
export type CompletionCostVariant = "inverse" | "reflected";

/**
 * Options for {@link normalizeCompletionRatio}.
 *
 * @since 0.1.0
 */
export interface CompletionRatioOptions extends DirectionalOptions {
  /** Target t (> 0): one for all units or one per unit. Required. */
  readonly target: TargetInput;
  /** Formula for `direction: "cost"`. Defaults to `"inverse"` (`t / x`). */
  readonly costVariant?: CompletionCostVariant;
  /** Cap on the ratio (超额完成 limit, e.g. 1.2), or `null` for no cap. Defaults to `1`. */
  readonly cap?: NumericInput | null;
  /** Score for a ratio of 1 (the ratio is multiplied by it). Defaults to `1` (the output is the ratio). */
  readonly fullScore?: NumericInput;
}

/**
 * Completion ratio (完成率) scored against a target t, capped:
 *
 * - benefit: `r = x / t`
 * - cost, `"inverse"`: `r = t / x` (x = 0 → r = cap, flagged `"capped"`; with no cap it is an error)
 * - cost, `"reflected"`: `r = (2t − x) / t`
 *
 * then `score = fullScore · min(r, cap)`, with `r < 0` floored at 0 (flagged `"floored"`) and
 * `r > cap` flagged `"capped"`. The usual convention in Chinese target assessment (目标绩效考核):
 * "score = weight × min(完成率, 1)" or with a 1.2 cap for over-fulfilment.
 *
 * @returns scores in `[0, fullScore · cap]`; params `cap`, `fullScore` and `target` (scalar targets only)
 * @throws {@link ScoringError} `all_missing`, `invalid_target` (t ≤ 0), `missing_target`,
 *   `negative_value` (inverse cost with x < 0), `division_by_zero` (inverse, x = 0, no cap), `invalid_cap`
 * @example
 * ```ts
 * import { normalizeCompletionRatio } from "@ducha/scoring";
 *
 * // target 200: 150 → 0.75, 240 → 1.2 capped to 1
 * normalizeCompletionRatio([150, 240], { target: 200 }).values.map(String); // ["0.75", "1"]
 * // lower is better (e.g. energy use per unit of GDP), target 0.5, reflected: (1 − 0.6)/0.5 = 0.8
 * normalizeCompletionRatio([0.6], { target: 0.5, direction: "cost", costVariant: "reflected" }).values.map(String); // ["0.8"]
 * ```
 * @since 0.1.0
 */
export function normalizeCompletionRatio(
  values: readonly (NumericInput | null)[],
  options: CompletionRatioOptions,
): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const direction = readDirection(options.direction, path);
  const variant = options.costVariant ?? "inverse";
  if (variant !== "inverse" && variant !== "reflected") {
    fail("invalid_option", `expected costVariant "inverse" or "reflected", got ${JSON.stringify(variant)}`, [
      ...path,
      "costVariant",
    ]);
  }
  const cap = options.cap === null ? null : readOption(options.cap, 1, path, "cap");
  if (cap !== null && !cap.greaterThan(0)) fail("invalid_cap", `expected cap > 0, got ${cap}`, [...path, "cap"]);
  const fullScore = readOption(options.fullScore, 1, path, "fullScore");
  if (!fullScore.greaterThan(0)) {
    fail("invalid_full_score", `expected fullScore > 0, got ${fullScore}`, [...path, "fullScore"]);
  }
  const column = readColumn(values, path);
  requirePresent(column, path);
  const { targets, scalar } = readTargets(options.target, values.length, path);
  const flags = initialFlags(values);
  const out = column.values.map((x, i): Dec | null => {
    if (x === null) return null;
    const t = targetAt(targets, i, path);
    if (!t.greaterThan(0)) {
      fail("invalid_target", `expected a target > 0, got ${t}`, scalar ? [...path, "target"] : [...path, "target", i]);
    }
    let r: Dec;
    if (direction === "benefit") {
      r = x.div(t);
    } else if (variant === "reflected") {
      r = t.times(2).minus(x).div(t);
    } else {
      if (x.lessThan(0)) {
        fail("negative_value", `expected a value ≥ 0 for the inverse ratio t / x, got ${x}`, [...path, i]);
      }
      if (x.isZero()) {
        if (cap === null) {
          fail("division_by_zero", "value 0 gives an unbounded ratio t / 0; set a cap", [...path, i]);
        }
        r = cap;
        flags[i]?.push("capped");
        return fullScore.times(r);
      }
      r = t.div(x);
    }
    if (r.lessThan(0)) {
      r = new D(0);
      flags[i]?.push("floored");
    }
    if (cap !== null && r.greaterThan(cap)) {
      r = cap;
      flags[i]?.push("capped");
    }
    return fullScore.times(r);
  });
  const params: Record<string, Dec> = { fullScore };
  if (cap !== null) params.cap = cap;
  if (scalar !== undefined) params.target = scalar;
  return { method: "completion-ratio", values: out, flags, params };
}
