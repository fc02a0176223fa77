import { toCsv } from "@ducha/io/csv";
import { type Command, Option } from "commander";
import type { ImportFormat } from "../../sdk/import-data.js";
import { importDataFile, importIssueLine, importStatsLine, unsupportedOut, writeOutput } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import { MESSAGES, t } from "../messages.js";
import { loadValidProject } from "../project-file.js";
import type { CommandDefinition } from "./command.js";

const OUT_FORMATS = ["json", "csv"] as const;

/** `--out` format by extension. */
function outFormat(file: string): (typeof OUT_FORMATS)[number] {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  throw unsupportedOut(file, OUT_FORMATS);
}

/**
 * `ducha import <project> <data.csv|data.xlsx|data.sdmx.csv> [--out observations.json|.csv]
 * [--format csv|sdmx|xlsx]` — imports a data file against the project's units and indicators and
 * prints every issue located as `file:row:column: message [code]`, then the row accounting
 * (read = accepted + rejected). With `--out`, writes the imported observations (a JSON array of
 * project observations, or long-format CSV) — only when there are no errors. Exit 1 when any row
 * is rejected or the file has any other error. `--json`: `{ ok, file, data, format, stats, issues }`.
 */
export const importCommand: CommandDefinition = {
  name: "import",
  register(program, run) {
    program
      .command("import")
      .description("import and check a data file against the project (导入数据)")
      .argument("<project>", "path to the project JSON file")
      .argument("<data>", "data file: .csv, .sdmx.csv or .xlsx")
      .addOption(
        new Option("--format <format>", "file format (default: by extension)").choices(["csv", "sdmx", "xlsx"]),
      )
      .option("-o, --out <file>", "write the imported observations (.json or .csv)")
      .action(async (_file: string, _data: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const data = command.args[1] as string;
          const { out, format } = command.opts<{ out?: string; format?: ImportFormat }>();
          const writeAs = out === undefined ? undefined : outFormat(out);
          const project = loadValidProject(file, ctx);
          if (project === undefined) return ExitCode.problems;
          const { result } = await importDataFile(data, project, ctx, format);
          const ok = result.stats.errors === 0;
          if (out !== undefined && writeAs !== undefined && ok) {
            const text =
              writeAs === "json"
                ? `${JSON.stringify(result.observations, null, 2)}\n`
                : toCsv(
                    result.observations.map((o) => ({
                      unit: o.unit,
                      indicator: o.indicator,
                      period: o.period,
                      value: o.value === null ? null : String(o.value),
                      status: o.status ?? "reported",
                      ...(o.missingReason === undefined ? {} : { missingReason: o.missingReason }),
                      ...(o.source === undefined ? {} : { source: o.source }),
                      ...(o.note === undefined ? {} : { note: o.note }),
                    })),
                  );
            writeOutput(out, text, ctx);
          }
          if (ctx.json) {
            ctx.outJson({
              ok,
              file,
              data,
              format: result.format,
              stats: result.stats,
              issues: result.issues,
              ...(out !== undefined && ok ? { out } : {}),
            });
            return ok ? ExitCode.ok : ExitCode.problems;
          }
          for (const issue of result.issues) ctx.out(importIssueLine(issue, ctx));
          ctx.out(importStatsLine(data, result, ctx));
          if (!ok) {
            ctx.out(
              ctx.colors.bold(
                ctx.colors.red(t(MESSAGES.importFailed({ file: data, errors: result.stats.errors }), ctx.lang)),
              ),
            );
            if (out !== undefined) ctx.out(t(MESSAGES.importNotWritten({ file: out }), ctx.lang));
            return ExitCode.problems;
          }
          if (out !== undefined)
            ctx.out(
              ctx.colors.green(
                t(MESSAGES.observationsWritten({ file: out, observations: result.observations.length }), ctx.lang),
              ),
            );
          return ExitCode.ok;
        }),
      );
  },
};
