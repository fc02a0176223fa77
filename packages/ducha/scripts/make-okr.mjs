// Generates the `okr` example project: a company KPI/OKR scorecard (企业绩效计分卡). Departments
// are the assessed units, grouped in three categories (front office, delivery, support) that
// assess different indicators. The four target types of corporate KPI programmes appear:
// maximise (higher-better, completion ratio x / t capped at 120 %), minimise (lower-better,
// inverse t / x or reflected (2t − x) / t), maintain (a target range, full score inside it) and
// milestone (a task with a deadline: done / partly-done / late / not-done). Balanced-scorecard
// perspectives (Kaplan & Norton 1992) are the tree's top level. Grades follow the usual traffic
// light on completion: green ≥ 90 %, yellow 75–89 %, red < 75 %, plus "exceeds" ≥ 100 % limited to
// a quarter of the departments. The company and values are made up. Deterministic:
//   node packages/ducha/scripts/make-okr.mjs > packages/ducha/templates/okr.project.json

let seed = 20250101;
const rand = () => {
  // Park–Miller minimal standard generator
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const pick = (items) => items[Math.floor(rand() * items.length)];

const categories = [
  { id: "front_office", name: { zh: "前台业务部门", en: "Front office" } },
  { id: "delivery", name: { zh: "研发与交付部门", en: "Product and delivery" } },
  { id: "support", name: { zh: "职能支持部门", en: "Support functions" } },
];

const departments = [
  ["sales", "销售部", "Sales", "front_office"],
  ["marketing", "市场部", "Marketing", "front_office"],
  ["service", "客户服务部", "Customer service", "front_office"],
  ["rnd", "研发中心", "R&D centre", "delivery"],
  ["production", "生产部", "Production", "delivery"],
  ["quality", "质量部", "Quality", "delivery"],
  ["hr", "人力资源部", "Human resources", "support"],
  ["finance", "财务部", "Finance", "support"],
];

const units = [
  { id: "company", name: { zh: "示例科技有限公司", en: "Example Tech Co., Ltd." }, type: "company", assessed: false },
  ...departments.map(([id, zh, en, category]) => ({
    id,
    name: { zh, en },
    parent: "company",
    type: "department",
    category,
  })),
];

const nodes = [
  ["financial", "财务", "Financial", "0.35"],
  ["customer", "客户", "Customer", "0.25"],
  ["process", "内部流程", "Internal process", "0.25"],
  ["learning", "学习与成长", "Learning and growth", "0.15"],
].map(([id, zh, en, weight]) => ({ id, name: { zh, en }, weight }));

const maximise = { method: "completion-ratio", cap: "1.2" };
const minimise = { method: "completion-ratio", variant: "inverse", cap: "1.2" };
const minimiseReflected = { method: "completion-ratio", variant: "reflected", cap: "1.2" };
const maintain = { method: "target-range", tolerance: "10" };
const milestone = { method: "task-status", map: { done: "100", "partly-done": "60", late: "50", "not-done": "0" } };

// [id, parent, zh, en, unit, direction, kind, scoring, weight, categories, target spec]
// target spec: { t: value by department } | { range: [low, high] } | { deadline }
const all = ["front_office", "delivery", "support"];
const defs = [
  [
    "revenue",
    "financial",
    "销售收入",
    "Revenue",
    "万元",
    "higher-better",
    "quantitative",
    maximise,
    "3",
    ["front_office"],
    { t: { sales: 52000, marketing: 18000, service: 6500 } },
  ],
  [
    "gross_margin",
    "financial",
    "毛利率",
    "Gross margin",
    "%",
    "higher-better",
    "quantitative",
    maximise,
    "2",
    ["front_office"],
    { t: { sales: 34, marketing: 30, service: 42 } },
  ],
  [
    "unit_cost",
    "financial",
    "单位产品成本",
    "Unit cost",
    "元/件",
    "lower-better",
    "quantitative",
    minimise,
    "2",
    ["delivery"],
    { t: { rnd: 410, production: 385, quality: 395 } },
  ],
  [
    "budget_execution",
    "financial",
    "费用预算执行率",
    "Expense budget execution",
    "%",
    "target-range",
    "quantitative",
    maintain,
    "1",
    all,
    { range: ["95", "100"] },
  ],
  [
    "new_customers",
    "customer",
    "新签客户数",
    "New customers signed",
    "家",
    "higher-better",
    "quantitative",
    maximise,
    "2",
    ["front_office"],
    { t: { sales: 120, marketing: 60, service: 25 } },
  ],
  [
    "customer_satisfaction",
    "customer",
    "客户满意度",
    "Customer satisfaction",
    "分",
    "higher-better",
    "survey",
    { method: "completion-ratio", cap: "1" },
    "2",
    all,
    { t: 90 },
  ],
  [
    "complaint_response",
    "process",
    "投诉平均响应时长",
    "Average complaint response time",
    "小时",
    "lower-better",
    "quantitative",
    minimise,
    "1",
    ["front_office"],
    { t: { sales: 8, marketing: 8, service: 4 } },
  ],
  [
    "on_time_delivery",
    "process",
    "按期交付率",
    "On-time delivery",
    "%",
    "higher-better",
    "quantitative",
    { method: "completion-ratio", cap: "1" },
    "2",
    ["delivery"],
    { t: 98 },
  ],
  [
    "defect_rate",
    "process",
    "产品不良率",
    "Defect rate",
    "‰",
    "lower-better",
    "quantitative",
    minimiseReflected,
    "2",
    ["delivery"],
    { t: { rnd: 3, production: 2.5, quality: 2 } },
  ],
  [
    "inventory_days",
    "process",
    "库存周转天数",
    "Days of inventory",
    "天",
    "target-range",
    "quantitative",
    maintain,
    "1",
    ["delivery"],
    { range: ["30", "45"] },
  ],
  [
    "product_launch",
    "process",
    "新一代产品上线",
    "Next-generation product launch",
    undefined,
    "higher-better",
    "task",
    milestone,
    "2",
    ["delivery"],
    { deadline: "2024-09-30" },
  ],
  [
    "erp_rollout",
    "process",
    "ERP 系统上线",
    "ERP system go-live",
    undefined,
    "higher-better",
    "task",
    milestone,
    "2",
    ["support"],
    { deadline: "2024-06-30" },
  ],
  [
    "month_end_close",
    "process",
    "月结完成时效",
    "Month-end close time",
    "工作日",
    "lower-better",
    "quantitative",
    minimise,
    "1",
    ["support"],
    { t: 5 },
  ],
  [
    "training_hours",
    "learning",
    "人均培训学时",
    "Training hours per employee",
    "小时",
    "higher-better",
    "quantitative",
    maximise,
    "1",
    all,
    { t: 40 },
  ],
  [
    "key_staff_turnover",
    "learning",
    "核心人才流失率",
    "Key staff turnover",
    "%",
    "lower-better",
    "quantitative",
    minimiseReflected,
    "1",
    all,
    { t: 8 },
  ],
  [
    "teamwork_rating",
    "learning",
    "跨部门协作评价",
    "Cross-department collaboration rating",
    undefined,
    "higher-better",
    "qualitative",
    { method: "grade-map", map: { A: "100", B: "85", C: "70", D: "50" } },
    "1",
    all,
    {},
  ],
];

for (const category of categories)
  category.indicators = defs.filter((d) => d[9].includes(category.id)).map((d) => d[0]);

const indicators = defs.map(([id, parent, zh, en, unit, direction, kind, scoring, weight]) => ({
  id,
  parent,
  name: { zh, en },
  ...(unit === undefined ? {} : { unit }),
  direction,
  kind,
  binding: false,
  weight,
  scoring,
  frequency: kind === "task" ? "quarter" : "month",
}));

const targets = [];
const observations = [];
for (const [unit, , , category] of departments) {
  for (const [id, , , , , direction, kind, , , cats, spec] of defs) {
    if (!cats.includes(category)) continue;
    const target = typeof spec.t === "object" ? spec.t[unit] : spec.t;
    if (target !== undefined) targets.push({ indicator: id, period: "2024", unit, target: String(target) });
    if (spec.range !== undefined) {
      const [low, high] = spec.range;
      targets.push({ indicator: id, period: "2024", unit, range: { low, high } });
    }
    if (spec.deadline !== undefined) targets.push({ indicator: id, period: "2024", unit, deadline: spec.deadline });
    let value;
    if (kind === "task") value = pick(["done", "done", "partly-done", "late", "not-done"]);
    else if (kind === "qualitative") value = pick(["A", "B", "B", "C", "D"]);
    else if (spec.range !== undefined) {
      const [low, high] = spec.range.map(Number);
      value = (low - 5 + (high - low + 10) * rand()).toFixed(1);
    } else {
      // completion between 70 % and 115 % of the target (for minimise: the value is target / completion)
      const completion = 0.7 + 0.45 * rand();
      const raw = direction === "lower-better" ? target / completion : target * completion;
      value = raw.toFixed(raw >= 100 ? 0 : 1);
    }
    observations.push({
      unit,
      indicator: id,
      period: "2024",
      value,
      status: kind === "qualitative" ? "reported" : "verified",
    });
  }
}

const project = {
  schemaVersion: 1,
  id: "okr_2024",
  name: { zh: "示例科技有限公司 2024 年度部门绩效计分卡", en: "Example Tech 2024 department KPI scorecard" },
  system: {
    id: "company_scorecard",
    name: { zh: "部门 KPI/OKR 计分卡", en: "Department KPI/OKR scorecard" },
    version: "2024.1",
    description: {
      zh: "平衡计分卡四个维度；目标类型：增长（完成率，上限 120%）、压降（反向完成率）、保持（目标区间）、里程碑（工作任务）。",
      en: "Balanced-scorecard perspectives; target types: maximise (completion ratio capped at 120 %), minimise (inverse ratio), maintain (target range), milestone (task).",
    },
    weighting: "relative",
    aggregation: "weighted-arithmetic",
    nodes,
    indicators,
  },
  units,
  categories,
  targets,
  observations,
  plan: {
    id: "annual_2024",
    name: { zh: "2024 年度部门绩效考核", en: "2024 annual department review" },
    system: "company_scorecard",
    period: "2024",
    grading: {
      bands: [
        { id: "exceeds", name: { zh: "超额完成", en: "Exceeds" }, minScore: "100", maxShare: "0.25" },
        { id: "green", name: { zh: "达成（绿灯）", en: "On track (green)" }, minScore: "90" },
        { id: "yellow", name: { zh: "预警（黄灯）", en: "At risk (yellow)" }, minScore: "75" },
        { id: "red", name: { zh: "未达成（红灯）", en: "Off track (red)" }, minScore: "0" },
      ],
      quotaTies: "exclude",
      quotaScope: "all",
    },
    missingData: { default: "exclude-reweight" },
    ranking: { ties: "competition" },
    rounding: { decimals: 2, mode: "half-up" },
  },
};

process.stdout.write(`${JSON.stringify(project, null, 2)}\n`);
