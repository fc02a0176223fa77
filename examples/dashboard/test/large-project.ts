// A deterministic large project for the dashboard's load test: the eco-civilization city project
// with its assessed units cloned until there are `count` (cycling through the originals), every
// observation and rating copied with its numeric value scaled by a seeded factor in [0.85, 1.15].

type Json = Record<string, unknown>;

// mulberry32, a small seeded PRNG (Tommy Ettinger), so the data is the same on every run.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const scaled = (value: unknown, factor: number): unknown => {
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  const digits = value.includes(".") ? (value.split(".")[1]?.length ?? 0) : 0;
  return (Number(value) * factor).toFixed(Math.max(digits, 1));
};

/**
 * @param base - a valid project (parsed JSON)
 * @param count - how many assessed units the result has
 * @param seed - PRNG seed. Defaults to 2024.
 * @returns a new project with `count` assessed units (the originals and clones) and their data
 */
export function largeProject(base: Json, count: number, seed = 2024): Json {
  const next = random(seed);
  const units = base.units as Json[];
  const assessed = units.filter((u) => u.category !== undefined && u.assessed !== false);
  const observations = base.observations as Json[];
  const ratings = (base.ratings ?? []) as Json[];
  const byUnit = (list: Json[]) => {
    const map = new Map<string, Json[]>();
    for (const x of list) map.set(x.unit as string, [...(map.get(x.unit as string) ?? []), x]);
    return map;
  };
  const obsOf = byUnit(observations);
  const ratingsOf = byUnit(ratings);
  const newUnits: Json[] = [];
  const newObs: Json[] = [];
  const newRatings: Json[] = [];
  for (let i = 0; i < count - assessed.length; i++) {
    const template = assessed[i % assessed.length] as Json;
    const id = `u${String(i + 1).padStart(4, "0")}`;
    const factor = 0.85 + next() * 0.3;
    newUnits.push({ ...template, id, name: { zh: `单位${i + 1}`, en: `Unit ${i + 1}` } });
    for (const o of obsOf.get(template.id as string) ?? [])
      newObs.push({ ...o, unit: id, value: scaled(o.value, factor) });
    for (const r of ratingsOf.get(template.id as string) ?? [])
      newRatings.push({ ...r, unit: id, score: scaled(r.score, Math.min(factor, 1.1)) });
  }
  return {
    ...base,
    id: `${String(base.id)}-large`,
    units: [...units, ...newUnits],
    observations: [...observations, ...newObs],
    ratings: [...ratings, ...newRatings],
  };
}
