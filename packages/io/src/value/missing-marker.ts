import { toHalfWidth } from "./full-width.js";

/**
 * Cell texts read as "no value" (缺失标记), compared after trimming and full-width → half-width
 * conversion and case-insensitively: blank, `—` (em dash), `–` (en dash), `－`/`-`, `--`, `/`, `／`,
 * `无`, `暂无`, `空`, `NA`, `N/A`, `#N/A`, `NULL`, `NaN`, `…`, `...`.
 *
 * @example
 * ```ts
 * import { MISSING_MARKERS } from "@ducha/io";
 *
 * MISSING_MARKERS.includes("—"); // true
 * ```
 * @since 0.1.0
 */
export const MISSING_MARKERS: readonly string[] = [
  "",
  "—",
  "——",
  "–",
  "-",
  "--",
  "/",
  "无",
  "暂无",
  "空",
  "NA",
  "N/A",
  "#N/A",
  "NULL",
  "NaN",
  "…",
  "...",
];

const MARKER_SET = new Set(MISSING_MARKERS.map((marker) => marker.toUpperCase()));

/**
 * Whether a cell's text is a missing-value marker (see {@link MISSING_MARKERS}).
 *
 * @param raw - the cell text
 * @returns true for blank, `—`, `/`, `无`, `N/A` …
 * @example
 * ```ts
 * import { isMissingMarker } from "@ducha/io";
 *
 * isMissingMarker("—"); // true
 * isMissingMarker("0"); // false
 * ```
 * @since 0.1.0
 */
export function isMissingMarker(raw: string): boolean {
  return MARKER_SET.has(toHalfWidth(raw).trim().toUpperCase());
}
