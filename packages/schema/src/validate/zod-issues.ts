import type { z } from "zod";
import type { ValidationIssue, ValidationIssueCode } from "./issue.js";
import { messageFor } from "./messages.js";

type ZodIssue = z.core.$ZodIssue;

const CUSTOM_CODES = new Set<ValidationIssueCode>([
  "invalid_id",
  "reserved_id",
  "invalid_decimal",
  "invalid_period",
  "invalid_date",
  "missing_text",
]);

function received(input: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = input;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return "undefined";
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "object") return "object";
  const s = String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function typeOf(input: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = input;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return "undefined";
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isFinite(v)) return "non-finite number";
  return typeof v;
}

/** The branch of a union whose issues say the most: a Ducha-coded issue, else the deepest path. */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestScore = -1;
  for (const branch of branches) {
    let score = 0;
    for (const issue of branch) {
      const coded = issue.code === "custom" && CUSTOM_CODES.has((issue.params?.code ?? "") as ValidationIssueCode);
      score = Math.max(score, (coded ? 100 : issue.code === "invalid_type" ? 0 : 10) + issue.path.length);
    }
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : undefined;
}

/**
 * Converts zod issues to Ducha issues with zh/en messages; `input` is the validated value (for the
 * received value in messages) and `prefix` the path of that value inside the project.
 *
 * @internal
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const push = (code: ValidationIssueCode, path: readonly PropertyKey[], params: Record<string, string | number>) => {
    out.push({
      code,
      path: [...prefix, ...(path.filter((p) => typeof p !== "symbol") as (string | number)[])],
      severity: "error",
      message: messageFor(code, params),
      params,
    });
  };
  const visit = (issue: ZodIssue, base: readonly PropertyKey[]) => {
    const path = [...base, ...issue.path];
    switch (issue.code) {
      case "invalid_type":
        push("invalid_type", path, { expected: issue.expected, received: typeOf(input, path) });
        return;
      case "too_small":
        push("too_small", path, { minimum: String(issue.minimum) });
        return;
      case "too_big":
        push("too_big", path, { maximum: String(issue.maximum) });
        return;
      case "invalid_value":
        push("invalid_value", path, { expected: issue.values.map((v) => JSON.stringify(v)).join(" | ") });
        return;
      case "invalid_format":
        push("invalid_format", path, { expected: issue.format });
        return;
      case "unrecognized_keys":
        push("unrecognized_keys", path, { keys: issue.keys.join(", ") });
        return;
      case "not_multiple_of":
        push("not_multiple_of", path, { divisor: String(issue.divisor) });
        return;
      case "invalid_key":
        push("invalid_key", path, {});
        return;
      case "invalid_element":
        push("invalid_element", path, {});
        return;
      case "invalid_union": {
        const discriminator = (issue as { discriminator?: string }).discriminator;
        if (discriminator !== undefined) {
          const options = ((issue as { options?: unknown[] }).options ?? []).map((o) => JSON.stringify(o)).join(" | ");
          push("invalid_value", path, { expected: options });
          return;
        }
        const branch = bestBranch(issue.errors);
        if (branch !== undefined) {
          for (const inner of branch) visit(inner, path);
          return;
        }
        const expected = [
          ...new Set(issue.errors.flatMap((b) => b.map((i) => (i.code === "invalid_type" ? i.expected : "object")))),
        ];
        push("invalid_type", path, { expected: expected.join(" | "), received: typeOf(input, path) });
        return;
      }
      case "custom": {
        const code = (issue.params?.code ?? "") as ValidationIssueCode;
        if (CUSTOM_CODES.has(code)) push(code, path, { received: received(input, path) });
        else push("invalid_input", path, { detail: issue.message });
        return;
      }
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}
