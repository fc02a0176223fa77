import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Project, validateProject } from "../src/index.js";
import { ISSUE_CODES, messageFor } from "../src/validate/messages.js";

const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const decimal = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 999 })).map(([a, b]) => `${a}.${b}`),
);
const period = fc.constantFrom("2023", "2024", "2024S1", "2024Q3", "2024-05");

/** Small valid projects: 1–4 pillars with 1–5 quantitative indicators each, 1–6 units, observations. */
const projectArb = fc
  .record({
    pillars: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    indicatorsPer: fc.integer({ min: 1, max: 5 }),
    units: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    weights: fc.array(decimal, { minLength: 30, maxLength: 30 }),
    values: fc.array(fc.oneof(decimal, fc.constant(null)), { minLength: 200, maxLength: 200 }),
    periods: fc.array(period, { minLength: 1, maxLength: 3 }),
    name: fc.record({ zh: fc.string({ minLength: 1, maxLength: 10 }), en: fc.string({ minLength: 1, maxLength: 10 }) }),
  })
  .map(({ pillars, indicatorsPer, units, weights, values, periods, name }): Project => {
    const nodes = pillars.map((p, i) => ({ id: `n_${p}`, name, weight: weights[i] ?? "1" }));
    const indicators = pillars.flatMap((p, i) =>
      Array.from({ length: indicatorsPer }, (_, j) => ({
        id: `i_${p}_${j}`,
        parent: `n_${p}`,
        name,
        direction: "higher-better" as const,
        kind: "quantitative" as const,
        binding: j === 0,
        weight: weights[(i * 5 + j) % 30] ?? "1",
        scoring: { method: "min-max" as const },
      })),
    );
    const observations: NonNullable<Project["observations"]> = [];
    let k = 0;
    for (const u of units)
      for (const ind of indicators)
        for (const per of new Set(periods)) {
          const value = values[k++ % values.length] ?? null;
          observations.push(
            value === null
              ? { unit: `u_${u}`, indicator: ind.id, period: per, value: null, status: "missing", missingReason: "n/a" }
              : { unit: `u_${u}`, indicator: ind.id, period: per, value },
          );
        }
    return {
      schemaVersion: 1,
      id: "p",
      name,
      system: { id: "s", name, version: "1", weighting: "relative", nodes, indicators },
      units: units.map((u) => ({ id: `u_${u}`, name, type: "district" })),
      observations,
      plan: { id: "plan", name, system: "s", period: "2024", rounding: { decimals: 2, mode: "half-up" } },
    };
  });

describe("project JSON round trip", () => {
  it("any valid project validates and survives JSON round-trip unchanged", () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        const first = validateProject(project);
        expect(first.ok).toBe(true);
        const again = validateProject(JSON.parse(JSON.stringify(first.ok ? first.value : null)));
        expect(again.ok).toBe(true);
        if (again.ok && first.ok) expect(again.value).toEqual(project);
      }),
      { numRuns: 60 },
    );
  });

  it("every issue code has a Chinese and an English message", () => {
    for (const code of ISSUE_CODES) {
      const m = messageFor(code, { id: "x", received: "y", expected: "z" });
      expect(m.zh.length, code).toBeGreaterThan(0);
      expect(m.en.length, code).toBeGreaterThan(0);
      expect(m.zh).not.toBe(m.en);
    }
  });
});
