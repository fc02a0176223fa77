import { DuchaError, type JsonPath } from "@ducha/schema";
import { ExitCode } from "./exit-code.js";
import type { Bilingual } from "./messages.js";

/** Where a CLI error points: a file, optionally a line/column in it or a JSON path. */
export interface CliErrorLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: JsonPath;
}

/**
 * An error a command reports to the user (命令行错误): a stable code, a bilingual message, where
 * it happened, and the exit code. The top-level handler prints it as `error: <location>: <message>`
 * (or as JSON with `--json`).
 */
export class CliError extends DuchaError {
  readonly messages: Bilingual;
  readonly exitCode: ExitCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(
    code: string,
    messages: Bilingual,
    options: CliErrorLocation & { exitCode?: ExitCode; cause?: unknown } = {},
  ) {
    super(code, messages.en, {
      ...(options.path === undefined ? {} : { path: options.path }),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.messages = messages;
    this.exitCode = options.exitCode ?? ExitCode.problems;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }
}
