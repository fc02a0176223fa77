import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysBetween, fromDayNumber } from "./day-number.js";
import { isIsoDate } from "./iso-date.js";

describe("calendar arithmetic", () => {
  it("numbers days from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2000-03-01")).toBe(11017); // 30 years × 365 + 7 leap days + Jan 31 + Feb 29
    expect(daysBetween("2024-01-01", "2024-12-31")).toBe(365); // leap year: 366 days inclusive
    expect(daysBetween("2023-01-01", "2023-12-31")).toBe(364);
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("1900-03-01", -1)).toBe("1900-02-28"); // 1900 is not a leap year
    expect(isIsoDate("2023-02-29")).toBe(false);
  });

  it("agrees with Date.UTC and round-trips (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const date = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          fc.pre(isIsoDate(date));
          const utc = new Date(0);
          utc.setUTCFullYear(y, m - 1, d);
          expect(dayNumber(date)).toBe(Math.round(utc.getTime() / 86_400_000));
          expect(fromDayNumber(dayNumber(date))).toBe(date);
        },
      ),
    );
  });
});
