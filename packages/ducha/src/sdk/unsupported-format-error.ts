import { DuchaError } from "@ducha/schema";

/**
 * Thrown when a file format is not supported by the function called (不支持的文件格式), e.g.
 * `exportResults(result, "xlsx")` or `importData("data.txt", …)`. Code: `unsupported_format`;
 * `format` is what was asked for, `supported` what the function accepts.
 *
 * @example
 * ```ts
 * import { UnsupportedFormatError } from "ducha";
 *
 * const error = new UnsupportedFormatError("xlsx", ["json", "csv"]);
 * console.log(error.code, error.message); // "unsupported_format" "unsupported format 'xlsx'; expected json or csv"
 * ```
 * @since 0.1.0
 */
export class UnsupportedFormatError extends DuchaError {
  /** Always `unsupported_format`. */
  declare readonly code: "unsupported_format";
  /** The format asked for (a name such as `"xlsx"`, or a file extension). */
  readonly format: string;
  /** The formats this function supports. */
  readonly supported: readonly string[];

  /**
   * @param format - the format asked for
   * @param supported - the formats that would have worked
   * @param options - where the format came from (`path`, e.g. `["format"]`) and a cause
   */
  constructor(format: string, supported: readonly string[], options: { path?: readonly (string | number)[] } = {}) {
    const list =
      supported.length <= 1 ? supported.join("") : `${supported.slice(0, -1).join(", ")} or ${supported.at(-1)}`;
    super("unsupported_format", `unsupported format '${format}'; expected ${list}`, options);
    this.format = format;
    this.supported = supported;
  }
}
