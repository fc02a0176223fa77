/**
 * `@ducha/accountability` — responsibility matrix (责任分工), target decomposition (目标分解),
 * supervision items (督查事项) and a hash-chained audit log (审计日志).
 *
 * @packageDocumentation
 */

export type { AuditEntry, AuditEntryInput, AuditKind } from "./audit/audit-entry.js";
export { AUDIT_GENESIS_HASH } from "./audit/audit-entry.js";
export { hashAuditEntry } from "./audit/audit-hash.js";
export type { AuditLog, AuditLogHead, AuditLogOptions } from "./audit/audit-log.js";
export { appendAuditEntry, auditLogHead, createAuditLog, resumeAuditLog } from "./audit/audit-log.js";
export type { JsonValue } from "./audit/canonical-json.js";
export { canonicalJson } from "./audit/canonical-json.js";
export type {
  AuditProblem,
  AuditProblemCode,
  AuditVerification,
  VerifyAuditLogOptions,
} from "./audit/verify-audit-log.js";
export { verifyAuditLog } from "./audit/verify-audit-log.js";
export type { Clock } from "./clock.js";
export { systemClock } from "./clock.js";
export type { AccountabilityErrorOptions } from "./errors.js";
export { AccountabilityError } from "./errors.js";
export type { LocalizedMessage } from "./localized-message.js";
export { VERSION } from "./version.js";
