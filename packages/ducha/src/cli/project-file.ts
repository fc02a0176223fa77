import { resolve } from "node:path";
import { formatIssues, type Project, type ValidationIssue, type ValidationResult } from "@ducha/schema";
import { loadProject } from "../sdk/load-project.js";
import { ProjectFileError } from "../sdk/project-file-error.js";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { MESSAGES, t } from "./messages.js";

/**
 * Loads a project file named on the command line (relative to the working directory). A missing
 * or unreadable file becomes a {@link CliError} naming the path as the user typed it; problems
 * inside the file are returned as issues.
 */
export function readProjectFile(file: string, ctx: CliContext): ValidationResult<Project> {
  try {
    return loadProject(resolve(ctx.io.cwd, file));
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    const messages =
      error.code === "file_not_found"
        ? MESSAGES.fileNotFound({ file })
        : MESSAGES.fileUnreadable({ file, detail: error.reason });
    throw new CliError(error.code, messages, { file, cause: error });
  }
}

/** Counts errors and warnings. */
export function issueSummary(issues: readonly ValidationIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

/** One issue as a line: `file:line:column: message [code]` for syntax errors, else `path: message [code]`. */
export function issueLine(issue: ValidationIssue, file: string, ctx: CliContext): string {
  const { colors: c, lang } = ctx;
  const line = issue.params?.line;
  const column = issue.params?.column;
  const text =
    typeof line === "number" && typeof column === "number"
      ? `${file}:${line}:${column}: ${issue.message[lang]} [${issue.code}]`
      : formatIssues([issue], lang);
  return issue.severity === "error" ? c.red(text) : c.yellow(text);
}

/** Prints every issue, one per line, then the "is invalid" summary (text mode). */
export function printInvalid(issues: readonly ValidationIssue[], file: string, ctx: CliContext): void {
  for (const issue of issues) ctx.out(issueLine(issue, file, ctx));
  const summary = MESSAGES.invalidSummary({ file, ...issueSummary(issues) });
  ctx.out(ctx.colors.bold(ctx.colors.red(t(summary, ctx.lang))));
}

/**
 * For commands that need a valid project (`score`, `explain`, `report` …): returns the project, or
 * reports why it is invalid — every issue and a summary, or with `--json` the document
 * `{ ok: false, file, summary, issues }` — and returns `undefined`; the command then returns
 * `ExitCode.problems`. Warnings of a valid project are printed to stderr in text mode.
 */
export function loadValidProject(file: string, ctx: CliContext): Project | undefined {
  const result = readProjectFile(file, ctx);
  if (!result.ok) {
    if (ctx.json) ctx.outJson({ ok: false, file, summary: issueSummary(result.issues), issues: result.issues });
    else printInvalid(result.issues, file, ctx);
    return undefined;
  }
  if (!ctx.json) for (const issue of result.issues) ctx.err(issueLine(issue, file, ctx));
  return result.value;
}
