import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROJECT_SCHEMA_ID, toJsonSchema } from "../src/index.js";

describe("JSON Schema export", () => {
  const schema = toJsonSchema();

  it("is draft 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(PROJECT_SCHEMA_ID);
    expect(schema.type).toBe("object");
    expect([...(schema.required as string[])].sort()).toEqual([
      "id",
      "name",
      "plan",
      "schemaVersion",
      "system",
      "units",
    ]);
  });

  it("is kept in sync with packages/schema/schema/ducha-project.schema.json (run the build to update)", () => {
    const file = JSON.parse(readFileSync(new URL("../schema/ducha-project.schema.json", import.meta.url), "utf8"));
    expect(file).toEqual(schema);
  });
});
