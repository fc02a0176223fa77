import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AccountabilityError } from "../errors.js";
import { AUDIT_GENESIS_HASH, type AuditEntry } from "./audit-entry.js";
import { hashAuditEntry } from "./audit-hash.js";
import { appendAuditEntry, auditLogHead, createAuditLog, resumeAuditLog } from "./audit-log.js";
import type { JsonValue } from "./canonical-json.js";
import { verifyAuditLog } from "./verify-audit-log.js";

/** A clock that starts at 2025-01-01T00:00:00Z and advances one minute per call. */
function steppingClock(start = Date.UTC(2025, 0, 1)) {
  let t = start - 60_000;
  return () => {
    t += 60_000;
    return new Date(t);
  };
}

function sampleLog(n: number) {
  let log = createAuditLog({ clock: steppingClock() });
  for (let i = 0; i < n; i++) {
    log = appendAuditEntry(log, { actor: `user${i % 3}`, kind: "target_changed", subject: `t${i}`, data: { i } });
  }
  return log;
}

describe("appendAuditEntry", () => {
  it("chains entries: seq from 1, prev = previous hash, at from the clock", () => {
    const log = sampleLog(3);
    const [a, b, c] = log.entries as [AuditEntry, AuditEntry, AuditEntry];
    expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
    expect(a.prev).toBe(AUDIT_GENESIS_HASH);
    expect(b.prev).toBe(a.hash);
    expect(c.prev).toBe(b.hash);
    expect(a.at).toBe("2025-01-01T00:00:00.000Z");
    expect(c.at).toBe("2025-01-01T00:02:00.000Z");
    expect(auditLogHead(log)).toEqual({ seq: 3, hash: c.hash });
  });

  it("hashes SHA-256 of the canonical JSON (known vector)", () => {
    // Canonical text (keys sorted, no spaces):
    // {"actor":"a","at":"2025-01-01T00:00:00.000Z","data":null,"kind":"rule_outcome","prev":"000…0 (64)","seq":1,"subject":"r1"}
    // Expected digest computed independently with coreutils: printf '%s' '<text>' | sha256sum
    const entry = {
      seq: 1,
      at: "2025-01-01T00:00:00.000Z",
      actor: "a",
      kind: "rule_outcome",
      subject: "r1",
      data: null,
      prev: AUDIT_GENESIS_HASH,
    };
    expect(hashAuditEntry(entry)).toBe("1640873a6ea23d8a5619098482c814e5632fa8c0faf34eba830d080719f1389e");
    // the entry's own hash field is not part of the input
    expect(hashAuditEntry({ ...entry, hash: "f".repeat(64) })).toBe(hashAuditEntry(entry));
    expect(hashAuditEntry({ ...entry, actor: "b" })).not.toBe(hashAuditEntry(entry));
  });

  it("is immutable: the old log is unchanged and the caller's data is detached", () => {
    const data = { value: "1" };
    const one = appendAuditEntry(createAuditLog({ clock: steppingClock() }), {
      actor: "a",
      kind: "observation_changed",
      subject: "o1",
      data,
    });
    const two = appendAuditEntry(one, { actor: "a", kind: "observation_changed", subject: "o1", data: 2 });
    expect(one.entries).toHaveLength(1);
    expect(two.entries).toHaveLength(2);
    data.value = "999";
    expect(one.entries[0]?.data).toEqual({ value: "1" });
    expect(verifyAuditLog(two.entries).valid).toBe(true);
    expect(Object.isFrozen(two.entries[0])).toBe(true);
  });

  it("rejects non-JSON data with the path under data, and empty actors", () => {
    const log = createAuditLog();
    expect(() => appendAuditEntry(log, { actor: "a", kind: "k", subject: "s", data: { x: Number.NaN } })).toThrow(
      expect.objectContaining({ code: "non_json_value", path: ["data", "x"] }),
    );
    expect(() => appendAuditEntry(log, { actor: " ", kind: "k", subject: "s", data: null })).toThrow(
      expect.objectContaining({ code: "invalid_audit_entry", path: ["actor"] }),
    );
  });

  it("rejects a clock that goes backwards", () => {
    const times = ["2025-01-02T00:00:00Z", "2025-01-01T00:00:00Z"];
    let i = 0;
    const log = createAuditLog({ clock: () => new Date(times[i++] ?? "") });
    const one = appendAuditEntry(log, { actor: "a", kind: "k", subject: "s", data: 1 });
    expect(() => appendAuditEntry(one, { actor: "a", kind: "k", subject: "s", data: 2 })).toThrow(
      expect.objectContaining({ code: "time_reversed" }),
    );
  });
});

describe("verifyAuditLog", () => {
  it("accepts an untouched log, including after a JSON round trip", () => {
    const log = sampleLog(5);
    expect(verifyAuditLog(JSON.parse(JSON.stringify(log.entries)))).toEqual({ valid: true, head: auditLogHead(log) });
    expect(verifyAuditLog([])).toEqual({ valid: true, head: { seq: 0, hash: AUDIT_GENESIS_HASH } });
  });

  it("locates an edited entry (hash_mismatch at its index only)", () => {
    const entries = [...sampleLog(4).entries];
    entries[2] = { ...(entries[2] as AuditEntry), actor: "mallory" };
    const result = verifyAuditLog(entries);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.problems.map((p) => [p.code, p.index, p.seq])).toEqual([["hash_mismatch", 2, 3]]);
      expect(result.problems[0]?.message.zh).toContain("被修改");
    }
  });

  it("locates a deleted entry (broken_chain + seq_gap at the following index)", () => {
    const entries = [...sampleLog(4).entries];
    entries.splice(1, 1);
    const result = verifyAuditLog(entries);
    expect(result.valid ? [] : result.problems.map((p) => [p.code, p.index, p.seq])).toEqual([
      ["broken_chain", 1, 3],
      ["seq_gap", 1, 3],
    ]);
  });

  it("locates swapped entries and reversed time", () => {
    const entries = [...sampleLog(3).entries];
    [entries[1], entries[2]] = [entries[2] as AuditEntry, entries[1] as AuditEntry];
    const result = verifyAuditLog(entries);
    const codes = result.valid ? [] : result.problems.map((p) => `${p.code}@${p.index}`);
    expect(codes).toEqual(["broken_chain@1", "seq_gap@1", "broken_chain@2", "seq_out_of_order@2", "time_reversed@2"]);
  });

  it("detects truncation and a recomputed chain only against an expected head", () => {
    const log = sampleLog(4);
    const head = auditLogHead(log);
    const truncated = log.entries.slice(0, 3);
    expect(verifyAuditLog(truncated).valid).toBe(true);
    const result = verifyAuditLog(truncated, { expectedHead: head });
    expect(result.valid ? [] : result.problems.map((p) => [p.code, p.index, p.seq])).toEqual([["head_mismatch", 2, 3]]);
    // A forger rewrites entry 2 and recomputes every later hash: the chain verifies, the head does not.
    let forged = createAuditLog({ clock: steppingClock() });
    for (const e of log.entries) {
      forged = appendAuditEntry(forged, { ...e, actor: e.seq === 2 ? "forger" : e.actor });
    }
    expect(verifyAuditLog(forged.entries).valid).toBe(true);
    expect(verifyAuditLog(forged.entries, { expectedHead: head }).valid).toBe(false);
  });

  it("reports malformed entries as invalid_entry", () => {
    const entries: unknown[] = [...sampleLog(2).entries];
    entries.push({ seq: 3, at: "2025-01-01 08:00", actor: "a" });
    entries.push(null);
    const result = verifyAuditLog(entries);
    expect(result.valid ? [] : result.problems.map((p) => `${p.code}@${p.index}`)).toEqual([
      "invalid_entry@2",
      "invalid_entry@3",
    ]);
  });

  it("property: an untouched random log always verifies", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ actor: fc.string({ minLength: 1 }), data: fc.jsonValue() }), { maxLength: 12 }),
        (inputs) => {
          let log = createAuditLog({ clock: steppingClock() });
          for (const [i, input] of inputs.entries()) {
            log = appendAuditEntry(log, {
              actor: input.actor.trim() || "x",
              kind: "rule_outcome",
              subject: `s${i}`,
              data: input.data as JsonValue,
            });
          }
          expect(
            verifyAuditLog(JSON.parse(JSON.stringify(log.entries)), { expectedHead: auditLogHead(log) }).valid,
          ).toBe(true);
        },
      ),
    );
  });

  const fields = ["seq", "at", "actor", "kind", "subject", "data", "prev", "hash"] as const;
  function tamper(entry: AuditEntry, field: (typeof fields)[number]): AuditEntry {
    switch (field) {
      case "seq":
        return { ...entry, seq: entry.seq + 1 };
      case "at":
        return { ...entry, at: new Date(Date.parse(entry.at) + 1).toISOString() };
      case "data":
        return { ...entry, data: { tampered: entry.data } };
      case "prev":
      case "hash":
        return { ...entry, [field]: (entry[field].startsWith("0") ? "1" : "0") + entry[field].slice(1) };
      default:
        return { ...entry, [field]: `${entry[field]}!` };
    }
  }

  it("property: any modification, deletion, insertion or swap of entries never verifies", () => {
    const logArb = fc.integer({ min: 1, max: 10 }).map((n) => sampleLog(n));
    const attackArb = fc.oneof(
      fc.record({ type: fc.constant("modify" as const), at: fc.nat(), field: fc.constantFrom(...fields) }),
      fc.record({ type: fc.constant("delete" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ type: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
      fc.record({ type: fc.constant("insert" as const), at: fc.nat() }),
      fc.record({ type: fc.constant("duplicate" as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(logArb, attackArb, (log, attack) => {
        const entries = [...log.entries];
        const n = entries.length;
        const i = attack.at % n;
        switch (attack.type) {
          case "modify":
            entries[i] = tamper(entries[i] as AuditEntry, attack.field);
            break;
          case "delete":
            entries.splice(i, attack.count);
            break;
          case "swap": {
            const j = attack.other % n;
            fc.pre(i !== j);
            [entries[i], entries[j]] = [entries[j] as AuditEntry, entries[i] as AuditEntry];
            break;
          }
          case "insert": {
            const base = entries[i] as AuditEntry;
            const forged = { ...base, actor: "forger" };
            entries.splice(i, 0, { ...forged, hash: hashAuditEntry(forged) });
            break;
          }
          case "duplicate":
            entries.splice(i, 0, entries[i] as AuditEntry);
            break;
        }
        expect(verifyAuditLog(entries, { expectedHead: auditLogHead(log) }).valid).toBe(false);
      }),
    );
  });
});

describe("resumeAuditLog", () => {
  it("continues a persisted chain", () => {
    const saved = JSON.parse(JSON.stringify(sampleLog(2).entries));
    const log = appendAuditEntry(resumeAuditLog(saved, { clock: () => new Date("2026-01-01T00:00:00Z") }), {
      actor: "b",
      kind: "rule_outcome",
      subject: "r",
      data: true,
    });
    expect(log.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(verifyAuditLog(log.entries).valid).toBe(true);
  });

  it("refuses a tampered chain with audit_log_invalid and the verification as cause", () => {
    const saved = [...sampleLog(2).entries];
    saved[0] = { ...(saved[0] as AuditEntry), subject: "other" };
    try {
      resumeAuditLog(saved);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AccountabilityError);
      expect((error as AccountabilityError).code).toBe("audit_log_invalid");
      expect((error as AccountabilityError).path).toEqual([0]);
      expect((error as AccountabilityError).cause).toMatchObject({ valid: false });
    }
  });
});
