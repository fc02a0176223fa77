import { readFileSync } from "node:fs";
import {
  locateJsonError,
  type Project,
  loadProject as parseProject,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
  validateProject,
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

/** Builds the `invalid_input` issue for a JSON syntax error, with line and column. */
function jsonSyntaxIssue(text: string, error: unknown, file: string): ValidationIssue {
  const { line, column, offset } = locateJsonError(text, error);
  const detail = error instanceof Error ? error.message : String(error);
  const ch = text.codePointAt(offset);
  const found =
    ch === undefined
      ? { zh: "意外的输入结尾", en: "unexpected end of input" }
      : {
          zh: `意外的字符 ${JSON.stringify(String.fromCodePoint(ch))}`,
          en: `unexpected ${JSON.stringify(String.fromCodePoint(ch))}`,
        };
  return {
    code: "invalid_input",
    path: [],
    severity: "error",
    message: {
      zh: `JSON 语法错误：${found.zh}（第 ${line} 行第 ${column} 列）`,
      en: `invalid JSON: ${found.en} (line ${line}, column ${column})`,
    },
    params: { file, line, column, offset, detail },
  };
}

/**
 * Loads a Ducha project (加载项目) from a JSON file path or from an already parsed value, then
 * migrates older `schemaVersion`s and validates it, returning *every* issue (not the first).
 *
 * - A string is a file path: the file is read as UTF-8 (a byte-order mark is allowed). A missing
 *   or unreadable file throws {@link ProjectFileError} (`file_not_found` / `file_unreadable`,
 *   with the path). Invalid JSON is returned as one `invalid_input` issue whose `params` carry
 *   `file`, `line` and `column` (1-based) of the syntax error. To parse JSON *text*, use
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
  const text = readText(input);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [jsonSyntaxIssue(text, error, input)] };
  }
  // A JSON string literal must not be re-parsed as JSON text by `schema.loadProject`.
  return typeof value === "string" ? validateProject(value, options) : parseProject(value, options);
}
