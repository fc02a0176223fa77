import { analyseCommand } from "./analyse.js";
import type { CommandDefinition } from "./command.js";
import { explainCommand } from "./explain.js";
import { importCommand } from "./import.js";
import { initCommand } from "./init.js";
import { monitorCommand } from "./monitor.js";
import { reportCommand } from "./report.js";
import { scoreCommand } from "./score.js";
import { templateCommand } from "./template.js";
import { validateCommand } from "./validate.js";

/** Every `ducha` sub-command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  initCommand,
  validateCommand,
  templateCommand,
  importCommand,
  scoreCommand,
  explainCommand,
  monitorCommand,
  reportCommand,
  analyseCommand,
];
