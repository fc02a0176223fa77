import { tmpdir } from "node:os";
import type { CliIo } from "../context.js";

/** Options of {@link fakeIo}. */
export interface FakeIoOptions {
  /** Whether stdout claims to be a terminal (colours). Defaults to false. */
  readonly stdoutTty?: boolean;
  /** Whether stderr claims to be a terminal (progress bars; 100 columns wide). Defaults to false. */
  readonly stderrTty?: boolean;
  /** Environment variables. Defaults to `{}`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Working directory. Defaults to the OS temp directory. */
  readonly cwd?: string;
}

/** A {@link CliIo} that collects what a command writes, with accessors for the text so far. */
export interface FakeIo {
  readonly io: CliIo;
  stdout(): string;
  stderr(): string;
}

/**
 * An in-memory terminal for in-process runs of the CLI (`runCli(argv, fake.io)`), shared by the
 * CLI test files (test-only, never exported from the package).
 */
export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const stderrTty = options.stderrTty === true;
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s), isTTY: options.stdoutTty === true },
    stderr: Object.assign({ write: (s: string) => err.push(s), isTTY: stderrTty }, stderrTty ? { columns: 100 } : {}),
    env: options.env ?? {},
    cwd: options.cwd ?? tmpdir(),
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
