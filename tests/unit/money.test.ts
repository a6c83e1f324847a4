import { describe, expect, it } from "vitest";
import { formatMoneyDigits, moneyDigits, moneySchema, parseMoney } from "@/domain/money";
import { planSchema } from "@/domain/plan";
import { approvalSchema } from "@/domain/review";

describe("money in đồng as Vietnamese users type it (issue 12.3)", () => {
  it("accepts thousands grouped by dots or spaces, and plain digits", () => {
    expect(parseMoney("1.500.000.000")).toBe("1500000000");
    expect(parseMoney("1 500 000 000")).toBe("1500000000");
    expect(parseMoney("1\u00a0500\u00a0000")).toBe("1500000");
    expect(parseMoney(" 250000000 ")).toBe("250000000");
    expect(parseMoney("0")).toBe("0");
  });

  it("refuses decimals, badly grouped separators, signs and words", () => {
    for (const bad of ["1.5", "1,5", "15.00.000", "1.500 000", "-1000", "1e9", "một tỷ", "", "1.000.000.000.000.000"]) {
      expect(parseMoney(bad), bad).toBeNull();
    }
  });

  it("groups digits while typing and keeps only digits as the value", () => {
    expect(formatMoneyDigits("1500000000")).toBe("1.500.000.000");
    expect(formatMoneyDigits("999")).toBe("999");
    expect(formatMoneyDigits("")).toBe("");
    expect(moneyDigits("1.500.0a00")).toBe("1500000");
  });

  it("the schema outputs plain digits and refuses with the 'money' message", () => {
    expect(moneySchema.parse("1.500.000.000")).toBe("1500000000");
    const r = moneySchema.safeParse("1,5 tỷ");
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toBe("money");
  });

  it("the plan (Art. 7.2) and the decision (Art. 8) read the budget with the same rule", () => {
    const planBudget = planSchema.safeParse({ budgetVnd: "1.500.000.000" });
    expect(planBudget.success).toBe(false);
    if (!planBudget.success) expect(planBudget.error.issues.some((i) => i.path[0] === "budgetVnd")).toBe(false);
    const decisionBudget = approvalSchema.safeParse({ budgetVnd: "1.500.000.000" });
    expect(decisionBudget.success).toBe(false);
    if (!decisionBudget.success) expect(decisionBudget.error.issues.some((i) => i.path[0] === "budgetVnd")).toBe(false);
    const refused = approvalSchema.safeParse({ budgetVnd: "1,5" });
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refused.error.issues.find((i) => i.path[0] === "budgetVnd")?.message).toBe("money");
  });
});
