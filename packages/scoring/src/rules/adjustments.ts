import { ScoringError } from "../errors.js";
import { D, type Dec, type NumericInput, toDecimal } from "../internal/decimal.js";

/**
 * A bonus or deduction item (加分项 / 扣分项), the scoring part of the schema's `AdjustmentItem`.
 *
 * @since 0.1.0
 */
export interface AdjustmentItemSpec {
  /** Item id, unique among the items. */
  readonly id: string;
  /** `"bonus"` (加分) adds points, `"deduction"` (扣分) subtracts them. */
  readonly type: "bonus" | "deduction";
  /** Points per occurrence, ≥ 0 (deductions are given as positive numbers). */
  readonly points: NumericInput;
  /** Most points this item can add or remove in total (单项封顶), ≥ 0. Defaults to no cap. */
  readonly cap?: NumericInput;
}

/**
 * A recorded occurrence of an adjustment for one unit (the scoring part of the schema's
 * `AdjustmentRecord`).
 *
 * @since 0.1.0
 */
export interface AdjustmentRecordInput {
  /** The item id. */
  readonly adjustment: string;
  /** Number of occurrences, a positive integer. Defaults to `1`. */
  readonly count?: number;
  /** Points per occurrence overriding the item's points, ≥ 0. Defaults to the item's `points`. */
  readonly points?: NumericInput;
}

/**
 * One item's contribution in an {@link AdjustmentResult}.
 *
 * @since 0.1.0
 */
export interface AdjustmentItemResult {
  readonly id: string;
  readonly type: "bonus" | "deduction";
  /** Σ (points × count) over the item's records, before the item cap. */
  readonly raw: Dec;
  /** min(raw, cap): what the item contributes to its type's total. */
  readonly applied: Dec;
  /** `true` when the item cap cut the raw points (raw > cap). */
  readonly capped: boolean;
}

/**
 * The bonus/deduction of one unit, with every cap that fired flagged.
 *
 * @since 0.1.0
 */
export interface AdjustmentResult {
  /** Total bonus after item caps and the total bonus cap (≥ 0). */
  readonly bonus: Dec;
  /** Total deduction after item caps and the total deduction cap, as a positive number to subtract. */
  readonly deduction: Dec;
  /** bonus − deduction: what is added to the unit's score. */
  readonly net: Dec;
  /** Every item (also those without records, with raw 0), sorted by id (code-unit order). */
  readonly items: AdjustmentItemResult[];
  /** Whether the total cap cut the sum of applied bonus / deduction points. */
  readonly totalCapped: { readonly bonus: boolean; readonly deduction: boolean };
}

/**
 * Caps on a unit's total bonus and total deduction (累计加分/扣分上限), both ≥ 0.
 *
 * @since 0.1.0
 */
export interface AdjustmentCaps {
  /** Most total bonus points. Defaults to no cap. */
  readonly bonus?: NumericInput;
  /** Most total deduction points (a positive number). Defaults to no cap. */
  readonly deduction?: NumericInput;
}

/**
 * Applies bonus and deduction records (加分/扣分) with per-item caps (单项封顶) and total caps
 * (累计加分/扣分上限), e.g. "获国家级表彰每项加 2 分，单项最高 4 分，加分累计不超过 5 分".
 *
 * Rule (the assessment plan's documented rule; the common 加减分 practice of 目标绩效考核办法):
 * - rawᵢ = Σ over item i's records of (record.points ?? item.points) × (record.count ?? 1)
 * - appliedᵢ = min(rawᵢ, capᵢ) (no cap: appliedᵢ = rawᵢ)
 * - bonus = min(Σ applied of bonus items, caps.bonus); deduction likewise with caps.deduction
 * - net = bonus − deduction
 *
 * @param records - the unit's adjustment records
 * @param items - the plan's adjustment items
 * @param caps - total caps; each defaults to no cap
 * @returns totals, per-item breakdown and cap flags
 * @throws ScoringError `unknown_adjustment` (path `["records", i, "adjustment"]`), `duplicate_adjustment_item`,
 *   `invalid_count`, `negative_points`, `invalid_number`
 * @example
 * ```ts
 * import { applyAdjustments } from "@ducha/scoring";
 *
 * const r = applyAdjustments(
 *   [{ adjustment: "award", count: 3 }, { adjustment: "violation", points: "1.5" }],
 *   [
 *     { id: "award", type: "bonus", points: 2, cap: 4 },
 *     { id: "violation", type: "deduction", points: 1 },
 *   ],
 *   { bonus: 5 },
 * );
 * r.net.toString(); // "2.5"  (bonus min(6, 4) = 4, deduction 1.5)
 * ```
 * @since 0.1.0
 */
export function applyAdjustments(
  records: readonly AdjustmentRecordInput[],
  items: readonly AdjustmentItemSpec[],
  caps: AdjustmentCaps = {},
): AdjustmentResult {
  const specs = new Map<string, { type: "bonus" | "deduction"; points: Dec; cap: Dec | undefined; raw: Dec }>();
  items.forEach((item, i) => {
    if (specs.has(item.id)) {
      throw new ScoringError("duplicate_adjustment_item", `items.${i}: adjustment item id "${item.id}" is repeated`, {
        path: ["items", i, "id"],
      });
    }
    if (item.type !== "bonus" && item.type !== "deduction") {
      throw new ScoringError(
        "invalid_adjustment_type",
        `items.${i}.type must be "bonus" or "deduction", got ${JSON.stringify(item.type)}`,
        { path: ["items", i, "type"] },
      );
    }
    specs.set(item.id, {
      type: item.type,
      points: nonNegative(item.points, ["items", i, "points"]),
      cap: item.cap === undefined ? undefined : nonNegative(item.cap, ["items", i, "cap"]),
      raw: new D(0),
    });
  });
  const bonusCap = caps.bonus === undefined ? undefined : nonNegative(caps.bonus, ["caps", "bonus"]);
  const deductionCap = caps.deduction === undefined ? undefined : nonNegative(caps.deduction, ["caps", "deduction"]);

  records.forEach((record, i) => {
    const spec = specs.get(record.adjustment);
    if (spec === undefined) {
      throw new ScoringError(
        "unknown_adjustment",
        `records.${i}.adjustment: "${record.adjustment}" is not an adjustment item of the plan`,
        { path: ["records", i, "adjustment"] },
      );
    }
    const count = record.count ?? 1;
    if (!Number.isSafeInteger(count) || count < 1) {
      throw new ScoringError("invalid_count", `records.${i}.count must be a positive integer, got ${String(count)}`, {
        path: ["records", i, "count"],
      });
    }
    const points = record.points === undefined ? spec.points : nonNegative(record.points, ["records", i, "points"]);
    spec.raw = spec.raw.plus(points.times(count));
  });

  const out: AdjustmentItemResult[] = [];
  let bonusSum = new D(0);
  let deductionSum = new D(0);
  for (const [id, spec] of [...specs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const capped = spec.cap !== undefined && spec.raw.greaterThan(spec.cap);
    const applied = capped && spec.cap !== undefined ? spec.cap : spec.raw;
    out.push({ id, type: spec.type, raw: spec.raw, applied, capped });
    if (spec.type === "bonus") bonusSum = bonusSum.plus(applied);
    else deductionSum = deductionSum.plus(applied);
  }
  const bonusCapped = bonusCap !== undefined && bonusSum.greaterThan(bonusCap);
  const deductionCapped = deductionCap !== undefined && deductionSum.greaterThan(deductionCap);
  const bonus = bonusCapped && bonusCap !== undefined ? bonusCap : bonusSum;
  const deduction = deductionCapped && deductionCap !== undefined ? deductionCap : deductionSum;
  return {
    bonus,
    deduction,
    net: bonus.minus(deduction),
    items: out,
    totalCapped: { bonus: bonusCapped, deduction: deductionCapped },
  };
}

function nonNegative(value: NumericInput, path: (string | number)[]): Dec {
  const d = toDecimal(value, path);
  if (d.isNegative() && !d.isZero()) {
    throw new ScoringError(
      "negative_points",
      `${path.join(".")} must be ≥ 0 (a deduction is given as a positive number), got ${d.toString()}`,
      { path },
    );
  }
  return d;
}
