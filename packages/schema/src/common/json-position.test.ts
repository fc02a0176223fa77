import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, locateJsonError, positionAt } from "./json-position.js";

const parseError = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error("expected a syntax error");
};

describe("positionAt", () => {
  it("counts lines and columns from 1 over \\n, \\r\\n and \\r", () => {
    expect(positionAt("abc", 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt("ab\ncd", 4)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(positionAt("a\r\nb\rc", 5)).toEqual({ offset: 5, line: 3, column: 1 });
    expect(positionAt("ab", 99)).toEqual({ offset: 2, line: 1, column: 3 });
  });
});

describe("findJsonSyntaxError", () => {
  it("accepts valid JSON and points at the first bad character", () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "x\\u00e9"]}')).toBeUndefined();
    expect(findJsonSyntaxError('{"a":}')).toBe(5);
    expect(findJsonSyntaxError('{"a":1,}')).toBe(7);
    expect(findJsonSyntaxError("[1 2]")).toBe(3);
    expect(findJsonSyntaxError('{"a":1')).toBe(6); // truncated: at the end
    expect(findJsonSyntaxError("[01]")).toBe(2);
    expect(findJsonSyntaxError('"\\x"')).toBe(2);
    expect(findJsonSyntaxError("{} x")).toBe(3);
    expect(findJsonSyntaxError("")).toBe(0);
    expect(findJsonSyntaxError('"\\u12G4"')).toBe(5); // the first non-hex digit of \u
    expect(findJsonSyntaxError('"\\u12')).toBe(5); // cut short inside \u: at the end
    expect(findJsonSyntaxError('"a\nb"')).toBe(2); // raw control character in a string
  });

  it("scans deeply nested input without overflowing the stack", () => {
    expect(findJsonSyntaxError("[".repeat(200_000))).toBe(200_000);
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeUndefined();
    expect(findJsonSyntaxError(`${"[".repeat(200_000)}}`)).toBe(200_000);
  });

  it("agrees with JSON.parse on whether text is valid", () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[],:"\\ 0123456789-+.eEtrufalsn\n'), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("locateJsonError", () => {
  it("uses the scanner when V8 gives no position (Unexpected token)", () => {
    const text = '{\n  "a": 1,\n  "b": }\n';
    // line 3 is `  "b": }`; the `}` is its 8th character
    expect(locateJsonError(text, parseError(text))).toMatchObject({ line: 3, column: 8 });
  });

  it("uses V8's 'at position N' when present", () => {
    const text = '{\n"a" 1}';
    // offsets: `{`0 `\n`1, line 2 starts at 2: `"`2 a3 `"`4 space5 `1`6, so V8 reports position 6 = column 5
    expect(locateJsonError(text, parseError(text))).toMatchObject({ offset: 6, line: 2, column: 5 });
  });
});
