import type { JsonValue } from "./canonical-json.js";

/**
 * What an audit entry records (审计记录类型): a change to a target (目标值), to an observation
 * (实际值), a supervision-item state transition (督查事项流转), the outcome of an accountability
 * rule (问责规则结果), or any custom kind string.
 *
 * @example
 * ```ts
 * import type { AuditKind } from "@ducha/accountability";
 *
 * const kinds: AuditKind[] = ["target_changed", "rule_outcome", "weight_changed"];
 * ```
 * @since 0.1.0
 */
export type AuditKind = "target_changed" | "observation_changed" | "item_transition" | "rule_outcome" | (string & {});

/**
 * What the caller supplies to append an entry; `seq`, `at`, `prev` and `hash` are added by the log.
 *
 * @example
 * ```ts
 * import type { AuditEntryInput } from "@ducha/accountability";
 *
 * const input: AuditEntryInput = {
 *   actor: "考核办 Wang",
 *   kind: "target_changed",
 *   subject: "gdp@district-a@2025",
 *   data: { from: "100", to: "105", reason: "年中调整" },
 * };
 * ```
 * @since 0.1.0
 */
export interface AuditEntryInput {
  /** Who made the change (操作人): a user id or name. Non-empty. */
  readonly actor: string;
  /** What kind of change it is. Non-empty. */
  readonly kind: AuditKind;
  /** The id of what changed (a target, observation, supervision item, rule …). Non-empty. */
  readonly subject: string;
  /** Details of the change; any JSON value (see {@link canonicalJson} for what is rejected). */
  readonly data: JsonValue;
}

/**
 * One entry of the hash-chained audit log (审计日志条目).
 *
 * `hash` = lowercase hex SHA-256 (FIPS 180-4) of the UTF-8 bytes of
 * `canonicalJson({ seq, at, actor, kind, subject, data, prev })` — every field except `hash` itself.
 * `prev` is the previous entry's `hash`, or 64 zeros for the first entry (the genesis value).
 *
 * @example
 * ```ts
 * import { appendAuditEntry, createAuditLog, type AuditEntry } from "@ducha/accountability";
 *
 * const log = appendAuditEntry(createAuditLog(), { actor: "a", kind: "rule_outcome", subject: "r1", data: null });
 * const entry: AuditEntry | undefined = log.entries[0];
 * console.log(entry?.seq, entry?.prev.length); // 1 64
 * ```
 * @since 0.1.0
 */
export interface AuditEntry extends AuditEntryInput {
  /** Position in the log, starting at 1 and increasing by exactly 1. */
  readonly seq: number;
  /** When the entry was appended: an ISO-8601 UTC string (`Date.prototype.toISOString`) from the log's clock. */
  readonly at: string;
  /** Hex SHA-256 of the previous entry, or 64 zeros for the first. */
  readonly prev: string;
  /** Hex SHA-256 of this entry's other fields in canonical JSON. */
  readonly hash: string;
}

/**
 * The hash of the empty chain (64 zeros), used as `prev` of the first entry.
 *
 * @example
 * ```ts
 * import { AUDIT_GENESIS_HASH } from "@ducha/accountability";
 *
 * console.log(AUDIT_GENESIS_HASH.length); // 64
 * ```
 * @since 0.1.0
 */
export const AUDIT_GENESIS_HASH: string = "0".repeat(64);
