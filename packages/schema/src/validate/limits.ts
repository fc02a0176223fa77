import type { ValidationIssue } from "./issue.js";
import { messageFor } from "./messages.js";

/**
 * Limits that protect validators from hostile or accidental huge input.
 *
 * @since 0.1.0
 */
export interface ValidationLimits {
  /** Deepest JSON nesting accepted. Defaults to 32. */
  readonly maxDepth: number;
  /** Most nodes plus indicators in the system. Defaults to 20,000. */
  readonly maxIndicators: number;
  /** Most units. Defaults to 200,000. */
  readonly maxUnits: number;
  /** Most observations (and separately ratings, targets). Defaults to 20,000,000. */
  readonly maxObservations: number;
}

/**
 * The default {@link ValidationLimits}.
 *
 * @since 0.1.0
 */
export const DEFAULT_LIMITS: ValidationLimits = {
  maxDepth: 32,
  maxIndicators: 20_000,
  maxUnits: 200_000,
  maxObservations: 20_000_000,
};

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Walks a parsed JSON value and reports keys that could pollute prototypes (`__proto__`,
 * `constructor`, `prototype`) and nesting deeper than the limit. Recursion is bounded by
 * `maxDepth`, so hostile nesting cannot overflow the stack. Stops after 100 problems.
 *
 * @internal
 */
export function checkHostile(input: unknown, maxDepth: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const path: (string | number)[] = [];
  const visit = (value: object): void => {
    if (issues.length >= 100) return;
    if (path.length > maxDepth) {
      issues.push({
        code: "too_deep",
        path: [...path],
        severity: "error",
        message: messageFor("too_deep", { limit: maxDepth }),
        params: { limit: maxDepth },
      });
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v !== null && typeof v === "object") {
          path.push(i);
          visit(v);
          path.pop();
        }
      }
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({
          code: "forbidden_key",
          path: [...path, key],
          severity: "error",
          message: messageFor("forbidden_key", { key }),
          params: { key },
        });
        continue;
      }
      const v: unknown = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === "object") {
        path.push(key);
        visit(v);
        path.pop();
      }
    }
  };
  if (input !== null && typeof input === "object") visit(input);
  return issues;
}
