import { defineDuchaConfig } from "../../tsup.config.base.js";

export default defineDuchaConfig(
  { index: "src/index.ts", cli: "src/cli.ts" },
  { dts: { entry: { index: "src/index.ts" } }, shims: true },
);
