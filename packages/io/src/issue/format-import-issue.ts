import type { ImportIssue } from "./import-issue.js";

/**
 * Formats an issue as one line for people: `file:row:column (header) [severity code] message`.
 *
 * @param issue - the issue
 * @param language - `"zh"` or `"en"`. Defaults to `"en"`.
 * @returns the line
 * @example
 * ```ts
 * import { formatImportIssue, type ImportIssue } from "@ducha/io";
 *
 * declare const issue: ImportIssue;
 * console.log(formatImportIssue(issue, "zh")); // data.csv:3:D（数值）[error invalid_number] “abc”不是数字…
 * ```
 * @since 0.1.0
 */
export function formatImportIssue(issue: ImportIssue, language: "zh" | "en" = "en"): string {
  const header =
    issue.column.header === "" ? "" : language === "zh" ? `（${issue.column.header}）` : ` (${issue.column.header})`;
  const hint =
    issue.suggestion === undefined || issue.message.en.includes("did you mean")
      ? ""
      : language === "zh"
        ? `（建议：${issue.suggestion}）`
        : ` (suggestion: ${issue.suggestion})`;
  return `${issue.file}${issue.sheet === undefined ? "" : `[${issue.sheet}]`}:${issue.row}:${issue.column.letter}${header} [${issue.severity} ${issue.code}] ${issue.message[language]}${hint}`;
}
