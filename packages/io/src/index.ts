/**
 * `@ducha/io` — the core of Ducha's import and export: the observation record, exact value parsing
 * (full-width digits, thousands separators, 万/亿, percentages, units in headers, missing markers,
 * Excel serial dates), import issues and errors. Formats live in subpaths
 * (`@ducha/io/csv`, `@ducha/io/sdmx`, `@ducha/io/xlsx`).
 *
 * @packageDocumentation
 */

export type {
  ImportLimits,
  ImportOptions,
  ImportResult,
  ImportStats,
  KnownIndicator,
  KnownReferences,
  PlausibleRange,
} from "./import-options.js";
export { DEFAULT_IMPORT_LIMITS } from "./import-options.js";
export { formatImportIssue } from "./issue/format-import-issue.js";
export type { ImportErrorDetails } from "./issue/import-error.js";
export { ImportError, isImportError } from "./issue/import-error.js";
export type { ColumnLocation, ImportIssue, ImportIssueCode, LocalizedMessage } from "./issue/import-issue.js";
export { suggestKnownId } from "./issue/suggest-known-id.js";
export { knownReferences, plausibleBounds } from "./known-references.js";
export type { Observation, ObservationStatus } from "./observation.js";
export { OBSERVATION_STATUSES } from "./observation.js";
export { BOOLEAN_FALSE_TOKENS, BOOLEAN_TRUE_TOKENS, toBooleanValue } from "./value/boolean-value.js";
export { excelSerialToIsoDate } from "./value/excel-date.js";
export { toHalfWidth } from "./value/full-width.js";
export { isMissingMarker, MISSING_MARKERS } from "./value/missing-marker.js";
export type { ParsedNumber } from "./value/parse-number.js";
export { parseNumber } from "./value/parse-number.js";
export type { ParsedValue, ParseValueOptions, ValueKind } from "./value/parse-value.js";
export { parseValue } from "./value/parse-value.js";
export type { ParsedPeriod } from "./value/period.js";
export { parsePeriod } from "./value/period.js";
export type { UnitDefinition } from "./value/unit-conversion.js";
export { convertUnit, normalizeUnit, splitHeaderUnit, UNIT_TABLE, unitFactor } from "./value/unit-conversion.js";
export { VERSION } from "./version.js";
