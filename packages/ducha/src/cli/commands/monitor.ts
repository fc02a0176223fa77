import type { Command } from "commander";
import { mergeObservations } from "../../sdk/merge-observations.js";
import { monitor } from "../../sdk/monitor.js";
import { loadAndScore } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import type { CommandDefinition } from "./command.js";
import { collect } from "./score.js";

/**
 * `ducha monitor <project> --as-of <date> [--data <file>…] [--all]` — progress supervision
 * (目标督查): traffic lights per unit × indicator as of the date (时间过半、任务过半), then the
 * accountability actions the project's rules call for (提醒, 约谈, 通报批评 …) over the monthly
 * series, the scored results and their facts. Prints the counts by colour, the red items (every
 * item with `--all`) and the actions; `--json` prints `{ ok, file, asOf, summary, items, actions }`.
 * Exit 0 even when items are red: warnings are the output, not a failure.
 */
export const monitorCommand: CommandDefinition = {
  name: "monitor",
  register(program, run) {
    program
      .command("monitor")
      .description("progress warnings and accountability actions as of a date (进度预警与问责)")
      .argument("<project>", "path to the project JSON file")
      .requiredOption("--as-of <date>", "the date YYYY-MM-DD to monitor at")
      .option("-d, --data <file>", "observations to import (.csv, .sdmx.csv, .xlsx); repeatable", collect, [])
      .option("--all", "list every item, not only the red ones")
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const { asOf, data, all } = command.opts<{ asOf: string; data: string[]; all?: boolean }>();
          const loaded = await loadAndScore(file, data, ctx);
          if (loaded === undefined) return ExitCode.problems;
          const { project, imported, result } = loaded;
          const merged = mergeObservations(
            project,
            imported.flatMap((i) => i.result.observations),
          );
          const m = monitor(merged, asOf, { result });
          const summary = m.progress.summary;
          if (ctx.json) {
            ctx.outJson({
              ok: true,
              file,
              asOf,
              summary: { total: summary.total, byStatus: summary.byStatus, byColour: summary.byColour },
              items: m.progress.items.map((i) => ({
                unit: i.unit,
                indicator: i.indicator,
                status: i.status,
                colour: i.colour,
                message: i.message,
              })),
              actions: m.actions.map((a) => ({
                rule: a.rule,
                action: a.action,
                level: a.level,
                unit: a.unit,
                target: a.target,
                ...(a.capGrade === undefined ? {} : { capGrade: a.capGrade }),
                message: a.message,
              })),
            });
            return ExitCode.ok;
          }
          const c = ctx.colors;
          const b = summary.byColour;
          ctx.out(
            ctx.lang === "zh"
              ? `${asOf} 进度预警：${c.green(`绿灯 ${b.green}`)}，${c.yellow(`黄灯 ${b.yellow}`)}，${c.red(`红灯 ${b.red}`)}，无数据 ${b.grey}`
              : `Progress as of ${asOf}: ${c.green(`${b.green} green`)}, ${c.yellow(`${b.yellow} yellow`)}, ${c.red(`${b.red} red`)}, ${b.grey} without data`,
          );
          const paint = { green: c.green, yellow: c.yellow, red: c.red, grey: (s: string) => s };
          for (const item of m.progress.items) {
            if (all === true || item.colour === "red")
              ctx.out(`  ${paint[item.colour](`● ${item.message[ctx.lang]}`)}`);
          }
          ctx.out(
            ctx.lang === "zh"
              ? `应启动的问责：${m.actions.length} 项`
              : `Accountability actions due: ${m.actions.length}`,
          );
          for (const action of m.actions) ctx.out(`  - ${action.message[ctx.lang]}`);
          return ExitCode.ok;
        }),
      );
  },
};
