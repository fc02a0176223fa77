import type { Command } from "commander";
import { ExitCode } from "../exit-code.js";
import { MESSAGES, t } from "../messages.js";
import { issueLine, issueSummary, printInvalid, readProjectFile } from "../project-file.js";
import type { CommandDefinition } from "./command.js";

/**
 * `ducha validate <project.json>` — reads, migrates and validates a project file and prints every
 * issue (`path: message [code]`) and a summary. Exit 1 when the project has errors; warnings alone
 * do not fail. With `--json`: `{ ok, file, summary: { errors, warnings }, issues }`.
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
          const result = readProjectFile(file, ctx);
          const summary = issueSummary(result.issues);
          if (ctx.json) {
            ctx.outJson({ ok: result.ok, file, summary, issues: result.issues });
            return result.ok ? ExitCode.ok : ExitCode.problems;
          }
          if (!result.ok) {
            printInvalid(result.issues, file, ctx);
            return ExitCode.problems;
          }
          for (const issue of result.issues) ctx.out(issueLine(issue, file, ctx));
          const p = result.value;
          const message = MESSAGES.validSummary({
            file,
            units: p.units.filter((u) => u.assessed !== false).length,
            indicators: p.system.indicators.length,
            observations: p.observations?.length ?? 0,
            warnings: summary.warnings,
          });
          ctx.out(ctx.colors.green(t(message, ctx.lang)));
          return ExitCode.ok;
        }),
      );
  },
};
