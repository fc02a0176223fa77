// The page's texts in Chinese and English.
export type Lang = "zh" | "en";

const TEXTS = {
  title: { zh: "督查 Ducha 考核看板", en: "Ducha assessment dashboard" },
  switchLang: { zh: "English", en: "中文" },
  loadExample: { zh: "加载示例：生态文明城市", en: "Load example: eco-civilization city" },
  fileLabel: { zh: "选择项目或数据文件（JSON、CSV、XLSX）", en: "Choose a project or data file (JSON, CSV, XLSX)" },
  dropHint: {
    zh: "或将文件拖放到此处。项目 JSON 替换当前项目；CSV/XLSX/JSON 数据导入当前项目。",
    en: "Or drop files here. A project JSON replaces the current project; CSV/XLSX/JSON data is imported into it.",
  },
  asOf: { zh: "监测日期", en: "Monitoring date" },
  working: { zh: "计算中…", en: "Working…" },
  scored: { zh: "已评分 {n} 个单位，用时 {ms} 毫秒（后台线程）", en: "Scored {n} units in {ms} ms (in a worker)" },
  imported: { zh: "已导入观测值：{n}", en: "Imported observations: {n}" },
  tabRanking: { zh: "排名", en: "Ranking" },
  tabUnit: { zh: "单位详情", en: "Unit" },
  tabProgress: { zh: "进度监测", en: "Progress" },
  tabSupervision: { zh: "督办与问责", en: "Supervision" },
  tabDownloads: { zh: "下载", en: "Downloads" },
  category: { zh: "类别", en: "Category" },
  allCategories: { zh: "全部类别", en: "All categories" },
  search: { zh: "搜索单位", en: "Search units" },
  rank: { zh: "名次", en: "Rank" },
  categoryRank: { zh: "类内名次", en: "Cat. rank" },
  unit: { zh: "单位", en: "Unit" },
  name: { zh: "名称", en: "Name" },
  total: { zh: "综合得分", en: "Total" },
  grade: { zh: "等次", en: "Grade" },
  flags: { zh: "标记", en: "Flags" },
  showing: { zh: "共 {n} 行", en: "{n} rows" },
  chooseUnit: { zh: "请在排名表中选择一个单位。", en: "Choose a unit in the ranking table." },
  pillars: { zh: "一级指标得分", en: "Pillar scores" },
  radar: { zh: "{name}一级指标雷达图", en: "Pillar radar of {name}" },
  trace: { zh: "得分说明", en: "Score trace" },
  back: { zh: "返回排名", en: "Back to the ranking" },
  colour: { zh: "信号灯", en: "Light" },
  green: { zh: "绿灯", en: "Green" },
  yellow: { zh: "黄灯", en: "Yellow" },
  red: { zh: "红灯", en: "Red" },
  grey: { zh: "无数据", en: "No data" },
  allColours: { zh: "全部信号灯", en: "All lights" },
  indicator: { zh: "指标", en: "Indicator" },
  message: { zh: "说明", en: "Message" },
  items: { zh: "督查事项（红灯指标整改）", en: "Supervision items (lagging indicators)" },
  actions: { zh: "应启动的问责", en: "Accountability actions due" },
  item: { zh: "事项", en: "Item" },
  state: { zh: "状态", en: "State" },
  due: { zh: "整改时限", en: "Due" },
  rule: { zh: "规则", en: "Rule" },
  action: { zh: "措施", en: "Action" },
  target: { zh: "对象", en: "Target" },
  downloadXlsx: { zh: "下载结果工作簿（XLSX）", en: "Download results workbook (XLSX)" },
  downloadReport: { zh: "下载 HTML 报告", en: "Download HTML report" },
  importTitle: {
    zh: "导入“{file}”：读取 {read} 行，导入 {accepted} 行，拒绝 {rejected} 行",
    en: 'Imported "{file}": {read} rows read, {accepted} imported, {rejected} rejected',
  },
  row: { zh: "第 {row} 行", en: "row {row}" },
  column: { zh: "{column} 列", en: "column {column}" },
  projectInvalid: { zh: "项目无效", en: "The project is invalid" },
  projectLoaded: { zh: "已加载项目", en: "Project loaded" },
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  none: { zh: "无", en: "None" },
} as const;

/** A text key. */
export type TextKey = keyof typeof TEXTS;

/** The text for `key` in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
