import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";

// Shared by the test files that run scripts against the BUILT packages (dist/) in child processes,
// as a user's project would: `useBuiltPackages()` (re)builds dist/ with turbo when it is missing or
// older than any source file, under one lock directory shared by every such file
// (packages/ducha/test/cli.test.ts and the examples' run tests), and holds the lock until the file's
// last test so no other test file rebuilds (and cleans) dist/ while this one runs it.

/** The repository root. */
export const repoRoot: string = fileURLToPath(new URL("../..", import.meta.url));

/** The publishable packages, in dependency order. */
export const PACKAGES = ["schema", "scoring", "accountability", "io", "ducha"] as const;

/** Newest modification time under `path`; test files are not build inputs (see turbo.json). */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = readdirSync(path).filter((entry) => !/\.test(-d)?\.ts$/.test(entry));
  return Math.max(0, ...entries.map((entry) => newestMtime(join(path, entry))));
}

/** Whether any package's dist/ is missing or older than its sources or package.json. */
export function distIsStale(root: string = repoRoot): boolean {
  for (const name of PACKAGES) {
    const dir = join(root, "packages", name);
    const dist = join(dir, "dist", "index.js");
    if (!existsSync(dist)) return true;
    const sources = Math.max(newestMtime(join(dir, "src")), newestMtime(join(dir, "package.json")));
    if (statSync(dist).mtimeMs < sources) return true;
  }
  return false;
}

/**
 * Takes the lock directory `node_modules/.ducha-build-lock` and returns its release function. A
 * lock older than 10 minutes is stale and removed; waiting longer than 10 minutes throws.
 */
export async function acquireBuildLock(root: string = repoRoot): Promise<() => void> {
  const lock = join(root, "node_modules", ".ducha-build-lock");
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EEXIST") throw error;
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error("timed out waiting for the dist/ build lock");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Registers `beforeAll`/`afterAll` hooks: take the build lock, build every package with turbo when
 * dist/ is stale, and release the lock after the file's last test.
 */
export function useBuiltPackages(): void {
  let release: () => void = () => {};
  beforeAll(async () => {
    release = await acquireBuildLock();
    try {
      if (!distIsStale()) return;
      const r = spawnSync("npx", ["turbo", "run", "build", "--filter=ducha..."], { cwd: repoRoot, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`building the packages failed:\n${r.stdout}\n${r.stderr}`);
    } catch (error) {
      release();
      throw error;
    }
  }, 660_000);
  afterAll(() => release());
}

/** What a child process printed and how it ended. */
export interface NodeRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <script> …args` in a child process from the repository root (without colours) and
 * resolves with its exit code and output; never rejects.
 */
export function runNode(script: string, args: readonly string[] = [], cwd: string = repoRoot): Promise<NodeRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : null, stdout, stderr }),
    );
    child.stdin?.end();
  });
}
