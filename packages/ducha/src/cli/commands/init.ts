import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { type Command, Option } from "commander";
import { readTemplate, TEMPLATE_NAMES, type TemplateName } from "../../templates.js";
import { CliError } from "../cli-error.js";
import type { CliContext, Lang } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { MESSAGES, t } from "../messages.js";
import type { CommandDefinition } from "./command.js";

const DESCRIPTIONS: Record<TemplateName, { zh: string; en: string }> = {
  "eco-city": {
    zh: "生态文明城市目标绩效考核：经济、生态、民生、领导履职四大板块并行等重，城区、县（市）、市直部门分类考核。",
    en: "Eco-civilization city target performance assessment: four equally weighted pillars (economy, ecology, livelihood, leaders' duty), districts, counties and departments assessed by category.",
  },
  "green-index": {
    zh: "省级绿色发展指数：6 个分类指数按《绿色发展指标体系》权重汇总，功效系数法（60–100 分）评价各地级市。",
    en: "Provincial green development index: 6 sub-indices weighted as in China's Green Development Indicator System, efficacy-coefficient scores (60–100) for prefecture-level cities.",
  },
  okr: {
    zh: "企业 KPI/OKR 计分卡：部门为考核对象，增长、压降、保持区间、里程碑四类目标，按完成率计分并评定等次。",
    en: "Company KPI/OKR scorecard: departments as units, maximise / minimise / maintain / milestone targets, completion-ratio scoring and grades.",
  },
};

/** The README written next to the new project: what the example is and what to do next. */
function readme(example: TemplateName, lang: Lang): string {
  const d = DESCRIPTIONS[example];
  if (lang === "zh")
    return `# 督查（Ducha）项目

由 \`ducha init --example ${example}\` 生成。

${d.zh}

## 下一步

1. 编辑 \`project.json\`：指标体系（\`system\`）、被考核单位（\`units\`）、目标值（\`targets\`）、实际值（\`observations\`）和考核办法（\`plan\`）。
2. 运行 \`ducha validate project.json\`，列出全部问题（路径、说明、错误码）。
3. 运行 \`ducha --help\` 查看全部命令。

项目文件格式见 \`@ducha/schema\` 的 JSON Schema。
`;
  return `# Ducha project

Created by \`ducha init --example ${example}\`.

${d.en}

## Next steps

1. Edit \`project.json\`: the indicator system (\`system\`), the assessed units (\`units\`), targets (\`targets\`), actual values (\`observations\`) and the assessment plan (\`plan\`).
2. Run \`ducha validate project.json\` to list every problem (path, message, code).
3. Run \`ducha --help\` for all commands.

The project file format is described by the JSON Schema in \`@ducha/schema\`.
`;
}

function write(file: string, text: string, shown: string): void {
  try {
    writeFileSync(file, text, "utf8");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError("file_unwritable", MESSAGES.writeFailed({ file: shown, detail }), { file: shown, cause: error });
  }
}

/**
 * `ducha init [dir] [--example eco-city|green-index|okr] [--force]` — writes a starter
 * `project.json` and a `README.md` with next steps into `dir` (created if needed; default `.`).
 * An existing `project.json` is never overwritten without `--force`; an existing `README.md` is
 * left unchanged unless `--force`.
 */
export const initCommand: CommandDefinition = {
  name: "init",
  register(program, run) {
    program
      .command("init")
      .description("create a starter project.json from an example (从示例创建项目)")
      .argument("[dir]", "directory to create the project in", ".")
      .addOption(
        new Option("-e, --example <name>", "which example to start from").choices(TEMPLATE_NAMES).default("eco-city"),
      )
      .option("-f, --force", "overwrite an existing project.json and README.md", false)
      .action(async (_dir: string, _options: unknown, command: Command) =>
        run(command, (ctx: CliContext) => {
          const dirArg = (command.args[0] as string | undefined) ?? ".";
          const { example, force } = command.opts<{ example: TemplateName; force: boolean }>();
          const dir = resolve(ctx.io.cwd, dirArg);
          // paths as the user will recognise them: relative below the working directory, else absolute
          const shown = (name: string) => {
            const rel = relative(ctx.io.cwd, join(dir, name));
            return rel.startsWith("..") || isAbsolute(rel) ? join(dir, name) : rel;
          };
          const projectFile = join(dir, "project.json");
          const readmeFile = join(dir, "README.md");
          if (existsSync(projectFile) && !force)
            throw new CliError("file_exists", MESSAGES.fileExists({ file: shown("project.json") }), {
              file: shown("project.json"),
            });
          try {
            mkdirSync(dir, { recursive: true });
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            throw new CliError("file_unwritable", MESSAGES.writeFailed({ file: dirArg, detail }), {
              file: dirArg,
              cause: error,
            });
          }
          write(projectFile, readTemplate(example), shown("project.json"));
          const written = [shown("project.json")];
          const kept: string[] = [];
          if (existsSync(readmeFile) && !force) kept.push(shown("README.md"));
          else {
            write(readmeFile, readme(example, ctx.lang), shown("README.md"));
            written.push(shown("README.md"));
          }
          if (ctx.json) {
            ctx.outJson({ ok: true, example, files: written, kept });
            return ExitCode.ok;
          }
          const [project, ...others] = written;
          ctx.out(ctx.colors.green(t(MESSAGES.initCreated({ file: project ?? "", example }), ctx.lang)));
          for (const file of others) ctx.out(ctx.colors.green(t(MESSAGES.initCreatedFile({ file }), ctx.lang)));
          for (const file of kept) ctx.out(ctx.colors.yellow(t(MESSAGES.initKeptReadme({ file }), ctx.lang)));
          ctx.out(t(MESSAGES.initNext({ file: shown("project.json") }), ctx.lang));
          return ExitCode.ok;
        }),
      );
  },
};
