import { describe, expect, it } from "vitest";
import { DuchaError, isDuchaError } from "./ducha-error.js";

class ImportLikeError extends DuchaError {
  override readonly name = "ImportLikeError";
}

describe("DuchaError", () => {
  it("carries code, path and cause", () => {
    const cause = new Error("root");
    const error = new DuchaError("unknown_indicator", "unknown indicator 'gdp'", { path: ["a", 0], cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("unknown_indicator");
    expect(error.path).toEqual(["a", 0]);
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("DuchaError");
    expect(error.message).toBe("unknown indicator 'gdp'");
  });

  it("has no path or cause unless given", () => {
    const error = new DuchaError("x", "y");
    expect(error.path).toBeUndefined();
    expect("cause" in error).toBe(false);
  });

  it("subclasses keep their own name and are recognised", () => {
    const error = new ImportLikeError("bad_row", "bad row");
    expect(error.name).toBe("ImportLikeError");
    expect(isDuchaError(error)).toBe(true);
    expect(isDuchaError(new Error("plain"))).toBe(false);
    expect(isDuchaError({ code: "x" })).toBe(false);
  });
});
