import { describe, expect, it } from "vitest";
import { comparePlans } from "@/domain/plan-diff";
import { foldVietnamese, issueMessageKey, planDraftSchema, planSchema } from "@/domain/plan";

describe("comparing two revisions of a plan (Art. 7.2 plan, returned and revised)", () => {
  it("marks exactly the fields that changed, rows included", () => {
    const a = { title: "Số hóa hồ sơ đất đai", necessity: "Cần thiết vì…", kpis: [{ name: "Tỷ lệ hồ sơ số", unit: "%", baseline: "10", target: "90", method: "Thống kê" }] };
    const b = { ...a, necessity: "Cần thiết vì người dân phải đi lại nhiều lần", kpis: [...a.kpis, { name: "Thời gian xử lý", unit: "ngày", baseline: "15", target: "5", method: "Phần mềm" }] };
    const changes = comparePlans(a, b);
    const changed = changes.filter((c) => c.changed).map((c) => c.field);
    expect(changed).toEqual(["necessity", "kpis"]);
    const kpis = changes.find((c) => c.field === "kpis");
    expect(kpis?.kind === "rows" && kpis.after).toHaveLength(2);
  });

  it("identical plans have no change; co-author order does not count", () => {
    const a = { title: "X", coAuthorIds: ["u2", "u1"] };
    expect(comparePlans(a, { title: "X", coAuthorIds: ["u1", "u2"] }).some((c) => c.changed)).toBe(false);
  });
});

describe("the plan schema (Art. 7.2 NĐ 73/2023: necessity, content, scope, timeline, resources, feasibility, impact)", () => {
  it("Art. 7.2: a plan without necessity, content or KPIs cannot be submitted, with message keys per field", () => {
    const r = planSchema.safeParse({ title: "Ngắn" });
    expect(r.success).toBe(false);
    const keys = Object.fromEntries((r.success ? [] : r.error.issues).map((i) => [i.path.join("."), issueMessageKey({ message: i.message, code: i.code })]));
    expect(keys.title).toBe("tooShort");
    expect(keys.necessity).toBe("required");
    expect(keys.declaration).toBe("mustDeclare");
  });

  it("product rule: the end date may not precede the start date; milestones stay inside the timeline", () => {
    const base = planSchema.safeParse({});
    expect(base.success).toBe(false);
    const r = planSchema.safeParse({
      title: "Thí điểm một cửa liên thông điện tử cấp xã",
      field: "ADMIN_REFORM",
      bottleneckKind: "NOT_REGULATED",
      bottleneck: "Chưa có quy định về tiếp nhận hồ sơ điện tử liên thông giữa các cấp.",
      necessity: "Người dân phải đi lại nhiều lần giữa xã và tỉnh để nộp hồ sơ.",
      purpose: "Giảm thời gian và chi phí đi lại.",
      content: "Xây dựng quy trình tiếp nhận, luân chuyển hồ sơ điện tử liên thông.",
      scope: "Ba xã thí điểm",
      executors: "Văn phòng UBND xã",
      startDate: "2027-03-01",
      endDate: "2027-01-01",
      milestones: [{ title: "Khởi động", date: "2026-12-01" }],
      budgetVnd: "150000000",
      people: "5",
      equipment: "",
      feasibility: "Hạ tầng mạng đã sẵn sàng.",
      impactPositive: "Giảm 50% thời gian xử lý.",
      impactNegative: "Cán bộ cần thời gian làm quen.",
      effectiveness: "Người dân hài lòng hơn.",
      kpis: [{ name: "Thời gian xử lý", unit: "ngày", baseline: "10", target: "5", method: "Phần mềm một cửa" }],
      risks: [],
      coAuthorIds: [],
      declaration: true,
    });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["endDate:endBeforeStart", "milestones.0.date:milestoneOutsideTimeline"]));
  });

  it("a draft accepts partly filled rows (nothing typed is lost)", () => {
    expect(planDraftSchema.safeParse({ kpis: [{ name: "Tỷ lệ" }], risks: [{ likelihood: "" }], budgetVnd: "12" }).success).toBe(true);
  });

  it("search folds Vietnamese diacritics and case: “đề xuất” matches “de xuat”", () => {
    expect(foldVietnamese("Đề Xuất  Đổi mới")).toBe("de xuat doi moi");
  });
});
