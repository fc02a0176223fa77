import { isDuchaError } from "../errors/ducha-error.js";
import { messageFor } from "../validate/messages.js";
import { type ValidateOptions, type ValidationResult, validateProject } from "../validate/validate-project.js";
import { migrateProject } from "./migrate.js";
import type { Project } from "./project.js";

/**
 * Loads a project from JSON text or a parsed value in one call: parses JSON (syntax errors
 * become an `invalid_json` issue with the position), migrates older `schemaVersion`s, then
 * validates and reports every issue.
 *
 * @example
 * ```ts
 * import { loadProject } from "@ducha/schema";
 *
 * const result = loadProject('{"schemaVersion":1}');
 * console.log(result.ok); // false, with one issue per missing field
 * ```
 * @since 0.1.0
 */
export function loadProject(input: string | unknown, options: ValidateOptions = {}): ValidationResult<Project> {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        issues: [
          { code: "invalid_input", path: [], severity: "error", message: messageFor("invalid_input", { detail }) },
        ],
      };
    }
  }
  try {
    value = migrateProject(value).value;
  } catch (error) {
    if (!isDuchaError(error)) throw error;
    const params = { received: String((value as { schemaVersion?: unknown }).schemaVersion), supported: 1 };
    return {
      ok: false,
      issues: [
        {
          code: "unsupported_schema_version",
          path: ["schemaVersion"],
          severity: "error",
          message: messageFor("unsupported_schema_version", params),
          params,
        },
      ],
    };
  }
  return validateProject(value, options);
}
