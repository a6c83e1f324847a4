/**
 * The written plan (Kế hoạch đề xuất đổi mới, sáng tạo) of Art. 7.2 NĐ 73/2023, plus what the
 * product adds (field, KPIs, risks, resources, co-authors, declaration). One zod schema serves the
 * browser form and the server. Error messages are message *keys* ("errors.<key>" in messages/*.json)
 * so each user reads them in their own language.
 */
import { z } from "zod";

export const FIELDS = [
  "ADMIN_REFORM", // cải cách hành chính
  "DIGITAL", // chuyển đổi số
  "ECONOMY", // kinh tế, đầu tư
  "FINANCE", // tài chính, ngân sách
  "LAND", // đất đai, tài nguyên, môi trường
  "INFRASTRUCTURE", // giao thông, xây dựng
  "AGRICULTURE",
  "EDUCATION",
  "HEALTH",
  "CULTURE_SOCIETY",
  "JUSTICE", // tư pháp, pháp chế
  "PERSONNEL", // tổ chức cán bộ
  "SECURITY_ORDER",
  "OTHER",
] as const;
export type Field = (typeof FIELDS)[number];

export const BOTTLENECK_KINDS = ["NOT_REGULATED", "UNFIT_REGULATION"] as const;
export const LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;

const text = (min: number, max: number) =>
  // Empty → "required" (reported first), too short → "tooShort".
  z.string({ error: "required" }).trim().min(1, { message: "required" }).min(min, { message: "tooShort" }).max(max, { message: "tooLong" });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" });
const decimal = z.string().trim().regex(/^-?\d+(\.\d+)?$/, { message: "number" });

export const kpiSchema = z.object({
  name: text(1, 200),
  unit: text(1, 50),
  baseline: decimal,
  target: decimal,
  method: text(1, 500),
});

export const riskSchema = z.object({
  description: text(1, 1000),
  likelihood: z.enum(LEVELS, { message: "required" }),
  impact: z.enum(LEVELS, { message: "required" }),
  mitigation: text(1, 1000),
});

export const milestoneSchema = z.object({ title: text(1, 300), date: isoDay });

/** The complete plan, as required to submit. */
export const planSchema = z
  .object({
    title: text(10, 300),
    field: z.enum(FIELDS, { message: "required" }),
    bottleneckKind: z.enum(BOTTLENECK_KINDS, { message: "required" }),
    bottleneck: text(20, 5000),
    necessity: text(20, 10000),
    purpose: text(10, 5000),
    content: text(20, 20000),
    scope: text(5, 2000),
    executors: text(5, 2000),
    startDate: isoDay,
    endDate: isoDay,
    milestones: z.array(milestoneSchema).max(50, { message: "tooMany" }),
    budgetVnd: z.string().trim().regex(/^\d{1,15}$/, { message: "money" }),
    people: z.string().trim().regex(/^\d{1,5}$/, { message: "integer" }),
    equipment: z.string().trim().max(2000, { message: "tooLong" }),
    feasibility: text(10, 5000),
    impactPositive: text(10, 5000),
    impactNegative: text(5, 5000),
    effectiveness: text(10, 5000),
    kpis: z.array(kpiSchema).min(1, { message: "atLeastOneKpi" }).max(30, { message: "tooMany" }),
    risks: z.array(riskSchema).max(30, { message: "tooMany" }),
    coAuthorIds: z.array(z.string().min(1)).max(20, { message: "tooMany" }),
    declaration: z.literal(true, { message: "mustDeclare" }),
  })
  .superRefine((p, ctx) => {
    if (p.endDate < p.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    }
    p.milestones.forEach((m, i) => {
      if (m.date < p.startDate || m.date > p.endDate) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "date"], message: "milestoneOutsideTimeline" });
      }
    });
  });
export type Plan = z.infer<typeof planSchema>;

/**
 * A draft accepts anything partly typed (nothing typed is ever lost): every field optional, rows
 * may be half filled, only sizes are bounded so a draft cannot grow without limit.
 */
const loose = (max: number) => z.string().max(max, { message: "tooLong" }).optional();
export const planDraftSchema = z.object({
  title: loose(300),
  field: z.union([z.enum(FIELDS), z.literal("")]).optional(),
  bottleneckKind: z.union([z.enum(BOTTLENECK_KINDS), z.literal("")]).optional(),
  bottleneck: loose(5000),
  necessity: loose(10000),
  purpose: loose(5000),
  content: loose(20000),
  scope: loose(2000),
  executors: loose(2000),
  startDate: loose(10),
  endDate: loose(10),
  milestones: z.array(z.object({ title: loose(300), date: loose(10) })).max(50).optional(),
  budgetVnd: loose(20),
  people: loose(6),
  equipment: loose(2000),
  feasibility: loose(5000),
  impactPositive: loose(5000),
  impactNegative: loose(5000),
  effectiveness: loose(5000),
  kpis: z
    .array(z.object({ name: loose(200), unit: loose(50), baseline: loose(30), target: loose(30), method: loose(500) }))
    .max(30)
    .optional(),
  risks: z
    .array(
      z.object({
        description: loose(1000),
        likelihood: z.union([z.enum(LEVELS), z.literal("")]).optional(),
        impact: z.union([z.enum(LEVELS), z.literal("")]).optional(),
        mitigation: loose(1000),
      }),
    )
    .max(30)
    .optional(),
  coAuthorIds: z.array(z.string().max(40)).max(20).optional(),
  declaration: z.boolean().optional(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;

/** Lower-case, diacritics-free text for search: "Đề xuất" → "de xuat". */
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Message keys the plan schema (and the other form schemas) use (messages/*.json "errors.<key>"). */
export const PLAN_MESSAGE_KEYS = [
  "required",
  "tooShort",
  "tooLong",
  "tooMany",
  "invalidDate",
  "number",
  "money",
  "integer",
  "atLeastOneKpi",
  "mustDeclare",
  "endBeforeStart",
  "milestoneOutsideTimeline",
  "unknownUser",
  // Recognition, catalogue and institutionalisation forms (src/domain/spread.ts).
  "atLeastOnePerson",
  "atLeastOneResult",
  "email",
  "phone",
  "contactRequired",
] as const;

/**
 * The message key for a validation issue: the schema's own key, or — for zod's built-in checks
 * such as a missing field (invalid_type) — the closest key, so users never see zod's English.
 */
export function issueMessageKey(issue: { message: string; code?: string }): string {
  if ((PLAN_MESSAGE_KEYS as readonly string[]).includes(issue.message)) return issue.message;
  const code = (issue.code ?? "").toLowerCase();
  if (code === "invalid_type" || code === "invalid_value" || code === "invalid_union") return "required";
  if (code === "too_big") return "tooLong";
  if (code === "too_small") return "tooShort";
  return "invalid";
}
