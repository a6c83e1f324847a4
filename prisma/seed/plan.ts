/**
 * Plans (Kế hoạch đề xuất, Art. 7.2 NĐ 73/2023) for the demo data and the test factories. Every plan
 * built here goes through `planSchema.parse`, so a seed that drifts from the form's schema fails
 * loudly instead of storing a plan the app cannot read.
 */
import { addCalendarDays, nextWorkingDayOnOrAfter, toVietnamDate, type IsoDay } from "@/domain/calendar";
import { VIETNAM_CALENDAR } from "@/domain/holidays-vn";
import { planSchema, type Field, type Plan } from "@/domain/plan";

type Level = "LOW" | "MEDIUM" | "HIGH";
export type KpiRow = readonly [name: string, unit: string, baseline: string, target: string, method: string];
export type RiskRow = readonly [description: string, likelihood: Level, impact: Level, mitigation: string];

/** The content of a plan, without the dates (they follow the story of the proposal). */
export type PlanContent = {
  title: string;
  field: Field;
  bottleneckKind: "NOT_REGULATED" | "UNFIT_REGULATION";
  bottleneck: string;
  necessity: string;
  purpose: string;
  content: string;
  scope: string;
  executors: string;
  feasibility: string;
  impactPositive: string;
  impactNegative: string;
  effectiveness: string;
  kpis: readonly KpiRow[];
  risks?: readonly RiskRow[];
  /** Titles; their dates are spread evenly over the timeline, the last one on the end day. */
  milestones: readonly string[];
  budgetVnd: number;
  people: number;
  equipment?: string;
};

/** Milestone days spread evenly over (start, end], each on a working day inside the timeline. */
export function spreadMilestones(titles: readonly string[], startDate: IsoDay, endDate: IsoDay) {
  const span = Math.max(0, (Date.parse(endDate) - Date.parse(startDate)) / 86_400_000);
  return titles.map((title, i) => {
    if (i === titles.length - 1) return { title, date: endDate };
    let date = nextWorkingDayOnOrAfter(addCalendarDays(startDate, Math.round((span * (i + 1)) / titles.length)), VIETNAM_CALENDAR);
    if (date > endDate) date = endDate;
    return { title, date };
  });
}

/** A complete plan from its content and dates; throws (with `label`) when it does not satisfy planSchema. */
export function buildPlan(
  c: PlanContent,
  dates: { startDate: IsoDay; endDate: IsoDay },
  coAuthorIds: readonly string[],
  label = c.title,
): Plan {
  const plan = {
    title: c.title,
    field: c.field,
    bottleneckKind: c.bottleneckKind,
    bottleneck: c.bottleneck,
    necessity: c.necessity,
    purpose: c.purpose,
    content: c.content,
    scope: c.scope,
    executors: c.executors,
    startDate: dates.startDate,
    endDate: dates.endDate,
    milestones: spreadMilestones(c.milestones, dates.startDate, dates.endDate),
    budgetVnd: String(Math.round(c.budgetVnd)),
    people: String(c.people),
    equipment: c.equipment ?? "",
    feasibility: c.feasibility,
    impactPositive: c.impactPositive,
    impactNegative: c.impactNegative,
    effectiveness: c.effectiveness,
    kpis: c.kpis.map(([name, unit, baseline, target, method]) => ({ name, unit, baseline, target, method })),
    risks: (c.risks ?? []).map(([description, likelihood, impact, mitigation]) => ({ description, likelihood, impact, mitigation })),
    coAuthorIds: [...coAuthorIds],
    declaration: true as const,
  };
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) {
    throw new Error(`Plan "${label}" does not satisfy planSchema: ${JSON.stringify(parsed.error.issues)}`);
  }
  return parsed.data;
}

const DEFAULT_CONTENT: PlanContent = {
  title: "Thí điểm tiếp nhận hồ sơ hành chính trực tuyến toàn trình tại bộ phận một cửa",
  field: "ADMIN_REFORM",
  bottleneckKind: "UNFIT_REGULATION",
  bottleneck: "Quy định hiện hành vẫn yêu cầu nộp bản giấy song song với hồ sơ điện tử, gây trùng lặp và kéo dài thời gian giải quyết.",
  necessity: "Người dân phải đi lại nhiều lần để bổ sung bản giấy; tỷ lệ hồ sơ trực tuyến toàn trình của đơn vị còn thấp so với chỉ tiêu của tỉnh.",
  purpose: "Giảm thời gian và chi phí tuân thủ thủ tục hành chính cho người dân và doanh nghiệp.",
  content: "Tiếp nhận 100% hồ sơ của nhóm thủ tục được chọn qua Cổng dịch vụ công, không yêu cầu bản giấy; ký số kết quả; trả kết quả điện tử.",
  scope: "Bộ phận một cửa của đơn vị, 10 thủ tục hành chính có số lượng hồ sơ lớn nhất.",
  executors: "Tổ công tác của đơn vị, phối hợp với Trung tâm Phục vụ hành chính công.",
  feasibility: "Hạ tầng chữ ký số và Cổng dịch vụ công đã sẵn sàng; công chức một cửa đã được tập huấn.",
  impactPositive: "Rút ngắn thời gian giải quyết, minh bạch quy trình, giảm giấy tờ lưu trữ.",
  impactNegative: "Một bộ phận người cao tuổi còn khó khăn khi nộp hồ sơ trực tuyến.",
  effectiveness: "Dự kiến giảm 40% thời gian giải quyết và 30% chi phí đi lại của người dân.",
  kpis: [["Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "35", "80", "Thống kê trên Hệ thống thông tin giải quyết thủ tục hành chính"]],
  risks: [["Gián đoạn hệ thống khi lượng truy cập tăng", "MEDIUM", "MEDIUM", "Bố trí phương án tiếp nhận dự phòng và hỗ trợ kỹ thuật trực"]],
  milestones: ["Hoàn thiện quy trình và tập huấn", "Sơ kết giữa kỳ"],
  budgetVnd: 250_000_000,
  people: 6,
  equipment: "02 máy quét tài liệu, 01 máy tính chuyên dụng",
};

/**
 * A plan that passes planSchema (tests: the happy path of the form and of submission). Starts in
 * 30 days and runs 6 months. Overrides replace fields as given and are NOT validated, so a test may
 * break one field on purpose; milestones follow overridden dates unless overridden themselves.
 */
export function validPlan(overrides: Partial<Plan> = {}, now = new Date()): Plan {
  const startDate = addCalendarDays(toVietnamDate(now), 30);
  const base = buildPlan(DEFAULT_CONTENT, { startDate, endDate: addCalendarDays(startDate, 182) }, []);
  const plan = { ...base, ...overrides };
  if (overrides.milestones === undefined && (overrides.startDate !== undefined || overrides.endDate !== undefined)) {
    try {
      plan.milestones = plan.startDate <= plan.endDate ? spreadMilestones(DEFAULT_CONTENT.milestones, plan.startDate, plan.endDate) : [];
    } catch {
      plan.milestones = []; // a test passed a malformed date on purpose
    }
  }
  return plan;
}
