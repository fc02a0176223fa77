import type { NumericInput } from "../internal/decimal.js";
import { type BandsOptions, normalizeBands } from "./bands.js";
import { type BooleanOptions, normalizeBoolean } from "./boolean.js";
import { type CompletionRatioOptions, normalizeCompletionRatio } from "./completion-ratio.js";
import { type DistanceToTargetOptions, normalizeDistanceToTarget } from "./distance-to-target.js";
import { type EfficacyCoefficientOptions, normalizeEfficacyCoefficient } from "./efficacy-coefficient.js";
import { type GradeMapOptions, normalizeGradeMap } from "./grade-map.js";
import { type LinearDeductionOptions, normalizeLinearDeduction } from "./linear-deduction.js";
import { type MaxOptions, normalizeMax } from "./max.js";
import { type MinMaxOptions, normalizeMinMax } from "./min-max.js";
import { normalizeRank, type RankOptions } from "./rank.js";
import { fail } from "./shared.js";
import { normalizeSum, type SumOptions } from "./sum.js";
import { normalizeTargetRange, type TargetRangeOptions } from "./target-range.js";
import { normalizeTaskStatus, type TaskStatusOptions } from "./task-status.js";
import type { NormalizeMethod, NormalizeResult } from "./types.js";
import { normalizeVector, type VectorOptions } from "./vector.js";
import { normalizeZScore, type ZScoreOptions } from "./z-score.js";

/**
 * The options type of each normalisation method.
 *
 * @since 0.1.0
 */
export interface NormalizeOptionsByMethod {
  "min-max": MinMaxOptions;
  "efficacy-coefficient": EfficacyCoefficientOptions;
  "completion-ratio": CompletionRatioOptions;
  "distance-to-target": DistanceToTargetOptions;
  "target-range": TargetRangeOptions;
  "z-score": ZScoreOptions;
  rank: RankOptions;
  max: MaxOptions;
  sum: SumOptions;
  vector: VectorOptions;
  bands: BandsOptions;
  "linear-deduction": LinearDeductionOptions;
  "grade-map": GradeMapOptions;
  "task-status": TaskStatusOptions;
  boolean: BooleanOptions;
}

/**
 * The input value type of each method: numbers for quantitative methods, grade/status strings for
 * `grade-map`/`task-status`, booleans for `boolean`; `null` is missing everywhere.
 *
 * @since 0.1.0
 */
export type NormalizeInput<M extends NormalizeMethod> = M extends "grade-map" | "task-status"
  ? string | null
  : M extends "boolean"
    ? boolean | null
    : NumericInput | null;

/**
 * Methods whose options can be omitted because every option has a default.
 *
 * @since 0.1.0
 */
export type NormalizeMethodWithDefaults =
  | "min-max"
  | "efficacy-coefficient"
  | "z-score"
  | "rank"
  | "max"
  | "sum"
  | "vector"
  | "task-status"
  | "boolean";

/**
 * The trailing `options` argument of {@link normalize}: optional where every option has a default.
 *
 * @since 0.1.0
 */
export type NormalizeOptionsArgs<M extends NormalizeMethod> = M extends NormalizeMethodWithDefaults
  ? [options?: NormalizeOptionsByMethod[M]]
  : [options: NormalizeOptionsByMethod[M]];

/**
 * Normalises one indicator column with the named method (标准化/无量纲化). A dispatcher over the
 * `normalizeXxx` functions; see each for its formula, defaults and source. Every method keeps
 * `null` (missing) as `null` with the flag `"missing"`, throws `all_missing` for a column with no
 * value, and never returns NaN or Infinity.
 *
 * @param values - the column (one value per assessed unit), `null` for missing
 * @param method - the method name
 * @param args - the method's options (required for methods that need a target, bands or a map)
 * @returns values, per-index flags and the parameters used
 * @example
 * ```ts
 * import { normalize } from "@ducha/scoring";
 *
 * normalize([10, 20, 30], "min-max").values.map(String); // ["0", "50", "100"]
 * normalize([0.95, 0.9], "completion-ratio", { target: 0.9 }).values.map(String); // ["1", "1"]
 * normalize(["A", "B"], "grade-map", { scores: { A: 100, B: 80 } }).values.map(String); // ["100", "80"]
 * ```
 * @since 0.1.0
 */
export function normalize<M extends NormalizeMethod>(
  values: readonly NormalizeInput<M>[],
  method: M,
  ...args: NormalizeOptionsArgs<M>
): NormalizeResult {
  const o = args[0];
  // The casts are safe: NormalizeInput<M> and NormalizeOptionsArgs<M> tie values/options to `method`.
  const num = values as readonly (NumericInput | null)[];
  switch (method as NormalizeMethod) {
    case "min-max":
      return normalizeMinMax(num, o as MinMaxOptions | undefined);
    case "efficacy-coefficient":
      return normalizeEfficacyCoefficient(num, o as EfficacyCoefficientOptions | undefined);
    case "completion-ratio":
      return normalizeCompletionRatio(num, required<CompletionRatioOptions>(o, method));
    case "distance-to-target":
      return normalizeDistanceToTarget(num, required<DistanceToTargetOptions>(o, method));
    case "target-range":
      return normalizeTargetRange(num, required<TargetRangeOptions>(o, method));
    case "z-score":
      return normalizeZScore(num, o as ZScoreOptions | undefined);
    case "rank":
      return normalizeRank(num, o as RankOptions | undefined);
    case "max":
      return normalizeMax(num, o as MaxOptions | undefined);
    case "sum":
      return normalizeSum(num, o as SumOptions | undefined);
    case "vector":
      return normalizeVector(num, o as VectorOptions | undefined);
    case "bands":
      return normalizeBands(num, required<BandsOptions>(o, method));
    case "linear-deduction":
      return normalizeLinearDeduction(num, required<LinearDeductionOptions>(o, method));
    case "grade-map":
      return normalizeGradeMap(values as readonly (string | null)[], required<GradeMapOptions>(o, method));
    case "task-status":
      return normalizeTaskStatus(values as readonly (string | null)[], o as TaskStatusOptions | undefined);
    case "boolean":
      return normalizeBoolean(values as readonly (boolean | null)[], o as BooleanOptions | undefined);
    default:
      return fail("unknown_method", `unknown normalisation method ${JSON.stringify(method)}`, ["method"]);
  }
}

function required<T>(options: unknown, method: string): T {
  if (options === undefined || options === null) {
    fail("missing_option", `method ${JSON.stringify(method)} needs options`, ["options"]);
  }
  return options as T;
}
