// Generates a deterministic Ducha project for benchmarks: U units × I indicators in a 3-level tree
// (4 equally weighted pillars → sub-pillars → leaf indicators), min-max scoring with weighted
// arithmetic aggregation, a plan with grading bands and a quota (优秀 ≤ 20 %), competition ranking,
// rounding to 2 decimals, and one period of observations as decimal strings.
import { mulberry32, pick } from "./prng.mjs";

/** The four pillars (并行等重: economy, ecology, livelihood, leaders' performance of duty). */
const PILLARS = [
  { id: "economy", zh: "经济发展", en: "Economic development" },
  { id: "ecology", zh: "生态环境保护", en: "Ecological protection" },
  { id: "livelihood", zh: "民生", en: "Livelihood" },
  { id: "duty", zh: "领导履职", en: "Leaders' performance of duty" },
];

export const PERIOD = "2024";

/** Unit id `u00001` … (zero-padded so id order equals generation order). */
export const unitId = (u) => `u${String(u + 1).padStart(5, "0")}`;
/** Indicator id `i0001` …. */
export const indicatorId = (i) => `i${String(i + 1).padStart(4, "0")}`;

/**
 * Builds the project object (valid for `validateProject` of `@ducha/schema`).
 *
 * Values: each unit has a latent quality q ∈ [0, 1); a value is `lo + span · (0.6·q + 0.4·r)` for
 * higher-is-better indicators and mirrored for lower-is-better ones, so totals spread over the
 * grading bands instead of all landing near 50.
 *
 * @param {{ units: number, indicators: number, subPillars?: number, seed?: number }} options
 *   `subPillars` per pillar (default 3), `seed` (default 20240101)
 * @returns {object} the project
 */
export function generateProject({ units, indicators, subPillars = 3, seed = 20240101 }) {
  const rand = mulberry32(seed);
  const nodes = [];
  const subIds = [];
  for (const p of PILLARS) {
    nodes.push({ id: p.id, name: { zh: p.zh, en: p.en }, weight: "1" });
    for (let s = 0; s < subPillars; s++) {
      const id = `${p.id}_s${s + 1}`;
      subIds.push(id);
      nodes.push({
        id,
        parent: p.id,
        name: { zh: `${p.zh}（${s + 1}）`, en: `${p.en} (${s + 1})` },
        weight: pick(rand, ["1", "2", "3"]),
      });
    }
  }
  const inds = [];
  const scales = [];
  for (let i = 0; i < indicators; i++) {
    const lowerBetter = rand() < 0.2;
    const magnitude = 10 ** Math.floor(rand() * 5); // 1 … 10 000
    const lo = Math.round(rand() * magnitude * 100) / 100;
    scales.push({ lo, span: magnitude, lowerBetter });
    inds.push({
      id: indicatorId(i),
      parent: subIds[i % subIds.length],
      name: { zh: `指标${i + 1}`, en: `Indicator ${i + 1}` },
      unit: pick(rand, ["万元", "%", "吨", "天", "个"]),
      direction: lowerBetter ? "lower-better" : "higher-better",
      kind: "quantitative",
      binding: false,
      weight: pick(rand, ["0.5", "1", "1.5", "2"]),
      scoring: { method: "min-max" },
    });
  }
  const unitList = [];
  const quality = new Float64Array(units);
  for (let u = 0; u < units; u++) {
    quality[u] = rand();
    unitList.push({ id: unitId(u), name: { zh: `单位${u + 1}`, en: `Unit ${u + 1}` }, type: "district" });
  }
  const observations = new Array(units * indicators);
  let k = 0;
  for (let u = 0; u < units; u++) {
    const uid = unitId(u);
    for (let i = 0; i < indicators; i++) {
      const { lo, span, lowerBetter } = scales[i];
      const f = 0.6 * quality[u] + 0.4 * rand();
      const x = lo + span * (lowerBetter ? 1 - f : f);
      observations[k++] = { unit: uid, indicator: indicatorId(i), period: PERIOD, value: x.toFixed(2) };
    }
  }
  return {
    schemaVersion: 1,
    id: "bench_project",
    name: { zh: "基准测试项目", en: "Benchmark project" },
    system: {
      id: "bench_system",
      name: { zh: "基准指标体系", en: "Benchmark indicator system" },
      version: "1",
      weighting: "relative",
      aggregation: "weighted-arithmetic",
      nodes,
      indicators: inds,
    },
    units: unitList,
    observations,
    plan: {
      id: "plan_2024",
      name: { zh: "2024年度目标绩效考核", en: "2024 performance assessment" },
      system: "bench_system",
      period: PERIOD,
      grading: {
        bands: [
          { id: "excellent", name: { zh: "优秀", en: "Excellent" }, minScore: "70", maxShare: "0.2" },
          { id: "good", name: { zh: "良好", en: "Good" }, minScore: "55" },
          { id: "fair", name: { zh: "一般", en: "Fair" }, minScore: "40" },
          { id: "poor", name: { zh: "较差", en: "Poor" }, minScore: "0" },
        ],
        quotaTies: "exclude",
      },
      missingData: { default: "exclude-reweight" },
      ranking: { ties: "competition" },
      rounding: { decimals: 2, mode: "half-up" },
    },
  };
}
