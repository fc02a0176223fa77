/**
 * A location inside a JSON document: object keys and array indices from the root,
 * e.g. `["system", "nodes", 3, "weight"]`.
 *
 * @since 0.1.0
 */
export type JsonPath = readonly (string | number)[];

/**
 * Options accepted by {@link DuchaError} and its subclasses.
 *
 * @since 0.1.0
 */
export interface DuchaErrorOptions {
  /** Where in the input the problem is. Defaults to no path. */
  readonly path?: JsonPath;
  /** The underlying error (ES2022 `cause`). Defaults to none. */
  readonly cause?: unknown;
}

/**
 * The base class of every error Ducha throws (督查错误).
 *
 * Each error has a stable, snake_case {@link DuchaError.code | code} that programs can switch on,
 * an optional JSON {@link DuchaError.path | path} saying where the problem is, and an optional
 * ES2022 `cause`. Packages subclass it (for example `ImportError` in `@ducha/io` adds file, row
 * and column). Expected outcomes (invalid input, insufficient data) are returned as result values,
 * not thrown; `DuchaError` is for the exceptional.
 *
 * @example
 * ```ts
 * import { DuchaError, isDuchaError } from "@ducha/schema";
 *
 * try {
 *   throw new DuchaError("unknown_indicator", "unknown indicator 'gdp'", { path: ["observations", 0] });
 * } catch (error) {
 *   if (isDuchaError(error)) console.log(error.code, error.path); // "unknown_indicator" ["observations", 0]
 * }
 * ```
 * @since 0.1.0
 */
export class DuchaError extends Error {
  /** Stable machine-readable error code in snake_case, e.g. `"unknown_indicator"`. */
  readonly code: string;
  /** Where in the input the problem is, if known. */
  readonly path: JsonPath | undefined;

  /**
   * @param code - stable snake_case code
   * @param message - human-readable message
   * @param options - path and cause
   */
  constructor(code: string, message: string, options: DuchaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.path = options.path;
  }
}

/**
 * Type guard for {@link DuchaError} (and subclasses), robust across bundle copies: it checks the
 * `instanceof` chain first and then the shape (`name`, string `code`).
 *
 * @param value - anything caught
 * @returns whether `value` is a Ducha error
 * @since 0.1.0
 */
export function isDuchaError(value: unknown): value is DuchaError {
  if (value instanceof DuchaError) return true;
  return (
    value instanceof Error &&
    typeof (value as { code?: unknown }).code === "string" &&
    /Error$/.test(value.name) &&
    "path" in value
  );
}
