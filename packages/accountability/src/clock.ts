/**
 * A source of the current time (时钟). Inject one in tests or replays to make timestamps
 * deterministic; everything in `@ducha/accountability` that needs "now" accepts a clock.
 *
 * @example
 * ```ts
 * import type { Clock } from "@ducha/accountability";
 *
 * const fixed: Clock = () => new Date("2025-03-31T08:00:00Z");
 * ```
 * @since 0.1.0
 */
export type Clock = () => Date;

/**
 * The system clock: `() => new Date()`. The default wherever a clock is optional.
 *
 * @example
 * ```ts
 * import { systemClock } from "@ducha/accountability";
 *
 * console.log(systemClock().toISOString());
 * ```
 * @since 0.1.0
 */
export const systemClock: Clock = () => new Date();
