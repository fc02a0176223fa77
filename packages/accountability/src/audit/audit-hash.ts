import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { AuditEntry } from "./audit-entry.js";
import { canonicalJson } from "./canonical-json.js";

/**
 * Computes the hash an audit entry must carry: lowercase hex SHA-256 (FIPS 180-4, via
 * `@noble/hashes`) of the UTF-8 bytes of `canonicalJson({ seq, at, actor, kind, subject, data, prev })`.
 * The entry's own `hash` field (if any) is ignored.
 *
 * @param entry - the entry without (or with) its hash
 * @returns 64 lowercase hex digits
 * @example
 * ```ts
 * import { AUDIT_GENESIS_HASH, hashAuditEntry } from "@ducha/accountability";
 *
 * const hash = hashAuditEntry({
 *   seq: 1, at: "2025-01-01T00:00:00.000Z", actor: "a", kind: "rule_outcome", subject: "r1", data: null,
 *   prev: AUDIT_GENESIS_HASH,
 * });
 * console.log(hash.length); // 64
 * ```
 * @since 0.1.0
 */
export function hashAuditEntry(entry: Omit<AuditEntry, "hash"> & { readonly hash?: string }): string {
  const { seq, at, actor, kind, subject, data, prev } = entry;
  const text = canonicalJson({ seq, at, actor, kind, subject, data, prev });
  return bytesToHex(sha256(utf8ToBytes(text)));
}
