import { isDuchaError } from "@ducha/schema";
import { CommanderError } from "commander";
import { CliError } from "./cli-error.js";
import { type CliContext, type CliIo, createContext, prescanGlobals } from "./context.js";
import { ExitCode } from "./exit-code.js";
import { type Bilingual, MESSAGES, t } from "./messages.js";
import { createProgram, type ProgramState } from "./program.js";

/** Turns a commander usage error into a bilingual message (commander itself speaks English only). */
function usageMessage(error: CommanderError): Bilingual {
  const en = error.message.replace(/^error: /, "");
  const [first = en, ...rest] = en.split("\n");
  const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join("\n"))?.[1];
  const quoted = /'([^']*)'/.exec(first)?.[1] ?? "";
  let main: Bilingual | undefined;
  if (error.code === "commander.unknownCommand") main = MESSAGES.unknownCommand({ name: quoted });
  else if (error.code === "commander.unknownOption") main = MESSAGES.unknownOption({ name: quoted });
  else if (error.code === "commander.missingArgument") main = MESSAGES.missingArgument({ name: quoted });
  if (main === undefined) return { zh: en, en };
  if (suggestion === undefined) return main;
  const hint = MESSAGES.didYouMean({ suggestion });
  return { zh: `${main.zh}（${hint.zh}）`, en: `${main.en} (${hint.en})` };
}

/** `file:line:column`, `file: path` or nothing. */
function location(error: CliError): string {
  if (error.file === undefined) return error.path === undefined ? "" : `${error.path.join(".")}: `;
  if (error.line !== undefined) return `${error.file}:${error.line}:${error.column ?? 1}: `;
  return error.path === undefined ? "" : `${error.file}: ${error.path.join(".")}: `;
}

/** The single top-level error handler: prints `error: …` (or a JSON document) and picks the exit code. */
function report(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok; // --help, --version, `ducha help`
    if (error.code === "commander.help") return ExitCode.usage; // no command given: help went to stderr
    const message = usageMessage(error);
    if (ctx.json) ctx.outJson({ ok: false, error: { code: "usage", commanderCode: error.code, message } });
    else {
      ctx.err(ctx.colors.red(`error: ${t(message, ctx.lang)}`));
      ctx.err(t(MESSAGES.usageHint(), ctx.lang));
    }
    return ExitCode.usage;
  }
  if (error instanceof CliError) {
    const where = {
      ...(error.file === undefined ? {} : { file: error.file }),
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
      ...(error.path === undefined ? {} : { path: error.path }),
    };
    if (ctx.json) ctx.outJson({ ok: false, error: { code: error.code, message: error.messages, ...where } });
    else ctx.err(ctx.colors.red(`error: ${location(error)}${t(error.messages, ctx.lang)}`));
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  const message = isDuchaError(error) ? { zh: detail, en: detail } : MESSAGES.internalError({ detail });
  const code = isDuchaError(error) ? error.code : "internal_error";
  const path = isDuchaError(error) && error.path !== undefined ? `${error.path.join(".")}: ` : "";
  if (ctx.json) ctx.outJson({ ok: false, error: { code, message } });
  else ctx.err(ctx.colors.red(`error: ${path}${t(message, ctx.lang)}`));
  return ExitCode.problems;
}

/**
 * Runs the `ducha` command line with `argv` (without the `node` and script entries) and returns the
 * exit code: 0 ok, 1 validation/scoring/file problems, 2 usage errors. Never calls `process.exit`.
 *
 * @param argv - arguments after the program name, e.g. `["validate", "project.json"]`
 * @param io - streams, environment and working directory
 * @returns the exit code
 * @example
 * ```ts
 * import { runCli } from "./cli/run.js";
 *
 * const code = await runCli(["validate", "project.json"], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   env: process.env,
 *   cwd: process.cwd(),
 * });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const state: ProgramState = { exitCode: ExitCode.ok };
  const program = createProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    return report(error, createContext(io, prescanGlobals(argv)));
  }
}
