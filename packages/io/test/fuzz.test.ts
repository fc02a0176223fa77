import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCsv } from "../src/csv/import-csv.js";
import { toCsv } from "../src/csv/to-csv.js";
import { isImportError } from "../src/issue/import-error.js";

// A realistic seed file; the fuzzer truncates it, splices in random bytes/characters and duplicates
// slices. Whatever comes in, importCsv must either return a result whose rows are all accounted for,
// with an issue on every rejected row, or throw an ImportError — never anything else, never hang.
const seed = new TextEncoder().encode(
  [
    "单位,指标,期间,数值,状态,备注",
    '城东区,gdp,2024,"1,234.5",核实,"a ""quoted"" note"',
    "城西区,gdp,2024Q3,８５％,,",
    "高新区,gdp,45413,3.2万,estimated,",
    "经开区,gdp,2024,—,,",
    "",
    "城东区,gdp,2024,1,,",
  ].join("\r\n"),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 6 }) }),
  fc.record({
    kind: fc.constant("text" as const),
    at: fc.nat(),
    text: fc.constantFrom('"', ",", "\n", "\r", ";", "\t", "=", "，", "万", "%", "\uFEFF", "'", "—"),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 8 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = Array.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === "truncate") out = out.slice(0, at);
    else if (m.kind === "insert") out.splice(at, 0, ...m.bytes);
    else if (m.kind === "text") out.splice(at, 0, ...new TextEncoder().encode(m.text));
    else if (m.kind === "delete") out.splice(at, m.length);
    else out.splice(at, 0, ...out.slice(at, at + m.length));
  }
  return new Uint8Array(out);
}

function check(input: Uint8Array | string, options = {}): void {
  try {
    const result = importCsv(input, options);
    const { stats } = result;
    expect(stats.rowsRead).toBe(stats.accepted + stats.rejected);
    expect(stats.observations).toBe(result.observations.length);
    const rowsWithErrors = new Set(
      result.issues.filter((i) => i.severity === "error" && i.row > stats.headerRows).map((i) => i.row),
    );
    expect(rowsWithErrors.size).toBeLessThanOrEqual(stats.rejected);
    for (const issue of result.issues) {
      expect(issue.code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(issue.row).toBeGreaterThanOrEqual(1);
      expect(issue.column.letter).toMatch(/^[A-Z]+$/);
      expect(issue.message.zh.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    for (const o of result.observations) {
      expect(o.value === null).toBe(o.status === "missing");
    }
  } catch (error) {
    if (!isImportError(error)) throw error;
  }
}

describe("fuzz: mutated and truncated CSV", () => {
  it("only ever returns an accounted-for result or throws ImportError", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        check(mutate(seed, mutations));
      }),
      { numRuns: 1000 },
    );
  });

  it("every rejected row has at least one error issue on it (property over generated rows)", () => {
    const cell = fc.constantFrom(
      "",
      "a",
      "b",
      "gdp",
      "2024",
      "2024Q5",
      "1,234",
      "x",
      "—",
      "85%",
      "核实",
      "missing",
      "=1",
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 15 }), (rows) => {
        const csv = ["unit,indicator,period,value,status", ...rows.map((r) => r.join(","))].join("\n");
        const result = importCsv(csv, { known: { units: ["a", "b"], indicators: [{ id: "gdp", unit: "%" }] } });
        const { stats } = result;
        expect(stats.rowsRead).toBe(stats.accepted + stats.rejected);
        const errorRows = new Set(result.issues.filter((i) => i.severity === "error").map((i) => i.row));
        expect(errorRows.size).toBe(stats.rejected);
        for (const row of errorRows) {
          for (const issue of result.issues.filter((i) => i.row === row)) {
            expect(issue.file).toBe("<input>");
            expect(issue.column.header).toBeTypeOf("string");
            expect(issue.raw).toBeTypeOf("string");
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("random observations exported with toCsv import back with nothing lost", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (notes) => {
        const csv = toCsv(
          notes.map((note, i) => ({
            unit: `u${i}`,
            indicator: "x",
            period: "2024",
            value: "1",
            status: "reported",
            note,
          })),
        );
        const result = importCsv(csv);
        expect(result.stats.accepted).toBe(notes.length);
      }),
      { numRuns: 200 },
    );
  });
});
