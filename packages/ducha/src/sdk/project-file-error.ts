import { DuchaError, type DuchaErrorOptions } from "@ducha/schema";

/**
 * Codes of {@link ProjectFileError}: the file does not exist (`file_not_found`) or exists but
 * cannot be read — a directory, no permission, not UTF-8 (`file_unreadable`).
 *
 * @since 0.1.0
 */
export type ProjectFileErrorCode = "file_not_found" | "file_unreadable";

/**
 * Thrown by {@link loadProject} when a project file cannot be read (项目文件读取错误). Problems
 * inside a file that was read (bad JSON, invalid project) are returned as issues, not thrown.
 *
 * @example
 * ```ts
 * import { loadProject, ProjectFileError } from "ducha";
 *
 * try {
 *   loadProject("missing.json");
 * } catch (error) {
 *   if (error instanceof ProjectFileError) console.error(error.code, error.file); // "file_not_found" "missing.json"
 * }
 * ```
 * @since 0.1.0
 */
export class ProjectFileError extends DuchaError {
  /** `file_not_found` or `file_unreadable`. */
  declare readonly code: ProjectFileErrorCode;
  /** The file path as given by the caller. */
  readonly file: string;
  /** Why the file could not be read, e.g. `"is a directory"`, without the path. */
  readonly reason: string;

  /**
   * @param code - what went wrong
   * @param file - the path as given
   * @param reason - why, without the path, e.g. `"not valid UTF-8 text"`
   * @param options - cause
   */
  constructor(code: ProjectFileErrorCode, file: string, reason: string, options: DuchaErrorOptions = {}) {
    super(code, code === "file_not_found" ? `file not found: ${file}` : `cannot read ${file}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}
