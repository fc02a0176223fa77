#!/usr/bin/env node
// The `ducha` command. npm links this committed file at install time (`npm ci` in the repository
// runs before any build), and it loads the built CLI; in a clone that has not been built yet it
// says so instead of failing with a missing-module stack trace.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/cli.js", import.meta.url);
if (existsSync(fileURLToPath(cli))) {
  await import(cli.href);
} else {
  process.stderr.write(
    `error: the ducha CLI is not built yet (${fileURLToPath(cli)} is missing); run \`npm run build\` first\n`,
  );
  process.exitCode = 1;
}
