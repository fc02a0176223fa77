import { isDecimalString, type Project, periodEnd, periodStart } from "@ducha/schema";
import type { Dec } from "../internal/decimal.js";
import type { IncrementSum } from "./increment-total.js";
import { ProgressError } from "./progress-error.js";

/** Indicator kinds that progress monitoring covers. @internal */
export const MONITORED_KINDS: ReadonlySet<string> = new Set(["quantitative", "survey", "event-count"]);

/**
 * An indexed observation: period bounds parsed once; the value is checked up front but parsed to a
 * Decimal (and its text) only when an item uses it, then kept for later snapshots.
 *
 * @internal
 */
export interface IndexedObservation {
  readonly period: string;
  /** The period's last day: the day the value counts as known. */
  readonly knownAt: string;
  /** The period's first day. */
  readonly start: string;
  readonly raw: string | number;
  /** Parsed value, filled on first use. */
  value: Dec | undefined;
  /** `value.toString()`, filled on first use. */
  text: string | undefined;
  /** For indicators reported as increments: the periods summed into `value` and those missing. */
  readonly increments?: IncrementSum;
}

/** The observations of one unit × indicator: periods seen (for duplicates) and the usable list. @internal */
export interface ObservationBucket {
  /** Usable observations known by the index date, sorted by (knownAt, start). */
  readonly list: IndexedObservation[];
  /** Periods seen and their observation positions (every observation, also missing ones). */
  readonly periods: string[];
  readonly positions: number[];
  /** Period → position, once the bucket is large. */
  seen: Map<string, number> | undefined;
}

/**
 * Observations known by a date, per unit then indicator.
 *
 * @internal
 */
export type ObservationIndex = ReadonlyMap<string, ReadonlyMap<string, ObservationBucket>>;

const LINEAR_SCAN = 24;

/** Position of an earlier observation with this period in the bucket, and records this one. */
function seenBefore(bucket: ObservationBucket, period: string, position: number): number | undefined {
  const { periods, positions } = bucket;
  if (bucket.seen !== undefined) {
    const before = bucket.seen.get(period);
    if (before !== undefined) return before;
    bucket.seen.set(period, position);
    return undefined;
  }
  for (let k = 0; k < periods.length; k++) if (periods[k] === period) return positions[k];
  periods.push(period);
  positions.push(position);
  if (periods.length > LINEAR_SCAN) bucket.seen = new Map(periods.map((p, k) => [p, positions[k] as number]));
  return undefined;
}

/**
 * Indexes the observations known by `asOf` per unit × indicator (usable values of monitored kinds).
 * Throws `duplicate_observation` and `invalid_observation` in observation order.
 *
 * @internal
 */
export function indexObservations(project: Project, asOf: string): ObservationIndex {
  const map = new Map<string, Map<string, ObservationBucket>>();
  const unsorted = new Set<IndexedObservation[]>();
  const indicators = new Map<string, string>();
  for (const x of project.system.indicators) indicators.set(x.id, x.kind);
  const periodBounds = new Map<string, { start: string; end: string }>();
  const observations = project.observations ?? [];
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as (typeof observations)[number];
    let byIndicator = map.get(o.unit);
    if (byIndicator === undefined) {
      byIndicator = new Map();
      map.set(o.unit, byIndicator);
    }
    let bucket = byIndicator.get(o.indicator);
    if (bucket === undefined) {
      bucket = { list: [], periods: [], positions: [], seen: undefined };
      byIndicator.set(o.indicator, bucket);
    }
    const before = seenBefore(bucket, o.period, i);
    if (before !== undefined)
      throw new ProgressError(
        "duplicate_observation",
        `observations ${before} and ${i}: two values for unit ${o.unit}, indicator ${o.indicator}, period ${o.period}`,
        { path: ["observations", i] },
      );
    if (o.status === "missing" || o.value === null) continue;
    let bounds = periodBounds.get(o.period);
    if (bounds === undefined) {
      bounds = { start: periodStart(o.period), end: periodEnd(o.period) };
      periodBounds.set(o.period, bounds);
    }
    const knownAt = bounds.end;
    if (knownAt > asOf) continue;
    // last indicator with the id wins, as with a Map built from the list
    const kind = indicators.get(o.indicator);
    if (kind === undefined || !MONITORED_KINDS.has(kind)) continue;
    const raw = o.value;
    if (!(typeof raw === "number" ? Number.isFinite(raw) : typeof raw === "string" && isDecimalString(raw.trim())))
      throw new ProgressError(
        "invalid_observation",
        `observations ${i}: expected a number for ${kind} indicator ${o.indicator}, got ${JSON.stringify(o.value)}`,
        { path: ["observations", i, "value"] },
      );
    const list = bucket.list;
    const entry: IndexedObservation = {
      period: o.period,
      knownAt,
      start: bounds.start,
      raw: raw as string | number,
      value: undefined,
      text: undefined,
    };
    const last = list[list.length - 1];
    if (last !== undefined && compareKnown(last, entry) > 0) unsorted.add(list);
    list.push(entry);
  }
  for (const list of unsorted) list.sort(compareKnown);
  return map;
}

function compareKnown(a: IndexedObservation, b: IndexedObservation): number {
  if (a.knownAt !== b.knownAt) return a.knownAt < b.knownAt ? -1 : 1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/**
 * The latest observation inside the period `[start, end]` known by `asOf`; ties on the end date:
 * the shorter period (the later start). `list` is sorted by (knownAt, start).
 *
 * @internal
 */
export function latestObservation(
  list: readonly IndexedObservation[],
  start: string,
  end: string,
  asOf: string,
): IndexedObservation | undefined {
  // binary search for the first entry known after asOf
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as IndexedObservation).knownAt <= asOf) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const o = list[k] as IndexedObservation;
    // inside the period: periods never straddle a year, so containment is a comparison of dates
    if (o.start >= start && o.knownAt <= end) return o;
  }
  return undefined;
}
