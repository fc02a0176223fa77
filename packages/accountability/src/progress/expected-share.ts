import { addDays, dayNumber, isIsoDate } from "@ducha/schema";
import { D, type Dec, toDec } from "../internal/decimal.js";
import { ProgressError } from "./progress-error.js";

/**
 * A point of a custom progress curve (进度曲线): by `date`, `share` (0–1) of the annual target
 * should be done. Seasonal work (construction stops in winter, investment peaks in Q4) uses a curve
 * instead of the straight line.
 *
 * @since 0.1.0
 */
export interface CurvePoint {
  /** Calendar date `YYYY-MM-DD`. */
  readonly date: string;
  /** Expected cumulative share of the target, 0–1, e.g. `"0.4"`. */
  readonly share: number | string;
}

/**
 * A custom progress curve: points linearly interpolated between `(start − 1 day, 0)` and
 * `(deadline, 1)`; shares must not decrease with the date.
 *
 * @since 0.1.0
 */
export type ProgressCurve = readonly CurvePoint[];

interface Knot {
  readonly day: number;
  readonly value: Dec;
}

/** Piecewise-linear interpolation over knots sorted by day; clamps outside. @internal */
export function interpolate(knots: readonly Knot[], day: number): Dec {
  const first = knots[0];
  if (first === undefined) return new D(0);
  if (day <= first.day) return first.value;
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1] as Knot;
    const b = knots[i] as Knot;
    if (day <= b.day) {
      if (b.day === a.day) return b.value;
      // value = a + (b − a) × (day − a.day) / (b.day − a.day)
      return a.value.plus(
        b.value
          .minus(a.value)
          .times(day - a.day)
          .div(b.day - a.day),
      );
    }
  }
  return (knots[knots.length - 1] as Knot).value;
}

/**
 * Expected share of the target by `asOf` (时间进度), day-exact and time-zone free.
 *
 * Linear (default, 时间过半、任务过半): `share = elapsed / total` where `total` is the number of
 * days from `start` to `deadline` inclusive and `elapsed` the days from `start` to `asOf` inclusive,
 * clamped to [0, 1] — at the end of 30 June 2024, 182 of 366 days have elapsed, share = 182/366.
 * With a `curve`, the share is interpolated linearly between the curve's points, anchored at
 * `(start − 1 day, 0)` and `(deadline, 1)`.
 *
 * @param start - first day of the target period, `YYYY-MM-DD`
 * @param deadline - last day to reach the target, `YYYY-MM-DD`
 * @param asOf - evaluation date, `YYYY-MM-DD`
 * @param curve - custom curve. Defaults to the straight line.
 * @returns a decimal in [0, 1]
 * @example
 * ```ts
 * import { expectedShare } from "@ducha/accountability";
 *
 * expectedShare("2024-01-01", "2024-12-31", "2024-06-30").toString(); // 182/366 = "0.4972677595628415…"
 * expectedShare("2024-01-01", "2024-12-31", "2024-06-30", [{ date: "2024-06-30", share: "0.4" }]).toString(); // "0.4"
 * ```
 * @since 0.1.0
 */
export function expectedShare(start: string, deadline: string, asOf: string, curve?: ProgressCurve): Dec {
  for (const [name, date] of [
    ["start", start],
    ["deadline", deadline],
    ["asOf", asOf],
  ] as const) {
    if (!isIsoDate(date))
      throw new ProgressError("invalid_date", `expected ${name} as a date YYYY-MM-DD, got ${JSON.stringify(date)}`, {
        path: [name],
      });
  }
  const s = dayNumber(start);
  const e = dayNumber(deadline);
  if (e < s)
    throw new ProgressError("invalid_date", `deadline ${deadline} is before the period start ${start}`, {
      path: ["deadline"],
    });
  const a = dayNumber(asOf);
  if (curve === undefined) {
    const total = e - s + 1;
    const elapsed = Math.min(Math.max(a - s + 1, 0), total);
    return new D(elapsed).div(total);
  }
  return interpolate(curveKnots(start, deadline, curve), a);
}

/** Validated knots of a curve, with the implicit anchors. @internal */
function curveKnots(start: string, deadline: string, curve: ProgressCurve): Knot[] {
  const knots: Knot[] = [{ day: dayNumber(addDays(start, -1)), value: new D(0) }];
  const sorted = curve
    .map((p, i) => ({ p, i }))
    .sort((x, y) => (x.p.date < y.p.date ? -1 : x.p.date > y.p.date ? 1 : 0));
  for (const { p, i } of sorted) {
    if (!isIsoDate(p.date))
      throw new ProgressError(
        "invalid_curve",
        `curve point ${i}: expected date YYYY-MM-DD, got ${JSON.stringify(p.date)}`,
        {
          path: ["curve", i, "date"],
        },
      );
    const share = toDec(p.share);
    if (share === undefined || share.lt(0) || share.gt(1))
      throw new ProgressError(
        "invalid_curve",
        `curve point ${i}: expected a share between 0 and 1, got ${JSON.stringify(p.share)}`,
        {
          path: ["curve", i, "share"],
        },
      );
    const day = dayNumber(p.date);
    const prev = knots[knots.length - 1] as Knot;
    if (day <= prev.day && knots.length > 1)
      throw new ProgressError("invalid_curve", `curve point ${i}: date ${p.date} appears twice`, {
        path: ["curve", i, "date"],
      });
    if (share.lt(prev.value))
      throw new ProgressError("invalid_curve", `curve point ${i}: share ${p.share} is below an earlier point's share`, {
        path: ["curve", i, "share"],
      });
    if (day > prev.day) knots.push({ day, value: share });
  }
  const last = knots[knots.length - 1] as Knot;
  if (last.day < dayNumber(deadline)) knots.push({ day: dayNumber(deadline), value: new D(1) });
  return knots;
}

/**
 * Expected cumulative value by `asOf` from milestones (节点目标), interpolated linearly between
 * `(start − 1 day, 0)`, the milestones, and `(deadline, target)`.
 *
 * @internal
 */
export function milestoneValue(
  start: string,
  deadline: string,
  asOf: string,
  target: Dec,
  milestones: readonly { readonly date: string; readonly value: number | string }[],
): Dec {
  const knots: Knot[] = [{ day: dayNumber(addDays(start, -1)), value: new D(0) }];
  const sorted = milestones
    .map((m, i) => ({ m, i }))
    .sort((x, y) => (x.m.date < y.m.date ? -1 : x.m.date > y.m.date ? 1 : 0));
  for (const { m, i } of sorted) {
    const value = toDec(m.value);
    if (value === undefined)
      throw new ProgressError(
        "invalid_milestone",
        `milestone ${i}: expected a number, got ${JSON.stringify(m.value)}`,
        {
          path: ["milestones", i, "value"],
        },
      );
    const day = dayNumber(m.date);
    const prev = knots[knots.length - 1] as Knot;
    if (day <= prev.day)
      throw new ProgressError("invalid_milestone", `milestone ${i}: date ${m.date} is not after the previous one`, {
        path: ["milestones", i, "date"],
      });
    knots.push({ day, value });
  }
  const last = knots[knots.length - 1] as Knot;
  if (last.day < dayNumber(deadline)) knots.push({ day: dayNumber(deadline), value: target });
  return interpolate(knots, dayNumber(asOf));
}
