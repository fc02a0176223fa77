import { ScoringError } from "../errors.js";
import type { Dec } from "../internal/decimal.js";

/** Test helper: the code of the ScoringError thrown by fn, or undefined. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringError) return error.code;
    throw error;
  }
  return undefined;
}

/** Test helper: the path of the ScoringError thrown by fn. */
export function pathOf(fn: () => unknown): readonly (string | number)[] | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringError) return error.path;
    throw error;
  }
  return undefined;
}

/** Test helper: values as strings (`null` stays null). */
export function strs(values: readonly (Dec | null)[]): (string | null)[] {
  return values.map((v) => (v === null ? null : v.toString()));
}

/** Test helper: values rounded to 8 places as numbers, for comparison with published float output. */
export function round8(values: readonly (Dec | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : Number(v.toFixed(8))));
}
