import { D, type Dec, type NumericInput, toDecimal, tryDecimal } from "../internal/decimal.js";
import type { LocalizedMessage } from "../localized-message.js";
import type { DecompositionRule, TargetDirection } from "./decomposition-rule.js";

/**
 * A child unit's target as given to {@link checkDecomposition}. A missing `target` (`undefined`,
 * `null` or an empty string) is reported as `missing_child`. `weight` is required by `weighted`.
 *
 * @example
 * ```ts
 * import type { DecompositionChildTarget } from "@ducha/accountability";
 *
 * const child: DecompositionChildTarget = { unit: "A区", target: "45.5", weight: "120" };
 * ```
 * @since 0.1.0
 */
export interface DecompositionChildTarget {
  /** Child unit id. */
  readonly unit: string;
  /** The child's target. */
  readonly target?: NumericInput | null;
  /** Weight in the weighted mean (`weighted` rule only), ≥ 0. */
  readonly weight?: NumericInput;
}

/**
 * Options of {@link checkDecomposition}.
 *
 * @example
 * ```ts
 * import type { CheckDecompositionOptions } from "@ducha/accountability";
 *
 * const options: CheckDecompositionOptions = { expectedUnits: ["A区", "B县"], tolerance: "0.01" };
 * ```
 * @since 0.1.0
 */
export interface CheckDecompositionOptions {
  /** Units that must all have a target; any other unit is `unexpected_child`. Defaults to not checking. */
  readonly expectedUnits?: readonly string[];
  /**
   * Allowed absolute deviation before `gap`/`over_allocation`/`child_below_parent` is reported, e.g.
   * `"0.01"` to accept rounding to 2 decimals. Defaults to `0` (exact).
   */
  readonly tolerance?: NumericInput;
}

/**
 * What {@link checkDecomposition} can find:
 * - `invalid_parent` / `invalid_number` — the parent or a child target is not a finite number;
 * - `missing_child` — a child (or an expected unit) has no target;
 * - `duplicate_child` — a unit appears twice; `unexpected_child` — a unit not in `expectedUnits`;
 * - `missing_weight` / `weight_sum_zero` — `weighted` needs weights ≥ 0 with a positive sum;
 * - `gap` — under-allocation (分解不足): the children's total (sum, min) or weighted mean (weighted)
 *   is less demanding than the parent target;
 * - `over_allocation` — over-allocation (层层加码): more demanding than the parent (sum, weighted; `min`
 *   allows it);
 * - `child_below_parent` — under `each-at-least`, a child's target is less demanding than the
 *   parent's (below it for higher-is-better, above it for lower-is-better).
 *
 * @example
 * ```ts
 * import type { DecompositionProblemCode } from "@ducha/accountability";
 *
 * const code: DecompositionProblemCode = "over_allocation";
 * ```
 * @since 0.1.0
 */
export type DecompositionProblemCode =
  | "invalid_parent"
  | "invalid_number"
  | "missing_child"
  | "duplicate_child"
  | "unexpected_child"
  | "missing_weight"
  | "weight_sum_zero"
  | "gap"
  | "over_allocation"
  | "child_below_parent";

/**
 * One problem in a decomposition, with the path (`["parent"]`, `["children"]`,
 * `["children", i, "target"]` …) and, where relevant, the amounts as decimal strings.
 *
 * @example
 * ```ts
 * import { checkDecomposition, type DecompositionProblem } from "@ducha/accountability";
 *
 * const result = checkDecomposition(100, [{ unit: "A", target: 90 }], { kind: "sum", basis: "base" });
 * const problems: readonly DecompositionProblem[] = result.valid ? [] : result.problems;
 * console.log(problems[0]?.message.zh); // "下级目标合计 90 低于上级目标 100，缺口 10"
 * ```
 * @since 0.1.0
 */
export interface DecompositionProblem {
  /** What is wrong. */
  readonly code: DecompositionProblemCode;
  /** Where: `["parent"]`, `["children"]` (the aggregate) or `["children", i, field]`. */
  readonly path: readonly (string | number)[];
  /** The child unit concerned, if any. */
  readonly unit?: string;
  /** The value required (the parent target). */
  readonly expected?: string;
  /** The value found (total, weighted mean or the child's target). */
  readonly actual?: string;
  /** |actual − expected|. */
  readonly difference?: string;
  /** Human-readable description in Chinese and English. */
  readonly message: LocalizedMessage;
}

/**
 * Result of {@link checkDecomposition}. `achieved` is the children's total (`sum`, `min`), weighted
 * mean (`weighted`) or least demanding target (`each-at-least`), when it could be computed.
 *
 * @example
 * ```ts
 * import { checkDecomposition, type DecompositionCheck } from "@ducha/accountability";
 *
 * const check: DecompositionCheck = checkDecomposition("95", [{ unit: "A", target: "96" }], { kind: "each-at-least" });
 * console.log(check.valid); // true
 * ```
 * @since 0.1.0
 */
export type DecompositionCheck =
  | { readonly valid: true; readonly achieved: string }
  | { readonly valid: false; readonly problems: readonly DecompositionProblem[]; readonly achieved?: string };

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * Checks a decomposition of a parent target into child targets (目标分解校验) and returns **every**
 * problem: gap (under-allocation), over-allocation, a child below the parent for rates, missing or
 * unexpected children, invalid numbers — each with a path and Chinese/English messages. Exact decimal
 * comparison (decimal.js). When a child target is missing or invalid, the aggregate checks (`gap`,
 * `over_allocation`) are skipped, since the total is unknown; per-child checks still run.
 *
 * "Less demanding" means smaller for higher-is-better (正向) and larger for lower-is-better (逆向), so
 * for a lower-is-better cap (总量控制) children adding up to more than the parent's cap is a `gap`.
 *
 * @param parentTarget - the parent unit's target
 * @param childTargets - the child units' targets (and weights for `weighted`)
 * @param rule - the decomposition rule (`basis` is ignored here)
 * @param direction - indicator direction. Defaults to `"higher_is_better"`.
 * @param options - expected units and tolerance
 * @returns `{ valid: true, achieved }` or `{ valid: false, problems, achieved? }`
 * @example
 * ```ts
 * import { checkDecomposition } from "@ducha/accountability";
 *
 * const result = checkDecomposition("100", [{ unit: "A", target: "40" }, { unit: "B", target: "55" }], { kind: "sum", basis: "share" });
 * if (!result.valid) console.log(result.problems[0]?.code, result.problems[0]?.difference); // "gap" "5"
 * ```
 * @since 0.1.0
 */
export function checkDecomposition(
  parentTarget: NumericInput,
  childTargets: readonly DecompositionChildTarget[],
  rule: DecompositionRule,
  direction: TargetDirection = "higher_is_better",
  options: CheckDecompositionOptions = {},
): DecompositionCheck {
  const problems: DecompositionProblem[] = [];
  const higher = direction === "higher_is_better";
  const tolerance = options.tolerance === undefined ? new D(0) : toDecimal(options.tolerance, ["tolerance"]).abs();
  const parent = tryDecimal(parentTarget);
  if (parent === undefined) {
    problems.push({
      code: "invalid_parent",
      path: ["parent"],
      message: {
        zh: `上级目标值不是有效数值：${JSON.stringify(String(parentTarget))}`,
        en: `the parent target is not a finite number: ${JSON.stringify(String(parentTarget))}`,
      },
    });
  }

  const values: (Dec | undefined)[] = [];
  let complete = parent !== undefined;
  const seen = new Map<string, number>();
  const expected = options.expectedUnits === undefined ? undefined : new Set(options.expectedUnits);
  childTargets.forEach((child, i) => {
    const earlier = seen.get(child.unit);
    if (earlier !== undefined) {
      problems.push({
        code: "duplicate_child",
        path: ["children", i, "unit"],
        unit: child.unit,
        message: {
          zh: `下级单位"${child.unit}"重复（第 ${earlier} 项和第 ${i} 项）`,
          en: `child unit "${child.unit}" appears twice (entries ${earlier} and ${i})`,
        },
      });
      complete = false;
    } else seen.set(child.unit, i);
    if (expected !== undefined && !expected.has(child.unit)) {
      problems.push({
        code: "unexpected_child",
        path: ["children", i, "unit"],
        unit: child.unit,
        message: {
          zh: `"${child.unit}"不在应分解的下级单位名单中`,
          en: `"${child.unit}" is not one of the expected child units`,
        },
      });
    }
    if (isBlank(child.target)) {
      problems.push({
        code: "missing_child",
        path: ["children", i, "target"],
        unit: child.unit,
        message: { zh: `下级单位"${child.unit}"没有分解目标`, en: `child unit "${child.unit}" has no target` },
      });
      complete = false;
      values.push(undefined);
      return;
    }
    const value = tryDecimal(child.target);
    if (value === undefined) {
      problems.push({
        code: "invalid_number",
        path: ["children", i, "target"],
        unit: child.unit,
        message: {
          zh: `下级单位"${child.unit}"的目标不是有效数值：${JSON.stringify(String(child.target))}`,
          en: `child unit "${child.unit}" target is not a finite number: ${JSON.stringify(String(child.target))}`,
        },
      });
      complete = false;
    }
    values.push(value);
  });
  if (expected !== undefined) {
    for (const unit of [...expected].filter((u) => !seen.has(u))) {
      problems.push({
        code: "missing_child",
        path: ["children"],
        unit,
        message: { zh: `应分解的下级单位"${unit}"缺失`, en: `expected child unit "${unit}" is missing` },
      });
      complete = false;
    }
  }

  // signed slack: > 0 means more demanding than the parent, < 0 less demanding.
  const slack = (actual: Dec, p: Dec) => (higher ? actual.minus(p) : p.minus(actual));
  let achieved: Dec | undefined;

  if (rule.kind === "each-at-least") {
    childTargets.forEach((child, i) => {
      const v = values[i];
      if (v === undefined || parent === undefined) return;
      if (achieved === undefined || slack(v, achieved).isNegative()) achieved = v;
      const s = slack(v, parent);
      if (s.neg().gt(tolerance)) {
        problems.push({
          code: "child_below_parent",
          path: ["children", i, "target"],
          unit: child.unit,
          expected: parent.toString(),
          actual: v.toString(),
          difference: s.abs().toString(),
          message: higher
            ? {
                zh: `下级单位"${child.unit}"的目标 ${v} 低于上级目标 ${parent}（差 ${s.abs()}）`,
                en: `child "${child.unit}" target ${v} is below the parent target ${parent} (by ${s.abs()})`,
              }
            : {
                zh: `下级单位"${child.unit}"的目标 ${v} 高于上级控制目标 ${parent}（逆向指标，差 ${s.abs()}）`,
                en: `child "${child.unit}" target ${v} is above the parent target ${parent} for a lower-is-better indicator (by ${s.abs()})`,
              },
        });
      }
    });
  } else {
    if (rule.kind === "weighted") {
      const weights = childTargets.map((child, i) => {
        const w = child.weight === undefined ? undefined : tryDecimal(child.weight);
        if (w === undefined || w.isNegative()) {
          problems.push({
            code: "missing_weight",
            path: ["children", i, "weight"],
            unit: child.unit,
            message: {
              zh: `下级单位"${child.unit}"缺少有效权数（应为非负数）`,
              en: `child "${child.unit}" needs a weight ≥ 0 for the weighted rule`,
            },
          });
          complete = false;
        }
        return w;
      });
      if (complete) {
        const sum = weights.reduce((s: Dec, w) => s.plus(w as Dec), new D(0));
        if (sum.isZero()) {
          problems.push({
            code: "weight_sum_zero",
            path: ["children"],
            message: { zh: "权数之和为 0，无法计算加权平均", en: "the weights sum to 0; no weighted mean exists" },
          });
          complete = false;
        } else {
          // weighted mean Σ wᵢ·tᵢ / Σ wᵢ
          achieved = values.reduce((s: Dec, v, i) => s.plus((v as Dec).times(weights[i] as Dec)), new D(0)).div(sum);
        }
      }
    } else if (complete) {
      achieved = values.reduce((s: Dec, v) => s.plus(v as Dec), new D(0));
    }
    if (complete && achieved !== undefined && parent !== undefined) {
      const s = slack(achieved, parent);
      const what =
        rule.kind === "weighted"
          ? { zh: "下级目标加权平均", en: "the weighted mean of the child targets" }
          : { zh: "下级目标合计", en: "the child targets add up to" };
      const base = {
        path: ["children"],
        expected: parent.toString(),
        actual: achieved.toString(),
        difference: s.abs().toString(),
      };
      if (s.neg().gt(tolerance)) {
        problems.push({
          code: "gap",
          ...base,
          message: {
            zh: `${what.zh} ${achieved} ${higher ? "低于" : "高于"}上级目标 ${parent}，缺口 ${s.abs()}`,
            en: `${what.en} ${achieved}, ${higher ? "below" : "above"} the parent target ${parent}: a gap of ${s.abs()}`,
          },
        });
      } else if (rule.kind !== "min" && s.gt(tolerance)) {
        problems.push({
          code: "over_allocation",
          ...base,
          message: {
            zh: `${what.zh} ${achieved} ${higher ? "超过" : "低于"}上级目标 ${parent} ${s}（层层加码）`,
            en: `${what.en} ${achieved}, ${s} ${higher ? "more" : "less"} than the parent target ${parent} (over-allocation)`,
          },
        });
      }
    }
  }

  const achievedText = achieved?.toString();
  if (problems.length === 0 && achievedText !== undefined) return { valid: true, achieved: achievedText };
  if (problems.length === 0) {
    // Only reachable with no children at all under each-at-least.
    return {
      valid: false,
      problems: [
        {
          code: "missing_child",
          path: ["children"],
          message: { zh: "没有下级单位的分解目标", en: "there are no child targets" },
        },
      ],
    };
  }
  return { valid: false, problems, ...(achievedText === undefined ? {} : { achieved: achievedText }) };
}
