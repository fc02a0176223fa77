import { suggestId } from "@ducha/schema";
import type { KnownReferences } from "../import-options.js";
import type { ImportIssue } from "./import-issue.js";

/**
 * Adds a "did you mean" suggestion (纠错建议) to an `unknown_unit` or `unknown_indicator` issue that has
 * none, using `@ducha/schema`'s `suggestId` over the known ids (edit distance, case-insensitive,
 * prefixes), so `GDP_gr` suggests `gdp_growth`; the suggestion is appended to both messages. Any
 * other issue, one that already has a suggestion, or one with no close id is returned unchanged.
 *
 * @param issue - an import issue
 * @param known - the references the import was checked against
 * @returns the issue, with `suggestion` and extended messages when one was found
 * @example
 * ```ts
 * import { suggestKnownId } from "@ducha/io";
 * import { importCsv } from "@ducha/io/csv";
 *
 * const known = { units: ["d_east"], indicators: [{ id: "gdp_growth", type: "quantitative" as const }] };
 * const result = importCsv("unit,indicator,period,value\nd_east,GDP_gr,2024,5\n", { known });
 * const issues = result.issues.map((issue) => suggestKnownId(issue, known)); // suggestion "gdp_growth"
 * ```
 * @since 0.1.0
 */
export function suggestKnownId(issue: ImportIssue, known: KnownReferences): ImportIssue {
  if (issue.suggestion !== undefined) return issue;
  const ids =
    issue.code === "unknown_unit"
      ? [...(known.units ?? [])]
      : issue.code === "unknown_indicator"
        ? [...(known.indicators ?? [])].map((i) => i.id)
        : undefined;
  if (ids === undefined) return issue;
  const suggestion = suggestId(issue.raw.trim(), ids);
  if (suggestion === undefined) return issue;
  return {
    ...issue,
    suggestion,
    message: {
      zh: `${issue.message.zh}，是否为“${suggestion}”？`,
      en: `${issue.message.en}; did you mean '${suggestion}'?`,
    },
  };
}
