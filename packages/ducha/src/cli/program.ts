import { Command, Option } from "commander";
import { VERSION } from "../version.js";
import type { ActionRunner } from "./commands/command.js";
import { COMMANDS } from "./commands/registry.js";
import { type CliIo, createContext, LANGS, type Lang } from "./context.js";
import { MESSAGES } from "./messages.js";

/** What a run of the program produced besides output: the exit code chosen by the action. */
export interface ProgramState {
  exitCode: number;
}

/**
 * Builds the `ducha` program: global options (`--json`, `--lang`, `--version`), every command of
 * the registry, `exitOverride` (errors are thrown to the caller, never `process.exit`) and output
 * routed to `io`. Commander's own error printing is switched off; the caller's single error
 * handler prints usage errors.
 */
export function createProgram(io: CliIo, state: ProgramState): Command {
  const program = new Command("ducha");
  program
    .description(MESSAGES.programDescription().en)
    .version(VERSION, "-v, --version", "print the version")
    .option("--json", "machine-readable output: one JSON document on stdout", false)
    .addOption(new Option("--lang <lang>", "language of messages (zh or en)").choices(LANGS).default("en"))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });
  const run: ActionRunner = async (command, body) => {
    const globals = command.optsWithGlobals<{ json?: boolean; lang?: Lang }>();
    state.exitCode = await body(createContext(io, globals));
  };
  for (const definition of COMMANDS) definition.register(program, run);
  return program;
}
