import { type Indicator, parsePeriod, periodEnd, periodStart, subPeriods } from "@ducha/schema";
import { D, type Dec, toDec } from "../internal/decimal.js";
import type { IndexedObservation } from "./observation-index.js";
import { ProgressError } from "./progress-error.js";

/**
 * How a year-to-date value was summed from increments (按增量累计): the periods summed and the
 * periods without a usable value (not reported, reported missing or `null`) — never counted as zero.
 *
 * @since 0.1.0
 */
export interface IncrementSum {
  /** Periods whose increments were summed, in time order. */
  readonly periods: readonly string[];
  /** Periods of the same granularity up to the latest one without a usable increment (缺报), in time order. */
  readonly missing: readonly string[];
}

/** Whether monitoring sums this indicator's observations as increments; throws when it cannot be. @internal */
export function sumsIncrements(indicator: Indicator): boolean {
  if (indicator.observationBasis !== "increment") return false;
  if (indicator.cumulative !== true)
    throw new ProgressError(
      "invalid_basis",
      `indicator ${indicator.id}: observationBasis "increment" needs a cumulative indicator (cumulative: true)`,
      { path: ["system", "indicators", indicator.id, "observationBasis"] },
    );
  return true;
}

/**
 * The year-to-date value of an indicator reported as increments (DHIS2-style temporal aggregation:
 * sum of the period's increments to date). `latest` is the latest usable increment inside the target
 * period known by the date; every usable increment of the same granularity from the target period's
 * start to it is summed; periods of that granularity without one are listed as missing.
 *
 * @param list - usable observations of the unit × indicator, sorted by (knownAt, start)
 * @param latest - the latest one inside the target period known by the date
 * @param targetPeriod - target period id, e.g. `"2024"`
 * @returns an observation with the sum as value and the {@link IncrementSum}
 * @throws {@link ProgressError} `mixed_increments` when increments of different granularities fall in the period
 * @internal
 */
export function incrementTotal(
  list: readonly IndexedObservation[],
  latest: IndexedObservation,
  targetPeriod: string,
  unit: string,
  indicator: string,
): IndexedObservation {
  const first = periodStart(targetPeriod);
  const type = parsePeriod(latest.period)?.type;
  const summed: IndexedObservation[] = [];
  for (const o of list) {
    if (o.start < first || o.knownAt > latest.knownAt) continue;
    const t = parsePeriod(o.period)?.type;
    if (t !== type)
      throw new ProgressError(
        "mixed_increments",
        `unit ${unit}, indicator ${indicator}: increments of one granularity expected in ${targetPeriod}, got ${latest.period} and ${o.period}`,
        { path: ["observations"] },
      );
    summed.push(o);
  }
  let total: Dec = new D(0);
  const have = new Set<string>();
  for (const o of summed) {
    let v = o.value;
    if (v === undefined) {
      v = toDec(o.raw) as Dec; // checked when indexed
      o.value = v;
      o.text = v.toString();
    }
    total = total.plus(v);
    have.add(o.period);
  }
  const expected =
    type === undefined
      ? []
      : subPeriods(targetPeriod, type).filter((p) => periodStart(p) >= first && periodEnd(p) <= latest.knownAt);
  const missing = expected.filter((p) => !have.has(p));
  return {
    period: latest.period,
    knownAt: latest.knownAt,
    start: latest.start,
    raw: latest.raw,
    value: total,
    text: total.toString(),
    increments: { periods: summed.map((o) => o.period), missing },
  };
}
