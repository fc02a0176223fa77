import { type Clock, systemClock } from "../clock.js";
import { AccountabilityError, accountabilityError } from "../errors.js";
import { nowIso, parseInstant } from "../internal/instant.js";
import { AUDIT_GENESIS_HASH, type AuditEntry, type AuditEntryInput } from "./audit-entry.js";
import { hashAuditEntry } from "./audit-hash.js";
import { canonicalJson, type JsonValue } from "./canonical-json.js";
import { verifyAuditLog } from "./verify-audit-log.js";

/**
 * An append-only, hash-chained audit log (审计日志), as an immutable value: appending returns a new
 * log and never changes the old one. Persist {@link AuditLog.entries | entries} (plain JSON) and the
 * {@link AuditLogHead | head}; reopen with {@link resumeAuditLog}.
 *
 * @example
 * ```ts
 * import { createAuditLog, type AuditLog } from "@ducha/accountability";
 *
 * const log: AuditLog = createAuditLog();
 * console.log(log.entries.length); // 0
 * ```
 * @since 0.1.0
 */
export interface AuditLog {
  /** The entries in order, oldest first. Frozen. */
  readonly entries: readonly AuditEntry[];
  /** The clock that stamps `at` on new entries. */
  readonly clock: Clock;
}

/**
 * Options of {@link createAuditLog} and {@link resumeAuditLog}.
 *
 * @example
 * ```ts
 * import type { AuditLogOptions } from "@ducha/accountability";
 *
 * const options: AuditLogOptions = { clock: () => new Date("2025-01-01T00:00:00Z") };
 * ```
 * @since 0.1.0
 */
export interface AuditLogOptions {
  /** Source of `at` timestamps. Defaults to {@link systemClock}. */
  readonly clock?: Clock;
}

/**
 * The head of a log (链头): the last entry's `seq` and `hash` (`0` and 64 zeros when empty). Store it
 * somewhere the log's writer cannot rewrite (a printed report, a signed message, another system):
 * the chain alone cannot reveal that trailing entries were cut off or that the whole chain was
 * recomputed, but a stored head can (pass it to {@link verifyAuditLog} as `expectedHead`).
 *
 * @example
 * ```ts
 * import { auditLogHead, createAuditLog, type AuditLogHead } from "@ducha/accountability";
 *
 * const head: AuditLogHead = auditLogHead(createAuditLog());
 * console.log(head.seq); // 0
 * ```
 * @since 0.1.0
 */
export interface AuditLogHead {
  /** `seq` of the last entry; 0 for an empty log. */
  readonly seq: number;
  /** `hash` of the last entry; 64 zeros for an empty log. */
  readonly hash: string;
}

/**
 * Creates an empty audit log.
 *
 * @param options - the clock. Defaults to the system clock.
 * @example
 * ```ts
 * import { appendAuditEntry, createAuditLog } from "@ducha/accountability";
 *
 * let log = createAuditLog({ clock: () => new Date("2025-04-01T09:00:00Z") });
 * log = appendAuditEntry(log, {
 *   actor: "张三", kind: "observation_changed", subject: "forest-cover@county-b@2024",
 *   data: { from: "61.2", to: "61.8", source: "林业局复核" },
 * });
 * console.log(log.entries[0]?.at); // "2025-04-01T09:00:00.000Z"
 * ```
 * @since 0.1.0
 */
export function createAuditLog(options: AuditLogOptions = {}): AuditLog {
  return Object.freeze({ entries: Object.freeze([]) as readonly AuditEntry[], clock: options.clock ?? systemClock });
}

function requireText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw accountabilityError(
      "invalid_audit_entry",
      { zh: `审计记录的 ${field} 必须是非空字符串`, en: `audit entry field "${field}" must be a non-empty string` },
      [field],
    );
  }
  return value;
}

/**
 * Appends an entry and returns the new log (the old log is unchanged). The entry gets the next
 * `seq`, `at` from the clock (an ISO-8601 UTC string), `prev` = the last entry's hash and its own
 * `hash` (see {@link hashAuditEntry}). `data` is deep-copied through canonical JSON, so later
 * mutation of the caller's object cannot alter the log.
 *
 * Throws {@link AccountabilityError}: `invalid_audit_entry` for an empty actor/kind/subject,
 * `non_json_value`/`circular_value` for data that is not JSON, `time_reversed` when the clock
 * returns a time before the last entry's.
 *
 * @param log - the log to extend
 * @param input - actor, kind, subject, data
 * @returns a new log with one more entry
 * @example
 * ```ts
 * import { appendAuditEntry, createAuditLog } from "@ducha/accountability";
 *
 * const log = appendAuditEntry(createAuditLog(), {
 *   actor: "system", kind: "item_transition", subject: "DC-2025-001", data: { from: "assigned", to: "in_progress" },
 * });
 * console.log(log.entries.length); // 1
 * ```
 * @since 0.1.0
 */
export function appendAuditEntry(log: AuditLog, input: AuditEntryInput): AuditLog {
  const actor = requireText(input.actor, "actor");
  const kind = requireText(input.kind, "kind");
  const subject = requireText(input.subject, "subject");
  const last = log.entries[log.entries.length - 1];
  const at = nowIso(log.clock);
  if (last !== undefined && parseInstant(at) < parseInstant(last.at)) {
    throw accountabilityError(
      "time_reversed",
      {
        zh: `时钟时间 ${at} 早于上一条审计记录（seq ${last.seq}）的时间 ${last.at}`,
        en: `the clock says ${at}, before the last audit entry (seq ${last.seq}) at ${last.at}`,
      },
      ["at"],
    );
  }
  const base = {
    seq: last === undefined ? 1 : last.seq + 1,
    at,
    actor,
    kind,
    subject,
    data: deepFreeze(copyJson(input.data)),
    prev: last === undefined ? AUDIT_GENESIS_HASH : last.hash,
  };
  const entry: AuditEntry = Object.freeze({ ...base, hash: hashAuditEntry(base) });
  return Object.freeze({ entries: Object.freeze([...log.entries, entry]), clock: log.clock });
}

/** Validates `value` as JSON (throws `non_json_value` with a path under `data`) and returns a detached copy. */
function copyJson(value: JsonValue): JsonValue {
  let text: string;
  try {
    text = canonicalJson(value);
  } catch (error) {
    if (error instanceof AccountabilityError) {
      throw new AccountabilityError(error.code, error.message, {
        messages: error.messages,
        path: ["data", ...(error.path ?? [])],
      });
    }
    throw error;
  }
  return JSON.parse(text) as JsonValue;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The head (last `seq` and `hash`) of a log or an entry list; `{ seq: 0, hash: 64 zeros }` when empty.
 *
 * @param log - a log or its entries
 * @returns the head to store elsewhere as an anchor
 * @example
 * ```ts
 * import { auditLogHead, createAuditLog } from "@ducha/accountability";
 *
 * console.log(auditLogHead(createAuditLog()).seq); // 0
 * ```
 * @since 0.1.0
 */
export function auditLogHead(log: AuditLog | readonly AuditEntry[]): AuditLogHead {
  const entries = isEntryArray(log) ? log : log.entries;
  const last = entries[entries.length - 1];
  return last === undefined ? { seq: 0, hash: AUDIT_GENESIS_HASH } : { seq: last.seq, hash: last.hash };
}

/**
 * Reopens a persisted log so more entries can be appended. The entries are verified first
 * ({@link verifyAuditLog}, with `expectedHead` if given); if any problem is found an
 * {@link AccountabilityError} with code `audit_log_invalid` is thrown, its message listing the
 * first problem and its `cause` holding the full verification result.
 *
 * @param entries - entries as persisted (e.g. parsed from JSON)
 * @param options - the clock and an optional head anchor
 * @returns a log continuing the chain
 * @example
 * ```ts
 * import { appendAuditEntry, createAuditLog, resumeAuditLog } from "@ducha/accountability";
 *
 * const saved = JSON.stringify(
 *   appendAuditEntry(createAuditLog(), { actor: "a", kind: "rule_outcome", subject: "r1", data: 1 }).entries,
 * );
 * const log = resumeAuditLog(JSON.parse(saved));
 * console.log(log.entries.length); // 1
 * ```
 * @since 0.1.0
 */
export function resumeAuditLog(
  entries: readonly AuditEntry[],
  options: AuditLogOptions & { readonly expectedHead?: AuditLogHead } = {},
): AuditLog {
  const result = verifyAuditLog(
    entries,
    options.expectedHead === undefined ? {} : { expectedHead: options.expectedHead },
  );
  if (!result.valid) {
    const first = result.problems[0];
    const count = result.problems.length;
    const messages = {
      zh: `审计日志校验失败（${count} 个问题）：${first?.message.zh ?? ""}`,
      en: `the audit log does not verify (${count} problem${count === 1 ? "" : "s"}): ${first?.message.en ?? ""}`,
    };
    throw new AccountabilityError("audit_log_invalid", messages.en, {
      messages,
      cause: result,
      path: first === undefined ? [] : [first.index],
    });
  }
  const copy = entries.map((e) => Object.freeze({ ...e, data: deepFreeze(copyJson(e.data)) }));
  return Object.freeze({ entries: Object.freeze(copy), clock: options.clock ?? systemClock });
}

function isEntryArray(value: AuditLog | readonly AuditEntry[]): value is readonly AuditEntry[] {
  return Array.isArray(value);
}
