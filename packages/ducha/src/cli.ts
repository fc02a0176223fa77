#!/usr/bin/env node
import { Command } from "commander";
import { VERSION } from "./version.js";

/**
 * Builds the `ducha` command-line program.
 *
 * @internal
 */
export function createProgram(): Command {
  const program = new Command("ducha");
  program
    .description("Ducha (督查): indicator-based target supervision and performance assessment")
    .version(VERSION, "-v, --version", "print the version")
    .showHelpAfterError()
    .exitOverride();
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version") return 0;
    if (typeof code === "string" && code.startsWith("commander.")) return 2;
    throw error;
  }
}

main(process.argv).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
