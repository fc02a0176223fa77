import { DuchaError, type DuchaErrorOptions } from "@ducha/schema";
import type { LocalizedMessage } from "./localized-message.js";

/**
 * Options accepted by {@link AccountabilityError}: the base `DuchaErrorOptions` (from `@ducha/schema`) plus the
 * bilingual message.
 *
 * @example
 * ```ts
 * import type { AccountabilityErrorOptions } from "@ducha/accountability";
 *
 * const options: AccountabilityErrorOptions = { path: ["children", 0], messages: { zh: "缺少基数", en: "base missing" } };
 * ```
 * @since 0.1.0
 */
export interface AccountabilityErrorOptions extends DuchaErrorOptions {
  /** The message in Chinese and English. Defaults to the English `message` for both languages. */
  readonly messages?: LocalizedMessage;
}

/**
 * Error thrown by `@ducha/accountability` (问责模块错误) for input that cannot be processed at all:
 * a value that is not JSON in the audit log, shares that do not sum to 1 in a target decomposition,
 * an ISO date without a time zone … Expected findings (a broken audit chain, an under-allocated
 * decomposition, a conflicting responsibility) are returned as issues, not thrown.
 *
 * `message` is the English text; {@link AccountabilityError.messages | messages} holds both languages.
 *
 * @example
 * ```ts
 * import { AccountabilityError } from "@ducha/accountability";
 *
 * const error = new AccountabilityError("shares_not_one", "shares sum to 0.9, expected 1", { path: ["children"] });
 * console.log(error.code, error.messages.en); // "shares_not_one" "shares sum to 0.9, expected 1"
 * ```
 * @since 0.1.0
 */
export class AccountabilityError extends DuchaError {
  /** The message in Chinese (`zh`) and English (`en`). */
  readonly messages: LocalizedMessage;

  /**
   * @param code - stable snake_case code
   * @param message - English message
   * @param options - path, cause and the bilingual messages
   */
  constructor(code: string, message: string, options: AccountabilityErrorOptions = {}) {
    const { messages, ...base } = options;
    super(code, message, base);
    this.messages = messages ?? { zh: message, en: message };
  }
}

/**
 * Creates an {@link AccountabilityError} whose `message` is the English text of a bilingual message.
 *
 * @internal
 */
export function accountabilityError(
  code: string,
  messages: LocalizedMessage,
  path: readonly (string | number)[] = [],
): AccountabilityError {
  return new AccountabilityError(code, messages.en, { path, messages });
}
