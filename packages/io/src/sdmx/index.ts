/**
 * `@ducha/io/sdmx` — SDMX-CSV 2.0 export and import of observations.
 *
 * @packageDocumentation
 */

export type { SdmxImportOptions } from "./import-sdmx-csv.js";
export { importSdmxCsv, importSdmxCsvFile, importSdmxCsvStream } from "./import-sdmx-csv.js";
export { fromSdmxPeriod, SDMX_OBS_STATUS, SDMX_OBS_STATUS_IMPORT, toSdmxPeriod } from "./sdmx-codes.js";
export type { ToSdmxCsvOptions } from "./to-sdmx-csv.js";
export { toSdmxCsv } from "./to-sdmx-csv.js";
