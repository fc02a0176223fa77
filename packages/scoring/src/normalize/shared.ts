import { ScoringError } from "../errors.js";
import { type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";
import { fmt, type PathPrefix } from "../stats/column.js";
import type { Direction, NormalizeFlag } from "./types.js";

/** Default error path prefix for a normalised column. */
export const DEFAULT_PATH: PathPrefix = ["values"];

/** Validates a direction string. */
export function readDirection(direction: Direction | undefined, path: PathPrefix): Direction {
  const d = direction ?? "benefit";
  if (d !== "benefit" && d !== "cost") {
    throw new ScoringError(
      "invalid_direction",
      `expected direction "benefit" or "cost" at ${fmt(path)}, got ${JSON.stringify(d)}`,
      {
        path: [...path, "direction"],
      },
    );
  }
  return d;
}

/** Reads an option number, with the option's name in the error path. */
export function readOption(
  value: NumericInput | undefined,
  fallback: NumericInput,
  path: PathPrefix,
  name: string,
): Dec {
  return toDecimal(value ?? fallback, [...path, name]);
}

/** Per-index flag lists: `["missing"]` for nulls, `[]` otherwise. */
export function initialFlags(values: readonly unknown[]): NormalizeFlag[][] {
  return values.map((v) => (v === null ? ["missing"] : []));
}

/** Throws a ScoringError with the given code, message and path. */
export function fail(code: string, message: string, path: PathPrefix): never {
  throw new ScoringError(code, `${message} (at ${fmt(path)})`, { path });
}
