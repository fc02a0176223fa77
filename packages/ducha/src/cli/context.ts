import { createColors } from "picocolors";

/** Languages of CLI messages. @since 0.1.0 */
export type Lang = "zh" | "en";

/** The languages `--lang` accepts. */
export const LANGS: readonly Lang[] = ["en", "zh"];

/** Where the CLI writes and what it knows about its environment (injected so tests can run it in-process). */
export interface CliIo {
  /** Standard output; `isTTY` decides colours. */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Standard error; `isTTY` decides progress bars. */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Environment variables (`NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** Colour functions; identity functions when colours are off. */
export type Colors = ReturnType<typeof createColors>;

/** What every command needs: the global options, output and colours. */
export interface CliContext {
  readonly io: CliIo;
  /** `--json`: print exactly one JSON document on stdout. */
  readonly json: boolean;
  /** `--lang`: language of messages. */
  readonly lang: Lang;
  readonly colors: Colors;
  /** Writes a line to stdout. */
  out(line: string): void;
  /** Writes a line to stderr. */
  err(line: string): void;
  /** Writes `value` as the single JSON document on stdout. */
  outJson(value: unknown): void;
}

/**
 * Colours are used only when stdout is a terminal, `--json` is off and `NO_COLOR` is unset or
 * empty (https://no-color.org).
 */
export function colorsEnabled(io: CliIo, json: boolean): boolean {
  const noColor = io.env.NO_COLOR;
  return !json && io.stdout.isTTY === true && (noColor === undefined || noColor === "");
}

/** Builds the context from the parsed global options. */
export function createContext(io: CliIo, options: { json?: boolean; lang?: Lang }): CliContext {
  const json = options.json === true;
  return {
    io,
    json,
    lang: options.lang ?? "en",
    colors: createColors(colorsEnabled(io, json)),
    out: (line) => io.stdout.write(`${line}\n`),
    err: (line) => io.stderr.write(`${line}\n`),
    outJson: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}

/**
 * Reads `--json` and `--lang` straight from argv, for errors raised before commander has parsed
 * the options (an unknown command is reported while parsing).
 */
export function prescanGlobals(argv: readonly string[]): { json: boolean; lang: Lang } {
  let json = false;
  let lang: Lang = "en";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    if (arg === "--json") json = true;
    const value = arg === "--lang" ? argv[i + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "zh" || value === "en") lang = value;
  }
  return { json, lang };
}
