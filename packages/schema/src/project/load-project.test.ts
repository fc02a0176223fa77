import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, positionAt } from "../common/json-position.js";
import { loadProject } from "./load-project.js";

describe("loadProject: JSON syntax errors", () => {
  it("reports one invalid_input issue with line, column, offset and the unexpected character", () => {
    // line 3 is `  "id": }`: offsets `{`0 `\n`1, line 2 `  "schemaVersion": 1,` = 2..22 (21 characters),
    // `\n`23, line 3 starts at 24; the `}` is its 9th character, offset 24 + 8 = 32.
    const text = '{\n  "schemaVersion": 1,\n  "id": }\n';
    const result = loadProject(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({
      code: "invalid_input",
      path: [],
      severity: "error",
      params: { line: 3, column: 9, offset: 32 },
    });
    expect(typeof issue?.params?.detail).toBe("string");
    expect(issue?.message).toEqual({
      zh: 'JSON 语法错误：意外的字符 "}"（第 3 行第 9 列）',
      en: 'invalid JSON: unexpected "}" (line 3, column 9)',
    });
  });

  it("counts \\r\\n and a lone \\r as one line end each", () => {
    // line 3 is `  "b":}`: its `}` is the 7th character
    const result = loadProject('{\r  "a": 1,\r\n  "b":}');
    expect(result.issues[0]?.params).toMatchObject({ line: 3, column: 7 });
  });

  it("reports a truncated text at its end", () => {
    const result = loadProject('{"a": [1,');
    expect(result.issues[0]?.params).toMatchObject({ line: 1, column: 10, offset: 9 });
    expect(result.issues[0]?.message.en).toBe("invalid JSON: unexpected end of input (line 1, column 10)");
    expect(result.issues[0]?.message.zh).toBe("JSON 语法错误：意外的输入结尾（第 1 行第 10 列）");
    expect(loadProject("").issues[0]?.params).toMatchObject({ line: 1, column: 1, offset: 0 });
  });

  it("names a character outside the BMP whole, with its UTF-16 column", () => {
    const result = loadProject('{"a": 😀}');
    expect(result.issues[0]?.message.en).toBe('invalid JSON: unexpected "😀" (line 1, column 7)');
  });

  it("reports the scanner's position, not V8's, so every engine agrees", () => {
    // V8: "Unexpected string in JSON at position 3" (the quote); no literal starts with `n"`, so the
    // first character that cannot continue the document is the `n` at offset 2, column 3.
    const result = loadProject('[[n"ull]]');
    expect(result.issues[0]?.params).toMatchObject({ line: 1, column: 3, offset: 2 });
    expect(result.issues[0]?.message.en).toBe('invalid JSON: unexpected "n" (line 1, column 3)');
  });

  it("does not skip a byte-order mark (callers strip it) and says so at line 1, column 1", () => {
    const result = loadProject('\uFEFF{"schemaVersion":1}');
    expect(result.issues[0]?.params).toMatchObject({ line: 1, column: 1, offset: 0 });
  });

  it("puts the position where the scanner finds the first bad character (property)", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom("", "}", "]", ",", ":", '"', "x", "01", "\n}", "\r\n,"),
        (value, at, junk) => {
          const good = JSON.stringify(value, null, at % 3);
          const cut = at % (good.length + 1);
          const text = good.slice(0, cut) + junk + good.slice(cut);
          const offset = findJsonSyntaxError(text);
          if (offset === undefined) return; // still valid JSON: validation, not syntax
          const result = loadProject(text);
          expect(result.issues).toHaveLength(1);
          const { line, column } = positionAt(text, offset);
          expect(result.issues[0]?.params).toMatchObject({ line, column, offset });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("loadProject: text and values", () => {
  it("gives the same issues for JSON text as for the parsed value", () => {
    const text = '{"schemaVersion": 1, "id": "x"}';
    const fromText = loadProject(text);
    expect(fromText.ok).toBe(false);
    expect(fromText.issues.length).toBeGreaterThan(0);
    expect(fromText.issues).toEqual(loadProject(JSON.parse(text)).issues);
  });

  it("parses text once: a JSON string literal is a string, not project text", () => {
    const result = loadProject(JSON.stringify('{"schemaVersion":1}'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("invalid_type");
  });

  it("reports an unsupported schemaVersion", () => {
    const result = loadProject('{"schemaVersion": 99}');
    expect(result.issues).toEqual([expect.objectContaining({ code: "unsupported_schema_version" })]);
  });
});
