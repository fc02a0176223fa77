import { resolve } from "node:path";
import { formatIssues, type ValidationIssue } from "@ducha/schema";
import type { Command } from "commander";
import { loadProject } from "../../sdk/load-project.js";
import { ProjectFileError } from "../../sdk/project-file-error.js";
import { CliError } from "../cli-error.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { MESSAGES, t } from "../messages.js";
import type { CommandDefinition } from "./command.js";

/** One issue as a line: `file:line:column: message [code]` for syntax errors, else `path: message [code]`. */
function issueLine(issue: ValidationIssue, file: string, ctx: CliContext): string {
  const { colors: c, lang } = ctx;
  const line = issue.params?.line;
  const column = issue.params?.column;
  const text =
    typeof line === "number" && typeof column === "number"
      ? `${file}:${line}:${column}: ${issue.message[lang]} [${issue.code}]`
      : formatIssues([issue], lang);
  return issue.severity === "error" ? c.red(text) : c.yellow(text);
}

/**
 * Loads a project file relative to the working directory; a missing or unreadable file becomes a
 * {@link CliError} naming the path as the user typed it.
 */
export function loadOrThrow(file: string, ctx: CliContext): ReturnType<typeof loadProject> {
  try {
    return loadProject(resolve(ctx.io.cwd, file));
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    const detail = error.message.replace(/^.*?: /, "");
    const messages =
      error.code === "file_not_found" ? MESSAGES.fileNotFound({ file }) : MESSAGES.fileUnreadable({ file, detail });
    throw new CliError(error.code, messages, { file, cause: error });
  }
}

/**
 * `ducha validate <project.json>` — reads, migrates and validates a project file and prints every
 * issue (`path: message [code]`) and a summary. Exit 1 when the project has errors; warnings alone
 * do not fail. With `--json`: `{ ok, issues }` (plus `summary` counts).
 */
export const validateCommand: CommandDefinition = {
  name: "validate",
  register(program, run) {
    program
      .command("validate")
      .description("check a project file and list every problem (校验项目文件)")
      .argument("<project>", "path to the project JSON file")
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, (ctx) => {
          const file = command.args[0] as string;
          const result = loadOrThrow(file, ctx);
          const errors = result.issues.filter((i) => i.severity === "error").length;
          const warnings = result.issues.length - errors;
          if (ctx.json) {
            ctx.outJson({ ok: result.ok, file, summary: { errors, warnings }, issues: result.issues });
            return result.ok ? ExitCode.ok : ExitCode.problems;
          }
          for (const issue of result.issues) ctx.out(issueLine(issue, file, ctx));
          if (result.ok) {
            const p = result.value;
            const summary = MESSAGES.validSummary({
              file,
              units: p.units.filter((u) => u.assessed !== false).length,
              indicators: p.system.indicators.length,
              observations: p.observations?.length ?? 0,
              warnings,
            });
            ctx.out(ctx.colors.green(t(summary, ctx.lang)));
            return ExitCode.ok;
          }
          ctx.out(ctx.colors.bold(ctx.colors.red(t(MESSAGES.invalidSummary({ file, errors, warnings }), ctx.lang))));
          return ExitCode.problems;
        }),
      );
  },
};
