import type { Dec, NumericInput } from "../internal/decimal.js";
import { DEFAULT_PATH, fail, initialFlags, readOption } from "./shared.js";
import type { BaseNormalizeOptions, NormalizeResult } from "./types.js";

/**
 * Options for {@link normalizeBoolean}.
 *
 * @since 0.1.0
 */
export interface BooleanOptions extends BaseNormalizeOptions {
  /** Score for `true` (是/达标). Defaults to `100`. */
  readonly trueScore?: NumericInput;
  /** Score for `false` (否/未达标). Defaults to `0`. */
  readonly falseScore?: NumericInput;
}

/**
 * Yes/no indicators (是否类指标): `true → trueScore`, `false → falseScore`.
 *
 * @param values - booleans, `null` for missing
 * @returns scores; params `trueScore`, `falseScore`
 * @throws {@link ScoringError} `all_missing`, `invalid_boolean` (a non-boolean entry)
 * @example
 * ```ts
 * import { normalizeBoolean } from "@ducha/scoring";
 *
 * normalizeBoolean([true, false, null], { trueScore: 5 }).values.map(String); // ["5", "0", "null"]
 * ```
 * @since 0.1.0
 */
export function normalizeBoolean(values: readonly (boolean | null)[], options: BooleanOptions = {}): NormalizeResult {
  const path = options.path ?? DEFAULT_PATH;
  const trueScore = readOption(options.trueScore, 100, path, "trueScore");
  const falseScore = readOption(options.falseScore, 0, path, "falseScore");
  if (!Array.isArray(values)) fail("invalid_values", "expected an array of booleans or null", path);
  if (values.every((v) => v === null)) fail("all_missing", "every value is missing", path);
  const out = values.map((v, i): Dec | null => {
    if (v === null) return null;
    if (typeof v !== "boolean")
      fail("invalid_boolean", `expected true, false or null, got ${JSON.stringify(v)}`, [...path, i]);
    return v ? trueScore : falseScore;
  });
  return { method: "boolean", values: out, flags: initialFlags(values), params: { trueScore, falseScore } };
}
