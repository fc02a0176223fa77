import { readFileSync } from "node:fs";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { loadProject, type Project } from "@ducha/schema";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImportResult } from "../src/import-options.js";
import { isImportError } from "../src/issue/import-error.js";
import { importEntryTemplate } from "../src/xlsx/import-entry-template.js";
import { importXlsx } from "../src/xlsx/import-xlsx.js";
import { writeEntryTemplate } from "../src/xlsx/template.js";

// Seeds: the plain-sheet fixture and an entry template for the eco-city project, filled in a little.
// The fuzzer truncates them, flips bytes anywhere or inside an entry's deflated data, swaps bytes,
// and duplicates or removes central-directory entries. Whatever comes in, both XLSX importers must
// return an accounted-for result or throw an ImportError (with a code and a message) — never
// anything else, never hang.

const fixture = new Uint8Array(readFileSync(new URL("./fixtures/workbook.xlsx", import.meta.url)));
const loaded = loadProject(
  readFileSync(new URL("../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const project: Project = loaded.value;
let template = new Uint8Array();

/** Per-call time budget: an import that takes longer is treated as a hang. */
const BUDGET_MS = 5000;

interface DirectoryEntry {
  /** Offset of the entry's central-directory record. */
  readonly at: number;
  readonly length: number;
  /** Where its (compressed) data lies. */
  readonly dataStart: number;
  readonly dataEnd: number;
}

/** The central-directory records of a valid seed (APPNOTE 4.3.12, 4.3.16), used to aim mutations. */
function directory(bytes: Uint8Array): { entries: DirectoryEntry[]; eocd: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.byteLength - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const entries: DirectoryEntry[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const length = 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ at, length, dataStart, dataEnd: dataStart + view.getUint32(at + 20, true) });
    at += length;
  }
  return { entries, eocd };
}

const mutation = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("flip-data" as const),
      entry: fc.nat(),
      at: fc.nat(),
      mask: fc.integer({ min: 1, max: 255 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicate-entry" as const), entry: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove-entry" as const), entry: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
  },
);

/** An edit of one entry's XML, re-deflated into a structurally valid ZIP: this is what reaches exceljs. */
const xmlEdit = fc.record({
  entry: fc.nat(),
  at: fc.nat(),
  kind: fc.constantFrom("truncate", "delete", "insert"),
  length: fc.nat({ max: 40 }),
  text: fc.constantFrom(
    "<",
    ">",
    '"',
    "&",
    "&#0;",
    "</row>",
    "<row>",
    '<c r="A1" t="s"><v>99999</v></c>',
    '<c r="XFD1048576"><v>1</v></c>',
    '<row r="1048576">',
    '<mergeCell ref="A1:XFD1048576"/>',
    '<col min="1" max="999999999" width="9"/>',
    "<f>1/0</f>",
    '<dimension ref="A1:ZZZ999999"/>',
    "\u0000",
    "<![CDATA[",
    'r="0"',
    "9999999999",
    "-1",
    "NaN",
  ),
});

type XmlEdit = typeof xmlEdit extends fc.Arbitrary<infer T> ? T : never;

/** Inflates the chosen entry, edits its text, deflates it again and rebuilds the whole ZIP around it. */
function editXml(seed: Uint8Array, edits: readonly XmlEdit[]): Uint8Array {
  const view = new DataView(seed.buffer, seed.byteOffset, seed.byteLength);
  const { entries } = directory(seed);
  const parts = entries.map((entry) => {
    const nameLength = view.getUint16(entry.at + 28, true);
    const name = seed.slice(entry.at + 46, entry.at + 46 + nameLength);
    const method = view.getUint16(entry.at + 10, true);
    const raw = seed.subarray(entry.dataStart, entry.dataEnd);
    return { name, method, crc: view.getUint32(entry.at + 16, true), data: method === 8 ? inflateRawSync(raw) : raw };
  });
  for (const edit of edits) {
    const part = parts[edit.entry % parts.length];
    if (part === undefined) continue;
    const bytes = Array.from(part.data);
    const at = edit.at % (bytes.length + 1);
    if (edit.kind === "truncate") bytes.length = at;
    else if (edit.kind === "delete") bytes.splice(at, edit.length);
    else bytes.splice(at, 0, ...new TextEncoder().encode(edit.text));
    part.data = new Uint8Array(bytes);
  }
  const out: number[] = [];
  const central: number[] = [];
  const le = (to: number[], value: number, size: number) => {
    for (let i = 0; i < size; i++) to.push(Math.floor(value / 2 ** (8 * i)) & 0xff);
  };
  for (const part of parts) {
    const body = part.method === 8 ? deflateRawSync(part.data) : part.data;
    const offset = out.length;
    // Local header (4.3.7) and central record (4.3.12); the CRC is left stale (JSZip does not check it by default).
    for (const [to, signature] of [
      [out, 0x04034b50],
      [central, 0x02014b50],
    ] as const) {
      le(to, signature, 4);
      if (to === central) le(to, 20, 2);
      le(to, 20, 2);
      le(to, 0, 2);
      le(to, part.method, 2);
      le(to, 0, 4);
      le(to, part.crc, 4);
      le(to, body.byteLength, 4);
      le(to, part.data.byteLength, 4);
      le(to, part.name.byteLength, 2);
      le(to, 0, 2);
      if (to === central) {
        le(to, 0, 2);
        le(to, 0, 2);
        le(to, 0, 2);
        le(to, 0, 4);
        le(to, offset, 4);
      }
      to.push(...part.name);
    }
    out.push(...body);
  }
  const directoryOffset = out.length;
  out.push(...central);
  le(out, 0x06054b50, 4);
  le(out, 0, 4);
  le(out, parts.length, 2);
  le(out, parts.length, 2);
  le(out, central.length, 4);
  le(out, directoryOffset, 4);
  le(out, 0, 2);
  return new Uint8Array(out);
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/**
 * Applies the mutations to a copy of the seed. Directory-aware ones (flip-data, duplicate-entry,
 * remove-entry) use the seed's own directory and are applied first, so their offsets still hold; the
 * byte-level ones follow in order.
 */
function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  const { entries, eocd } = directory(seed);
  let out = Array.from(seed);
  const structural = mutations.filter((m) => m.kind === "duplicate-entry" || m.kind === "remove-entry");
  for (const m of mutations) {
    if (m.kind !== "flip-data") continue;
    const entry = entries[m.entry % entries.length];
    if (entry === undefined || entry.dataEnd <= entry.dataStart) continue;
    const at = entry.dataStart + (m.at % (entry.dataEnd - entry.dataStart));
    out[at] = (out[at] ?? 0) ^ m.mask;
  }
  const first = structural[0];
  if (first !== undefined && (first.kind === "duplicate-entry" || first.kind === "remove-entry")) {
    // Rebuild the directory with one entry duplicated or removed, and fix the EOCD's count and size.
    const chosen = first.entry % entries.length;
    const start = entries[0]?.at ?? eocd;
    const records: number[] = [];
    entries.forEach((entry, i) => {
      const record = out.slice(entry.at, entry.at + entry.length);
      if (i === chosen && first.kind === "remove-entry") return;
      records.push(...record);
      if (i === chosen) records.push(...record);
    });
    const count = entries.length + (first.kind === "duplicate-entry" ? 1 : -1);
    const tail = out.slice(eocd);
    tail[8] = count & 0xff;
    tail[9] = count >> 8;
    tail[10] = count & 0xff;
    tail[11] = count >> 8;
    for (let i = 0; i < 4; i++) tail[12 + i] = Math.floor(records.length / 2 ** (8 * i)) & 0xff;
    out = [...out.slice(0, start), ...records, ...tail];
  }
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : ("at" in m ? m.at : 0) % (out.length + 1);
    if (m.kind === "truncate") out = out.slice(0, at);
    else if (m.kind === "flip" && at < out.length) out[at] = (out[at] ?? 0) ^ m.mask;
    else if (m.kind === "swap" && out.length > 0) {
      const i = at % out.length;
      const j = m.with % out.length;
      [out[i], out[j]] = [out[j] ?? 0, out[i] ?? 0];
    } else if (m.kind === "insert") out.splice(at, 0, ...m.bytes);
  }
  return new Uint8Array(out);
}

/** Runs one import against the time budget; resolves to the result, or to the ImportError it threw. */
async function withinBudget<T>(run: () => Promise<T>): Promise<T | Error> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`import took longer than ${BUDGET_MS} ms (hang)`)), BUDGET_MS);
  });
  try {
    return await Promise.race([run(), timeout]);
  } catch (error) {
    if (!isImportError(error)) throw error;
    expect(error.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.messageZh.length).toBeGreaterThan(0);
    return error;
  } finally {
    clearTimeout(timer);
  }
}

function checkResult(result: ImportResult): void {
  const { stats } = result;
  expect(stats.rowsRead).toBe(stats.accepted + stats.rejected);
  expect(stats.observations).toBe(result.observations.length);
  for (const issue of result.issues) {
    expect(issue.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(issue.row).toBeGreaterThanOrEqual(1);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
}

/** Mostly XML edits that keep the ZIP valid (they reach exceljs), sometimes followed by byte-level damage. */
const mutations = fc.record({
  xml: fc.array(xmlEdit, { maxLength: 3 }),
  bytes: fc.array(mutation, { maxLength: 3 }),
});

function apply(seed: Uint8Array, m: { xml: readonly XmlEdit[]; bytes: readonly Mutation[] }): Uint8Array {
  const edited = m.xml.length === 0 ? seed : editXml(seed, m.xml);
  return m.bytes.length === 0 ? edited : mutate(edited, m.bytes);
}

describe("fuzz: mutated and truncated XLSX", () => {
  beforeAll(async () => {
    template = new Uint8Array(
      await writeEntryTemplate(project, { period: "2024", units: ["d_east", "c_qing", "dep_dev"] }),
    );
  });

  it("the seeds import cleanly (so mutations start from valid workbooks)", async () => {
    expect(await importXlsx(fixture, { period: "2024" })).toMatchObject({ format: "wide" });
    expect(await importEntryTemplate(template, project)).toMatchObject({ period: "2024" });
    // The mutation helpers keep an unmutated directory rebuild valid.
    expect(directory(template).entries.length).toBeGreaterThan(5);
  });

  it("importXlsx on the plain workbook: a result or an ImportError, never a crash or a hang", async () => {
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const outcome = await withinBudget(() => importXlsx(apply(fixture, ms), { period: "2024" }));
        if (outcome instanceof Error) errors++;
        else checkResult(outcome);
      }),
      { numRuns: 400 },
    );
    expect(errors).toBeGreaterThan(0);
  }, 60_000);

  it("importXlsx with the streaming reader: a result or an ImportError, never a crash or a hang", async () => {
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const outcome = await withinBudget(() => importXlsx(apply(fixture, ms), { period: "2024", streaming: true }));
        if (outcome instanceof Error) errors++;
        else checkResult(outcome);
      }),
      { numRuns: 300 },
    );
    expect(errors).toBeGreaterThan(0);
  }, 60_000);

  it("importEntryTemplate and importXlsx on the entry template: a result or an ImportError", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, fc.boolean(), async (ms, plain) => {
        const bytes = apply(template, ms);
        const outcome = await withinBudget(() =>
          plain ? importXlsx(bytes, { sheet: 2 }) : importEntryTemplate(bytes, project),
        );
        if (!(outcome instanceof Error)) checkResult(outcome);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("any prefix of a workbook is an ImportError malformed_xlsx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: template.byteLength - 1 }), async (at) => {
        const outcome = await withinBudget(() => importEntryTemplate(template.subarray(0, at), project));
        expect(outcome).toMatchObject({ name: "ImportError", code: "malformed_xlsx" });
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
