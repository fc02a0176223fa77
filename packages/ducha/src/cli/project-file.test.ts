import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import { createContext } from "./context.js";
import { loadValidProject, readProjectFile } from "./project-file.js";

const dir = mkdtempSync(join(tmpdir(), "ducha-pf-"));
const okr = readFileSync(fileURLToPath(new URL("../../templates/okr.project.json", import.meta.url)), "utf8");
writeFileSync(join(dir, "okr.json"), okr);
const broken = JSON.parse(okr);
broken.units[1].category = "front-office"; // the id is front_office
writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));

function context(json: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx = createContext(
    { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, env: {}, cwd: dir },
    { json, lang: "en" },
  );
  return { ctx, out, err };
}

describe("loadValidProject", () => {
  it("returns a valid project and prints nothing", () => {
    const { ctx, out, err } = context(false);
    expect(loadValidProject("okr.json", ctx)?.id).toBe("okr_2024");
    expect([...out, ...err]).toEqual([]);
  });

  it("prints every issue and a summary for an invalid project and returns undefined", () => {
    const { ctx, out } = context(false);
    expect(loadValidProject("broken.json", ctx)).toBeUndefined();
    const text = out.join("");
    expect(text).toMatch(/^units\[1\]\.category: .*'front-office'.*\[unknown_category\]$/m);
    expect(text).toContain("broken.json is invalid: 1 error");
  });

  it("prints one JSON document with --json", () => {
    const { ctx, out } = context(true);
    expect(loadValidProject("broken.json", ctx)).toBeUndefined();
    expect(JSON.parse(out.join(""))).toMatchObject({
      ok: false,
      file: "broken.json",
      summary: { errors: 1 },
      issues: [{ code: "unknown_category", path: ["units", 1, "category"] }],
    });
  });

  it("turns a missing file into a CliError with the path as typed", () => {
    const { ctx } = context(false);
    expect(() => readProjectFile("nope.json", ctx)).toThrow(CliError);
    expect(() => readProjectFile("nope.json", ctx)).toThrow(
      expect.objectContaining({ code: "file_not_found", file: "nope.json" }),
    );
  });
});
