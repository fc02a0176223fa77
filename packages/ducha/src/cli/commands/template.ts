import { isImportError } from "@ducha/io";
import { suggestId } from "@ducha/schema";
import { type Command, Option } from "commander";
import { CliError } from "../cli-error.js";
import { unsupportedOut, writeOutput } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import { MESSAGES, t } from "../messages.js";
import { loadValidProject } from "../project-file.js";
import type { CommandDefinition } from "./command.js";
import { collect } from "./score.js";

/** `--layout` values and the `@ducha/io/xlsx` layouts they select. */
const LAYOUTS = { "by-pillar": "per-pillar", "by-unit": "per-unit" } as const;
type Layout = keyof typeof LAYOUTS;

/** Data sheets of a template workbook: every sheet but the instructions and the hidden ones. */
const NON_DATA_SHEETS = new Set(["填报说明", "Instructions", "_lists", "_meta"]);

/**
 * `ducha template <project> --out entry.xlsx [--unit <id>…] [--layout by-pillar|by-unit]
 * [--period <id>] [--deadline <date>]` — writes the data-entry template (数据填报模板) of the project
 * with `@ducha/io/xlsx`: one sheet per pillar (一级指标) or per unit, Chinese and English headers,
 * dropdowns for grades, task statuses and 是/否, greyed-out cells for indicators a unit's category is
 * not assessed on, and a hidden sheet that lets `ducha import` read the filled-in file back. Sheet
 * names and the first instructions follow `--lang`. An unknown `--unit` exits 1 with "did you mean";
 * an `--out` other than `.xlsx`, or an invalid `--period`, exits 2. `--json` prints
 * `{ ok, file, out, period, layout, units, sheets }`.
 */
export const templateCommand: CommandDefinition = {
  name: "template",
  register(program, run) {
    program
      .command("template")
      .description("write the Excel data-entry template for the units (数据填报模板)")
      .argument("<project>", "path to the project JSON file")
      .requiredOption("-o, --out <file>", "the template file (.xlsx)")
      .option("-u, --unit <id>", "only this unit (repeatable; default: every assessed unit)", collect, [])
      .addOption(
        new Option("--layout <layout>", "one sheet per pillar or one sheet per unit")
          .choices(Object.keys(LAYOUTS))
          .default("by-pillar"),
      )
      .option("--period <id>", "the period the values are for (default: the plan's period)")
      .option("--deadline <date>", "deadline for returning the file, shown in the instructions")
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const { out, unit, layout, period, deadline } = command.opts<{
            out: string;
            unit: string[];
            layout: Layout;
            period?: string;
            deadline?: string;
          }>();
          if (!/\.xlsx$/i.test(out)) throw unsupportedOut(out, ["xlsx"]);
          const project = loadValidProject(file, ctx);
          if (project === undefined) return ExitCode.problems;
          const ids = project.units.map((u) => u.id);
          for (const id of unit) {
            if (!ids.includes(id))
              throw new CliError(
                "unknown_unit",
                MESSAGES.unitNotInProject({ unit: id, suggestion: suggestId(id, ids) }),
                {
                  path: ["--unit"],
                },
              );
          }
          // loaded on demand: exceljs is large
          const { createEntryTemplate } = await import("@ducha/io/xlsx");
          let workbook: Awaited<ReturnType<typeof createEntryTemplate>>;
          try {
            workbook = await createEntryTemplate(project, {
              layout: LAYOUTS[layout],
              lang: ctx.lang,
              ...(unit.length === 0 ? {} : { units: unit }),
              ...(period === undefined ? {} : { period }),
              ...(deadline === undefined ? {} : { deadline }),
            });
          } catch (error) {
            if (isImportError(error) && error.code === "invalid_option") {
              const en = error.message.startsWith(`${error.file}: `)
                ? error.message.slice(error.file.length + 2)
                : error.message;
              throw new CliError(
                "invalid_option",
                { zh: error.messageZh, en },
                { path: ["--period"], exitCode: ExitCode.usage, cause: error },
              );
            }
            throw error;
          }
          const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
          writeOutput(out, bytes, ctx);
          const sheets = workbook.worksheets.map((s) => s.name).filter((name) => !NON_DATA_SHEETS.has(name));
          const units = unit.length > 0 ? unit : templateUnits(workbook);
          const used = period ?? project.plan.period;
          if (ctx.json) {
            ctx.outJson({ ok: true, file, out, period: used, layout, units, sheets });
            return ExitCode.ok;
          }
          ctx.out(
            ctx.colors.green(
              t(
                MESSAGES.templateWritten({ file: out, sheets: sheets.length, units: units.length, period: used }),
                ctx.lang,
              ),
            ),
          );
          ctx.out(t(MESSAGES.templateNext({ project: file, file: out }), ctx.lang));
          return ExitCode.ok;
        }),
      );
  },
};

/** The unit ids recorded in the template's hidden `_meta` sheet (rows `unit, <id>`). */
function templateUnits(workbook: {
  getWorksheet(name: string): { getSheetValues(): unknown[] } | undefined;
}): string[] {
  const rows = workbook.getWorksheet("_meta")?.getSheetValues() ?? [];
  const units: string[] = [];
  for (const row of rows) {
    if (Array.isArray(row) && row[1] === "unit" && typeof row[2] === "string") units.push(row[2]);
  }
  return units;
}
