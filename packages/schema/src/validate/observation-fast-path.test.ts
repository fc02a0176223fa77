import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ObservationSchema } from "../observation/observation.js";
import { isValidObservationFast } from "./observation-fast-path.js";

const anyish = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    "2024",
    "2024Q3",
    "2024Q5",
    "2024-05",
    "u1",
    "gdp",
    "__proto__",
    "",
    "1.5",
    "1e999",
    "-3",
    "a b",
    "done",
    "verified",
    "missing",
    "x".repeat(70),
  ),
  fc.string(),
);
const observationLike = fc.record(
  {
    unit: anyish,
    indicator: anyish,
    period: anyish,
    value: anyish,
    status: anyish,
    missingReason: anyish,
    source: anyish,
    note: anyish,
    extra: anyish,
  },
  { requiredKeys: [] },
);

describe("observation fast path", () => {
  it("accepts only what the zod schema accepts, and accepts typical valid observations", () => {
    fc.assert(
      fc.property(observationLike, (o) => {
        if (isValidObservationFast(o)) expect(ObservationSchema.safeParse(o).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
    const valid = [
      { unit: "u1", indicator: "gdp", period: "2024", value: "1.5" },
      { unit: "u1", indicator: "gdp", period: "2024Q3", value: 3, status: "verified", source: "统计局" },
      { unit: "u1", indicator: "task", period: "2024-05", value: "done" },
      { unit: "u1", indicator: "flag", period: "2024S1", value: true },
      { unit: "u1", indicator: "gdp", period: "2024", value: null, status: "missing", missingReason: "n/a" },
    ];
    for (const o of valid) {
      expect(isValidObservationFast(o)).toBe(true);
      expect(ObservationSchema.safeParse(o).success).toBe(true);
    }
  });
});
