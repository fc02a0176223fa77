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
  // import / score / explain
  warningLabel: () => ({ zh: "警告", en: "warning" }),
  importStats: (p: {
    file: string;
    rowsRead: number;
    accepted: number;
    rejected: number;
    observations: number;
    errors: number;
    warnings: number;
  }) => ({
    zh: `${p.file}：读取 ${p.rowsRead} 行，接受 ${p.accepted} 行，拒绝 ${p.rejected} 行；${p.observations} 条观测值，${p.errors} 个错误，${p.warnings} 条警告`,
    en: `${p.file}: ${plural(p.rowsRead, "row")} read, ${p.accepted} accepted, ${p.rejected} rejected; ${plural(
      p.observations,
      "observation",
    )}, ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}`,
  }),
  importFailed: (p: { file: string; errors: number }) => ({
    zh: `✖ ${p.file} 有 ${p.errors} 个错误；请修正后重新导入`,
    en: `✖ ${p.file} has ${plural(p.errors, "error")}; fix them and import again`,
  }),
  importNotWritten: (p: { file: string }) => ({
    zh: `因存在错误，未写入 ${p.file}`,
    en: `${p.file} not written because of the errors`,
  }),
  observationsWritten: (p: { file: string; observations: number }) => ({
    zh: `已将 ${p.observations} 条观测值写入 ${p.file}`,
    en: `wrote ${plural(p.observations, "observation")} to ${p.file}`,
  }),
  resultsWritten: (p: { file: string }) => ({ zh: `已将结果写入 ${p.file}`, en: `wrote the results to ${p.file}` }),
  scoreTitle: (p: { plan: string; period: string; scored: number; units: number }) => ({
    zh: `${p.plan}（${p.period}）：${p.units} 个被考核单位，${p.scored} 个已评分`,
    en: `${p.plan} (${p.period}): ${plural(p.units, "unit")}, ${p.scored} scored`,
  }),
  mergedInvalid: (p: { file: string; errors: number }) => ({
    zh: `✖ ${p.file} 合并导入数据后校验未通过：${p.errors} 个错误`,
    en: `✖ ${p.file} with the imported data is invalid: ${plural(p.errors, "error")}`,
  }),
  unknownUnit: (p: { unit: string; suggestion: string | undefined }) => ({
    zh: `结果中没有被考核单位 '${p.unit}'${p.suggestion === undefined ? "" : `；你是不是想输入 '${p.suggestion}'？`}`,
    en: `unit '${p.unit}' is not in the results${p.suggestion === undefined ? "" : `; did you mean '${p.suggestion}'?`}`,
  }),
  unitNotInProject: (p: { unit: string; suggestion: string | undefined }) => ({
    zh: `项目中没有被考核单位 '${p.unit}'${p.suggestion === undefined ? "" : `；你是不是想输入 '${p.suggestion}'？`}`,
    en: `unit '${p.unit}' is not in the project${p.suggestion === undefined ? "" : `; did you mean '${p.suggestion}'?`}`,
  }),
  templateWritten: (p: { file: string; sheets: number; units: number; period: string }) => ({
    zh: `已写入填报模板 ${p.file}（${p.period}，${p.units} 个单位，${p.sheets} 个填报工作表）`,
    en: `wrote the data-entry template ${p.file} (${p.period}, ${plural(p.units, "unit")}, ${plural(
      p.sheets,
      "data sheet",
    )})`,
  }),
  templateNext: (p: { project: string; file: string }) => ({
    zh: `填好后运行：ducha import ${p.project} ${p.file}`,
    en: `when it is filled in: ducha import ${p.project} ${p.file}`,
  }),
  unknownNode: (p: { node: string; unit: string; suggestion: string | undefined }) => ({
    zh: `'${p.node}' 不是单位 '${p.unit}' 的指标或指标节点${p.suggestion === undefined ? "" : `；你是不是想输入 '${p.suggestion}'？`}`,
    en: `'${p.node}' is not an indicator or node of unit '${p.unit}'${
      p.suggestion === undefined ? "" : `; did you mean '${p.suggestion}'?`
    }`,
  }),
  unsupportedFormat: (p: { file: string; supported: string }) => ({
    zh: `不支持 ${p.file} 的文件格式；支持：${p.supported}`,
    en: `unsupported file format of ${p.file}; expected ${p.supported}`,
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
