import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources; no build is needed first.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@ducha\/schema$/, replacement: src("schema") },
      { find: /^@ducha\/scoring$/, replacement: src("scoring") },
      { find: /^@ducha\/accountability$/, replacement: src("accountability") },
      { find: /^@ducha\/io$/, replacement: src("io") },
      {
        find: /^@ducha\/io\/(csv|sdmx|xlsx|json|report)$/,
        replacement: fileURLToPath(new URL("./packages/io/src/$1/index.ts", import.meta.url)),
      },
      { find: /^ducha$/, replacement: src("ducha") },
    ],
  },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "examples/*/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
  },
});
