// Generates the `green-index` example project: a provincial green development index (绿色发展指数)
// in the style of China's 2016 Green Development Indicator System (《绿色发展指标体系》). Six
// sub-indices with the published weights — resource use 29.3 %, environmental governance 16.5 %,
// environmental quality 19.3 %, ecological protection 16.5 %, growth quality 9.2 %, green living
// 9.2 % — over 20 indicators scored with the efficacy-coefficient method (功效系数法, 60–100, L/U =
// min/max across the cities), for 12 prefecture-level cities of a fictitious province in 2024.
// Indicator weights inside a sub-index are illustrative: binding (约束性) indicators 2, others 1.
// The province, cities and values are made up. Deterministic (seeded generator):
//   node packages/ducha/scripts/make-green-index.mjs > packages/ducha/templates/green-index.project.json

let seed = 20161222;
const rand = () => {
  // Park–Miller minimal standard generator
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};

const cities = [
  ["jiangcheng", "江城市", "Jiangcheng"],
  ["yunling", "云岭市", "Yunling"],
  ["qingxi", "清溪市", "Qingxi"],
  ["baisha", "白沙市", "Baisha"],
  ["danxia", "丹霞市", "Danxia"],
  ["jinhu", "金湖市", "Jinhu"],
  ["shimen", "石门市", "Shimen"],
  ["pingyuan", "平原市", "Pingyuan"],
  ["songlin", "松林市", "Songlin"],
  ["haiyan", "海晏市", "Haiyan"],
  ["lanshan", "岚山市", "Lanshan"],
  ["heyang", "河阳市", "Heyang"],
];

const units = [
  { id: "province", name: { zh: "示例省", en: "Example Province" }, type: "province", assessed: false },
  ...cities.map(([id, zh, en]) => ({
    id,
    name: { zh, en: `${en} City` },
    parent: "province",
    type: "prefecture-city",
  })),
];

const nodes = [
  ["resource_use", "资源利用指数", "Resource use index", "0.293"],
  ["environment_governance", "环境治理指数", "Environmental governance index", "0.165"],
  ["environment_quality", "环境质量指数", "Environmental quality index", "0.193"],
  ["ecological_protection", "生态保护指数", "Ecological protection index", "0.165"],
  ["growth_quality", "增长质量指数", "Growth quality index", "0.092"],
  ["green_living", "绿色生活指数", "Green living index", "0.092"],
].map(([id, zh, en, weight]) => ({ id, name: { zh, en }, weight, aggregation: "weighted-arithmetic" }));

// [id, parent, zh, en, unit, direction, binding, [low, high] of generated values, decimals, source]
const defs = [
  [
    "energy_intensity_reduction",
    "resource_use",
    "单位GDP能源消耗降低",
    "Reduction in energy use per unit of GDP",
    "%",
    "higher-better",
    true,
    [1.8, 5.6],
    2,
    "省统计局",
  ],
  [
    "carbon_intensity_reduction",
    "resource_use",
    "单位GDP二氧化碳排放降低",
    "Reduction in CO₂ per unit of GDP",
    "%",
    "higher-better",
    true,
    [2.2, 6.4],
    2,
    "省生态环境厅",
  ],
  [
    "non_fossil_share",
    "resource_use",
    "非化石能源占一次能源消费比重",
    "Non-fossil share of primary energy",
    "%",
    "higher-better",
    true,
    [8, 28],
    1,
    "省能源局",
  ],
  [
    "water_use_reduction",
    "resource_use",
    "万元GDP用水量下降",
    "Reduction in water use per 10,000 yuan of GDP",
    "%",
    "higher-better",
    true,
    [2.5, 9],
    2,
    "省水利厅",
  ],
  [
    "solid_waste_utilization",
    "resource_use",
    "一般工业固体废物综合利用率",
    "Industrial solid waste utilisation",
    "%",
    "higher-better",
    false,
    [55, 96],
    1,
    "省生态环境厅",
  ],
  [
    "cod_reduction",
    "environment_governance",
    "化学需氧量排放总量减少",
    "Reduction in COD emissions",
    "%",
    "higher-better",
    true,
    [0.8, 4.6],
    2,
    "省生态环境厅",
  ],
  [
    "sewage_treatment",
    "environment_governance",
    "城市污水处理率",
    "Urban sewage treatment rate",
    "%",
    "higher-better",
    false,
    [88, 98.8],
    1,
    "省住房城乡建设厅",
  ],
  [
    "garbage_harmless",
    "environment_governance",
    "生活垃圾无害化处理率",
    "Safe disposal of household waste",
    "%",
    "higher-better",
    false,
    [92, 100],
    1,
    "省住房城乡建设厅",
  ],
  [
    "good_air_days",
    "environment_quality",
    "空气质量优良天数比率",
    "Share of days with good air quality",
    "%",
    "higher-better",
    true,
    [66, 95],
    1,
    "省生态环境厅",
  ],
  [
    "pm25",
    "environment_quality",
    "细颗粒物（PM2.5）年均浓度",
    "PM2.5 annual mean concentration",
    "μg/m³",
    "lower-better",
    true,
    [22, 55],
    0,
    "省生态环境厅",
  ],
  [
    "surface_water_good",
    "environment_quality",
    "地表水达到或好于Ⅲ类水体比例",
    "Surface water at class III or better",
    "%",
    "higher-better",
    true,
    [55, 100],
    1,
    "省生态环境厅",
  ],
  [
    "surface_water_worst",
    "environment_quality",
    "地表水劣Ⅴ类水体比例",
    "Surface water worse than class V",
    "%",
    "lower-better",
    true,
    [0, 12],
    1,
    "省生态环境厅",
  ],
  [
    "forest_cover",
    "ecological_protection",
    "森林覆盖率",
    "Forest cover",
    "%",
    "higher-better",
    true,
    [18, 68],
    1,
    "省林业局",
  ],
  [
    "wetland_protection",
    "ecological_protection",
    "湿地保护率",
    "Wetland protection rate",
    "%",
    "higher-better",
    false,
    [35, 72],
    1,
    "省林业局",
  ],
  [
    "soil_erosion_control",
    "ecological_protection",
    "新增水土流失治理面积",
    "Newly controlled soil erosion area",
    "km²",
    "higher-better",
    false,
    [40, 420],
    0,
    "省水利厅",
  ],
  [
    "gdp_per_capita_growth",
    "growth_quality",
    "人均GDP增长率",
    "GDP per capita growth",
    "%",
    "higher-better",
    false,
    [3.8, 8.6],
    1,
    "省统计局",
  ],
  [
    "tertiary_share",
    "growth_quality",
    "第三产业增加值占GDP比重",
    "Services share of GDP",
    "%",
    "higher-better",
    false,
    [38, 58],
    1,
    "省统计局",
  ],
  [
    "rd_intensity",
    "growth_quality",
    "研究与试验发展经费支出占GDP比重",
    "R&D expenditure as a share of GDP",
    "%",
    "higher-better",
    false,
    [0.8, 3.2],
    2,
    "省科技厅",
  ],
  [
    "green_building_share",
    "green_living",
    "城镇绿色建筑占新建建筑比重",
    "Green buildings among new urban buildings",
    "%",
    "higher-better",
    false,
    [30, 82],
    1,
    "省住房城乡建设厅",
  ],
  [
    "built_up_green_ratio",
    "green_living",
    "城市建成区绿地率",
    "Green space ratio of built-up areas",
    "%",
    "higher-better",
    false,
    [33, 42],
    1,
    "省住房城乡建设厅",
  ],
];

const indicators = defs.map(([id, parent, zh, en, unit, direction, binding, , decimals, source]) => ({
  id,
  parent,
  name: { zh, en },
  unit,
  direction,
  kind: "quantitative",
  binding,
  weight: binding ? "2" : "1",
  // 功效系数法: 60 + 40 × (x − L)/(U − L), or (U − x)/(U − L) for lower-is-better; L, U = min, max of the cities
  scoring: { method: "efficacy-coefficient", base: "60", span: "40" },
  source,
  frequency: "year",
  decimals,
}));

// A latent "greenness" per city makes indicators of the same city correlate, as real data do.
const latent = Object.fromEntries(cities.map(([id]) => [id, rand()]));
const observations = [];
for (const [city] of cities) {
  for (const [id, , , , , direction, , [low, high], decimals, source] of defs) {
    const share = 0.55 * latent[city] + 0.45 * rand();
    const position = direction === "lower-better" ? 1 - share : share;
    observations.push({
      unit: city,
      indicator: id,
      period: "2024",
      value: (low + (high - low) * position).toFixed(decimals),
      status: "verified",
      source,
    });
  }
}
// One value not yet reported: the missing-data policy (exclude and re-weight) applies, visibly.
const missing = observations.find((o) => o.unit === "heyang" && o.indicator === "wetland_protection");
missing.value = null;
missing.status = "missing";
missing.missingReason = "湿地资源调查数据尚未发布 / wetland survey not yet published";
delete missing.source;

const project = {
  schemaVersion: 1,
  id: "green_index_2024",
  name: { zh: "示例省各市绿色发展指数（2024年）", en: "Example Province green development index of cities, 2024" },
  system: {
    id: "green_development_index",
    name: { zh: "绿色发展指标体系", en: "Green development indicator system" },
    version: "2024.1",
    description: {
      zh: "参照《绿色发展指标体系》（2016）：6 个分类指数按 29.3%、16.5%、19.3%、16.5%、9.2%、9.2% 加权汇总为绿色发展指数；各指标用功效系数法计分（60–100）。分类指数内约束性指标权数为 2、其他为 1（示例）。",
      en: "After China's Green Development Indicator System (2016): six sub-indices weighted 29.3 %, 16.5 %, 19.3 %, 16.5 %, 9.2 %, 9.2 % form the index; indicators are scored by the efficacy-coefficient method (60–100). Within a sub-index binding indicators weigh 2 and the others 1 (illustrative).",
    },
    weighting: "relative",
    aggregation: "weighted-arithmetic",
    nodes,
    indicators,
  },
  units,
  observations,
  plan: {
    id: "green_index_2024",
    name: { zh: "2024年度绿色发展指数测算", en: "2024 green development index" },
    system: "green_development_index",
    period: "2024",
    missingData: { default: "exclude-reweight" },
    ranking: { ties: "competition" },
    rounding: { decimals: 2, mode: "half-up" },
  },
};

process.stdout.write(`${JSON.stringify(project, null, 2)}\n`);
