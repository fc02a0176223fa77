// The float baseline for score-exact: the same pipeline as `scoreAssessment` on the benchmark
// project, hand-written with Float64Array and no trace — min-max per indicator over units
// (COINr `n_minmax`, range 0–100; lower-is-better `(U − x)/(U − L)`), weighted arithmetic mean up
// the tree with weights normalised per parent, rounding to 2 decimals, competition ranking by
// sort, and grade bands with a quota (floor(maxShare · N), boundary ties excluded).
// It handles only what the generated project uses (complete data, relative weights, min-max,
// weighted arithmetic); it is a yardstick for the exact engine, not a scoring implementation.

/**
 * Scores the project in binary floating point.
 * @param {object} project - a project from `generateProject`
 * @returns {{ units: string[], totals: Float64Array, published: Float64Array, ranks: Int32Array, grades: string[] }}
 *   arrays indexed like `units` (sorted by id)
 */
export function scoreFloat(project) {
  const units = project.units.filter((u) => u.assessed !== false).map((u) => u.id);
  units.sort();
  const U = units.length;
  const unitIndex = new Map(units.map((id, k) => [id, k]));
  const indicators = project.system.indicators;
  const indIndex = new Map(indicators.map((ind, k) => [ind.id, k]));

  // Raw matrix, one Float64Array column per indicator (NaN = missing; the bench data has none).
  const columns = indicators.map(() => new Float64Array(U).fill(Number.NaN));
  for (const o of project.observations) {
    if (o.period !== project.plan.period) continue;
    const u = unitIndex.get(o.unit);
    const i = indIndex.get(o.indicator);
    if (u === undefined || i === undefined) continue;
    columns[i][u] = Number(o.value);
  }

  // Min-max per indicator onto [0, 100].
  const scores = new Map();
  indicators.forEach((ind, i) => {
    const x = columns[i];
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let u = 0; u < U; u++) {
      if (x[u] < lo) lo = x[u];
      if (x[u] > hi) hi = x[u];
    }
    if (!(hi > lo)) throw new Error(`indicator ${ind.id}: zero range`);
    const s = new Float64Array(U);
    const cost = ind.direction === "lower-better";
    const range = hi - lo;
    for (let u = 0; u < U; u++) s[u] = (100 * (cost ? hi - x[u] : x[u] - lo)) / range;
    scores.set(ind.id, s);
  });

  // Weighted arithmetic mean up the tree: children per parent, weights normalised per parent.
  const children = new Map([["", []]]);
  const add = (parent, id, weight) => {
    const key = parent ?? "";
    if (!children.has(key)) children.set(key, []);
    children.get(key).push({ id, weight: Number(weight ?? 1) });
  };
  for (const n of project.system.nodes) add(n.parent, n.id, n.weight);
  for (const ind of indicators) add(ind.parent, ind.id, ind.weight);
  const nodeScore = (id) => {
    const kids = children.get(id) ?? [];
    const sum = kids.reduce((s, k) => s + k.weight, 0);
    const out = new Float64Array(U);
    for (const k of kids) {
      const s = scores.get(k.id) ?? nodeScore(k.id);
      const w = k.weight / sum;
      for (let u = 0; u < U; u++) out[u] += w * s[u];
    }
    return out;
  };
  const totals = nodeScore("");

  // Published figure (2 decimals, half-up on the float) and competition ranks by sort.
  const published = new Float64Array(U);
  for (let u = 0; u < U; u++) published[u] = Math.round(totals[u] * 100) / 100;
  const order = Array.from({ length: U }, (_, k) => k).sort((a, b) => published[b] - published[a]);
  const ranks = new Int32Array(U);
  order.forEach((u, pos) => {
    const prev = order[pos - 1];
    ranks[u] = pos > 0 && published[prev] === published[u] ? ranks[prev] : pos + 1;
  });

  // Grades best band first; a quota admits floor(maxShare · N) units, boundary ties drop a band.
  const grades = new Array(U).fill("");
  let pending = order;
  for (const band of project.plan.grading?.bands ?? []) {
    const min = Number(band.minScore);
    const eligible = pending.filter((u) => published[u] >= min);
    let granted = eligible;
    if (band.maxShare !== undefined) {
      const quota = Math.floor(Number(band.maxShare) * U);
      if (eligible.length > quota) {
        const boundary = published[eligible[quota]];
        granted = eligible.filter((u) => published[u] > boundary);
      }
    }
    for (const u of granted) grades[u] = band.id;
    const done = new Set(granted);
    pending = pending.filter((u) => !done.has(u));
  }
  return { units, totals, published, ranks, grades };
}
