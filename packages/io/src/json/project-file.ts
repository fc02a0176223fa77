import { readFile, rename, writeFile } from "node:fs/promises";
import { loadProject, type Project, type ValidateOptions, type ValidationResult, validateProject } from "@ducha/schema";
import { ImportError } from "../issue/import-error.js";

/**
 * Reads and validates a project file (`*.project.json`) with `loadProject` from `@ducha/schema`: a
 * JSON syntax error becomes one `invalid_input` issue naming the unexpected character with its line
 * and column (`params.line`, `params.column`, `params.offset`); otherwise the project is migrated and
 * validated and every issue is returned. A UTF-8 byte-order mark is accepted.
 *
 * @param path - the file
 * @param options - validation options of `@ducha/schema` (limits …). Defaults to none.
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }`
 * @throws `ImportError` `read_failed` when the file cannot be read
 * @example
 * ```ts
 * import { readProjectFile } from "@ducha/io/json";
 * import { formatIssues } from "@ducha/schema";
 *
 * const loaded = await readProjectFile("eco-city.project.json");
 * if (!loaded.ok) console.error(formatIssues(loaded.issues, "zh"));
 * ```
 * @since 0.1.0
 */
export async function readProjectFile(path: string, options: ValidateOptions = {}): Promise<ValidationResult<Project>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ImportError("read_failed", {
      file: path,
      message: { zh: `无法读取文件“${path}”`, en: `cannot read the file "${path}"` },
      cause: error,
    });
  }
  return parseProjectText(text, options);
}

/**
 * Parses and validates project JSON text like {@link readProjectFile}, without the file system (a
 * leading byte-order mark is skipped; a JSON string literal is reported as the wrong type, not parsed
 * again).
 *
 * @param text - JSON text
 * @param options - validation options. Defaults to none.
 * @returns the validation result
 * @example
 * ```ts
 * import { parseProjectText } from "@ducha/io/json";
 *
 * const result = parseProjectText('{"schemaVersion": 1,}');
 * console.log(result.ok, result.issues[0]?.message.en); // false invalid JSON: unexpected "}" (line 1, column 21)
 * ```
 * @since 0.1.0
 */
export function parseProjectText(text: string, options: ValidateOptions = {}): ValidationResult<Project> {
  // `loadProject` parses the text once and builds the syntax-error issue (the one implementation shared
  // with the `ducha` SDK); a JSON string literal is not parsed a second time.
  return loadProject(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options);
}

/**
 * Validates a project and, when it is valid, writes it as formatted JSON (two-space indent, final
 * newline) through a temporary file renamed into place, so a failed write never leaves half a file.
 * Nothing is written when validation fails.
 *
 * @param path - the target file
 * @param project - the project
 * @returns the validation result (with warnings, if any)
 * @example
 * ```ts
 * import { writeProjectFile } from "@ducha/io/json";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const written = await writeProjectFile("eco-city.project.json", project);
 * console.log(written.ok);
 * ```
 * @since 0.1.0
 */
export async function writeProjectFile(path: string, project: Project): Promise<ValidationResult<Project>> {
  const validated = validateProject(project);
  if (!validated.ok) return validated;
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(project, null, 2)}\n`, "utf8");
  await rename(temporary, path);
  return validated;
}
