/**
 * A message shown to users, in Chinese (`zh`) and English (`en`).
 *
 * @example
 * ```ts
 * import type { LocalizedMessage } from "@ducha/accountability";
 *
 * const message: LocalizedMessage = { zh: "任务已逾期", en: "The task is overdue" };
 * ```
 * @since 0.1.0
 */
export interface LocalizedMessage {
  /** Chinese text. */
  readonly zh: string;
  /** English text. */
  readonly en: string;
}
