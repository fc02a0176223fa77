import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findJsonSyntaxError, loadProject, type Project } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseProjectText, readProjectFile, resultsToJson, writeProjectFile, writeResultsJson } from "./index.js";

const fixture = new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url);
const text = readFileSync(fixture, "utf8");
const loaded = loadProject(text);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const project: Project = loaded.value;
const dir = mkdtempSync(join(tmpdir(), "ducha-io-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readProjectFile / writeProjectFile", () => {
  it("reads a valid project and writes it back identically", async () => {
    const read = await readProjectFile(fileURLToPathSafe(fixture));
    expect(read.ok).toBe(true);
    const target = join(dir, "copy.project.json");
    const written = await writeProjectFile(target, project);
    expect(written.ok).toBe(true);
    const again = await readProjectFile(target);
    expect(again.ok && again.value).toEqual(project);
    expect(readFileSync(target, "utf8").endsWith("}\n")).toBe(true);
  });

  it("reports a JSON syntax error with line and column", async () => {
    // The "}" after the dangling colon: line 3 starts at offset 2 + 22 = 24, column 18 → offset 41.
    const bad = '{\n  "schemaVersion": 1,\n  "id": "x", "a":}\n';
    const file = join(dir, "bad.json");
    writeFileSync(file, bad);
    const result = await readProjectFile(file);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "invalid_input", params: { line: 3, column: 18, offset: 41 } });
    expect(result.issues[0]?.message.zh).toContain("第 3 行第 18 列");
    expect(parseProjectText('{"a": [1, 2,]}').issues[0]?.params).toMatchObject({ line: 1, column: 13 });
    expect(parseProjectText('{"a": "x').issues[0]?.message.en).toContain("end of input");
    // old Mac line ends (a lone \r) and \r\n count as one line end each: line 3 is `  "b":}`, its `}` at column 7
    expect(parseProjectText('{\r  "a": 1,\r\n  "b":}').issues[0]?.params).toMatchObject({ line: 3, column: 7 });
  });

  it("builds the syntax-error issue exactly as @ducha/schema's loadProject does", () => {
    const text = '{"schemaVersion": 1,}';
    const issue = parseProjectText(text).issues[0];
    // offset 20 is the `}` after the trailing comma: column 21 of line 1
    expect(issue?.message).toEqual({
      zh: 'JSON 语法错误：意外的字符 "}"（第 1 行第 21 列）',
      en: 'invalid JSON: unexpected "}" (line 1, column 21)',
    });
    expect(parseProjectText(text)).toEqual(loadProject(text));
    // after a byte-order mark, lines and columns count from the first real character
    expect(parseProjectText(`\uFEFF${text}`)).toEqual(loadProject(text));
  });

  it("does not parse a JSON string literal a second time", () => {
    const result = parseProjectText(JSON.stringify(text));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("invalid_type");
  });

  it("returns every validation issue and does not write an invalid project", async () => {
    const invalid = { ...project, units: [], plan: { ...project.plan, period: "2024Q9" } } as unknown as Project;
    const target = join(dir, "invalid.json");
    const written = await writeProjectFile(target, invalid);
    expect(written.ok).toBe(false);
    expect(written.issues.length).toBeGreaterThanOrEqual(2);
    expect(() => readFileSync(target)).toThrow();
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\uFEFF${text}`);
    expect((await readProjectFile(bom)).ok).toBe(true);
    await expect(readProjectFile(join(dir, "nope.json"))).rejects.toMatchObject({ code: "read_failed" });
  });

  it("locates syntax errors exactly where JSON.parse fails (property)", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom("", "}", "]", ",", ":", '"', "x", "01"),
        (value, at, junk) => {
          const good = JSON.stringify(value);
          expect(findJsonSyntaxError(good)).toBeUndefined();
          const cut = at % (good.length + 1);
          const mutated = good.slice(0, cut) + junk + good.slice(cut);
          let parses = true;
          try {
            JSON.parse(mutated);
          } catch {
            parses = false;
          }
          expect(findJsonSyntaxError(mutated) === undefined).toBe(parses);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("resultsToJson", () => {
  const result = scoreAssessment(project);

  it("writes decimals as exact strings with sorted keys", async () => {
    const json = resultsToJson(result) as { units: { total?: string; unit: string }[]; settings: unknown };
    const first = result.units[0];
    if (first?.status !== "scored") throw new Error("first unit not scored");
    expect(json.units[0]?.total).toBe(first.total.toFixed());
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort());
    expect(Object.keys(json.units[0] ?? {})).toEqual([...Object.keys(json.units[0] ?? {})].sort());
    const file = join(dir, "results.json");
    await writeResultsJson(file, result);
    const back = readFileSync(file, "utf8");
    expect(back).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(back).not.toMatch(/\d[eE][+-]?\d/);
    // Deterministic: the same result twice gives the same bytes.
    expect(JSON.stringify(resultsToJson(scoreAssessment(project)))).toBe(JSON.stringify(json));
  });
});

function fileURLToPathSafe(url: URL): string {
  return decodeURIComponent(url.pathname);
}
