import { isDuchaError } from "../errors/ducha-error.js";
import { messageFor } from "../validate/messages.js";
import { type ValidateOptions, type ValidationResult, validateProject } from "../validate/validate-project.js";
import { jsonSyntaxIssue } from "./json-syntax-issue.js";
import { migrateProject } from "./migrate.js";
import type { Project } from "./project.js";

/**
 * Loads a project (加载项目) from JSON text or a parsed value in one call: parses JSON, migrates older
 * `schemaVersion`s, then validates and reports every issue.
 *
 * A string is JSON text (parsed once; a JSON string literal is not parsed again). A syntax error
 * becomes one `invalid_input` issue (path `[]`) whose message names the unexpected character or the
 * end of input with its line and column, and whose `params` carry `line` and `column` (1-based),
 * `offset` (0-based, UTF-16 code units) and `detail` (the parser's message). A byte-order mark is
 * not skipped: strip it before calling. Any other value is taken as already parsed JSON.
 *
 * @param input - JSON text, or the parsed project value
 * @param options - validation limits. Defaults to the default limits.
 * @returns `{ ok: true, value, issues }` (issues are warnings) or `{ ok: false, issues }`
 * @example
 * ```ts
 * import { loadProject } from "@ducha/schema";
 *
 * const result = loadProject('{"schemaVersion":1}');
 * console.log(result.ok); // false, with one issue per missing field
 * const broken = loadProject('{\n  "schemaVersion": }');
 * console.log(broken.issues[0]?.message.en); // invalid JSON: unexpected "}" (line 2, column 20)
 * ```
 * @since 0.1.0
 */
export function loadProject(input: string | unknown, options: ValidateOptions = {}): ValidationResult<Project> {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [jsonSyntaxIssue(input, error)] };
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
