import { describe, expect, it } from "vitest";
import * as barrel from "../index.js";
import { AccountabilityRuleSchema, EscalateAfterSchema } from "./accountability-rule.js";

const base = {
  id: "red_talk",
  name: { zh: "红灯约谈", en: "Red: talk" },
  when: { fact: "progress-status", status: "red" },
  action: "reminder",
  target: "lead-leader",
  escalation: ["talk", "public-criticism"],
} as const;

describe("AccountabilityRuleSchema — escalateAfter (跨规则升级)", () => {
  it("accepts rules without escalateAfter (backward compatible) and with it", () => {
    expect(AccountabilityRuleSchema.safeParse(base).success).toBe(true);
    const r = AccountabilityRuleSchema.parse({
      ...base,
      escalateAfter: { rules: ["yellow_remind"], withinPeriods: 2, scope: "unit" },
    });
    expect(r.escalateAfter).toEqual({ rules: ["yellow_remind"], withinPeriods: 2, scope: "unit" });
    expect(EscalateAfterSchema.parse({})).toEqual({});
  });

  it("rejects unknown keys, negative or fractional windows, empty rule lists and unknown scopes", () => {
    for (const escalateAfter of [
      { within: 2 },
      { withinPeriods: -1 },
      { withinPeriods: 1.5 },
      { withinPeriods: 121 },
      { rules: [] },
      { scope: "person" },
    ])
      expect(
        AccountabilityRuleSchema.safeParse({ ...base, escalateAfter }).success,
        JSON.stringify(escalateAfter),
      ).toBe(false);
  });
});

describe("the @ducha/schema barrel", () => {
  it("exports every schema an accountability rule is built from", () => {
    expect(barrel.EscalateAfterSchema).toBe(EscalateAfterSchema);
    expect(barrel.FactConditionSchema.parse({ fact: "vetoed" })).toEqual({ fact: "vetoed" });
    expect(barrel.RuleConditionSchema.safeParse({ any: [{ fact: "rank-from-bottom", n: 3 }] }).success).toBe(true);
    expect(barrel.AccountabilityActionSchema.safeParse("custom:written-review").success).toBe(true);
  });
});
