// Build step: writes the project JSON Schema generated from the zod schemas (dist must exist).
import { writeFileSync } from "node:fs";
import { toJsonSchema } from "../dist/index.js";

const file = new URL("../schema/ducha-project.schema.json", import.meta.url);
writeFileSync(file, `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
console.log("wrote schema/ducha-project.schema.json");
