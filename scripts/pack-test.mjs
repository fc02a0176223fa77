// After `npm run build`: packs every publishable package with `npm pack`, installs the tarballs
// into a scratch project in the OS temp directory (outside the repository, so nothing resolves to
// the workspace), and runs the embed example there as a user's project would — as an ES module
// (embed.mjs, `import`) and as CommonJS (embed.cjs, `require`). Both must print exactly what
// examples/embed/embed.mjs prints in the repository. Also checks that the `ducha` SDK loads both
// ways, that its `ducha` binary runs and that `ducha init` finds the packed templates.
// Third-party dependencies come from the npm registry.
//   node scripts/pack-test.mjs [--keep]   (--keep leaves the scratch directory for inspection)
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const embed = join(repo, "examples", "embed");
const EMBED_FILES = ["embed.mjs", "embed.cjs", "project.json", "data.csv"];
const keep = process.argv.includes("--keep");
const started = Date.now();

class PackTestError extends Error {}
const fail = (message) => {
  throw new PackTestError(message);
};

// npm, when this script runs under `npm run`, exports its settings for the repository (the local
// prefix, the workspace, the package …); the scratch project must not inherit them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(config_(local_prefix|prefix|workspaces?|include_workspace_root)|package_|lifecycle_)/i.test(key),
  ),
);
env.NO_COLOR = "1";
env.FORCE_COLOR = "0";

/** Runs a command, returning its stdout; a failure throws with the command, its output and a hint. */
function run(command, args, cwd, hint) {
  try {
    return execFileSync(command, args, {
      cwd,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    });
  } catch (error) {
    const output = [error.stdout, error.stderr].filter((s) => typeof s === "string" && s.trim() !== "").join("\n");
    return fail(`${hint}\n  $ ${[command, ...args].join(" ")}   (in ${cwd})\n${output.trimEnd()}`);
  }
}

const step = (text) => console.log(`pack-test: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// The publishable packages: every packages/* that is not private, with its built dist/.
const packages = readdirSync(join(repo, "packages"))
  .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(repo, "packages", dir, "package.json"), "utf8")) }))
  .filter(({ json }) => json.private !== true);
for (const { dir, json } of packages) {
  if (!existsSync(join(repo, "packages", dir, "dist", "index.js")))
    fail(`${json.name}: packages/${dir}/dist/index.js is missing — run \`npm run build\` first`);
}

const scratch = mkdtempSync(join(tmpdir(), "ducha-pack-test-"));
if (relative(repo, scratch).split(sep)[0] !== "..") fail(`the temp directory ${scratch} is inside the repository`);
let ok = false;
try {
  // 1. npm pack every package into <scratch>/tarballs.
  const tarballs = join(scratch, "tarballs");
  mkdirSync(tarballs);
  const packed = JSON.parse(
    run(
      "npm",
      ["pack", "--json", "--pack-destination", tarballs, ...packages.flatMap(({ dir }) => ["-w", `packages/${dir}`])],
      repo,
      "npm pack failed",
    ),
  );
  const tarballOf = new Map(packed.map((p) => [p.name, p.filename]));
  for (const { json } of packages) {
    const file = tarballOf.get(json.name);
    if (file === undefined || !existsSync(join(tarballs, file)))
      fail(`npm pack did not produce a tarball for ${json.name}`);
    const entries = packed.find((p) => p.name === json.name).files.map((f) => f.path);
    for (const required of ["package.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"])
      if (!entries.includes(required)) fail(`${file} lacks ${required}; it holds: ${entries.join(", ")}`);
  }
  step(`packed ${packages.length} packages: ${[...tarballOf.values()].join(", ")}`);

  // 2. A scratch project that depends on the tarballs, as a user's project depends on the registry.
  const app = join(scratch, "app");
  mkdirSync(app);
  const dependencies = Object.fromEntries(
    packages.map(({ json }) => [json.name, `file:${relative(app, join(tarballs, tarballOf.get(json.name)))}`]),
  );
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "ducha-pack-test-app", version: "0.0.0", private: true, dependencies }, null, 2)}\n`,
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], app, "npm install of the tarballs failed");
  for (const { json } of packages) {
    const installed = join(app, "node_modules", ...json.name.split("/"), "package.json");
    if (!existsSync(installed)) fail(`${json.name} is not installed in the scratch project (${installed})`);
    const version = JSON.parse(readFileSync(installed, "utf8")).version;
    if (version !== json.version) fail(`${json.name}: installed ${version}, packed ${json.version}`);
    if (existsSync(join(app, "node_modules", ...json.name.split("/"), "src")))
      fail(`${json.name}: the installed package contains src/ — check "files" in its package.json`);
  }
  // Every copy of a Ducha package, nested ones included, must come from a tarball, never the registry.
  const names = new Set(packages.map(({ json }) => json.name));
  const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    if (path !== "" && names.has(name) && !String(entry.resolved ?? "").startsWith("file:"))
      fail(`${path} in the scratch project was installed from ${entry.resolved ?? "?"}, not from its packed tarball`);
  }
  step("installed the tarballs and their dependencies into a scratch project");

  // 3. The embed example against the installed tarballs: ESM and CJS print what the repo prints.
  for (const file of EMBED_FILES) copyFileSync(join(embed, file), join(app, file));
  const expected = run(
    process.execPath,
    [join(embed, "embed.mjs")],
    repo,
    "examples/embed/embed.mjs fails in the repository",
  );
  if (!/^1\. \S+ \d+\.\d\d$/m.test(expected)) fail(`examples/embed/embed.mjs printed no ranking:\n${expected}`);
  const resolved = run(
    process.execPath,
    ["-p", 'require.resolve("@ducha/schema") + "\\n" + require.resolve("@ducha/io/csv")'],
    app,
    "the packages cannot be resolved in the scratch project",
  );
  for (const path of resolved.trim().split("\n"))
    if (!path.startsWith(join(app, "node_modules")))
      fail(`resolved ${path} outside the scratch project's node_modules`);
  for (const script of ["embed.mjs", "embed.cjs"]) {
    const actual = run(process.execPath, [script], app, `${script} fails against the packed packages`);
    if (actual !== expected) {
      const a = actual.split("\n");
      const e = expected.split("\n");
      const line = e.findIndex((text, i) => a[i] !== text);
      fail(
        `${script} against the packed packages prints something else than examples/embed/embed.mjs in the repository;` +
          ` first difference at line ${line + 1}:\n  expected: ${JSON.stringify(e[line])}\n  actual:   ${JSON.stringify(a[line])}`,
      );
    }
  }
  step("embed.mjs (import) and embed.cjs (require) print the same as in the repository");

  // 4. The SDK loads both ways, and the CLI binary runs.
  const ducha = packages.find(({ json }) => json.name === "ducha")?.json;
  if (ducha !== undefined) {
    run(
      process.execPath,
      ["-e", 'const d = require("ducha"); if (typeof d.assess !== "function") throw new Error("no assess")'],
      app,
      "require('ducha') fails in the scratch project",
    );
    run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'const d = await import("ducha"); if (typeof d.assess !== "function") throw new Error("no assess")',
      ],
      app,
      "import('ducha') fails in the scratch project",
    );
    const bin = join(app, "node_modules", ".bin", "ducha");
    const version = run(bin, ["--version"], app, "the installed ducha binary fails").trim();
    if (version !== ducha.version)
      fail(`ducha --version printed ${JSON.stringify(version)}, expected ${ducha.version}`);
    // The templates ship in the tarball: `ducha init` writes a starter project that validates.
    run(bin, ["init", "starter", "--example", "green-index"], app, "ducha init fails with the packed templates");
    run(bin, ["validate", join("starter", "project.json")], app, "the project written by ducha init is not valid");
    step(`the ducha SDK loads via require and import; ducha --version → ${version}; ducha init + validate work`);
  }
  ok = true;
} catch (error) {
  console.error(`pack-test FAILED: ${error instanceof PackTestError ? error.message : (error?.stack ?? error)}`);
  if (keep) console.error(`scratch directory kept: ${scratch}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
}
if (ok) {
  console.log(
    `pack-test: every package installs from its npm pack tarball outside the repository and the embed example runs (ESM + CJS) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (keep) console.log(`scratch directory kept: ${scratch}`);
}
