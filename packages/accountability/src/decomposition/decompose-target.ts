import { accountabilityError } from "../errors.js";
import { compareCodeUnits } from "../internal/compare.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { largestRemainder } from "../internal/largest-remainder.js";
import type { DecompositionRule, TargetDirection } from "./decomposition-rule.js";

/**
 * One child unit (下级单位) in {@link decomposeTarget}. Which fields are needed depends on the rule:
 * `share` for `basis: "share"`, `base` for `basis: "base"`, `weight` (and optionally a fixed
 * `target`) for `weighted`; `target` may also set a stricter own target under `each-at-least`.
 *
 * @example
 * ```ts
 * import type { DecompositionChildInput } from "@ducha/accountability";
 *
 * const child: DecompositionChildInput = { unit: "A区", base: "123.4" };
 * ```
 * @since 0.1.0
 */
export interface DecompositionChildInput {
  /** Child unit id. */
  readonly unit: string;
  /** Fraction of the parent (0…1); all shares must sum to exactly 1. */
  readonly share?: NumericInput;
  /** Base value (基期值, e.g. last year's actual), ≥ 0. */
  readonly base?: NumericInput;
  /** Weight in the parent's weighted mean (e.g. land area, population), ≥ 0. */
  readonly weight?: NumericInput;
  /** A target fixed in advance for this child (weighted, each-at-least). */
  readonly target?: NumericInput;
}

/**
 * Input of {@link decomposeTarget}.
 *
 * @example
 * ```ts
 * import type { DecomposeTargetInput } from "@ducha/accountability";
 *
 * const input: DecomposeTargetInput = {
 *   parent: "1000",
 *   rule: { kind: "sum", basis: "share" },
 *   children: [{ unit: "A", share: "0.6" }, { unit: "B", share: "0.4" }],
 *   decimals: 1,
 * };
 * ```
 * @since 0.1.0
 */
export interface DecomposeTargetInput {
  /** The parent unit's target (上级目标值). */
  readonly parent: NumericInput;
  /** The decomposition rule. */
  readonly rule: DecompositionRule;
  /** The child units (at least one, unit ids unique). */
  readonly children: readonly DecompositionChildInput[];
  /** Indicator direction. Defaults to `"higher_is_better"`. */
  readonly direction?: TargetDirection;
  /** Decimal places of the child targets (0–20). Defaults to 2. */
  readonly decimals?: number;
}

/**
 * One child's allocated target.
 *
 * @example
 * ```ts
 * import { decomposeTarget, type DecomposedChildTarget } from "@ducha/accountability";
 *
 * const [first]: readonly DecomposedChildTarget[] = decomposeTarget({
 *   parent: 10, rule: { kind: "sum", basis: "base" }, children: [{ unit: "A", base: 1 }],
 * }).children;
 * console.log(first?.target); // "10.00"
 * ```
 * @since 0.1.0
 */
export interface DecomposedChildTarget {
  /** Child unit id. */
  readonly unit: string;
  /** The target at `decimals` places, as a decimal string. */
  readonly target: string;
  /** The exact (unrounded) value before apportionment/rounding, as a decimal string. */
  readonly exact: string;
  /** How the value was obtained: allocated by the rule, fixed by the input, or equal to the parent. */
  readonly origin: "allocated" | "fixed" | "parent";
}

/**
 * Result of {@link decomposeTarget}.
 *
 * @example
 * ```ts
 * import { decomposeTarget, type DecompositionResult } from "@ducha/accountability";
 *
 * const result: DecompositionResult = decomposeTarget({
 *   parent: 1, decimals: 0, rule: { kind: "sum", basis: "base" }, children: [{ unit: "A", base: 1 }, { unit: "B", base: 1 }],
 * });
 * console.log(result.remainder); // { units: 1, recipients: ["A"] }
 * ```
 * @since 0.1.0
 */
export interface DecompositionResult {
  /** The rule applied. */
  readonly rule: DecompositionRule;
  /** The direction used. */
  readonly direction: TargetDirection;
  /** Decimal places used. */
  readonly decimals: number;
  /** The parent target as a decimal string. */
  readonly parent: string;
  /** Child targets, in input order. */
  readonly children: readonly DecomposedChildTarget[];
  /**
   * What the children add up to (`sum`/`min`) or their weighted mean (`weighted`), exactly, as a
   * decimal string; for `each-at-least`, the least demanding child target.
   */
  readonly achieved: string;
  /**
   * Largest-remainder bookkeeping (`sum`/`min` only): how many units of 10^-decimals were left after
   * rounding every quota down, and which children received one each.
   */
  readonly remainder?: { readonly units: number; readonly recipients: readonly string[] };
}

function fail(code: string, zh: string, en: string, path: readonly (string | number)[]): never {
  throw accountabilityError(code, { zh, en }, path);
}

function nonNegative(value: NumericInput | undefined, path: (string | number)[], name: string): Dec {
  if (value === undefined) fail(`missing_${name}`, `缺少 ${name}`, `${name} is required by this rule`, path);
  const d = toDecimal(value, path);
  if (d.isNegative())
    fail(`negative_${name}`, `${name} 不能为负数：${d}`, `${name} must not be negative, got ${d}`, path);
  return d;
}

/**
 * Decomposes (分解) a parent unit's target to child units by rule, with exact decimals (decimal.js,
 * 50 significant digits; never binary floating point):
 *
 * - `sum` / `min`, basis `"share"`: quota qᵢ = P · sᵢ with Σ sᵢ = 1 exactly;
 *   basis `"base"`: qᵢ = P · bᵢ / Σ b (proportional to base values, e.g. last year's actual).
 *   Quotas are rounded to `decimals` by the **largest-remainder (Hamilton) method**: each child gets
 *   ⌊qᵢ⌋ at `decimals` places, and the leftover units of 10^-decimals go one each to the children with
 *   the largest fractional remainders (ties: larger quota, then unit id in UTF-16 order). The targets
 *   therefore add up to P exactly. P must be ≥ 0 and have at most `decimals` places.
 * - `weighted` (weighted mean): children with a fixed `target` keep it; every other child gets the same
 *   value r = (P · Σw − Σ_fixed wᵢ·tᵢ) / Σ_free w, so that Σ wᵢ·tᵢ / Σ wᵢ = P. r is rounded to
 *   `decimals` **towards the more demanding side** (up for higher-is-better, down for lower-is-better),
 *   so the weighted mean never falls short; `achieved` shows the exact resulting mean.
 * - `each-at-least`: every child gets the parent target, or its own fixed `target` when that is at
 *   least as demanding (a less demanding fixed target throws `child_below_parent`).
 *
 * Throws {@link AccountabilityError} with a path for unusable input: `no_children`, `duplicate_child`,
 * `invalid_number`, `missing_share`/`missing_base`/`missing_weight`, `negative_*`, `shares_not_one`,
 * `base_sum_zero`, `weight_sum_zero`, `negative_parent`, `parent_precision`, `invalid_decimals`,
 * `child_below_parent`, `no_free_child`.
 *
 * @param input - parent target, rule, children, direction and decimals
 * @returns the child targets with the exact values and the remainder bookkeeping
 * @example
 * ```ts
 * import { decomposeTarget } from "@ducha/accountability";
 *
 * // 100 split by last year's values 1 : 1 : 1 → 33.34 + 33.33 + 33.33
 * const result = decomposeTarget({
 *   parent: "100",
 *   rule: { kind: "sum", basis: "base" },
 *   children: [{ unit: "A", base: 50 }, { unit: "B", base: 50 }, { unit: "C", base: 50 }],
 * });
 * console.log(result.children.map((c) => c.target)); // ["33.34", "33.33", "33.33"]
 * ```
 * @since 0.1.0
 */
export function decomposeTarget(input: DecomposeTargetInput): DecompositionResult {
  const decimals = input.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    fail(
      "invalid_decimals",
      `小数位数应为 0–20 的整数，实际为 ${decimals}`,
      `decimals must be an integer 0–20, got ${decimals}`,
      ["decimals"],
    );
  }
  const direction = input.direction ?? "higher_is_better";
  const parent = toDecimal(input.parent, ["parent"]);
  const children = input.children;
  if (children.length === 0) fail("no_children", "没有下级单位", "there are no child units", ["children"]);
  const seen = new Map<string, number>();
  children.forEach((c, i) => {
    const earlier = seen.get(c.unit);
    if (earlier !== undefined) {
      fail(
        "duplicate_child",
        `下级单位"${c.unit}"重复（第 ${earlier} 项和第 ${i} 项）`,
        `child unit "${c.unit}" appears twice (entries ${earlier} and ${i})`,
        ["children", i, "unit"],
      );
    }
    seen.set(c.unit, i);
  });
  const rule = input.rule;
  const moreDemanding = (a: Dec, b: Dec) => (direction === "higher_is_better" ? a.gt(b) : a.lt(b));
  const base = { rule, direction, decimals, parent: parent.toString() };

  if (rule.kind === "sum" || rule.kind === "min") {
    if (parent.isNegative()) {
      fail(
        "negative_parent",
        `上级目标值不能为负数：${parent}`,
        `the parent target must not be negative, got ${parent}`,
        ["parent"],
      );
    }
    if (!parent.times(new D(10).pow(decimals)).isInteger()) {
      fail(
        "parent_precision",
        `上级目标值 ${parent} 的小数位多于 ${decimals} 位，无法精确分解`,
        `the parent target ${parent} has more than ${decimals} decimals and cannot be split exactly`,
        ["parent"],
      );
    }
    const field = rule.basis === "share" ? "share" : "base";
    const weights = children.map((c, i) => nonNegative(c[field], ["children", i, field], field));
    const total = weights.reduce((s, w) => s.plus(w), new D(0));
    if (rule.basis === "share" && !total.eq(1)) {
      fail("shares_not_one", `分解比例之和为 ${total}，应恰好为 1`, `shares sum to ${total}, expected exactly 1`, [
        "children",
      ]);
    }
    if (total.isZero()) {
      fail("base_sum_zero", "基数之和为 0，无法按比例分解", "the base values sum to 0; nothing to split by", [
        "children",
      ]);
    }
    const lr = largestRemainder(
      parent,
      children.map((c, i) => ({ key: c.unit, weight: weights[i] as Dec })),
      decimals,
    );
    const targets = lr.allocations;
    return {
      ...base,
      children: children.map((c, i) => ({
        unit: c.unit,
        target: (targets[i] as Dec).toFixed(decimals),
        exact: (lr.quotas[i] as Dec).toString(),
        origin: "allocated" as const,
      })),
      achieved: targets.reduce((s, t) => s.plus(t), new D(0)).toString(),
      remainder: { units: lr.remainderUnits, recipients: [...lr.recipients].sort(compareCodeUnits) },
    };
  }

  if (rule.kind === "weighted") {
    const weights = children.map((c, i) => nonNegative(c.weight, ["children", i, "weight"], "weight"));
    const weightSum = weights.reduce((s, w) => s.plus(w), new D(0));
    if (weightSum.isZero()) {
      fail("weight_sum_zero", "权数之和为 0", "the weights sum to 0", ["children"]);
    }
    const fixed = children.map((c, i) =>
      c.target === undefined ? undefined : toDecimal(c.target, ["children", i, "target"]),
    );
    let fixedProduct = new D(0);
    let freeWeight = new D(0);
    fixed.forEach((t, i) => {
      const w = weights[i] as Dec;
      if (t === undefined) freeWeight = freeWeight.plus(w);
      else fixedProduct = fixedProduct.plus(w.times(t));
    });
    let exactFree: Dec | undefined;
    let roundedFree: Dec | undefined;
    if (fixed.some((t) => t === undefined)) {
      if (freeWeight.isZero()) {
        fail(
          "no_free_child",
          "未固定目标的下级单位权数之和为 0，无法求解",
          "the children without a fixed target have zero total weight; nothing can be solved for",
          ["children"],
        );
      }
      // r = (P·Σw − Σ_fixed wᵢ·tᵢ) / Σ_free w  — so that the weighted mean equals P.
      exactFree = parent.times(weightSum).minus(fixedProduct).div(freeWeight);
      roundedFree = exactFree.toDecimalPlaces(
        decimals,
        direction === "higher_is_better" ? D.ROUND_CEIL : D.ROUND_FLOOR,
      );
    }
    const targets = fixed.map((t) => t ?? (roundedFree as Dec));
    const mean = targets.reduce((s, t, i) => s.plus(t.times(weights[i] as Dec)), new D(0)).div(weightSum);
    return {
      ...base,
      children: children.map((c, i) => {
        const t = fixed[i];
        return t === undefined
          ? {
              unit: c.unit,
              target: (roundedFree as Dec).toFixed(decimals),
              exact: (exactFree as Dec).toString(),
              origin: "allocated" as const,
            }
          : { unit: c.unit, target: t.toString(), exact: t.toString(), origin: "fixed" as const };
      }),
      achieved: mean.toString(),
    };
  }

  // each-at-least
  const targets = children.map((c, i) => {
    if (c.target === undefined) return { value: parent, origin: "parent" as const };
    const t = toDecimal(c.target, ["children", i, "target"]);
    if (moreDemanding(parent, t)) {
      fail(
        "child_below_parent",
        `下级单位"${c.unit}"的目标 ${t} 低于上级目标 ${parent} 的要求`,
        `child "${c.unit}" target ${t} is less demanding than the parent target ${parent}`,
        ["children", i, "target"],
      );
    }
    return { value: t, origin: "fixed" as const };
  });
  const weakest = targets.reduce((w, t) => (moreDemanding(w, t.value) ? t.value : w), targets[0]?.value ?? parent);
  return {
    ...base,
    children: children.map((c, i) => {
      const t = targets[i] as { value: Dec; origin: "parent" | "fixed" };
      return { unit: c.unit, target: t.value.toString(), exact: t.value.toString(), origin: t.origin };
    }),
    achieved: weakest.toString(),
  };
}
