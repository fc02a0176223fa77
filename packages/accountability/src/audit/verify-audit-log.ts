import { isIsoInstant, parseInstant } from "../internal/instant.js";
import type { LocalizedMessage } from "../localized-message.js";
import { AUDIT_GENESIS_HASH, type AuditEntry } from "./audit-entry.js";
import { hashAuditEntry } from "./audit-hash.js";
import type { AuditLogHead } from "./audit-log.js";

/**
 * What {@link verifyAuditLog} can find wrong (审计日志校验问题):
 * - `invalid_entry` — not an object, a field missing or of the wrong type, `at` not an ISO-8601 instant
 *   with a zone, `data` not JSON;
 * - `hash_mismatch` — the stored `hash` is not the hash of the entry's fields (the entry was edited);
 * - `broken_chain` — `prev` is not the previous entry's hash (64 zeros for the first): an entry was
 *   deleted, inserted or moved before this one;
 * - `seq_gap` — `seq` skips numbers (or the first entry is not 1): entries are missing;
 * - `seq_out_of_order` — `seq` is not greater than the previous `seq` (duplicated or reordered entries);
 * - `time_reversed` — `at` is earlier than the previous entry's `at`;
 * - `head_mismatch` — the last entry differs from the expected head (trailing entries were cut off,
 *   entries were added, or the whole chain was recomputed).
 *
 * @example
 * ```ts
 * import type { AuditProblemCode } from "@ducha/accountability";
 *
 * const code: AuditProblemCode = "broken_chain";
 * ```
 * @since 0.1.0
 */
export type AuditProblemCode =
  | "invalid_entry"
  | "hash_mismatch"
  | "broken_chain"
  | "seq_gap"
  | "seq_out_of_order"
  | "time_reversed"
  | "head_mismatch";

/**
 * One problem found by {@link verifyAuditLog}, saying where.
 *
 * @example
 * ```ts
 * import { verifyAuditLog, type AuditProblem } from "@ducha/accountability";
 *
 * const result = verifyAuditLog([{ seq: 1 }]);
 * const problems: readonly AuditProblem[] = result.valid ? [] : result.problems;
 * console.log(problems[0]?.code, problems[0]?.index); // "invalid_entry" 0
 * ```
 * @since 0.1.0
 */
export interface AuditProblem {
  /** What is wrong. */
  readonly code: AuditProblemCode;
  /** Index of the entry in the array given (0-based); for `head_mismatch` the last index (−1 when empty). */
  readonly index: number;
  /** The entry's `seq`, when it has a numeric one. */
  readonly seq?: number;
  /** Human-readable description in Chinese and English. */
  readonly message: LocalizedMessage;
}

/**
 * The result of {@link verifyAuditLog}: `valid: true` with the head, or every problem found.
 *
 * @example
 * ```ts
 * import { verifyAuditLog, type AuditVerification } from "@ducha/accountability";
 *
 * const result: AuditVerification = verifyAuditLog([]);
 * console.log(result.valid); // true
 * ```
 * @since 0.1.0
 */
export type AuditVerification =
  | { readonly valid: true; readonly head: AuditLogHead }
  | { readonly valid: false; readonly problems: readonly AuditProblem[] };

/**
 * Options of {@link verifyAuditLog}.
 *
 * @example
 * ```ts
 * import type { VerifyAuditLogOptions } from "@ducha/accountability";
 *
 * const options: VerifyAuditLogOptions = { expectedHead: { seq: 12, hash: "ab".repeat(32) } };
 * ```
 * @since 0.1.0
 */
export interface VerifyAuditLogOptions {
  /**
   * The head recorded earlier (see {@link auditLogHead}). When given, the last entry must have this
   * `seq` and `hash`; this detects truncation and a fully recomputed chain, which the chain alone
   * cannot. Defaults to no anchor.
   */
  readonly expectedHead?: AuditLogHead;
}

const HEX64 = /^[0-9a-f]{64}$/;

function isEntryShape(value: unknown): value is AuditEntry {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.seq === "number" &&
    Number.isSafeInteger(e.seq) &&
    typeof e.at === "string" &&
    isIsoInstant(e.at) &&
    typeof e.actor === "string" &&
    typeof e.kind === "string" &&
    typeof e.subject === "string" &&
    "data" in e &&
    typeof e.prev === "string" &&
    HEX64.test(e.prev) &&
    typeof e.hash === "string" &&
    HEX64.test(e.hash)
  );
}

/**
 * Verifies a hash-chained audit log and reports every problem with the entry's index and seq
 * (审计日志完整性校验). Any edit of an entry, deletion, insertion, duplication or reordering of
 * entries is detected; truncation at the end and a wholesale rewrite are detected only against an
 * `expectedHead`. The check recomputes each hash ({@link hashAuditEntry}) and compares `prev`
 * with the previous entry's stored hash, so a single edited entry is reported once, at its index.
 *
 * @param entries - the entries as stored (oldest first); anything, so parsed JSON can be checked directly
 * @param options - an optional head anchor
 * @returns `{ valid: true, head }` or `{ valid: false, problems }`
 * @example
 * ```ts
 * import { appendAuditEntry, createAuditLog, verifyAuditLog } from "@ducha/accountability";
 *
 * const log = appendAuditEntry(createAuditLog(), { actor: "a", kind: "target_changed", subject: "t1", data: { to: "5" } });
 * const tampered = [{ ...log.entries[0], data: { to: "6" } }];
 * const result = verifyAuditLog(tampered);
 * if (!result.valid) console.log(result.problems[0]?.code); // "hash_mismatch"
 * ```
 * @since 0.1.0
 */
export function verifyAuditLog(entries: readonly unknown[], options: VerifyAuditLogOptions = {}): AuditVerification {
  const problems: AuditProblem[] = [];
  let previous: AuditEntry | undefined;
  entries.forEach((raw, index) => {
    const at = `#${index}`;
    if (!isEntryShape(raw)) {
      problems.push({
        code: "invalid_entry",
        index,
        ...(typeof (raw as { seq?: unknown } | null)?.seq === "number" ? { seq: (raw as { seq: number }).seq } : {}),
        message: {
          zh: `第 ${index} 条（从 0 计）不是有效的审计记录：缺少字段、类型错误或时间不是带时区的 ISO-8601`,
          en: `entry ${at} is not a well-formed audit entry (missing or mistyped field, or 'at' is not a zoned ISO-8601 time)`,
        },
      });
      previous = undefined;
      return;
    }
    const entry = raw;
    const seq = entry.seq;
    let expected: string | undefined;
    try {
      expected = hashAuditEntry(entry);
    } catch {
      problems.push({
        code: "invalid_entry",
        index,
        seq,
        message: {
          zh: `第 ${index} 条（seq ${seq}）的 data 不是 JSON 值`,
          en: `entry ${at} (seq ${seq}) has data that is not a JSON value`,
        },
      });
    }
    if (expected !== undefined && expected !== entry.hash) {
      problems.push({
        code: "hash_mismatch",
        index,
        seq,
        message: {
          zh: `第 ${index} 条（seq ${seq}）的哈希与内容不符：记录被修改过`,
          en: `entry ${at} (seq ${seq}): stored hash does not match its contents — the entry was modified`,
        },
      });
    }
    const expectedPrev = index === 0 ? AUDIT_GENESIS_HASH : previous?.hash;
    if (expectedPrev !== undefined && entry.prev !== expectedPrev) {
      problems.push({
        code: "broken_chain",
        index,
        seq,
        message:
          index === 0
            ? {
                zh: `第 0 条（seq ${seq}）的 prev 不是初始值（64 个 0）：前面的记录被删除或链被截取`,
                en: `entry #0 (seq ${seq}): prev is not the genesis value (64 zeros) — earlier entries were removed`,
              }
            : {
                zh: `第 ${index} 条（seq ${seq}）的 prev 与上一条的哈希不符：其间有记录被删除、插入或调换`,
                en: `entry ${at} (seq ${seq}): prev is not the previous entry's hash — an entry was deleted, inserted or moved here`,
              },
      });
    }
    if (index === 0 && seq !== 1) {
      problems.push(
        seq > 1
          ? {
              code: "seq_gap",
              index,
              seq,
              message: {
                zh: `第 0 条的序号为 ${seq}，应为 1：开头缺少记录`,
                en: `entry #0 has seq ${seq}, expected 1 — entries are missing at the start`,
              },
            }
          : {
              code: "seq_out_of_order",
              index,
              seq,
              message: {
                zh: `第 0 条的序号为 ${seq}，应为 1`,
                en: `entry #0 has seq ${seq}, expected 1`,
              },
            },
      );
    } else if (previous !== undefined) {
      if (seq <= previous.seq) {
        problems.push({
          code: "seq_out_of_order",
          index,
          seq,
          message: {
            zh: `第 ${index} 条的序号 ${seq} 不大于上一条的序号 ${previous.seq}：记录重复或顺序被调换`,
            en: `entry ${at} has seq ${seq}, not greater than the previous seq ${previous.seq} — duplicated or reordered entries`,
          },
        });
      } else if (seq !== previous.seq + 1) {
        problems.push({
          code: "seq_gap",
          index,
          seq,
          message: {
            zh: `第 ${index} 条的序号 ${seq} 与上一条 ${previous.seq} 不连续：缺少 ${seq - previous.seq - 1} 条记录`,
            en: `entry ${at} has seq ${seq} after ${previous.seq} — ${seq - previous.seq - 1} entr${seq - previous.seq - 1 === 1 ? "y is" : "ies are"} missing`,
          },
        });
      }
      if (parseInstant(entry.at) < parseInstant(previous.at)) {
        problems.push({
          code: "time_reversed",
          index,
          seq,
          message: {
            zh: `第 ${index} 条的时间 ${entry.at} 早于上一条的 ${previous.at}`,
            en: `entry ${at} is dated ${entry.at}, before the previous entry's ${previous.at}`,
          },
        });
      }
    }
    previous = entry;
  });
  const last = entries[entries.length - 1];
  const head: AuditLogHead =
    last === undefined
      ? { seq: 0, hash: AUDIT_GENESIS_HASH }
      : isEntryShape(last)
        ? { seq: last.seq, hash: last.hash }
        : { seq: -1, hash: "" };
  const anchor = options.expectedHead;
  if (anchor !== undefined && (anchor.seq !== head.seq || anchor.hash !== head.hash)) {
    problems.push({
      code: "head_mismatch",
      index: entries.length - 1,
      ...(head.seq >= 0 ? { seq: head.seq } : {}),
      message: {
        zh: `日志末条（seq ${head.seq}）与记录的链头（seq ${anchor.seq}，哈希 ${anchor.hash.slice(0, 12)}…）不符：末尾记录被截去、追加或整条链被重算`,
        en: `the last entry (seq ${head.seq}) is not the recorded head (seq ${anchor.seq}, hash ${anchor.hash.slice(0, 12)}…) — entries were cut off or added at the end, or the chain was recomputed`,
      },
    });
  }
  return problems.length === 0 ? { valid: true, head } : { valid: false, problems };
}
