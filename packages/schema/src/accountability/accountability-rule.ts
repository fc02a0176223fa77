import { z } from "zod";
import { IdSchema } from "../common/id.js";
import { LocalizedTextSchema } from "../common/localized-text.js";

/**
 * Accountability actions (问责方式), mildest first: 提醒 reminder, 约谈 talk, 通报批评 public
 * criticism, 限期整改 rectify by deadline, 诫勉 admonishment, 组织调整 reassignment; or a custom
 * action `custom:<name>`.
 *
 * @example
 * ```ts
 * import { AccountabilityActionSchema } from "@ducha/schema";
 *
 * AccountabilityActionSchema.parse("talk"); // 约谈
 * AccountabilityActionSchema.parse("custom:written-review");
 * ```
 * @since 0.1.0
 */
export const AccountabilityActionSchema = z.union([
  z.enum(["reminder", "talk", "public-criticism", "rectify", "admonishment", "reassignment"]),
  z.string().regex(/^custom:[a-z][a-z0-9_-]{0,40}$/, { message: "expected custom:<name>" }),
]);
/** An accountability action. @since 0.1.0 */
export type AccountabilityAction = z.infer<typeof AccountabilityActionSchema>;

/**
 * A fact-based condition of an accountability rule (问责触发条件, a leaf of {@link RuleConditionSchema}):
 * a progress warning colour held for `periods` periods, a missed binding (约束性) indicator, a
 * supervision item urged (催办) `times` times or overdue by `days`, a grade, a rank among the last `n`,
 * or a veto (一票否决).
 *
 * @example
 * ```ts
 * import { FactConditionSchema } from "@ducha/schema";
 *
 * FactConditionSchema.parse({ fact: "progress-status", status: "red", periods: 2 });
 * ```
 * @since 0.1.0
 */
export const FactConditionSchema = z.discriminatedUnion("fact", [
  /** Progress warning of this colour for at least `periods` consecutive monitoring periods. */
  z.strictObject({
    fact: z.literal("progress-status"),
    status: z.enum(["red", "yellow", "behind", "at-risk", "overdue"]),
    periods: z.int().min(1).max(120).optional(),
  }),
  /** A binding indicator (约束性) missed its target. */
  z.strictObject({ fact: z.literal("binding-missed"), indicators: z.array(IdSchema).optional() }),
  /** A supervision item was urged (催办) at least `times` times. */
  z.strictObject({ fact: z.literal("item-urged"), times: z.int().min(1).max(1000) }),
  /** A supervision item is overdue by at least `days` days. */
  z.strictObject({ fact: z.literal("item-overdue"), days: z.int().min(0).max(3650).optional() }),
  /** The unit's grade is one of these. */
  z.strictObject({ fact: z.literal("grade"), grades: z.array(IdSchema).min(1) }),
  /** The unit ranks among the last `n`. */
  z.strictObject({ fact: z.literal("rank-from-bottom"), n: z.int().min(1).max(100000) }),
  /** A veto fired for the unit. */
  z.strictObject({ fact: z.literal("vetoed"), vetoes: z.array(IdSchema).optional() }),
]);

/**
 * The condition of an accountability rule: a fact, or `all`/`any` of conditions (one level of nesting).
 *
 * @example
 * ```ts
 * import { RuleConditionSchema } from "@ducha/schema";
 *
 * RuleConditionSchema.parse({ all: [{ fact: "grade", grades: ["poor"] }, { fact: "item-urged", times: 2 }] });
 * ```
 * @since 0.1.0
 */
export const RuleConditionSchema = z.union([
  FactConditionSchema,
  z.strictObject({ all: z.array(FactConditionSchema).min(1).max(20) }),
  z.strictObject({ any: z.array(FactConditionSchema).min(1).max(20) }),
]);
/** A fact-based rule condition. @since 0.1.0 */
export type FactCondition = z.infer<typeof FactConditionSchema>;

/** A rule condition. @since 0.1.0 */
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

/**
 * Escalation across rules (跨规则升级): earlier actions (from `previous` evaluations) against the same
 * unit and subject — under any of `rules`, or any rule when omitted — within the last `withinPeriods`
 * monitoring periods raise this rule's action to the rung of its ladder (`[action, ...escalation]`)
 * above the harshest earlier action. E.g. a 提醒 (reminder) under rule A, then a red status next period
 * under rule B → B's next rung, 约谈 (talk).
 *
 * @example
 * ```ts
 * import { EscalateAfterSchema } from "@ducha/schema";
 *
 * EscalateAfterSchema.parse({ withinPeriods: 3 }); // any rule, same subject, the last 3 periods
 * EscalateAfterSchema.parse({ rules: ["red_once"], scope: "unit" });
 * ```
 * @since 0.1.0
 */
export const EscalateAfterSchema = z.strictObject({
  /** Rule ids whose earlier actions count. Defaults to every rule (this one included). */
  rules: z.array(IdSchema).min(1).max(100).optional(),
  /** How many monitoring periods back an earlier action counts (0 = the same period). Defaults to any time. */
  withinPeriods: z.int().min(0).max(120).optional(),
  /** `subject`: the same indicator/item of the unit (an item counts for its indicator); `unit`: anything of the unit. Defaults to `subject`. */
  scope: z.enum(["subject", "unit"]).optional(),
});
/** Escalation across rules (跨规则升级), as {@link EscalateAfterSchema} parses it. @since 0.1.0 */
export type EscalateAfter = z.infer<typeof EscalateAfterSchema>;

/**
 * An accountability rule (责任追究规则) — data, not code: when `when` holds, take `action` against
 * `target` (the lead leader, the lead unit, the assessed unit or supporting units). `escalation`
 * lists harsher actions for repeated triggering (2nd time, 3rd time …); `escalateAfter` also climbs
 * that ladder after earlier actions of other rules against the same subject.
 *
 * @example
 * ```ts
 * AccountabilityRuleSchema.parse({
 *   id: "red_twice", name: { zh: "连续两期红灯约谈", en: "Red twice running: talk" },
 *   when: { fact: "progress-status", status: "red", periods: 2 },
 *   action: "talk", target: "lead-leader",
 * });
 * ```
 * @since 0.1.0
 */
export const AccountabilityRuleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  when: RuleConditionSchema,
  action: AccountabilityActionSchema,
  target: z.enum(["lead-leader", "lead-unit", "unit", "supporting-units"]),
  escalation: z.array(AccountabilityActionSchema).max(10).optional(),
  /** Escalation over earlier actions of other rules too (跨规则升级). Defaults to none (own firings only). */
  escalateAfter: EscalateAfterSchema.optional(),
  /** Also bars the unit from the top grade (e.g. "no 优秀"). */
  capGrade: IdSchema.optional(),
});
/** An accountability rule. @since 0.1.0 */
export type AccountabilityRule = z.infer<typeof AccountabilityRuleSchema>;
