import { defineDuchaConfig } from "../../tsup.config.base.js";

// Subpath entries keep heavy format dependencies optional: `@ducha/io` (core), `@ducha/io/csv`,
// `@ducha/io/sdmx`, `@ducha/io/xlsx` (exceljs), `@ducha/io/json` (Node fs), `@ducha/io/report`.
// `splitting` shares the core modules between entries (one ImportError class for all subpaths).
export default defineDuchaConfig(
  {
    index: "src/index.ts",
    csv: "src/csv/index.ts",
    sdmx: "src/sdmx/index.ts",
    xlsx: "src/xlsx/index.ts",
    json: "src/json/index.ts",
    report: "src/report/index.ts",
  },
  { splitting: true },
);
