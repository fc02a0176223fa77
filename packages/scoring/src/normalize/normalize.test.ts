import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.js";
import { codeOf, strs } from "./test-helpers.js";
import type { NormalizeMethod } from "./types.js";

describe("normalize dispatcher", () => {
  it("dispatches each method and records the method name", () => {
    expect(normalize([10, 20, 30], "min-max").method).toBe("min-max");
    expect(strs(normalize([0.95, 0.9], "completion-ratio", { target: 0.9 }).values)).toEqual(["1", "1"]);
    expect(strs(normalize(["A", "B"], "grade-map", { scores: { A: 100, B: 80 } }).values)).toEqual(["100", "80"]);
    expect(strs(normalize(["done"], "task-status").values)).toEqual(["100"]);
    expect(strs(normalize([false], "boolean").values)).toEqual(["0"]);
    expect(strs(normalize([1, 3], "sum").values)).toEqual(["0.25", "0.75"]);
    // (1/1)/(1 + 1/3) = 0.75 exactly (1/x terms summed with extra precision)
    expect(strs(normalize([1, 3], "sum", { direction: "cost" }).values)).toEqual(["0.75", "0.25"]);
  });

  it("rejects unknown methods and missing required options", () => {
    expect(codeOf(() => normalize([1], "nope" as NormalizeMethod as "min-max"))).toBe("unknown_method");
    expect(codeOf(() => (normalize as (...a: unknown[]) => unknown)([1], "completion-ratio"))).toBe("missing_option");
    expect(codeOf(() => normalize([1], "min-max", { direction: "up" as "benefit" }))).toBe("invalid_direction");
  });
});
