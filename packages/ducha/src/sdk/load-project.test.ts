import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadProject as parseProject } from "@ducha/schema";
import { describe, expect, it } from "vitest";
import { loadProject } from "./load-project.js";
import { ProjectFileError } from "./project-file-error.js";

const ecoCityFile = fileURLToPath(new URL("../../templates/eco-city.project.json", import.meta.url));
const ecoCity = readFileSync(ecoCityFile, "utf8");
const dir = mkdtempSync(join(tmpdir(), "ducha-load-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("loadProject", () => {
  it("loads and validates a project file", () => {
    const result = loadProject(ecoCityFile);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.id).toBe("eco_city_2024");
  });

  it("accepts a UTF-8 byte-order mark", () => {
    const result = loadProject(file("bom.json", `\uFEFF${ecoCity}`));
    expect(result.ok).toBe(true);
  });

  it("accepts a parsed object and returns every issue", () => {
    const project = JSON.parse(ecoCity);
    project.observations[0].indicator = "gdp_growht";
    project.units[1].category = "distrct";
    const result = loadProject(project);
    expect(result.ok).toBe(false);
    const codes = result.issues.filter((i) => i.severity === "error").map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["unknown_indicator", "unknown_category"]));
    const unknown = result.issues.find((i) => i.code === "unknown_indicator");
    expect(unknown?.path).toEqual(["observations", 0, "indicator"]);
    expect(unknown?.message.en).toContain("gdp_growth"); // did you mean
  });

  it("reports invalid JSON with line and column", () => {
    const result = loadProject(file("bad.json", '{\n  "schemaVersion": 1,\n  "id": }\n'));
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    // line 3 is `  "id": }`: the `}` is its 9th character
    expect(result.issues[0]?.params).toMatchObject({ line: 3, column: 9 });
    expect(result.issues[0]?.message.en).toBe('invalid JSON: unexpected "}" (line 3, column 9)');
  });

  it("returns schema.loadProject's syntax-error issue with the file added", () => {
    const text = '{"schemaVersion": 1, "units": [}';
    const path = file("schema-same.json", text);
    const [expected] = parseProject(text).issues;
    // `{"schemaVersion": 1, "units": [` is 1 + 15 + 2 + 2 + 1 + 7 + 2 + 1 = 31 characters: the `}` is offset 31, column 32
    expect(expected?.params).toMatchObject({ line: 1, column: 32, offset: 31 });
    expect(loadProject(path).issues).toEqual([{ ...expected, params: { file: path, ...expected?.params } }]);
  });

  it("leaves validation issues of a well-formed file without a file param", () => {
    const result = loadProject(file("invalid.json", '{"schemaVersion": 1}'));
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue.params?.file).toBeUndefined();
  });

  it("counts lines after a byte-order mark from the first real character", () => {
    const result = loadProject(file("bom-bad.json", "\uFEFF[1,\n2,,]"));
    expect(result.issues[0]?.params).toMatchObject({ line: 2, column: 3 });
  });

  it("reports a truncated file at its end", () => {
    const result = loadProject(file("cut.json", '{"a": [1,'));
    expect(result.issues[0]?.params).toMatchObject({ line: 1, column: 10 });
    expect(result.issues[0]?.message.en).toContain("unexpected end of input");
  });

  it("does not re-parse a JSON string literal as JSON text", () => {
    const result = loadProject(file("string.json", JSON.stringify('{"schemaVersion":1}')));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("invalid_type");
  });

  it("throws file_not_found with the path", () => {
    const missing = join(dir, "missing.json");
    expect(() => loadProject(missing)).toThrow(ProjectFileError);
    try {
      loadProject(missing);
    } catch (error) {
      expect(error).toMatchObject({ code: "file_not_found", file: missing });
      expect((error as Error).message).toContain(missing);
    }
  });

  it("throws file_unreadable for a directory and for bytes that are not UTF-8", () => {
    expect(() => loadProject(dir)).toThrow(expect.objectContaining({ code: "file_unreadable", file: dir }));
    const gbk = file("gbk.json", new Uint8Array([0x7b, 0x22, 0xd6, 0xd0, 0x22, 0x7d])); // {"中"} in GBK
    expect(() => loadProject(gbk)).toThrow(expect.objectContaining({ code: "file_unreadable" }));
  });
});
