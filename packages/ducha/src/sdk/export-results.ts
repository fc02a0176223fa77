import { escapeFormula } from "@ducha/io/csv";
import type { Project } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";
import { rankingRows } from "./ranking.js";
import { resultsToJson } from "./results-json.js";
import { UnsupportedFormatError } from "./unsupported-format-error.js";

/**
 * Text formats {@link exportResults} writes: `json` ({@link ResultsJson}) and `csv` (the ranking
 * table). Excel workbooks and HTML reports are not produced by this function.
 *
 * @since 0.1.0
 */
export type ExportFormat = "json" | "csv";

/** The formats of {@link ExportFormat}. */
const EXPORT_FORMATS: readonly ExportFormat[] = ["json", "csv"];

/**
 * Options of {@link exportResults}.
 *
 * @since 0.1.0
 */
export interface ExportResultsOptions {
  /** Language of unit, category and grade names in CSV. Defaults to `"en"`. */
  readonly lang?: "zh" | "en";
}

const CSV_HEADER = ["rank", "category_rank", "unit", "name", "category", "total", "grade", "grade_name", "flags"];

/** RFC 4180 quoting of one text cell, after formula escaping. */
function csvText(text: string): string {
  const escaped = escapeFormula(text);
  return /[",\r\n]/.test(escaped) || escaped !== escaped.trim() ? `"${escaped.replaceAll('"', '""')}"` : escaped;
}

/**
 * Exports an assessment result as text (结果导出):
 *
 * - `"json"` — {@link resultsToJson} pretty-printed (2-space indent), ending with a newline.
 * - `"csv"` — the ranking table, one unit per row: `rank, category_rank, unit, name, category,
 *   total, grade, grade_name, flags` (flags space-separated), with a UTF-8 byte-order mark and
 *   CRLF line endings so Excel opens Chinese text correctly. Safe to open in Excel: text cells
 *   starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` (`escapeFormula` from
 *   `@ducha/io/csv`); totals are plain decimals. Names come from `project` when given.
 *
 * Any other format (e.g. `"xlsx"`, `"html"`) throws {@link UnsupportedFormatError}.
 *
 * @param result - from {@link assess}
 * @param format - `"json"` or `"csv"`
 * @param project - the project, for names in CSV. Defaults to none (names empty, ids only).
 * @param options - language of names
 * @returns the file content
 * @throws {@link UnsupportedFormatError} code `unsupported_format` for any other format
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { assess, exportResults, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) {
 *   const result = assess(loaded.value);
 *   writeFileSync("results.csv", exportResults(result, "csv", loaded.value, { lang: "zh" }));
 * }
 * ```
 * @since 0.1.0
 */
export function exportResults(
  result: AssessmentResult,
  format: ExportFormat,
  project?: Project,
  options: ExportResultsOptions = {},
): string {
  if (format === "json") return `${JSON.stringify(resultsToJson(result), null, 2)}\n`;
  if (format === "csv") {
    const rows = rankingRows(result, {
      ...(project === undefined ? {} : { project }),
      lang: options.lang ?? "en",
    });
    const lines = [CSV_HEADER.join(",")];
    for (const r of rows)
      lines.push(
        [
          r.rank === null ? "" : String(r.rank),
          r.categoryRank === null ? "" : String(r.categoryRank),
          csvText(r.unit),
          csvText(r.name),
          csvText(r.category ?? ""),
          r.total ?? "",
          csvText(r.grade ?? ""),
          csvText(r.grade === null ? "" : r.gradeName),
          csvText(r.flags.join(" ")),
        ].join(","),
      );
    return `\uFEFF${lines.join("\r\n")}\r\n`;
  }
  throw new UnsupportedFormatError(String(format), EXPORT_FORMATS, { path: ["format"] });
}

/**
 * The export format implied by a file name's extension: `.json` → `json`, `.csv` → `csv`.
 *
 * @param file - a file name or path
 * @returns the format
 * @throws {@link UnsupportedFormatError} for any other extension (e.g. `.xlsx`, `.html`)
 * @example
 * ```ts
 * import { exportFormatOf } from "ducha";
 *
 * exportFormatOf("out/results.csv"); // "csv"
 * ```
 * @since 0.1.0
 */
export function exportFormatOf(file: string): ExportFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  const dot = lower.lastIndexOf(".");
  const slash = Math.max(lower.lastIndexOf("/"), lower.lastIndexOf("\\"));
  throw new UnsupportedFormatError(dot > slash ? lower.slice(dot + 1) : file, EXPORT_FORMATS, { path: ["format"] });
}
