import { defineDuchaConfig } from "../../tsup.config.base.js";

export default defineDuchaConfig({ index: "src/index.ts" });
