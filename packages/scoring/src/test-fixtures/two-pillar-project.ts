import type { Project } from "@ducha/schema";

/** Scores of the remove-one example (units a–d), by indicator. */
export const REMOVE_ONE_VALUES: Readonly<Record<"x" | "y" | "z", readonly number[]>> = {
  x: [60, 90, 20, 80],
  y: [80, 20, 60, 70],
  z: [40, 70, 50, 30],
};

/**
 * Test fixture: pillars P (indicators x, y) and Q (indicator z), every indicator weighted 1 and
 * scored directly (method "direct"), units a, b, c, … (one per value), one period 2024.
 */
export function twoPillarProject(
  values: Readonly<Record<"x" | "y" | "z", readonly number[]>> = REMOVE_ONE_VALUES,
  options: { readonly id?: string; readonly name?: string; readonly wP?: string; readonly wQ?: string } = {},
): Project {
  const ind = (id: string, parent: string) => ({
    id,
    parent,
    name: id,
    direction: "higher-better" as const,
    kind: "quantitative" as const,
    binding: false,
    weight: "1",
    scoring: { method: "direct" as const },
  });
  const units = values.x.map((_, i) => String.fromCharCode(97 + i));
  return {
    schemaVersion: 1,
    id: options.id ?? "small",
    name: options.name ?? "Small",
    system: {
      id: "sys",
      name: "Sys",
      version: "1",
      weighting: "relative",
      nodes: [
        { id: "P", name: "P", weight: options.wP ?? "1" },
        { id: "Q", name: "Q", weight: options.wQ ?? "1" },
      ],
      indicators: [ind("x", "P"), ind("y", "P"), ind("z", "Q")],
    },
    units: units.map((id) => ({ id, name: id, type: "district" })),
    observations: Object.entries(values).flatMap(([indicator, vs]) =>
      vs.map((v, i) => ({ unit: units[i] as string, indicator, period: "2024", value: String(v) })),
    ),
    plan: { id: "p", name: "Plan", system: "sys", period: "2024" },
  } as Project;
}
