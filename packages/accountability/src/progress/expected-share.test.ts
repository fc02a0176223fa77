import { describe, expect, it } from "vitest";
import { D } from "../internal/decimal.js";
import { expectedShare, milestoneValue } from "./expected-share.js";
import { ProgressError } from "./progress-error.js";

describe("expectedShare (时间进度)", () => {
  it("is the elapsed share of days, inclusive, day-exact", () => {
    // 2024 has 366 days; by the end of 30 June 31+29+31+30+31+30 = 182 days have elapsed
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-06-30").eq(new D(182).div(366))).toBe(true);
    // by the end of 2 July: 184/366 > 1/2 — 时间过半
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-07-02").gt("0.5")).toBe(true);
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-12-31").toString()).toBe("1");
    expect(expectedShare("2024-01-01", "2024-12-31", "2023-12-31").toString()).toBe("0");
    expect(expectedShare("2024-01-01", "2024-12-31", "2025-03-01").toString()).toBe("1");
    // a deadline before the period end: 2024-01-01 … 2024-10-31 is 305 days; by 31 May 152
    expect(expectedShare("2024-01-01", "2024-10-31", "2024-05-31").eq(new D(152).div(305))).toBe(true);
  });

  it("interpolates a custom curve between (start − 1, 0), its points and (deadline, 1)", () => {
    const curve = [
      { date: "2024-06-30", share: "0.4" },
      { date: "2024-09-30", share: 0.7 },
    ];
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-06-30", curve).toString()).toBe("0.4");
    // 31 Mar: day 91 of 182 on the way to 0.4 → 0.4 × 91/182 = 0.2
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-03-31", curve).toString()).toBe("0.2");
    // 15 Aug: 46 of 92 days from 30 Jun to 30 Sep → 0.4 + 0.3 × 46/92 = 0.55
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-08-15", curve).toString()).toBe("0.55");
    // 31 Dec: 1
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-12-31", curve).toString()).toBe("1");
    // the input order of curve points does not matter
    expect(expectedShare("2024-01-01", "2024-12-31", "2024-08-15", [...curve].reverse()).toString()).toBe("0.55");
  });

  it("rejects bad dates and curves with a path", () => {
    expect(() => expectedShare("2024-01-01", "2024-12-31", "2024-02-30")).toThrow(ProgressError);
    const err = (() => {
      try {
        expectedShare("2024-01-01", "2024-12-31", "2024-05-01", [
          { date: "2024-03-31", share: "0.5" },
          { date: "2024-06-30", share: "0.3" },
        ]);
      } catch (e) {
        return e as ProgressError;
      }
      throw new Error("expected a throw");
    })();
    expect(err.code).toBe("invalid_curve");
    expect(err.path).toEqual(["curve", 1, "share"]);
    expect(() =>
      expectedShare("2024-01-01", "2024-12-31", "2024-05-01", [{ date: "2024-03-31", share: "1.5" }]),
    ).toThrow(/between 0 and 1/);
  });
});

describe("milestoneValue (节点目标)", () => {
  it("interpolates milestones, then the target at the deadline", () => {
    const ms = [{ date: "2024-06-30", value: "100" }];
    // 30 Jun → 100; 30 Sep: 92 of 184 days from 30 Jun to 31 Dec → 100 + (300 − 100) × 92/184 = 200
    expect(milestoneValue("2024-01-01", "2024-12-31", "2024-06-30", new D(300), ms).toString()).toBe("100");
    expect(milestoneValue("2024-01-01", "2024-12-31", "2024-09-30", new D(300), ms).toString()).toBe("200");
  });
});
