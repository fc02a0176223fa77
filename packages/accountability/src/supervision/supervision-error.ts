import { AccountabilityError, type AccountabilityErrorOptions } from "../errors.js";

/**
 * Error thrown by the supervision-item functions (督查事项错误): `illegal_transition` (the event is
 * not allowed in the item's state), `not_overdue` (marking overdue before the deadline),
 * `time_reversed` (a transition dated before the previous one), `invalid_supervision_item`,
 * `invalid_transition_context`. `messages` carries Chinese and English text.
 *
 * @example
 * ```ts
 * import { SupervisionError } from "@ducha/accountability";
 *
 * const error = new SupervisionError("illegal_transition", "cannot close", { messages: { zh: "不能办结", en: "cannot close" } });
 * console.log(error instanceof SupervisionError, error.code); // true "illegal_transition"
 * ```
 * @since 0.1.0
 */
export class SupervisionError extends AccountabilityError {
  /**
   * @param code - stable snake_case code
   * @param message - English message
   * @param options - path, cause and bilingual messages
   */
  constructor(code: string, message: string, options: AccountabilityErrorOptions = {}) {
    super(code, message, options);
  }
}
