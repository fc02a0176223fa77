import { describe, expect, it } from "vitest";
import { IndicatorSchema } from "./indicator.js";

const base = {
  id: "new_jobs",
  parent: "econ",
  name: { zh: "城镇新增就业", en: "New urban jobs" },
  unit: "万人",
  direction: "higher-better",
  kind: "quantitative",
  binding: false,
  weight: "1",
  scoring: { method: "completion-ratio" },
  cumulative: true,
} as const;

describe("IndicatorSchema — observationBasis (报送口径)", () => {
  it("is optional (backward compatible) and accepts year-to-date or increment", () => {
    expect(IndicatorSchema.safeParse(base).success).toBe(true);
    expect(IndicatorSchema.parse({ ...base, observationBasis: "increment" }).observationBasis).toBe("increment");
    expect(IndicatorSchema.parse({ ...base, observationBasis: "year-to-date" }).observationBasis).toBe("year-to-date");
  });

  it("rejects other bases", () => {
    for (const observationBasis of ["monthly", "", 1, null])
      expect(IndicatorSchema.safeParse({ ...base, observationBasis }).success).toBe(false);
  });
});
