import { DuchaError, isDuchaError } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { importCsv } from "../csv/import-csv.js";
import { importCsvStream } from "../csv/import-csv-stream.js";
import { formatImportIssue } from "./format-import-issue.js";
import { ImportError, isImportError } from "./import-error.js";
import type { ImportIssue } from "./import-issue.js";

const issue: ImportIssue = {
  code: "unknown_indicator",
  severity: "error",
  file: "data.csv",
  row: 3,
  column: { letter: "B", header: "指标" },
  raw: "gdp_grwoth",
  message: {
    zh: "未知指标“gdp_grwoth”，是否为“gdp_growth”？",
    en: `unknown indicator "gdp_grwoth"; did you mean 'gdp_growth'?`,
  },
  suggestion: "gdp_growth",
};

describe("formatImportIssue", () => {
  it("formats in English and Chinese", () => {
    expect(formatImportIssue(issue)).toBe(
      `data.csv:3:B (指标) [error unknown_indicator] unknown indicator "gdp_grwoth"; did you mean 'gdp_growth'?`,
    );
    expect(formatImportIssue({ ...issue, message: { zh: "未知指标", en: "unknown" } }, "zh")).toBe(
      "data.csv:3:B（指标） [error unknown_indicator] 未知指标（建议：gdp_growth）",
    );
  });
});

describe("ImportError", () => {
  it("is a DuchaError with file, row, column, both messages and a path", () => {
    const error = new ImportError("malformed_csv", {
      file: "a.csv",
      row: 7,
      column: { letter: "C", header: "数值" },
      message: { zh: "引号未闭合", en: "unclosed quote" },
    });
    expect(error).toBeInstanceOf(DuchaError);
    expect(isDuchaError(error)).toBe(true);
    expect(isImportError(error)).toBe(true);
    expect(isImportError(new DuchaError("x", "y"))).toBe(false);
    expect(error).toMatchObject({
      name: "ImportError",
      code: "malformed_csv",
      file: "a.csv",
      row: 7,
      messageZh: "引号未闭合",
    });
    expect(error.message).toBe("a.csv, row 7, column C: unclosed quote");
    expect(error.path).toEqual(["a.csv", 7, "C"]);
  });

  it("is thrown for invalid bounds and for a failing input stream", async () => {
    expect(() => importCsv("unit,indicator,period,value\na,x,2024,1\n", { bounds: { x: { max: "lots" } } })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    const failing: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.reject(new Error("disk on fire")),
      }),
    };
    await expect(importCsvStream(failing)).rejects.toMatchObject({ code: "read_failed", name: "ImportError" });
  });
});
