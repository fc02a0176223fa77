import { dirname, join } from "node:path";
import ts from "typescript";

/** A fenced code block of a Markdown file. */
export interface DocBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the block's first code line. */
  readonly line: number;
  /** The fence's language, e.g. `ts`, `sh`. */
  readonly lang: string;
  /** Words after the language, e.g. `["run"]` for ```` ```ts run ````. */
  readonly flags: readonly string[];
  readonly code: string;
}

/** Every fenced code block (```` ``` ```` or `~~~`) of a Markdown text, in order. */
export function extractBlocks(markdown: string, file: string): DocBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i] ?? "");
    if (open === null) continue;
    const fence = open[2] as string;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? "").trim().startsWith(fence)) body.push(lines[j++] ?? "");
    blocks.push({
      file,
      line: i + 2,
      lang: open[3] ?? "",
      flags: (open[4] ?? "").split(/\s+/).filter((f) => f !== ""),
      code: `${body.join("\n")}\n`,
    });
    i = j;
  }
  return blocks;
}

/** A TypeScript problem in a block, located in the Markdown file. */
export interface BlockDiagnostic {
  readonly block: DocBlock;
  /** `docs/guide/x.md:12:5: message`. */
  readonly text: string;
}

/** The virtual file name of block `index` (next to the guides, so it resolves like a project file). */
export function blockFileName(root: string, block: DocBlock, index: number): string {
  return join(root, dirname(block.file), `__doc_block_${index}.ts`);
}

/**
 * Typechecks code blocks as TypeScript modules with the repository's compiler options
 * (tsconfig.base.json: strict, exactOptionalPropertyTypes, NodeNext …), resolving `ducha` and
 * `@ducha/*` to the packages' sources. Returns every syntactic and semantic problem of the blocks
 * (not of the packages), located in the Markdown files.
 */
export function typecheckBlocks(root: string, blocks: readonly DocBlock[]): BlockDiagnostic[] {
  const config = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const src = (pkg: string, entry = "index.ts") => [join("packages", pkg, "src", entry)];
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    types: ["node"],
    moduleDetection: ts.ModuleDetectionKind.Force,
    baseUrl: root,
    paths: {
      ducha: src("ducha"),
      "@ducha/schema": src("schema"),
      "@ducha/scoring": src("scoring"),
      "@ducha/accountability": src("accountability"),
      "@ducha/io": src("io"),
      "@ducha/io/*": [join("packages", "io", "src", "*", "index.ts")],
    },
  };
  const virtual = new Map<string, { block: DocBlock; text: string }>();
  blocks.forEach((block, index) => {
    virtual.set(blockFileName(root, block, index), { block, text: block.code });
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    const v = virtual.get(name);
    return v === undefined ? getSourceFile(name, version, onError, create) : ts.createSourceFile(name, v.text, version);
  };
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => virtual.get(name)?.text ?? readFile(name);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const out: BlockDiagnostic[] = [];
  for (const [name, { block }] of virtual) {
    const sourceFile = program.getSourceFile(name);
    if (sourceFile === undefined) throw new Error(`no source file for ${name}`);
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    for (const d of diagnostics) {
      const { line, character } = sourceFile.getLineAndCharacterOfPosition(d.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      out.push({ block, text: `${block.file}:${block.line + line}:${character + 1}: ${message}` });
    }
  }
  return out;
}

/** Splits a shell command line into words: quotes group, `#` starts a comment, `\` at the end continues. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let current = "";
  let quote: string | undefined;
  let started = false;
  for (const ch of line) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (ch === "#" && !started && current === "") break;
    else if (/\s/.test(ch)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

/**
 * The `npx ducha …` command lines of shell blocks, with the exit code a trailing comment names
 * (`# exit 1`; default 0) and the words after `npx ducha`.
 */
export function duchaCommands(blocks: readonly DocBlock[]): { block: DocBlock; argv: string[]; exit: number }[] {
  const out: { block: DocBlock; argv: string[]; exit: number }[] = [];
  for (const block of blocks) {
    if (block.lang !== "sh" && block.lang !== "bash" && block.lang !== "console") continue;
    for (const raw of block.code.split("\n")) {
      const line = raw.replace(/^\$\s*/, "").trim();
      if (!line.startsWith("npx ducha")) continue;
      const words = shellWords(line);
      const exit = Number(/#.*\bexit (\d)\b/.exec(line)?.[1] ?? "0");
      out.push({ block, argv: words.slice(2), exit });
    }
  }
  return out;
}
