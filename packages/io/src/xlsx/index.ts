/**
 * `@ducha/io/xlsx` — Excel workbooks (exceljs): import of plain sheets, data-entry templates
 * (create and import back), the results workbook. A separate subpath so CSV users do not load exceljs.
 *
 * @packageDocumentation
 */

export type { EntryTemplateImportOptions, EntryTemplateImportResult } from "./import-entry-template.js";
export { importEntryTemplate } from "./import-entry-template.js";
export type { XlsxImportOptions, XlsxImportResult } from "./import-xlsx.js";
export { importXlsx } from "./import-xlsx.js";
export type { ResultsWorkbookOptions } from "./results.js";
export { writeResultsWorkbook } from "./results.js";
export type { EntryTemplateOptions } from "./template.js";
export { createEntryTemplate, writeEntryTemplate } from "./template.js";
