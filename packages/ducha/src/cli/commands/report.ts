import type { Command } from "commander";
import { mergeObservations } from "../../sdk/merge-observations.js";
import { monitor } from "../../sdk/monitor.js";
import { resultsReport } from "../../sdk/results-files.js";
import { loadAndScore, unsupportedOut, writeOutput } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import type { CommandDefinition } from "./command.js";
import { collect } from "./score.js";

/**
 * `ducha report <project> --out report.html [--as-of <date>] [--data <file>…]` — writes the
 * self-contained HTML report for the leading group (ranking, pillar breakdown, grade distribution,
 * lagging indicators, SVG charts) in the language of `--lang`; with `--as-of`, also the traffic
 * lights and the accountability actions due at that date.
 */
export const reportCommand: CommandDefinition = {
  name: "report",
  register(program, run) {
    program
      .command("report")
      .description("write the HTML report for the leading group (考核报告)")
      .argument("<project>", "path to the project JSON file")
      .requiredOption("-o, --out <file>", "the report file (.html)")
      .option("--as-of <date>", "also show progress warnings and actions as of this date YYYY-MM-DD")
      .option("-d, --data <file>", "observations to import (.csv, .sdmx.csv, .xlsx); repeatable", collect, [])
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const { out, asOf, data } = command.opts<{ out: string; asOf?: string; data: string[] }>();
          if (!/\.html?$/i.test(out)) throw unsupportedOut(out, ["html"]);
          const loaded = await loadAndScore(file, data, ctx);
          if (loaded === undefined) return ExitCode.problems;
          const { project, imported, result } = loaded;
          const monitoring =
            asOf === undefined
              ? undefined
              : monitor(
                  mergeObservations(
                    project,
                    imported.flatMap((i) => i.result.observations),
                  ),
                  asOf,
                  { result },
                );
          writeOutput(
            out,
            resultsReport(result, project, { lang: ctx.lang, ...(monitoring === undefined ? {} : { monitoring }) }),
            ctx,
          );
          if (ctx.json) ctx.outJson({ ok: true, file, out });
          else ctx.out(ctx.lang === "zh" ? `已写入 ${out}` : `wrote ${out}`);
          return ExitCode.ok;
        }),
      );
  },
};
