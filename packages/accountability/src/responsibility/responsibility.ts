/**
 * What a responsibility is about: an indicator (指标), a task (工作任务) or a goal (目标).
 *
 * @example
 * ```ts
 * import type { ResponsibilitySubjectKind } from "@ducha/accountability";
 *
 * const kind: ResponsibilitySubjectKind = "indicator";
 * ```
 * @since 0.1.0
 */
export type ResponsibilitySubjectKind = "indicator" | "task" | "goal";

/**
 * The kinds of subject, in the order rows are sorted in {@link ResponsibilityMatrix}.
 *
 * @example
 * ```ts
 * import { RESPONSIBILITY_SUBJECT_KINDS } from "@ducha/accountability";
 *
 * console.log(RESPONSIBILITY_SUBJECT_KINDS); // ["indicator", "task", "goal"]
 * ```
 * @since 0.1.0
 */
export const RESPONSIBILITY_SUBJECT_KINDS: readonly ResponsibilitySubjectKind[] = Object.freeze([
  "indicator",
  "task",
  "goal",
]);

/**
 * A reference to the subject of a responsibility.
 *
 * @example
 * ```ts
 * import type { ResponsibilitySubject } from "@ducha/accountability";
 *
 * const subject: ResponsibilitySubject = { kind: "task", id: "T-3.2" };
 * ```
 * @since 0.1.0
 */
export interface ResponsibilitySubject {
  /** Indicator, task or goal. */
  readonly kind: ResponsibilitySubjectKind;
  /** Its id. */
  readonly id: string;
}

/**
 * One row of a division-of-responsibility table (责任分工): who leads and who supports a subject.
 * This local type has the shape `@ducha/schema` will provide as a zod schema.
 *
 * @example
 * ```ts
 * import type { Responsibility } from "@ducha/accountability";
 *
 * const row: Responsibility = {
 *   subject: { kind: "indicator", id: "forest-cover" },
 *   leadLeader: "张副市长",
 *   leadUnit: "市林业局",
 *   supportingUnits: ["市自然资源局", "各区县政府"],
 *   deadline: "2025-12-31",
 * };
 * ```
 * @since 0.1.0
 */
export interface Responsibility {
  /** What the row is about. */
  readonly subject: ResponsibilitySubject;
  /** Lead leader (牵头领导 / 分管领导). Defaults to none. */
  readonly leadLeader?: string;
  /** Lead unit (牵头单位) id. */
  readonly leadUnit: string;
  /** Supporting units (配合单位) ids. */
  readonly supportingUnits: readonly string[];
  /** Deadline (完成时限) as an ISO date or zoned date-time. Defaults to none. */
  readonly deadline?: string;
}
