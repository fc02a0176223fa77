import { defineConfig, type Options } from "tsup";

/**
 * Shared tsup settings for every Ducha package (see ../shared style: ESM + CJS, d.ts, sourcemaps).
 * `entry` maps output names to source files, e.g. `{ index: "src/index.ts", csv: "src/csv/index.ts" }`.
 */
export function defineDuchaConfig(entry: Record<string, string>, extra: Partial<Options> = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    splitting: false,
    treeshake: true,
    ...extra,
  });
}
