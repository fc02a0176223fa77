import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const src = (pkg: string) => root(`packages/${pkg}/src/index.ts`);

// The dashboard bundles the TypeScript sources of the core packages (like the root vitest config),
// so no dist build is needed first. exceljs resolves to its browser build (its package.json "browser").
export default defineConfig({
  base: "./",
  resolve: {
    alias: [
      { find: /^@ducha\/schema$/, replacement: src("schema") },
      { find: /^@ducha\/scoring$/, replacement: src("scoring") },
      { find: /^@ducha\/accountability$/, replacement: src("accountability") },
      // Only the browser parts of @ducha/io: the core (values, issues, import references), CSV import
      // (text or bytes), the HTML report and the results workbook writer. Its file/stream readers and
      // the XLSX reader use Node built-ins (fs, stream, zlib, Buffer).
      { find: /^@ducha\/io$/, replacement: src("io") },
      { find: /^@ducha\/io\/csv$/, replacement: root("packages/io/src/csv/import-csv.ts") },
      { find: /^@ducha\/io\/report$/, replacement: root("packages/io/src/report/index.ts") },
      { find: /^@ducha\/io\/xlsx$/, replacement: root("packages/io/src/xlsx/results.ts") },
      // csv-parse's Node build uses the global Buffer; its browser build carries its own.
      { find: /^csv-parse\/sync$/, replacement: "csv-parse/browser/esm/sync" },
    ],
  },
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
