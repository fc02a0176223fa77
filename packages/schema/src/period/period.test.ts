import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  formatPeriod,
  isPeriodId,
  parsePeriod,
  periodContains,
  periodEnd,
  periodStart,
  previousPeriod,
  subPeriods,
} from "./period.js";

describe("periods", () => {
  it("parses and formats the canonical ids", () => {
    expect(parsePeriod("2024")).toEqual({ type: "year", year: 2024, index: 1 });
    expect(parsePeriod("2024S2")).toEqual({ type: "half-year", year: 2024, index: 2 });
    expect(parsePeriod("2024Q3")).toEqual({ type: "quarter", year: 2024, index: 3 });
    expect(parsePeriod("2024-05")).toEqual({ type: "month", year: 2024, index: 5 });
    for (const bad of ["2024Q5", "2024-13", "2024-00", "24Q1", "2024S3", "2024q1", "0999", ""]) {
      expect(parsePeriod(bad), bad).toBeUndefined();
      expect(isPeriodId(bad)).toBe(false);
    }
  });

  it("knows start and end dates, including leap years", () => {
    expect(periodStart("2024Q3")).toBe("2024-07-01");
    expect(periodEnd("2024Q1")).toBe("2024-03-31");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2023-02")).toBe("2023-02-28");
    expect(periodEnd("2024")).toBe("2024-12-31");
    expect(periodEnd("2024S1")).toBe("2024-06-30");
  });

  it("orders, contains and enumerates", () => {
    expect(["2024-02", "2023", "2024Q1", "2024", "2024S1", "2024-01"].sort(comparePeriods)).toEqual([
      "2023",
      "2024",
      "2024S1",
      "2024Q1",
      "2024-01",
      "2024-02",
    ]);
    expect(periodContains("2024", "2024-12")).toBe(true);
    expect(periodContains("2024S2", "2024Q3")).toBe(true);
    expect(periodContains("2024S1", "2024Q3")).toBe(false);
    expect(periodContains("2024Q3", "2024S2")).toBe(false);
    expect(periodContains("2023", "2024-01")).toBe(false);
    expect(subPeriods("2024S1", "quarter")).toEqual(["2024Q1", "2024Q2"]);
    expect(subPeriods("2024Q2", "month")).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(subPeriods("2024Q2", "year")).toEqual([]);
    expect(previousPeriod("2024Q1")).toBe("2023Q4");
    expect(previousPeriod("2024-01")).toBe("2023-12");
    expect(previousPeriod("2024")).toBe("2023");
    expect(() => periodStart("2024Q9")).toThrow(/invalid period id/);
  });

  it("round-trips every period (property)", () => {
    const period = fc.oneof(
      fc.record({
        type: fc.constant("year" as const),
        year: fc.integer({ min: 1001, max: 9999 }),
        index: fc.constant(1),
      }),
      fc.record({
        type: fc.constant("half-year" as const),
        year: fc.integer({ min: 1001, max: 9999 }),
        index: fc.integer({ min: 1, max: 2 }),
      }),
      fc.record({
        type: fc.constant("quarter" as const),
        year: fc.integer({ min: 1001, max: 9999 }),
        index: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({
        type: fc.constant("month" as const),
        year: fc.integer({ min: 1001, max: 9999 }),
        index: fc.integer({ min: 1, max: 12 }),
      }),
    );
    fc.assert(
      fc.property(period, (p) => {
        const id = formatPeriod(p);
        expect(parsePeriod(id)).toEqual(p);
        expect(periodContains(String(p.year), id)).toBe(true);
        expect(comparePeriods(previousPeriod(id), id)).toBeLessThan(0);
      }),
    );
  });
});
