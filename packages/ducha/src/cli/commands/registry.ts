import type { CommandDefinition } from "./command.js";
import { initCommand } from "./init.js";
import { validateCommand } from "./validate.js";

/** Every `ducha` sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [initCommand, validateCommand];
