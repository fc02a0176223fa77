import type { Lang } from "./context.js";

/** A message in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Every text the CLI prints besides library messages (which carry their own `zh`/`en`), keyed by
 * a stable name so both languages stay side by side.
 */
export const MESSAGES = {
  programDescription: () => ({
    zh: "督查（Ducha）：基于指标的目标督查与绩效考核",
    en: "Ducha (督查): indicator-based target supervision and performance assessment",
  }),
  fileNotFound: (p: { file: string }) => ({ zh: `找不到文件：${p.file}`, en: `file not found: ${p.file}` }),
  fileUnreadable: (p: { file: string; detail: string }) => ({
    zh: `无法读取文件 ${p.file}：${p.detail}`,
    en: `cannot read ${p.file}: ${p.detail}`,
  }),
  fileExists: (p: { file: string }) => ({
    zh: `${p.file} 已存在；如需覆盖请加 --force`,
    en: `${p.file} already exists; use --force to overwrite it`,
  }),
  writeFailed: (p: { file: string; detail: string }) => ({
    zh: `无法写入 ${p.file}：${p.detail}`,
    en: `cannot write ${p.file}: ${p.detail}`,
  }),
  usageHint: () => ({ zh: "运行 'ducha --help' 查看用法", en: "run 'ducha --help' for usage" }),
  internalError: (p: { detail: string }) => ({ zh: `内部错误：${p.detail}`, en: `internal error: ${p.detail}` }),
  validSummary: (p: { file: string; units: number; indicators: number; observations: number; warnings: number }) => ({
    zh: `✔ ${p.file} 校验通过（${p.units} 个被考核单位，${p.indicators} 项指标，${p.observations} 条观测值${
      p.warnings > 0 ? `，${p.warnings} 条警告` : ""
    }）`,
    en: `✔ ${p.file} is valid (${plural(p.units, "unit")}, ${plural(p.indicators, "indicator")}, ${plural(
      p.observations,
      "observation",
    )}${p.warnings > 0 ? `, ${plural(p.warnings, "warning")}` : ""})`,
  }),
  invalidSummary: (p: { file: string; errors: number; warnings: number }) => ({
    zh: `✖ ${p.file} 校验未通过：${p.errors} 个错误，${p.warnings} 条警告`,
    en: `✖ ${p.file} is invalid: ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}`,
  }),
  initCreated: (p: { file: string; example: string }) => ({
    zh: `已创建 ${p.file}（示例：${p.example}）`,
    en: `created ${p.file} (example: ${p.example})`,
  }),
  initCreatedFile: (p: { file: string }) => ({ zh: `已创建 ${p.file}`, en: `created ${p.file}` }),
  initKeptReadme: (p: { file: string }) => ({
    zh: `${p.file} 已存在，未改动`,
    en: `${p.file} already exists, left unchanged`,
  }),
  initNext: (p: { file: string }) => ({
    zh: `下一步：编辑项目文件，然后运行 ducha validate ${p.file}`,
    en: `next: edit the project, then run ducha validate ${p.file}`,
  }),
  // commander's usage errors, translated by code
  unknownCommand: (p: { name: string }) => ({ zh: `未知命令 '${p.name}'`, en: `unknown command '${p.name}'` }),
  unknownOption: (p: { name: string }) => ({ zh: `未知选项 '${p.name}'`, en: `unknown option '${p.name}'` }),
  missingArgument: (p: { name: string }) => ({
    zh: `缺少参数 '${p.name}'`,
    en: `missing required argument '${p.name}'`,
  }),
  didYouMean: (p: { suggestion: string }) => ({
    zh: `你是不是想输入 ${p.suggestion}？`,
    en: `did you mean ${p.suggestion}?`,
  }),
} satisfies Record<string, (p: never) => Bilingual>;

/** Picks a message in the chosen language. */
export function t(message: Bilingual, lang: Lang): string {
  return message[lang];
}
