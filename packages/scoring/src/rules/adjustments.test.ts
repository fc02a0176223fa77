import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AdjustmentItemSpec, type AdjustmentRecordInput, applyAdjustments } from "./adjustments.js";

const ITEMS: AdjustmentItemSpec[] = [
  { id: "national-award", type: "bonus", points: 2, cap: 4 },
  { id: "provincial-award", type: "bonus", points: "1" },
  { id: "violation", type: "deduction", points: "0.5", cap: "3" },
  { id: "accident", type: "deduction", points: 3 },
];

describe("applyAdjustments", () => {
  it("hand computation: item caps and total caps", () => {
    // national-award: 3 × 2 = 6 → capped at 4
    // provincial-award: 1 × 1 + 1 × 1.5 (override) = 2.5
    // bonus Σ applied = 6.5 → total cap 5 → bonus 5 (totalCapped.bonus)
    // violation: 4 × 0.5 + 1 × 0.25 = 2.25 (cap 3 not reached)
    // accident: 1 × 3 = 3
    // deduction Σ = 5.25 (no total cap); net = 5 − 5.25 = −0.25
    const r = applyAdjustments(
      [
        { adjustment: "national-award", count: 3 },
        { adjustment: "provincial-award" },
        { adjustment: "provincial-award", points: "1.5" },
        { adjustment: "violation", count: 4 },
        { adjustment: "violation", points: "0.25" },
        { adjustment: "accident" },
      ],
      ITEMS,
      { bonus: 5 },
    );
    expect(r.bonus.toString()).toBe("5");
    expect(r.deduction.toString()).toBe("5.25");
    expect(r.net.toString()).toBe("-0.25");
    expect(r.totalCapped).toEqual({ bonus: true, deduction: false });
    expect(r.items.map((i) => [i.id, i.type, i.raw.toString(), i.applied.toString(), i.capped])).toEqual([
      ["accident", "deduction", "3", "3", false],
      ["national-award", "bonus", "6", "4", true],
      ["provincial-award", "bonus", "2.5", "2.5", false],
      ["violation", "deduction", "2.25", "2.25", false],
    ]);
  });

  it("total deduction cap and items without records", () => {
    // violation: 10 × 0.5 = 5 → item cap 3; accident 2 × 3 = 6; Σ = 9 → total cap 8
    const r = applyAdjustments(
      [
        { adjustment: "violation", count: 10 },
        { adjustment: "accident", count: 2 },
      ],
      ITEMS,
      { deduction: "8" },
    );
    expect(r.deduction.toString()).toBe("8");
    expect(r.bonus.toString()).toBe("0");
    expect(r.net.toString()).toBe("-8");
    expect(r.totalCapped).toEqual({ bonus: false, deduction: true });
    expect(r.items.find((i) => i.id === "violation")?.capped).toBe(true);
    expect(r.items.find((i) => i.id === "national-award")?.raw.toString()).toBe("0");
  });

  it("exact decimals: 0.1 × 3 = 0.3", () => {
    const r = applyAdjustments([{ adjustment: "b", count: 3 }], [{ id: "b", type: "bonus", points: "0.1" }]);
    expect(r.bonus.toString()).toBe("0.3");
  });

  it("rejects unknown items, bad counts, negative points and duplicate ids with a path", () => {
    expect(() => applyAdjustments([{ adjustment: "x" }], ITEMS)).toThrowError(
      expect.objectContaining({ code: "unknown_adjustment", path: ["records", 0, "adjustment"] }),
    );
    expect(() => applyAdjustments([{ adjustment: "accident", count: 0 }], ITEMS)).toThrowError(
      expect.objectContaining({ code: "invalid_count", path: ["records", 0, "count"] }),
    );
    expect(() => applyAdjustments([{ adjustment: "accident", points: -1 }], ITEMS)).toThrowError(
      expect.objectContaining({ code: "negative_points", path: ["records", 0, "points"] }),
    );
    expect(() => applyAdjustments([], [...ITEMS, { id: "accident", type: "bonus", points: 1 }])).toThrowError(
      expect.objectContaining({ code: "duplicate_adjustment_item", path: ["items", 4, "id"] }),
    );
    expect(() => applyAdjustments([], ITEMS, { bonus: "abc" })).toThrowError(
      expect.objectContaining({ code: "invalid_number", path: ["caps", "bonus"] }),
    );
  });

  const arbRecords = fc.array(
    fc.record(
      {
        adjustment: fc.constantFrom(...ITEMS.map((i) => i.id)),
        count: fc.integer({ min: 1, max: 5 }),
        points: fc.integer({ min: 0, max: 40 }).map((n) => (n / 4).toString()),
      },
      { requiredKeys: ["adjustment"] },
    ),
    { maxLength: 15 },
  );

  it("property: order-independent; 0 ≤ bonus ≤ cap; applied ≤ raw and ≤ item cap; net = bonus − deduction", () => {
    fc.assert(
      fc.property(arbRecords, (records: AdjustmentRecordInput[]) => {
        const caps = { bonus: 5, deduction: "6.5" };
        const r = applyAdjustments(records, ITEMS, caps);
        const rev = applyAdjustments([...records].reverse(), [...ITEMS].reverse(), caps);
        expect(rev.net.equals(r.net)).toBe(true);
        expect(rev.items.map((i) => i.applied.toString())).toEqual(r.items.map((i) => i.applied.toString()));
        expect(r.bonus.gte(0) && r.bonus.lte(5)).toBe(true);
        expect(r.deduction.gte(0) && r.deduction.lte(6.5)).toBe(true);
        expect(r.net.equals(r.bonus.minus(r.deduction))).toBe(true);
        for (const item of r.items) {
          expect(item.applied.lte(item.raw)).toBe(true);
          expect(item.capped).toBe(!item.applied.equals(item.raw));
        }
      }),
    );
  });
});
