/**
 * `@ducha/io/xlsx` — Excel workbook import (exceljs). A separate subpath so CSV users do not load exceljs.
 *
 * @packageDocumentation
 */

export type { XlsxImportOptions, XlsxImportResult } from "./import-xlsx.js";
export { importXlsx } from "./import-xlsx.js";
