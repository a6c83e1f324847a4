import { describe, expect, it } from "vitest";
import {
  adoptionIssues,
  draftFromModel,
  institutionalisationUpdateIssues,
  institutionalisationUpdateSchema,
  isCompleted,
  latestOutcome,
  publicationIssues,
  publishModelSchema,
  recognitionIssues,
  recognitionSchema,
  recommendationIssues,
} from "@/domain/spread";

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
const codes = (issues: { code?: string }[]) => issues.map((i) => i.code);

describe("completed = the latest evaluation's category A (Art. 5.2, Art. 10)", () => {
  it("Art. 10: only category A counts as completed", () => {
    expect(isCompleted("A")).toBe(true);
    for (const c of ["B", "C", "NONE", null] as const) expect(isCompleted(c)).toBe(false);
  });
  it("Art. 5.2: a later evaluation supersedes an earlier one", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    expect(latestOutcome([])).toBeNull();
    expect(latestOutcome([{ category: "B", decidedOn: day("2026-03-01"), createdAt: at }, { category: "A", decidedOn: day("2026-05-01"), createdAt: at }])).toBe("A");
    expect(latestOutcome([{ category: "A", decidedOn: day("2026-03-01"), createdAt: at }, { category: "C", decidedOn: day("2026-03-01"), createdAt: new Date("2026-03-02T00:00:00Z") }])).toBe("C");
  });
});

describe("recognition (Art. 10)", () => {
  const ctx = { outcome: "A" as const, proposerIds: ["u1", "u2"], evaluatedOn: "2026-05-01", today: "2026-06-01" };
  it.each(["B", "C", "NONE", null] as const)("Art. 10: refused when the outcome is %s", (outcome) => {
    expect(codes(recognitionIssues({ userIds: ["u1"], decidedOn: "2026-05-10" }, { ...ctx, outcome }))).toEqual(["OUTCOME_NOT_COMPLETED"]);
  });
  it("Art. 10: the people are the plan's proposers; the day is between the evaluation and today", () => {
    expect(recognitionIssues({ userIds: ["u1", "u2"], decidedOn: "2026-05-10" }, ctx)).toEqual([]);
    expect(codes(recognitionIssues({ userIds: ["x"], decidedOn: "2026-05-10" }, ctx))).toEqual(["NOT_A_PROPOSER"]);
    expect(codes(recognitionIssues({ userIds: ["u1"], decidedOn: "2026-06-02" }, ctx))).toEqual(["DATE_IN_FUTURE"]);
    expect(codes(recognitionIssues({ userIds: ["u1"], decidedOn: "2026-04-30" }, ctx))).toEqual(["BEFORE_EVALUATION"]);
  });
  it.each([
    ["COMMENDATION", {}, ["form", "level", "decidingBody", "number"]],
    ["REWARD", { form: "Tiền thưởng", level: "UNIT", decidingBody: "Giám đốc Sở", number: "1/QĐ" }, []],
    ["EARLY_SALARY_STEP", { number: "9/TTr" }, ["decidingBody"]],
    ["PROMOTION", { decidingBody: "Sở Nội vụ", number: "9/TTr" }, []],
    ["PRAISE", {}, ["note"]],
    ["EVALUATION_NOTE", { note: "Ghi nhận vào đánh giá năm." }, []],
  ] as const)("Art. 10: a %s states what its decision needs", (kind, extra, missing) => {
    const r = recognitionSchema.safeParse({ proposalId: "p", kind, userIds: ["u1"], decidedOn: "2026-05-10", ...extra });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join("."))).toEqual(missing);
  });
});

describe("the catalogue (KL 14 §2.5)", () => {
  it("KL 14 §2.5: only a completed model is published, once", () => {
    expect(publicationIssues({ outcome: "A", alreadyPublished: false })).toEqual([]);
    expect(codes(publicationIssues({ outcome: "B", alreadyPublished: false }))).toEqual(["OUTCOME_NOT_COMPLETED"]);
    expect(codes(publicationIssues({ outcome: "A", alreadyPublished: true }))).toEqual(["ALREADY_PUBLISHED"]);
  });
  it("a publication needs a summary, a result against a target and a way to reach the contact", () => {
    const base = { proposalId: "p", summary: "Một cửa điện tử liên thông ba cấp, trả kết quả tại nhà.", results: [{ indicator: "Thời gian", unit: "ngày", baseline: "10", target: "5", achieved: "4" }], contactName: "Văn phòng" };
    expect(publishModelSchema.safeParse({ ...base, contactPhone: "0203 3835 123" }).success).toBe(true);
    expect(publishModelSchema.safeParse({ ...base }).success).toBe(false);
    expect(publishModelSchema.safeParse({ ...base, contactEmail: "khong-phai-email" }).success).toBe(false);
    expect(publishModelSchema.safeParse({ ...base, contactEmail: "vp@x.gov.vn", results: [] }).success).toBe(false);
  });
  it("KL 14 §2.5: a model is replicated in other units, and only while published", () => {
    expect(adoptionIssues({ published: true, sourceUnitId: "a", targetUnitId: "b" })).toEqual([]);
    expect(codes(adoptionIssues({ published: true, sourceUnitId: "a", targetUnitId: "a" }))).toEqual(["OWN_MODEL"]);
    expect(codes(adoptionIssues({ published: false, sourceUnitId: "a", targetUnitId: "b" }))).toEqual(["MODEL_NOT_PUBLISHED"]);
  });
  it("the adopted draft keeps the model's substance and drops what belongs to the original unit", () => {
    const draft = draftFromModel(
      {
        title: "Cũ",
        field: "DIGITAL",
        bottleneck: "Chưa có quy định",
        content: "Nội dung",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        budgetVnd: "100000000",
        executors: "Ông A",
        coAuthorIds: ["u2"],
        declaration: true,
        milestones: [{ title: "Mốc 1", date: "2026-02-01" }],
        kpis: [{ name: "Thời gian", unit: "ngày", baseline: "10", target: "5", method: "Nhật ký" }],
      },
      { title: "Mô hình", results: [{ indicator: "Thời gian", unit: "ngày", baseline: "10", target: "5", achieved: "3,5" }] },
    );
    expect(draft).toMatchObject({ title: "Mô hình", field: "DIGITAL", bottleneck: "Chưa có quy định", content: "Nội dung", executors: "", coAuthorIds: [] });
    expect(draft.startDate).toBeUndefined();
    expect(draft.budgetVnd).toBeUndefined();
    expect(draft.declaration).toBeUndefined();
    expect(draft.milestones).toEqual([{ title: "Mốc 1", date: "" }]);
    expect(draft.kpis).toEqual([{ name: "Thời gian", unit: "ngày", baseline: "", target: "3.5", method: "Nhật ký" }]);
  });
});

describe("institutionalisation (KL 14 §2.5)", () => {
  it("KL 14 §2.5: only a completed model is recommended; not on a future day", () => {
    expect(recommendationIssues({ outcome: "A", recommendedOn: "2026-05-01", today: "2026-05-01" })).toEqual([]);
    expect(codes(recommendationIssues({ outcome: "NONE", recommendedOn: "2026-05-01", today: "2026-05-01" }))).toEqual(["OUTCOME_NOT_COMPLETED"]);
    expect(codes(recommendationIssues({ outcome: "A", recommendedOn: "2026-05-02", today: "2026-05-01" }))).toEqual(["DATE_IN_FUTURE"]);
  });
  it("issued and declined are final; an issued document has a number and a day after the recommendation", () => {
    const base = { recommendedOn: "2026-03-01", issuedOn: null, today: "2026-06-01" };
    expect(institutionalisationUpdateIssues({ ...base, from: "RECOMMENDED", to: "DRAFTING" })).toEqual([]);
    expect(codes(institutionalisationUpdateIssues({ ...base, from: "ISSUED", to: "DRAFTING" }))).toEqual(["STATUS_FINAL"]);
    expect(codes(institutionalisationUpdateIssues({ ...base, from: "DECLINED", to: "ISSUED" }))).toEqual(["STATUS_FINAL"]);
    expect(codes(institutionalisationUpdateIssues({ ...base, from: "DRAFTING", to: "ISSUED", issuedOn: "2026-02-01" }))).toEqual(["BEFORE_RECOMMENDATION"]);
    expect(institutionalisationUpdateSchema.safeParse({ id: "i", version: 0, status: "ISSUED", issuedOn: "2026-04-01" }).success).toBe(false);
    expect(institutionalisationUpdateSchema.safeParse({ id: "i", version: 0, status: "ISSUED", issuedOn: "2026-04-01", issuedNumber: "1/2026/NĐ-CP" }).success).toBe(true);
  });
});
