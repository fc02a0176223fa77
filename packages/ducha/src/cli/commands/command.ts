import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { ExitCode } from "../exit-code.js";

/**
 * A `ducha` sub-command. `register` adds it to the program (name, arguments, options, help) and
 * wires its action through `run`, which supplies the context built from the global options
 * (`--json`, `--lang`) and records the action's exit code.
 *
 * To add a command: write `commands/<name>.ts` exporting a `CommandDefinition`, and list it in
 * `commands/registry.ts`. Report problems by returning {@link ExitCode.problems} after printing
 * them, or by throwing a `CliError` (printed by the top-level handler).
 */
export interface CommandDefinition {
  /** The command name, e.g. `"validate"`. */
  readonly name: string;
  /** Adds the command to `program`. */
  register(program: Command, run: ActionRunner): void;
}

/**
 * Wraps a command body: `run(command, body)` builds the context from `command`'s options and the
 * global ones, awaits `body(ctx)` and stores its exit code.
 */
export type ActionRunner = (command: Command, body: (ctx: CliContext) => ExitCode | Promise<ExitCode>) => Promise<void>;
