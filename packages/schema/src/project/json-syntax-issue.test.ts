import { describe, expect, it } from "vitest";
import { jsonSyntaxIssue } from "./json-syntax-issue.js";

describe("jsonSyntaxIssue", () => {
  it("falls back to the engine's position only when the scanner finds the text valid", () => {
    // `[1]` is valid, so the scanner has nothing to say; "at position 2" is offset 2 = column 3, the `]`.
    const issue = jsonSyntaxIssue("[1]", new SyntaxError("Unexpected token in JSON at position 2"));
    expect(issue.params).toEqual({
      line: 1,
      column: 3,
      offset: 2,
      detail: "Unexpected token in JSON at position 2",
    });
    expect(issue.message.en).toBe('invalid JSON: unexpected "]" (line 1, column 3)');
  });

  it("prefers the scanner over a different engine position", () => {
    const issue = jsonSyntaxIssue("[1,]", new SyntaxError("Unexpected token in JSON at position 0"));
    expect(issue.params).toMatchObject({ line: 1, column: 4, offset: 3 });
  });

  it("keeps a non-Error throw as its string detail", () => {
    expect(jsonSyntaxIssue("{", "boom").params).toEqual({ line: 1, column: 2, offset: 1, detail: "boom" });
  });
});
