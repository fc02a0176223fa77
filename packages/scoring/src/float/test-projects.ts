import type { Project } from "@ducha/schema";
import fc from "fast-check";

/** mulberry32 (Tommy Ettinger, public domain): a small seeded PRNG for test data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shape of a generated project; the details come from `seed`. */
export interface ProjectShape {
  readonly seed: number;
  readonly units: number;
  readonly indicators: number;
  readonly pillars: number;
  readonly missingShare: number;
  readonly policy: "exclude-reweight" | "zero" | "carry-forward" | "category-mean";
  readonly categories: boolean;
  readonly geometric: boolean;
  readonly grading: boolean;
  readonly adjustments: boolean;
}

/**
 * fast-check arbitrary of small valid projects: a random 2–3 level tree with random weights,
 * indicators scored by min-max (data or fixed goalposts), efficacy coefficient, completion ratio
 * (both cost variants, caps), z-score, rank, max, sum, vector, distance-to-target, target-range,
 * linear deduction, bands, grade maps, task status and booleans; random directions; values with
 * a share missing (and an earlier period for carry-forward); optional categories with weight
 * overrides and exclusions, a weighted-geometric node, grading with a quota, and adjustments.
 */
export const projectShapeArbitrary: fc.Arbitrary<ProjectShape> = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  units: fc.integer({ min: 3, max: 14 }),
  indicators: fc.integer({ min: 1, max: 12 }),
  pillars: fc.integer({ min: 1, max: 4 }),
  missingShare: fc.constantFrom(0, 0, 0.1, 0.3),
  policy: fc.constantFrom("exclude-reweight", "zero", "carry-forward", "category-mean"),
  categories: fc.boolean(),
  geometric: fc.boolean(),
  grading: fc.boolean(),
  adjustments: fc.boolean(),
});

const NUMERIC_RULES = [
  "min-max",
  "min-max-goalposts",
  "efficacy",
  "completion",
  "completion-reflected",
  "z-score",
  "rank",
  "max",
  "sum",
  "vector",
  "distance",
  "range",
  "deduction",
  "bands",
] as const;

/** Builds the project of a shape (deterministic). */
export function buildProject(shape: ProjectShape): Project {
  const rnd = mulberry32(shape.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const dec = (x: number, d = 2) => x.toFixed(d);
  const nodes: Record<string, unknown>[] = [];
  const leaves: string[] = [];
  for (let p = 0; p < shape.pillars; p++) {
    const id = `p${p}`;
    const sub = rnd() < 0.5 ? 0 : 1 + Math.floor(rnd() * 2);
    nodes.push({
      id,
      name: id,
      weight: dec(0.5 + rnd() * 2, 1),
      ...(shape.geometric && p === 0 ? { aggregation: "weighted-geometric" } : {}),
    });
    if (sub === 0) leaves.push(id);
    for (let s = 0; s < sub; s++) {
      nodes.push({ id: `${id}s${s}`, parent: id, name: `${id}s${s}`, weight: dec(0.5 + rnd() * 3, 1) });
      leaves.push(`${id}s${s}`);
    }
  }
  // Keep only the leaves that get an indicator, and the pillars above them.
  const used = new Set(leaves.slice(0, Math.min(leaves.length, shape.indicators)));
  const keptNodes = nodes.filter((n) => used.has(n.id as string) || [...used].some((l) => l.startsWith(`${n.id}s`)));
  nodes.length = 0;
  nodes.push(...keptNodes);
  leaves.splice(0, leaves.length, ...[...used]);
  const units = Array.from({ length: shape.units }, (_, u) => ({
    id: `u${String(u).padStart(2, "0")}`,
    name: `U${u}`,
    type: "district",
    ...(shape.categories ? { category: u % 3 === 0 ? "b" : "a" } : {}),
  }));
  const indicators: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const observations: Record<string, unknown>[] = [];
  for (let i = 0; i < shape.indicators; i++) {
    const id = `i${String(i).padStart(2, "0")}`;
    const parent = leaves[i % leaves.length] as string;
    const r = rnd();
    const kind = r < 0.08 ? "qualitative" : r < 0.14 ? "task" : r < 0.18 ? "boolean" : "quantitative";
    const lowerBetter = rnd() < 0.3;
    const direction = lowerBetter ? "lower-better" : "higher-better";
    const base = { id, parent, name: id, kind, binding: rnd() < 0.2, weight: dec(0.5 + rnd() * 2, 1) };
    const lo = Math.round(rnd() * 50);
    const span = 10 + Math.round(rnd() * 200);
    const value = () => lo + rnd() * span;
    let scoring: Record<string, unknown>;
    let dir = direction;
    let gen: () => string | boolean = () => dec(value());
    let target: Record<string, unknown> | undefined;
    if (kind === "qualitative") {
      scoring = { method: "grade-map", map: { A: "100", B: "80", C: "60", D: "30" } };
      gen = () => pick(["A", "B", "C", "D"]);
    } else if (kind === "task") {
      scoring = { method: "task-status" };
      gen = () => pick(["done", "partly-done", "late", "not-done"]);
    } else if (kind === "boolean") {
      scoring = { method: "boolean" };
      gen = () => rnd() < 0.7;
    } else {
      const rule = pick(NUMERIC_RULES);
      const t = dec(lo + span * (0.3 + 0.5 * rnd()));
      switch (rule) {
        case "min-max":
          scoring = { method: "min-max" };
          break;
        case "min-max-goalposts":
          scoring = { method: "min-max", goalposts: { low: dec(lo + span * 0.1), high: dec(lo + span * 0.8) } };
          break;
        case "efficacy":
          scoring = { method: "efficacy-coefficient" };
          break;
        case "completion":
          scoring = { method: "completion-ratio", cap: pick(["1", "1.2"]) };
          target = { target: t };
          break;
        case "completion-reflected":
          scoring = { method: "completion-ratio", cap: "1.2", variant: "reflected" };
          target = { target: t };
          break;
        case "z-score":
          scoring = { method: "z-score", mean: "50", scale: "10" };
          break;
        case "rank":
          scoring = { method: "rank", ...(rnd() < 0.5 ? { ties: "dense" } : {}) };
          gen = () => dec(lo + Math.floor(rnd() * 5), 0); // ties on purpose
          break;
        case "max":
        case "sum":
        case "vector":
          scoring = { method: rule };
          gen = () => dec(1 + value());
          break;
        case "distance":
          scoring = { method: "distance-to-target" };
          dir = "target-value";
          target = { target: dec(lo + span + 10) };
          break;
        case "range":
          scoring = { method: "target-range", tolerance: dec(span / 4) };
          dir = "target-range";
          target = { range: { low: dec(lo + span * 0.4), high: dec(lo + span * 0.6) } };
          break;
        case "deduction":
          scoring = { method: "linear-deduction", basis: "value", full: "100", rate: "2", per: "1", floor: "0" };
          target = { target: t };
          break;
        case "bands":
          scoring = {
            method: "bands",
            basis: "completion-percent",
            bands: [
              { min: "100", score: "100" },
              { min: "90", score: "80" },
              { min: "75", score: "60" },
            ],
            otherwise: "20",
          };
          target = { target: t };
          // A few values exactly on a band boundary (completion percent 100 or 90).
          gen = () => (rnd() < 0.2 ? dec(Number(t) * pick([1, 0.9])) : dec(value()));
          break;
      }
    }
    indicators.push({ ...base, direction: dir, scoring });
    if (target !== undefined) targets.push({ indicator: id, period: "2024", ...target });
    for (const u of units) {
      if (shape.categories && shape.indicators > 2 && id === "i01" && u.category === "b") continue;
      if (rnd() < 0.6) observations.push({ unit: u.id, indicator: id, period: "2023", value: gen() });
      if (rnd() < shape.missingShare) {
        if (rnd() < 0.5)
          observations.push({ unit: u.id, indicator: id, period: "2024", value: null, status: "missing" });
        continue;
      }
      observations.push({ unit: u.id, indicator: id, period: "2024", value: gen() });
    }
  }
  const categories = shape.categories
    ? [
        { id: "a", name: "A" },
        {
          id: "b",
          name: "B",
          weights: { p0: "3" },
          ...(shape.indicators > 2 ? { excludeIndicators: ["i01"] } : {}),
        },
      ]
    : undefined;
  const plan: Record<string, unknown> = {
    id: "plan",
    name: "Plan",
    system: "s",
    period: "2024",
    missingData: { default: shape.policy },
    ranking: { ties: rnd() < 0.8 ? "competition" : "dense" },
    // Directed modes ("up", "down") are left out: there the exact engine rounds the residue of its
    // 50-digit arithmetic (a mean that is exactly 50 can come out 50.000…001 and publish as 50.1
    // "up"), which no float computation can reproduce; see `scoreFloatModel`.
    rounding: { decimals: pick([0, 1, 2]), mode: pick(["half-up", "half-even"]) },
  };
  const adjustmentRecords: Record<string, unknown>[] = [];
  if (shape.adjustments) {
    plan.adjustments = [
      { id: "award", name: "Award", type: "bonus", points: "1.5", cap: "3" },
      { id: "fault", name: "Fault", type: "deduction", points: "0.25" },
    ];
    plan.adjustmentCaps = { deduction: "1" };
    for (const u of units) {
      if (rnd() < 0.3)
        adjustmentRecords.push({ unit: u.id, adjustment: "award", period: "2024", count: 1 + Math.floor(rnd() * 3) });
      if (rnd() < 0.3)
        adjustmentRecords.push({ unit: u.id, adjustment: "fault", period: "2024", count: 1 + Math.floor(rnd() * 6) });
    }
  }
  if (shape.grading) {
    plan.grading = {
      bands: [
        { id: "excellent", name: "E", minScore: "70", maxShare: pick(["0.2", "0.34"]) },
        { id: "good", name: "G", minScore: "50" },
        { id: "poor", name: "P", minScore: "0" },
      ],
      quotaTies: pick(["exclude", "include"]),
    };
    plan.vetoes = [
      {
        id: "bind",
        name: "Binding missed",
        trigger: { type: "binding-missed", indicators: [indicators[0]?.id as string] },
        effect: { type: "cap-grade", grade: "good" },
      },
    ];
  }
  return {
    schemaVersion: 1,
    id: "gen",
    name: "Generated",
    system: {
      id: "s",
      name: "S",
      version: "1",
      weighting: "relative",
      aggregation: "weighted-arithmetic",
      nodes,
      indicators,
    },
    units,
    ...(categories === undefined ? {} : { categories }),
    targets,
    observations,
    ...(adjustmentRecords.length > 0 ? { adjustmentRecords } : {}),
    plan,
  } as unknown as Project;
}
