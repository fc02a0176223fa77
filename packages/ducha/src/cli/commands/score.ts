import { localize } from "@ducha/schema";
import { type Command, InvalidArgumentError } from "commander";
import { renderTable } from "../../internal/render-table.js";
import { type ExportFormat, exportFormatOf, exportResults } from "../../sdk/export-results.js";
import { rankingCells, rankingColumns, rankingRows } from "../../sdk/ranking.js";
import { resultsReport, resultsWorkbook } from "../../sdk/results-files.js";
import { resultsToJson } from "../../sdk/results-json.js";
import { UnsupportedFormatError } from "../../sdk/unsupported-format-error.js";
import { importsJson, loadAndScore, unsupportedOut, writeOutput } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import { MESSAGES, t } from "../messages.js";
import type { CommandDefinition } from "./command.js";

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Parses `--top N`: a positive integer. */
function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a positive integer");
  return Number(value);
}

/** The `--out` formats of `score`, by extension. */
const RESULTS_FILE_FORMATS = ["json", "csv", "xlsx", "html"] as const;

/** The format of a results file by its extension: `.json`, `.csv`, `.xlsx`, `.html`/`.htm`; else a usage error. */
function resultsFileFormat(file: string): ExportFormat | "xlsx" | "html" {
  if (/\.xlsx$/i.test(file)) return "xlsx";
  if (/\.html?$/i.test(file)) return "html";
  try {
    return exportFormatOf(file);
  } catch (error) {
    if (error instanceof UnsupportedFormatError) throw unsupportedOut(file, RESULTS_FILE_FORMATS);
    throw error;
  }
}

/**
 * `ducha score <project> [--data <file>…] [--out <file.json|.csv|.xlsx|.html>] [--top N]` — validates the
 * project, imports the data files (an imported observation replaces the project's one for the
 * same unit × indicator × period), scores and prints the ranking table (rank, unit, name,
 * category, total, grade, flags). `--out` also writes the results: the results JSON, the ranking CSV,
 * the results workbook (ranking, scores, trace) or the HTML report, by extension. `--json` prints `{ ok, file, imports, results }` with the
 * results JSON of `resultsToJson`. Exit 1 when the project is invalid or an import has errors.
 */
export const scoreCommand: CommandDefinition = {
  name: "score",
  register(program, run) {
    program
      .command("score")
      .description("score, rank and grade every unit (评分排名)")
      .argument("<project>", "path to the project JSON file")
      .option("-d, --data <file>", "observations to import (.csv, .sdmx.csv, .xlsx); repeatable", collect, [])
      .option("-o, --out <file>", "also write the results (.json, .csv, .xlsx or .html)")
      .option("--top <n>", "show only the first n rows", positiveInteger)
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const { data, out, top } = command.opts<{ data: string[]; out?: string; top?: number }>();
          const outFormat = out === undefined ? undefined : resultsFileFormat(out);
          const loaded = await loadAndScore(file, data, ctx);
          if (loaded === undefined) return ExitCode.problems;
          const { project, imported, result } = loaded;
          if (out !== undefined && outFormat !== undefined) {
            const content =
              outFormat === "xlsx"
                ? await resultsWorkbook(result, project, { lang: ctx.lang })
                : outFormat === "html"
                  ? resultsReport(result, project, { lang: ctx.lang })
                  : exportResults(result, outFormat, project, { lang: ctx.lang });
            writeOutput(out, content, ctx);
          }
          if (ctx.json) {
            ctx.outJson({ ok: true, file, imports: importsJson(imported), results: resultsToJson(result) });
            return ExitCode.ok;
          }
          const c = ctx.colors;
          const scored = result.units.filter((u) => u.status === "scored").length;
          const title = MESSAGES.scoreTitle({
            plan: localize(project.plan.name ?? project.plan.id, ctx.lang),
            period: result.period,
            scored,
            units: result.units.length,
          });
          ctx.out(c.bold(t(title, ctx.lang)));
          const rows = rankingRows(result, { project, lang: ctx.lang, ...(top === undefined ? {} : { top }) });
          const lines = renderTable(
            rankingColumns(ctx.lang),
            rankingCells(rows),
            (text, row, column) => {
              const r = rows[row];
              if (r === undefined) return text;
              if (column === 6 && r.flags.length > 0) return c.yellow(text);
              if (column === 5 && r.grade !== null && r.grade === project.plan.grading?.bands[0]?.id)
                return c.green(text);
              if (column === 4 && r.total === null) return c.red(text);
              return text;
            },
            (text) => c.bold(text),
          );
          for (const line of lines) ctx.out(line);
          if (out !== undefined) ctx.out(c.green(t(MESSAGES.resultsWritten({ file: out }), ctx.lang)));
          return ExitCode.ok;
        }),
      );
  },
};
