import { isDecimalString, isPeriodId, type Observation } from "@ducha/schema";
import { ProgressError } from "./progress-error.js";

/**
 * Value class of an observation row in {@link ObservationColumns}: `0` missing (`status: "missing"`
 * or `null`), `1` a number (finite number or decimal string), `2` anything else (grade code, task
 * status, boolean).
 *
 * @since 0.1.0
 */
export type ObservationValueClass = 0 | 1 | 2;

/**
 * Observations in columns (列式观测值) for monitoring large projects: unit, indicator and period as
 * dictionary codes in typed arrays, the values as given (decimal strings stay strings and are parsed
 * only when used). Row `r` is the observation `{ unit: units[unit[r]], indicator:
 * indicators[indicator[r]], period: periods[period[r]], value: values[r] }`; row numbers stand for the
 * observation positions in errors (`["observations", r]`). Build with {@link observationColumns} or
 * {@link ObservationColumnsBuilder}.
 *
 * @example
 * ```ts
 * import { observationColumns } from "@ducha/accountability";
 *
 * const c = observationColumns([{ unit: "u1", indicator: "jobs", period: "2024-05", value: "0.42" }]);
 * c.units[c.unit[0] as number]; // "u1"
 * c.values[0]; // "0.42"
 * ```
 * @since 0.1.0
 */
export interface ObservationColumns {
  /** Number of rows. */
  readonly length: number;
  /** Unit ids (dictionary), each once. */
  readonly units: readonly string[];
  /** Indicator ids (dictionary), each once. */
  readonly indicators: readonly string[];
  /** Period ids (dictionary), each once. */
  readonly periods: readonly string[];
  /** Unit code per row (index into `units`). */
  readonly unit: Int32Array;
  /** Indicator code per row (index into `indicators`). */
  readonly indicator: Int32Array;
  /** Period code per row (index into `periods`). */
  readonly period: Uint16Array;
  /** Value per row, as in the observation (decimal string, number, code, boolean or `null`). */
  readonly values: readonly Observation["value"][];
  /** {@link ObservationValueClass} per row. */
  readonly valueClass: Uint8Array;
}

/**
 * A row accepted by {@link ObservationColumnsBuilder.add}: an observation's identifying fields and value.
 *
 * @since 0.1.0
 */
export type ObservationRow = Pick<Observation, "unit" | "indicator" | "period" | "value" | "status">;

const MAX_PERIODS = 65536;

/**
 * Builds {@link ObservationColumns} row by row, e.g. from a streamed CSV import; typed arrays grow
 * by doubling. Periods are checked (`invalid_period`); values are classified, not parsed.
 *
 * @example
 * ```ts
 * import { ObservationColumnsBuilder } from "@ducha/accountability";
 *
 * const b = new ObservationColumnsBuilder();
 * b.add({ unit: "u1", indicator: "jobs", period: "2024-01", value: "1.25" });
 * const columns = b.build();
 * columns.length; // 1
 * ```
 * @since 0.1.0
 */
export class ObservationColumnsBuilder {
  private readonly unitCodes = new Map<string, number>();
  private readonly indicatorCodes = new Map<string, number>();
  private readonly periodCodes = new Map<string, number>();
  private readonly units: string[] = [];
  private readonly indicators: string[] = [];
  private readonly periods: string[] = [];
  private readonly values: Observation["value"][] = [];
  private unit: Int32Array;
  private indicator: Int32Array;
  private period: Uint16Array;
  private valueClass: Uint8Array;
  private size = 0;

  /**
   * @param capacity - expected number of rows. Defaults to 1024 (grows as needed).
   */
  constructor(capacity = 1024) {
    const n = Math.max(16, Math.floor(capacity));
    this.unit = new Int32Array(n);
    this.indicator = new Int32Array(n);
    this.period = new Uint16Array(n);
    this.valueClass = new Uint8Array(n);
  }

  /** Number of rows added so far. */
  get length(): number {
    return this.size;
  }

  /**
   * Appends one observation row.
   *
   * @param row - unit, indicator, period, value and optional status
   * @throws {@link ProgressError} `invalid_period` for a malformed period id, `too_many_periods` beyond 65,536 periods
   */
  add(row: ObservationRow): void {
    const r = this.size;
    if (r === this.unit.length) this.grow();
    this.unit[r] = code(this.unitCodes, this.units, row.unit);
    this.indicator[r] = code(this.indicatorCodes, this.indicators, row.indicator);
    let p = this.periodCodes.get(row.period);
    if (p === undefined) {
      if (typeof row.period !== "string" || !isPeriodId(row.period))
        throw new ProgressError(
          "invalid_period",
          `observations ${r}: expected a period id, got ${JSON.stringify(row.period)}`,
          {
            path: ["observations", r, "period"],
          },
        );
      if (this.periods.length >= MAX_PERIODS)
        throw new ProgressError("too_many_periods", `observations ${r}: more than ${MAX_PERIODS} distinct periods`, {
          path: ["observations", r, "period"],
        });
      p = this.periods.length;
      this.periods.push(row.period);
      this.periodCodes.set(row.period, p);
    }
    this.period[r] = p;
    const v = row.value;
    this.values.push(v);
    this.valueClass[r] = classify(v, row.status);
    this.size = r + 1;
  }

  /**
   * The columns of the rows added (trimmed copies; the builder can go on adding).
   *
   * @returns the observation columns
   */
  build(): ObservationColumns {
    const n = this.size;
    return {
      length: n,
      units: [...this.units],
      indicators: [...this.indicators],
      periods: [...this.periods],
      unit: this.unit.slice(0, n),
      indicator: this.indicator.slice(0, n),
      period: this.period.slice(0, n),
      values: this.values.slice(0, n),
      valueClass: this.valueClass.slice(0, n),
    };
  }

  private grow(): void {
    const n = this.unit.length * 2;
    const unit = new Int32Array(n);
    unit.set(this.unit);
    this.unit = unit;
    const indicator = new Int32Array(n);
    indicator.set(this.indicator);
    this.indicator = indicator;
    const period = new Uint16Array(n);
    period.set(this.period);
    this.period = period;
    const valueClass = new Uint8Array(n);
    valueClass.set(this.valueClass);
    this.valueClass = valueClass;
  }
}

function code(codes: Map<string, number>, dict: string[], id: string): number {
  let c = codes.get(id);
  if (c === undefined) {
    c = dict.length;
    dict.push(id);
    codes.set(id, c);
  }
  return c;
}

/** Missing (0), a number (1) or another value (2), as monitoring reads an observation. @internal */
export function classify(value: unknown, status?: string): ObservationValueClass {
  if (status === "missing" || value === null) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? 1 : 2;
  if (typeof value === "string" && isDecimalString(value.trim())) return 1;
  return 2;
}

/**
 * Observation columns from an observation array (e.g. `project.observations`), in the same row order.
 *
 * @param observations - the observations
 * @returns the columns; row `r` is `observations[r]`
 * @throws {@link ProgressError} `invalid_period` for a malformed period id
 * @example
 * ```ts
 * import { monitorProgressTable, observationColumns } from "@ducha/accountability";
 * import type { Project } from "@ducha/schema";
 *
 * declare const project: Project;
 * const observations = observationColumns(project.observations ?? []);
 * const table = monitorProgressTable(project, { asOf: "2024-06-30", observations });
 * ```
 * @since 0.1.0
 */
export function observationColumns(observations: readonly ObservationRow[]): ObservationColumns {
  const b = new ObservationColumnsBuilder(observations.length);
  for (const o of observations) b.add(o);
  return b.build();
}
