import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AccountabilityError } from "../errors.js";
import { canonicalJson } from "./canonical-json.js";

/** [1, <hole>, 3] built without a sparse literal. */
function sparse(): unknown[] {
  const xs: unknown[] = [1];
  xs[2] = 3;
  return xs;
}

describe("canonicalJson", () => {
  it("sorts keys, drops whitespace and writes numbers in shortest form (RFC 8785 style)", () => {
    expect(canonicalJson({ b: [1, 2.5, "x"], a: null, c: { z: true, y: false } })).toBe(
      '{"a":null,"b":[1,2.5,"x"],"c":{"y":false,"z":true}}',
    );
    // RFC 8785 §3.2.2.3 number examples: 1e21, 1e-7, -0 → 0.
    expect(canonicalJson([1e21, 1e-7, -0, Number("333333333.33333329")])).toBe("[1e+21,1e-7,0,333333333.3333333]");
    // Keys sort by UTF-16 code units: "10" < "2" < "A" < "a" < "é" (U+00E9) < "€" (U+20AC).
    expect(canonicalJson({ "€": 1, é: 2, a: 3, A: 4, "2": 5, "10": 6 })).toBe('{"10":6,"2":5,"A":4,"a":3,"é":2,"€":1}');
    expect(canonicalJson('line\n"quote"')).toBe('"line\\n\\"quote\\""');
  });

  it.each([
    ["undefined", undefined, []],
    ["NaN", Number.NaN, []],
    ["Infinity in an array", [1, Number.POSITIVE_INFINITY], [1]],
    ["an undefined member", { a: { b: undefined } }, ["a", "b"]],
    ["a function", { f: () => 1 }, ["f"]],
    ["a Date", { when: new Date(0) }, ["when"]],
    ["a bigint", [10n], [0]],
    ["a sparse array hole", { xs: sparse() }, ["xs", 1]],
    ["a lone surrogate", { s: "\uD800" }, ["s"]],
  ])("rejects %s with code non_json_value and its path", (_name, value, path) => {
    try {
      canonicalJson(value);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AccountabilityError);
      expect((error as AccountabilityError).code).toBe("non_json_value");
      expect((error as AccountabilityError).path).toEqual(path);
      expect((error as AccountabilityError).messages.zh).toContain("JSON");
    }
  });

  it("rejects circular structures", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(expect.objectContaining({ code: "circular_value", path: ["self"] }));
  });

  it("allows shared (non-circular) references", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it("round-trips through JSON.parse and is independent of key insertion order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        // rebuild objects with reversed key order
        const reversed = JSON.parse(text, (_k, v) =>
          v !== null && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v as object).reverse())
            : v,
        );
        expect(canonicalJson(reversed)).toBe(text);
      }),
    );
  });
});
