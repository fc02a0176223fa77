import { suggestId } from "@ducha/schema";
import { explain, ScoringError } from "@ducha/scoring";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { importsJson, loadAndScore } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import { MESSAGES } from "../messages.js";
import type { CommandDefinition } from "./command.js";
import { collect } from "./score.js";

/**
 * `ducha explain <project> --unit <id> [--node <id>] [--data <file>…]` — scores the project (with
 * the imported data) and prints why the unit scored what it did (得分说明): raw value → transforms
 * → normalised score → weight → aggregation → bonus/deduction → veto → rounding → rank → grade,
 * in the language of `--lang`. With `--node`, only that indicator or node's subtree. An unknown
 * unit or node exits 1 with a "did you mean" suggestion. `--json` prints
 * `{ ok, file, imports, explanation }` with the trace steps as data.
 */
export const explainCommand: CommandDefinition = {
  name: "explain",
  register(program, run) {
    program
      .command("explain")
      .description("explain how a unit's score was computed (得分说明)")
      .argument("<project>", "path to the project JSON file")
      .requiredOption("-u, --unit <id>", "the assessed unit to explain")
      .option("-n, --node <id>", "only this indicator or node of the indicator tree")
      .option("-d, --data <file>", "observations to import (.csv, .sdmx.csv, .xlsx); repeatable", collect, [])
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const { unit, node, data } = command.opts<{ unit: string; node?: string; data: string[] }>();
          const loaded = await loadAndScore(file, data, ctx);
          if (loaded === undefined) return ExitCode.problems;
          const { imported, result } = loaded;
          let explanation: ReturnType<typeof explain>;
          try {
            explanation = explain(result, unit, node);
          } catch (error) {
            if (!(error instanceof ScoringError)) throw error;
            if (error.code === "unknown_unit") {
              const suggestion = suggestId(
                unit,
                result.units.map((u) => u.unit),
              );
              throw new CliError("unknown_unit", MESSAGES.unknownUnit({ unit, suggestion }), {
                path: ["--unit"],
                cause: error,
              });
            }
            if (error.code === "unknown_node" && node !== undefined) {
              const u = result.units.find((x) => x.unit === unit);
              const ids =
                u === undefined
                  ? []
                  : [...Object.keys(u.indicators), ...(u.status === "scored" ? Object.keys(u.nodes) : [])];
              throw new CliError(
                "unknown_node",
                MESSAGES.unknownNode({ node, unit, suggestion: suggestId(node, ids) }),
                {
                  path: ["--node"],
                  cause: error,
                },
              );
            }
            throw error;
          }
          if (ctx.json) {
            ctx.outJson({ ok: true, file, imports: importsJson(imported), explanation });
            return ExitCode.ok;
          }
          ctx.out(explanation.text[ctx.lang]);
          return ExitCode.ok;
        }),
      );
  },
};
