import type { MissingDataPolicy, ScoringRule } from "@ducha/schema";
import { ScoringError } from "../errors.js";
import { toDecimal } from "../internal/decimal.js";
import { carriedValues, type FloatIndicator, type FloatModel, ruleOf } from "./float-model.js";
import { normalizeFloatColumn } from "./normalize-float.js";

/**
 * Veto effects (一票否决) per unit for one missing-data policy.
 * @internal
 */
export interface FloatVetoes {
  readonly zeroTotal: Uint8Array;
  readonly excluded: Uint8Array;
  /** Best band index allowed (0 = no cap). */
  readonly cap: Int32Array;
  /** Units whose node is zeroed, by node id. */
  readonly zeroNodes: ReadonlyMap<string, Uint8Array>;
}

/**
 * Values after the missing-data policy and the pre-transforms, ready to normalise.
 * @internal
 */
export interface FloatRawStage {
  readonly values: readonly Float64Array[];
  readonly labels: readonly ((string | boolean | null)[] | undefined)[];
  /** Per indicator: the policy in force (`zero` fills excluded scores with 0). */
  readonly policies: readonly MissingDataPolicy[];
  /** Whether the indicator has any value to normalise. */
  readonly anyPresent: Uint8Array;
  readonly vetoes: FloatVetoes;
}

/**
 * Normalised scores (0–100, NaN = excluded or not assessed) for one combination of missing-data
 * policy and scoring rule, with the group-gathered columns built on demand.
 * @internal
 */
export interface FloatScoreData {
  readonly columns: readonly Float64Array[];
  readonly vetoes: FloatVetoes;
  /** Per group: gathered columns (the model columns themselves for a single group). */
  readonly groupColumns: (Float64Array | undefined)[][];
  /** Per group × indicator: 1 when some unit of the group has no score on the indicator. */
  readonly groupMissing: (Uint8Array | undefined)[];
}

const isAssessed = (s: FloatIndicator, u: number) => s.assessed === undefined || s.assessed[u] === 1;

/**
 * Reads every indicator's values under a missing-data policy (the plan's policies, or `override`
 * for every indicator), applies the pre-transforms and works out the vetoes.
 * Missing-data policies as the exact engine: `exclude-reweight` (left missing), `zero` (scored 0
 * after normalisation), `carry-forward` (latest earlier period of the same granularity),
 * `category-mean` (mean of the unit's category peers, numeric kinds only).
 * @internal
 */
export function prepareRaw(model: FloatModel, override?: MissingDataPolicy): FloatRawStage {
  const U = model.units.length;
  const values: Float64Array[] = [];
  const labels: ((string | boolean | null)[] | undefined)[] = [];
  const policies: MissingDataPolicy[] = [];
  const anyPresent = new Uint8Array(model.indicators.length);
  const missed = new Map<string, Uint8Array>();
  // Only binding indicators and veto triggers can matter for "missed its target".
  const watched = new Set<string>();
  for (const s of model.indicators) if (s.indicator.binding) watched.add(s.id);
  for (const v of model.project.plan.vetoes ?? [])
    if (v.trigger.type === "binding-missed") for (const id of v.trigger.indicators) watched.add(id);
  model.indicators.forEach((s, c) => {
    const policy = override ?? s.policy;
    policies.push(policy);
    let x = s.raw;
    let lab = s.labels;
    let missing = false;
    for (let u = 0; u < U && !missing; u++)
      if (isAssessed(s, u) && (s.numeric ? Number.isNaN(x[u] as number) : lab?.[u] === null)) missing = true;
    if (missing && policy === "carry-forward") {
      const carried = carriedValues(model, c);
      x = Float64Array.from(x);
      lab = lab === undefined ? undefined : [...lab];
      for (let u = 0; u < U; u++) {
        if (!isAssessed(s, u)) continue;
        if (s.numeric) {
          if (Number.isNaN(x[u] as number)) x[u] = carried.raw[u] as number;
        } else if (lab !== undefined && lab[u] === null) lab[u] = carried.labels?.[u] ?? null;
      }
    } else if (missing && policy === "category-mean" && s.numeric) {
      // 同类均值插补: mean of the unit's category peers that have a value.
      const sums = new Map<string | undefined, { sum: number; n: number }>();
      for (let u = 0; u < U; u++) {
        const v = x[u] as number;
        if (!isAssessed(s, u) || Number.isNaN(v)) continue;
        const key = model.categories[u];
        const acc = sums.get(key) ?? { sum: 0, n: 0 };
        acc.sum += v;
        acc.n++;
        sums.set(key, acc);
      }
      x = Float64Array.from(x);
      for (let u = 0; u < U; u++) {
        if (!isAssessed(s, u) || !Number.isNaN(x[u] as number)) continue;
        const acc = sums.get(model.categories[u]);
        if (acc !== undefined && acc.n > 0) x[u] = acc.sum / acc.n;
      }
    }
    // Target missed (for binding 约束性 indicators and veto triggers), on the raw value.
    const ind = s.indicator;
    const m = new Uint8Array(watched.has(s.id) ? U : 0);
    for (let u = 0; u < m.length; u++) {
      if (!isAssessed(s, u)) continue;
      if (!s.numeric) {
        const r = lab?.[u] ?? null;
        if (r === null) continue;
        if (typeof r === "boolean") m[u] = r === false ? 1 : 0;
        else m[u] = ind.kind === "task" && r !== "done" ? 1 : 0;
        continue;
      }
      const r = x[u] as number;
      if (Number.isNaN(r) || !s.hasTargets) continue;
      const lo = s.targets.rangeLow[u] as number;
      if (!Number.isNaN(lo)) m[u] = r < lo || r > (s.targets.rangeHigh[u] as number) ? 1 : 0;
      else {
        const t = s.targets.target[u] as number;
        if (!Number.isNaN(t)) m[u] = (ind.direction === "lower-better" ? r > t : r < t) ? 1 : 0;
      }
    }
    missed.set(s.id, m);
    // Pre-transforms, column-wise over the assessed units, when any value is present.
    let present = false;
    for (let u = 0; u < U && !present; u++)
      if (s.numeric ? !Number.isNaN(x[u] as number) : lab?.[u] != null) present = true;
    if (present && s.numeric && ind.transforms !== undefined && ind.transforms.length > 0) {
      x = applyTransformsFloat(s, x);
      present = false;
      for (let u = 0; u < U && !present; u++) if (!Number.isNaN(x[u] as number)) present = true;
    }
    anyPresent[c] = present ? 1 : 0;
    values.push(x);
    labels.push(lab);
  });
  return { values, labels, policies, anyPresent, vetoes: vetoesOf(model, missed) };
}

/** `denominate` (scale·x/d), `clamp`, `log` (ln x) and `log-offset` (COINr `log_CT`: ln(x − min + 0.01·(max − min))). */
function applyTransformsFloat(s: FloatIndicator, input: Float64Array): Float64Array {
  let x = Float64Array.from(input);
  const U = x.length;
  (s.indicator.transforms ?? []).forEach((t, k) => {
    const path = ["system", "indicators", s.id, "transforms", k];
    if (t.type === "denominate") {
      const d = s.denominators.get(k) as Float64Array;
      const scale = t.scale === undefined ? 1 : toDecimal(t.scale, path).toNumber();
      for (let u = 0; u < U; u++) {
        const v = x[u] as number;
        const den = d[u] as number;
        x[u] = Number.isNaN(v) || Number.isNaN(den) || den === 0 ? Number.NaN : (v / den) * scale;
      }
    } else if (t.type === "clamp") {
      const lo = t.min === undefined ? Number.NEGATIVE_INFINITY : toDecimal(t.min, path).toNumber();
      const hi = t.max === undefined ? Number.POSITIVE_INFINITY : toDecimal(t.max, path).toNumber();
      for (let u = 0; u < U; u++) {
        const v = x[u] as number;
        if (!Number.isNaN(v)) x[u] = v < lo ? lo : Math.min(v, hi);
      }
    } else if (t.type === "log") {
      let any = false;
      for (let u = 0; u < U; u++) {
        const v = x[u] as number;
        if (Number.isNaN(v)) continue;
        any = true;
        if (!(v > 0)) throw new ScoringError("non_positive_log", `ln(x) needs x > 0, got ${v}`, { path: [...path, u] });
        x[u] = Math.log(v);
      }
      if (!any) throw new ScoringError("all_missing", "every value is missing", { path });
    } else if (t.type === "log-offset") {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let u = 0; u < U; u++) {
        const v = x[u] as number;
        if (Number.isNaN(v)) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (!(hi > lo))
        throw new ScoringError("zero_range", "all values are equal; the shifted log is undefined", { path });
      const offset = (hi - lo) * 0.01;
      x = x.map((v) => (Number.isNaN(v) ? v : Math.log(v - lo + offset)));
    } else {
      throw new ScoringError(
        "unsupported_in_float",
        `the float fast path does not support the '${t.type}' pre-transform`,
        {
          path,
        },
      );
    }
  });
  return x;
}

/** Veto effects per unit (events in the period, binding indicators missed, accountability grade caps). */
function vetoesOf(model: FloatModel, missed: ReadonlyMap<string, Uint8Array>): FloatVetoes {
  const U = model.units.length;
  const plan = model.project.plan;
  const zeroTotal = new Uint8Array(U);
  const excluded = new Uint8Array(U);
  const cap = new Int32Array(U);
  const zeroNodes = new Map<string, Uint8Array>();
  const bandIndex = new Map(model.bands.map((b, i) => [b, i]));
  const binding = model.indicators.filter((s) => s.indicator.binding);
  const capTo = (u: number, grade: string, path: (string | number)[]) => {
    const b = bandIndex.get(grade);
    if (b === undefined) throw new ScoringError("unknown_grade_band", `"${grade}" is not a grade band`, { path });
    if (b > (cap[u] as number)) cap[u] = b;
  };
  for (let u = 0; u < U; u++) {
    const bindingMissed = binding.filter(
      (s) => (s.assessed === undefined || s.assessed[u] === 1) && missed.get(s.id)?.[u] === 1,
    );
    (plan.vetoes ?? []).forEach((v, i) => {
      const fired =
        v.trigger.type === "event"
          ? (model.vetoEvents.get(v.id)?.has(u) ?? false)
          : v.trigger.indicators.some((id) => missed.get(id)?.[u] === 1);
      if (!fired) return;
      const e = v.effect;
      if (e.type === "zero-total") zeroTotal[u] = 1;
      else if (e.type === "exclude-from-ranking") excluded[u] = 1;
      else if (e.type === "cap-grade") capTo(u, e.grade, ["plan", "vetoes", i, "effect", "grade"]);
      else {
        let mask = zeroNodes.get(e.node);
        if (mask === undefined) {
          mask = new Uint8Array(U);
          zeroNodes.set(e.node, mask);
        }
        mask[u] = 1;
      }
    });
    if (bindingMissed.length === 0) continue;
    (model.project.rules ?? []).forEach((rule, i) => {
      if (rule.capGrade === undefined || !("fact" in rule.when) || rule.when.fact !== "binding-missed") return;
      const listed = rule.when.indicators;
      if (bindingMissed.some((s) => listed === undefined || listed.includes(s.id)))
        capTo(u, rule.capGrade, ["rules", i, "capGrade"]);
    });
  }
  return { zeroTotal, excluded, cap, zeroNodes };
}

/**
 * Normalises every indicator of a raw stage with its scoring rule (or `override` for the numeric
 * indicators listed in `only`, all numeric ones by default); `zero` policy cells score 0.
 * @internal
 */
export function normalizeStage(
  model: FloatModel,
  raw: FloatRawStage,
  override?: ScoringRule,
  only?: ReadonlySet<string>,
): FloatScoreData {
  const U = model.units.length;
  const unitIds = model.units;
  const columns = model.indicators.map((s, c) => {
    let col: Float64Array;
    if (raw.anyPresent[c] === 1) {
      const rule = ruleOf(s, override !== undefined && (only === undefined || only.has(s.id)) ? override : undefined);
      col = normalizeFloatColumn({
        indicator: s.indicator,
        rule,
        values: raw.values[c] as Float64Array,
        labels: raw.labels[c],
        targets: s.targets,
        unitIds,
      });
    } else col = new Float64Array(U).fill(Number.NaN);
    if (raw.policies[c] === "zero") {
      for (let u = 0; u < U; u++) if (Number.isNaN(col[u] as number)) col[u] = 0;
    }
    if (s.assessed !== undefined) for (let u = 0; u < U; u++) if (s.assessed[u] === 0) col[u] = Number.NaN;
    return col;
  });
  return {
    columns,
    vetoes: raw.vetoes,
    groupColumns: model.groups.map(() => []),
    groupMissing: model.groups.map(() => undefined),
  };
}

/** The group's slice of an indicator column (the column itself for a single group). */
export function groupColumn(model: FloatModel, data: FloatScoreData, g: number, c: number): Float64Array {
  const cache = data.groupColumns[g] as (Float64Array | undefined)[];
  let col = cache[c];
  if (col === undefined) {
    const group = model.groups[g];
    const full = data.columns[c] as Float64Array;
    if (group === undefined || group.identity) col = full;
    else {
      col = new Float64Array(group.units.length);
      for (let j = 0; j < group.units.length; j++) col[j] = full[group.units[j] as number] as number;
    }
    cache[c] = col;
  }
  return col;
}

/** Per group: 1 for indicators with a NaN among the group's units. */
export function groupMissing(model: FloatModel, data: FloatScoreData, g: number): Uint8Array {
  let m = data.groupMissing[g];
  if (m === undefined) {
    m = new Uint8Array(model.indicators.length);
    const referenced = new Set<number>();
    for (const node of model.groups[g]?.nodes ?? []) for (const k of node.kids) if (k >= 0) referenced.add(k);
    for (const c of referenced) {
      const col = groupColumn(model, data, g, c);
      for (let j = 0; j < col.length; j++)
        if (Number.isNaN(col[j] as number)) {
          m[c] = 1;
          break;
        }
    }
    data.groupMissing[g] = m;
  }
  return m;
}
