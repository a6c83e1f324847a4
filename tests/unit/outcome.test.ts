import { describe, expect, it } from "vitest";

import {
  ABUSE_KINDS,
  allowedConclusions,
  CONCLUSIONS,
  conclusionFor,
  conclusionIssues,
  evaluationIssuesOf,
  evaluationSchema,
  OUTCOME_CATEGORIES,
  parseDong,
  PROTECTION_CONDITIONS,
  resultReportSchema,
  type Conclusion,
  type OutcomeCategory,
} from "@/domain/outcome";

type Row = { category: OutcomeCategory; followedPolicy: boolean; pureMotive: boolean; commonInterest: boolean; abuse: boolean };
const rows: Row[] = [];
for (const category of OUTCOME_CATEGORIES)
  for (const followedPolicy of [true, false])
    for (const pureMotive of [true, false])
      for (const commonInterest of [true, false])
        for (const abuse of [false, true]) rows.push({ category, followedPolicy, pureMotive, commonInterest, abuse });

/** What the law says, written out independently of the implementation. */
function expected(r: Row): { allowed: Conclusion[]; article: string } {
  if (r.abuse) return { allowed: ["ABUSE"], article: "Art. 6.1 (KL 14 §2.4): abuse is excluded from protection whatever the category" };
  if (!(r.followedPolicy && r.pureMotive && r.commonInterest)) return { allowed: ["NO_PROTECTION"], article: "Art. 5.2: a condition not met gives no protection" };
  if (r.category === "A") return { allowed: ["NOT_RESPONSIBLE"], article: "Art. 5.2 a: completed, not held responsible" };
  if (r.category === "B") return { allowed: ["EXCLUDED"], article: "Art. 5.2 b, Art. 11: all three conditions, responsibility excluded" };
  return { allowed: ["EXCLUDED", "EXEMPTED", "REDUCED"], article: "Art. 5.2 c, Art. 11: damage, the unit excludes, exempts or reduces" };
}
const label = (r: Row) =>
  `${r.category}, policy ${r.followedPolicy ? "met" : "not met"}, motive ${r.pureMotive ? "met" : "not met"}, interest ${r.commonInterest ? "met" : "not met"}, ${r.abuse ? "abuse" : "no abuse"}`;

describe("the protection conclusion rule", () => {
  it.each(rows.map((r) => [`${expected(r).article} — ${label(r)}`, r] as const))("%s", (_name, r) => {
    const input = { category: r.category, conditions: { followedPolicy: r.followedPolicy, pureMotive: r.pureMotive, commonInterest: r.commonInterest }, abuse: r.abuse };
    const { allowed } = expected(r);
    expect(allowedConclusions(input)).toEqual(allowed);
    expect(conclusionFor(input)).toBe(allowed.length === 1 ? allowed[0] : null);
    const damageVnd = r.category === "C" ? 1_500_000_000n : null;
    const abuseKinds = r.abuse ? ["PROFITEERING"] : [];
    // Every allowed conclusion passes; every other one is refused with CONCLUSION_NOT_ALLOWED.
    for (const conclusion of CONCLUSIONS) {
      const codes = conclusionIssues({ ...input, conclusion, damageVnd, abuseKinds }).map((i) => i.code);
      if (allowed.includes(conclusion)) expect(codes).toEqual([]);
      else expect(codes).toEqual(["CONCLUSION_NOT_ALLOWED"]);
    }
  });

  it("covers every combination: 3 categories × 2³ conditions × abuse", () => {
    expect(rows).toHaveLength(48);
    expect(PROTECTION_CONDITIONS).toHaveLength(3);
  });

  it("Art. 5.2 c: category C needs damage, and damage means category C", () => {
    const all = { followedPolicy: true, pureMotive: true, commonInterest: true };
    expect(conclusionIssues({ category: "C", conditions: all, abuse: false, conclusion: "REDUCED", damageVnd: null, abuseKinds: [] }).map((i) => i.code)).toEqual(["DAMAGE_REQUIRED_FOR_C"]);
    expect(conclusionIssues({ category: "B", conditions: all, abuse: false, conclusion: "EXCLUDED", damageVnd: 5n, abuseKinds: [] }).map((i) => i.code)).toEqual(["DAMAGE_MEANS_C"]);
  });

  it("Art. 6.1: an abuse finding names what was abused, and a kind needs the finding", () => {
    const all = { followedPolicy: true, pureMotive: true, commonInterest: true };
    expect(conclusionIssues({ category: "A", conditions: all, abuse: true, conclusion: "ABUSE", damageVnd: null, abuseKinds: [] }).map((i) => i.code)).toEqual(["ABUSE_KIND_REQUIRED"]);
    expect(conclusionIssues({ category: "A", conditions: all, abuse: false, conclusion: "NOT_RESPONSIBLE", damageVnd: null, abuseKinds: ["CORRUPTION"] }).map((i) => i.code)).toEqual(["ABUSE_KINDS_WITHOUT_FINDING"]);
    expect(ABUSE_KINDS).toEqual(["CORRUPTION", "PROFITEERING", "SELF_INTEREST", "COVER_UP"]);
  });
});

describe("money in đồng", () => {
  it.each([
    ["1.500.000.000", "1500000000"],
    ["1500000000", "1500000000"],
    ["1 500 000 000", "1500000000"],
    ["1,500,000,000", "1500000000"],
    ["250.000 đ", "250000"],
    ["7.000.000 đồng", "7000000"],
    ["0", "0"],
  ])("reads %s as %s", (text, digits) => {
    expect(parseDong(text)).toBe(digits);
  });

  it.each(["1,5", "1.50.000", "abc", "", "-5", "1.500,000", "12.3456"])("refuses %j", (text) => {
    expect(parseDong(text)).toBeNull();
  });
});

describe("the forms' schemas", () => {
  const condition = { met: true, finding: "Thực hiện đúng quyết định.", evidence: [] };
  const base = {
    proposalId: "p1",
    version: 3,
    category: "C",
    objectiveCauses: "Giá vật tư tăng đột biến.",
    subjectiveCauses: "Dự báo chưa sát.",
    damageVnd: "1.500.000.000",
    conditions: { followedPolicy: condition, pureMotive: condition, commonInterest: condition },
    abuse: false,
    abuseKinds: [],
    conclusion: "REDUCED",
    number: "12/QĐ-ĐG",
    decidedOn: "2026-12-01",
  };

  it("Art. 11: a C evaluation with damage typed with Vietnamese separators passes", () => {
    const parsed = evaluationSchema.parse(base);
    expect(parsed.damageVnd).toBe("1500000000");
    expect(evaluationIssuesOf(parsed)).toEqual([]);
  });

  it("Art. 6.1: an abuse finding without its written findings is refused", () => {
    const parsed = evaluationSchema.parse({ ...base, category: "A", damageVnd: "", abuse: true, abuseKinds: ["COVER_UP"], conclusion: "ABUSE" });
    expect(evaluationIssuesOf(parsed).map((i) => i.path)).toEqual(["abuseFindings"]);
  });

  it("Art. 18: a result report with a damage amount needs its description", () => {
    const r = resultReportSchema.safeParse({
      proposalId: "p1",
      version: 1,
      achievements: "Đã triển khai tại 3 xã.",
      kpiResults: [],
      damageVnd: "200.000.000",
      objectiveCauses: "Thời tiết bất lợi.",
      subjectiveCauses: "Không có.",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["damageDescription"]);
  });

  it("Art. 18: an amount that is not đồng is refused at the field", () => {
    const r = resultReportSchema.safeParse({ proposalId: "p1", version: 1, achievements: "Đã triển khai tại 3 xã.", kpiResults: [], damageVnd: "1,5 tỷ", objectiveCauses: "x x x x x", subjectiveCauses: "y y y y y" });
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain("damageVnd");
  });
});
