import type { AuditEntryInput } from "../audit/audit-entry.js";
import { SupervisionError } from "./supervision-error.js";
import type { SupervisionItem } from "./supervision-item.js";

/**
 * Turns an item's latest transition into an audit-log input of kind `"item_transition"` (the subject
 * is the item id, the actor the transition's actor, `data` the history record plus the record's index),
 * so every move of a supervision item can be appended to the hash-chained audit log.
 * Throws {@link SupervisionError} `no_transition` when the history is empty.
 *
 * @param item - an item after {@link applyTransition} or {@link refreshOverdue}
 * @returns the input for {@link appendAuditEntry}
 * @example
 * ```ts
 * import { appendAuditEntry, applyTransition, createAuditLog, createSupervisionItem, supervisionAuditInput } from "@ducha/accountability";
 *
 * let item = createSupervisionItem({ id: "DC-1", title: { zh: "事项" }, unit: "u", assignedAt: "2025-01-01", dueAt: "2025-03-31" });
 * item = applyTransition(item, "start", { actor: "u", at: "2025-01-02T08:00:00Z" });
 * const log = appendAuditEntry(createAuditLog(), supervisionAuditInput(item));
 * console.log(log.entries[0]?.kind, log.entries[0]?.subject); // "item_transition" "DC-1"
 * ```
 * @since 0.1.0
 */
export function supervisionAuditInput(item: SupervisionItem): AuditEntryInput {
  const index = item.history.length - 1;
  const record = item.history[index];
  if (record === undefined) {
    throw new SupervisionError("no_transition", `supervision item "${item.id}" has no transition yet`, {
      path: ["history"],
      messages: {
        zh: `督查事项"${item.id}"尚无流转记录`,
        en: `supervision item "${item.id}" has no transition yet`,
      },
    });
  }
  return {
    actor: record.actor,
    kind: "item_transition",
    subject: item.id,
    data: {
      index,
      from: record.from,
      to: record.to,
      event: record.event,
      at: record.at,
      ...(record.evidence === undefined ? {} : { evidence: [...record.evidence] }),
      ...(record.note === undefined ? {} : { note: record.note }),
    },
  };
}
