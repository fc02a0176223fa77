import type { Observation, Target } from "@ducha/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatedProject } from "../../test/fixtures/generated-project.js";
import { indicator, miniProject } from "../../test/fixtures/mini-project.js";
import { simulatedProject } from "../../test/fixtures/simulated-year.js";
import { monitorProgress } from "./monitor-progress.js";
import { monitorProgressTable, PROGRESS_STATUSES } from "./monitor-table.js";
import { ObservationColumnsBuilder, observationColumns } from "./observation-columns.js";
import { ProgressError } from "./progress-error.js";
import { progressSeries } from "./progress-series.js";

const json = (v: unknown) => JSON.stringify(v);

describe("observationColumns", () => {
  it("dictionary-encodes unit, indicator and period and classifies values", () => {
    const c = observationColumns([
      { unit: "u1", indicator: "a", period: "2024-01", value: "1.5" },
      { unit: "u2", indicator: "a", period: "2024-01", value: 2 },
      { unit: "u1", indicator: "b", period: "2024-02", value: null, status: "missing" },
      { unit: "u1", indicator: "a", period: "2024-02", value: "较好" },
    ]);
    expect(c.length).toBe(4);
    expect(c.units).toEqual(["u1", "u2"]);
    expect(c.indicators).toEqual(["a", "b"]);
    expect(c.periods).toEqual(["2024-01", "2024-02"]);
    expect([...c.unit]).toEqual([0, 1, 0, 0]);
    expect([...c.indicator]).toEqual([0, 0, 1, 0]);
    expect([...c.period]).toEqual([0, 0, 1, 1]);
    expect([...c.valueClass]).toEqual([1, 1, 0, 2]);
  });

  it("the builder grows past its capacity and rejects malformed periods", () => {
    const b = new ObservationColumnsBuilder(16);
    for (let i = 0; i < 100; i++) b.add({ unit: `u${i % 7}`, indicator: "x", period: "2024", value: String(i) });
    const c = b.build();
    expect(c.length).toBe(100);
    expect(c.values[99]).toBe("99");
    expect(c.unit[99]).toBe(99 % 7);
    expect(() => b.add({ unit: "u", indicator: "x", period: "2024-13", value: "1" })).toThrow(ProgressError);
  });
});

describe("monitorProgressTable equals monitorProgress", () => {
  it("generated project (every branch), several dates and options", () => {
    const project = generatedProject(25, 30, 12);
    const observations = observationColumns(project.observations ?? []);
    const optionSets = [
      {},
      { thresholds: { green: "0.95", yellow: 0.8 } },
      {
        curve: [
          { date: "2024-03-31", share: "0.1" },
          { date: "2024-09-30", share: "0.6" },
        ],
      },
    ];
    for (const asOf of ["2024-01-15", "2024-06-30", "2024-09-10", "2025-02-01"])
      for (const extra of optionSets) {
        const expected = monitorProgress(project, { asOf, ...extra });
        const table = monitorProgressTable(project, { asOf, observations, ...extra });
        expect(json(table.toReport())).toBe(json(expected));
        expect(json(monitorProgress(project, { asOf, observations, ...extra }))).toBe(json(expected));
        // the up-front statuses are those of the full items
        expect([...table.status].map((s) => PROGRESS_STATUSES[s])).toEqual(expected.items.map((i) => i.status));
        expect(table.summary).toEqual(expected.summary);
        const k = Math.floor(table.length / 2);
        expect(table.units[table.unit[k] as number]).toBe(expected.items[k]?.unit);
        expect(table.indicators[table.indicator[k] as number]).toBe(expected.items[k]?.indicator);
      }
  });

  it("progress series with columns equals the series from the observation array (simulated year)", () => {
    const project = simulatedProject();
    const observations = observationColumns(project.observations ?? []);
    const a = progressSeries(project, { from: "2024-01", to: "2024-12" });
    const b = progressSeries(project, { from: "2024-01", to: "2024-12", observations });
    expect(json(b)).toBe(json(a));
  });

  it("near-ties are decided exactly (values on and next to the target and thresholds)", () => {
    // target 12 for a year; on 2024-06-30 182/366 of the year has passed: expected 12 × 182/366 = 5.967…
    // green needs 0.9 × 5.967… = 5.370491803…, yellow 0.75 × 5.967… = 4.475409836…
    const expectedValue = (12 * 182) / 366;
    const values = [
      "12",
      "11.999999999999999999999",
      "12.000000000000000000001",
      "0",
      "0.000",
      "-0",
      String(0.9 * expectedValue),
      "5.3704918032786885245901639344262295081967213114754",
      "5.3704918032786885245901639344262295081967213114755",
      "4.4754098360655737704918032786885245901639344262295",
      "1e-90",
      "-1e-90",
      "1e90",
    ];
    const inds = [
      indicator("hc", "higher-better", true),
      indicator("lc", "lower-better", true),
      indicator("hp", "higher-better", false),
      indicator("lp", "lower-better", false),
      indicator("tv", "target-value", false),
      indicator("rg", "target-value", false),
    ];
    const units = values.map((_, i) => `u${String(i).padStart(2, "0")}`);
    const targets: Target[] = inds.map((ind) =>
      ind.id === "rg"
        ? {
            indicator: ind.id,
            period: "2024",
            range: { low: "5.37049180327868852459016393442622950819672131147541", high: "12" },
          }
        : { indicator: ind.id, period: "2024", target: "12" },
    );
    const observations: Observation[] = [];
    values.forEach((value, i) => {
      for (const ind of inds)
        observations.push({ unit: units[i] as string, indicator: ind.id, period: "2024-06", value });
    });
    const project = miniProject({ indicators: inds, targets, observations, units });
    const columns = observationColumns(observations);
    for (const asOf of ["2024-06-30", "2024-12-31"]) {
      const expected = monitorProgress(project, { asOf });
      expect(json(monitorProgressTable(project, { asOf, observations: columns }).toReport())).toBe(json(expected));
    }
  });

  it("random values and targets (fast-check): same report", () => {
    const decimal = fc.oneof(
      fc.integer({ min: -50, max: 200 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
      fc.constantFrom("0", "12", "10.8", "9", "5.3704918032786885245901639344262295081967213114754"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimal, fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("12", "0", "10.8", "-3"),
        fc.constantFrom("2024-04-30", "2024-07-15", "2024-12-31"),
        (rows, target, asOf) => {
          const inds = [
            indicator("hc", "higher-better", true),
            indicator("lc", "lower-better", true),
            indicator("hp", "higher-better", false),
            indicator("lp", "lower-better", false),
            indicator("tv", "target-value", false),
          ];
          const observations: Observation[] = [];
          const seen = new Set<number>();
          for (const [value, month] of rows) {
            if (seen.has(month)) continue;
            seen.add(month);
            for (const ind of inds)
              observations.push({
                unit: "u1",
                indicator: ind.id,
                period: `2024-${String(month).padStart(2, "0")}`,
                value,
              });
          }
          const targets = inds.map((ind) => ({ indicator: ind.id, period: "2024", target }));
          const project = miniProject({ indicators: inds, targets, observations });
          const expected = monitorProgress(project, { asOf });
          const got = monitorProgressTable(project, { asOf, observations: observationColumns(observations) });
          expect(json(got.toReport())).toBe(json(expected));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports duplicates and non-numbers with the row positions, as monitorProgress", () => {
    const inds = [indicator("hc", "higher-better", true)];
    const targets: Target[] = [{ indicator: "hc", period: "2024", target: "12" }];
    const dup: Observation[] = [
      { unit: "u1", indicator: "hc", period: "2024-01", value: "1" },
      { unit: "u1", indicator: "hc", period: "2024-02", value: "2" },
      { unit: "u1", indicator: "hc", period: "2024-01", value: "3" },
    ];
    const bad: Observation[] = [{ unit: "u1", indicator: "hc", period: "2024-01", value: "abc" }];
    for (const observations of [dup, bad]) {
      const project = miniProject({ indicators: inds, targets, observations });
      const err = (f: () => unknown) => {
        try {
          f();
        } catch (e) {
          return e as ProgressError;
        }
        throw new Error("expected an error");
      };
      const a = err(() => monitorProgress(project, { asOf: "2024-06-30" }));
      const b = err(() =>
        monitorProgressTable(project, { asOf: "2024-06-30", observations: observationColumns(observations) }),
      );
      expect(b).toBeInstanceOf(ProgressError);
      expect([b.code, b.path, b.message]).toEqual([a.code, a.path, a.message]);
    }
  });

  it("item(k) rejects a position outside the table", () => {
    const project = generatedProject(3, 5, 2);
    const table = monitorProgressTable(project, {
      asOf: "2024-02-29",
      observations: observationColumns(project.observations ?? []),
    });
    expect(() => table.item(table.length)).toThrow(ProgressError);
    expect(table.item(0)).toEqual(monitorProgress(project, { asOf: "2024-02-29" }).items[0]);
  });
});

describe("monitorProgressTable — hand-built columns", () => {
  const inds = [indicator("hc", "higher-better", true)];
  const project = miniProject({
    indicators: inds,
    targets: [{ indicator: "hc", period: "2024", target: "12" }],
    observations: [],
  });
  const good = observationColumns([{ unit: "u1", indicator: "hc", period: "2024-01", value: "1" }]);
  const code = (columns: typeof good) => {
    try {
      monitorProgressTable(project, { asOf: "2024-06-30", observations: columns });
    } catch (e) {
      return (e as ProgressError).code;
    }
    return "ok";
  };

  it("rejects codes outside the dictionaries, short columns and a value class that lies", () => {
    expect(code(good)).toBe("ok");
    expect(code({ ...good, unit: Int32Array.of(1) })).toBe("invalid_columns");
    expect(code({ ...good, period: Uint16Array.of(3) })).toBe("invalid_columns");
    expect(code({ ...good, length: 2 })).toBe("invalid_columns");
    expect(code({ ...good, values: ["abc"] })).toBe("invalid_observation");
  });
});
