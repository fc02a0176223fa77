import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { createProgram } from "../packages/ducha/src/cli/program.js";
import { runCli } from "../packages/ducha/src/cli/run.js";
import { fakeIo } from "../packages/ducha/src/cli/test-helpers/fake-io.js";
import { type DocBlock, duchaCommands, extractBlocks, shellWords, typecheckBlocks } from "./lib/doc-blocks.js";

// The guides' code is checked like code: every ```ts block of docs/guide/*.md typechecks against the
// packages' sources with the repository's compiler options; blocks marked ```ts run also run (in a
// scratch directory holding project.json — the eco-city example — and 2024.csv); the `npx ducha`
// lines of cli.md run in-process in such a directory and must exit as their `# exit N` comment says
// (0 when none), and every command and option of the CLI is documented in cli.md.
const root = fileURLToPath(new URL("..", import.meta.url));
const guides = join(root, "docs", "guide");

const files = readdirSync(guides)
  .filter((f) => f.endsWith(".md"))
  .sort();
const blocks: DocBlock[] = files.flatMap((f) =>
  extractBlocks(readFileSync(join(guides, f), "utf8"), `docs/guide/${f}`),
);
const tsBlocks = blocks.filter((b) => b.lang === "ts" || b.lang === "typescript");

/** A scratch directory as a user's project folder: project.json and a small data file. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "ducha-docs-"));
  copyFileSync(join(root, "packages", "ducha", "templates", "eco-city.project.json"), join(dir, "project.json"));
  writeFileSync(
    join(dir, "2024.csv"),
    "unit,indicator,period,value\nd_east,gdp_growth,2024,6.1\nd_west,pm25,2024,33.5\nc_qing,new_jobs,2024,1.31\n",
  );
  copyFileSync(
    join(root, "examples", "eco-civilization-city", "data", "monthly-2024.csv"),
    join(dir, "monthly-2024.csv"),
  );
  return dir;
}

/** In-memory streams for an in-process CLI run (the CLI tests' own fake terminal), colours off. */
const memoryIo = (cwd: string) => fakeIo({ cwd, env: { NO_COLOR: "1" } });

describe("docs/guide code blocks", () => {
  it("the guides exist and hold checked code", () => {
    for (const guide of [
      "getting-started.md",
      "cli.md",
      "embedding.md",
      "import-export.md",
      "faq.md",
      "accountability.md",
      "indicator-system.md",
    ])
      expect(files).toContain(guide);
    expect(tsBlocks.length).toBeGreaterThan(10);
    expect(tsBlocks.filter((b) => b.flags.includes("run")).length).toBeGreaterThan(3);
  });

  it("every ```ts block typechecks against the package sources", () => {
    const problems = typecheckBlocks(root, tsBlocks).map((d) => d.text);
    expect(problems).toEqual([]);
  }, 120_000);

  it("a broken block fails the check (the checker itself is tested)", () => {
    const broken: DocBlock[] = [
      {
        file: "docs/guide/x.md",
        line: 10,
        lang: "ts",
        flags: [],
        code: 'import { assess } from "ducha";\nconst n: number = assess;\nimport { nothing } from "ducha";\n',
      },
      { file: "docs/guide/y.md", line: 3, lang: "ts", flags: [], code: "const x = ;\n" },
    ];
    const problems = typecheckBlocks(root, broken).map((d) => d.text);
    expect(problems.some((p) => p.startsWith("docs/guide/x.md:11:7: Type "))).toBe(true);
    expect(problems.some((p) => p.startsWith("docs/guide/x.md:12:") && p.includes("nothing"))).toBe(true);
    expect(problems.some((p) => p.startsWith("docs/guide/y.md:3:"))).toBe(true);
  }, 120_000);

  it.each(tsBlocks.filter((b) => b.flags.includes("run")).map((b) => [`${b.file}:${b.line}`, b] as const))(
    "```ts run block %s runs",
    async (_name, block) => {
      const dir = scratch();
      const file = join(dir, "block.ts");
      writeFileSync(file, block.code);
      const cwd = process.cwd();
      const log = console.log;
      console.log = () => {}; // the blocks print what they show; the assertions inside them check it
      process.chdir(dir);
      try {
        await import(pathToFileURL(file).href);
      } finally {
        process.chdir(cwd);
        console.log = log;
      }
    },
    120_000,
  );
});

describe("docs/guide/cli.md", () => {
  const cliBlocks = extractBlocks(readFileSync(join(guides, "cli.md"), "utf8"), "docs/guide/cli.md");
  const text = readFileSync(join(guides, "cli.md"), "utf8");
  const program = createProgram(memoryIo(tmpdir()).io, { exitCode: 0 });

  it("shellWords splits like a shell", () => {
    expect(shellWords(`npx ducha score "my project.json" --top 3 # exit 0`)).toEqual([
      "npx",
      "ducha",
      "score",
      "my project.json",
      "--top",
      "3",
    ]);
  });

  it("documents every command and every option", () => {
    for (const command of program.commands) {
      expect(text, command.name()).toMatch(new RegExp(`^#+ \`ducha ${command.name()}\\b`, "m"));
      for (const option of command.options)
        expect(text, `${command.name()} ${option.long}`).toContain(`${option.long}`);
    }
    for (const option of program.options) expect(text).toContain(`${option.long}`);
  });

  it("every command has --help", async () => {
    for (const command of program.commands) {
      const { io, stdout } = memoryIo(tmpdir());
      expect(await runCli([command.name(), "--help"], io)).toBe(0);
      expect(stdout()).toContain(`Usage: ducha ${command.name()}`);
    }
  });

  it("the documented command lines run and exit as documented", async () => {
    const commands = duchaCommands(cliBlocks);
    expect(commands.length).toBeGreaterThan(15);
    const dir = scratch();
    const failures: string[] = [];
    for (const { block, argv, exit } of commands) {
      const { io, stdout, stderr } = memoryIo(dir);
      const code = await runCli(argv, io);
      if (code !== exit)
        failures.push(
          `${block.file}:${block.line}: ducha ${argv.join(" ")} exited ${code}, documented ${exit}\n${stdout()}${stderr()}`,
        );
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
