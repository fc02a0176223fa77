import { readFileSync } from "node:fs";
import {
  type Project,
  loadProject as parseProject,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "@ducha/schema";
import { ProjectFileError } from "./project-file-error.js";

/**
 * Reads a UTF-8 text file (with or without a byte-order mark), throwing {@link ProjectFileError}
 * when it is missing or unreadable. Bytes that are not valid UTF-8 are an error, never replaced
 * silently with U+FFFD.
 */
function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") throw new ProjectFileError("file_not_found", file, "no such file", { cause: error });
    const reason = code === "EISDIR" ? "is a directory" : error instanceof Error ? error.message : String(error);
    throw new ProjectFileError("file_unreadable", file, reason, { cause: error });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ProjectFileError("file_unreadable", file, "not valid UTF-8 text", { cause: error });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Adds the `file` to the `params` of the JSON syntax-error issue that `schema.loadProject` builds (the
 * only `invalid_input` issue with a `line`); every other issue is returned as it is.
 */
function withFile(issue: ValidationIssue, file: string): ValidationIssue {
  const isSyntaxError = issue.code === "invalid_input" && typeof issue.params?.line === "number";
  return isSyntaxError ? { ...issue, params: { file, ...issue.params } } : issue;
}

/**
 * Loads a Ducha project (加载项目) from a JSON file path or from an already parsed value, then
 * migrates older `schemaVersion`s and validates it, returning *every* issue (not the first).
 *
 * - A string is a file path: the file is read as UTF-8 (a byte-order mark is allowed). A missing
 *   or unreadable file throws {@link ProjectFileError} (`file_not_found` / `file_unreadable`,
 *   with the path). Invalid JSON is returned as one `invalid_input` issue naming the unexpected
 *   character, whose `params` carry `file`, `line` and `column` (1-based), `offset` and `detail` —
 *   the issue `schema.loadProject` builds, with the `file` added. To parse JSON *text*, use
 *   `schema.loadProject` instead.
 * - Any other value is treated as the parsed project JSON.
 *
 * @param input - a path to a `.json` file, or the parsed project value
 * @param options - validation limits (see `ValidateOptions` in `@ducha/schema`). Defaults to the
 *   default limits.
 * @returns `{ ok: true, value, issues }` (issues are warnings) or `{ ok: false, issues }`
 * @throws {@link ProjectFileError} when the file cannot be read
 * @example
 * ```ts
 * import { formatIssues, loadProject } from "ducha";
 *
 * const result = loadProject("project.json");
 * if (result.ok) console.log(result.value.units.length, "units");
 * else console.error(formatIssues(result.issues));
 * ```
 * @since 0.1.0
 */
export function loadProject(input: string | object, options: ValidateOptions = {}): ValidationResult<Project> {
  if (typeof input !== "string") return parseProject(input, options);
  // `schema.loadProject` parses the text once (a JSON string literal stays a string) and builds the
  // syntax-error issue, the one implementation shared with `@ducha/io`; only the `file` is added here.
  const result = parseProject(readText(input), options);
  return result.ok ? result : { ok: false, issues: result.issues.map((issue) => withFile(issue, input)) };
}
