/**
 * The written plan (Kế hoạch đề xuất đổi mới, sáng tạo) of Art. 7.2 NĐ 73/2023, plus what the
 * product adds (field, KPIs, risks, resources, co-authors, declaration). One zod schema serves the
 * browser form and the server. Error messages are message *keys* ("errors.<key>" in messages/*.json)
 * so each user reads them in their own language.
 */
import { z } from "zod";
import { moneySchema } from "./money";

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

/**
 * Sizes the server accepts, shared with the form (maxlength, row caps) so that what can be typed
 * can be saved (issue 13.12: an oversized field made every autosave fail).
 */
export const TEXT_MAX = {
  title: 300,
  bottleneck: 5000,
  necessity: 10000,
  purpose: 5000,
  content: 20000,
  scope: 2000,
  executors: 2000,
  equipment: 2000,
  feasibility: 5000,
  impactPositive: 5000,
  impactNegative: 5000,
  effectiveness: 5000,
} as const;
export const ROW_TEXT_MAX = { milestoneTitle: 300, kpiName: 200, kpiUnit: 50, kpiValue: 30, kpiMethod: 500, riskText: 1000 } as const;
export const ROWS_MAX = { milestones: 50, kpis: 30, risks: 30, coAuthorIds: 20 } as const;
/** Digits of the budget and of the head count the form lets through. */
export const BUDGET_INPUT_MAX = 20;
export const PEOPLE_INPUT_MAX = 6;

/** The complete plan, as required to submit. */
export const planSchema = z
  .object({
    title: text(10, TEXT_MAX.title),
    field: z.enum(FIELDS, { message: "required" }),
    bottleneckKind: z.enum(BOTTLENECK_KINDS, { message: "required" }),
    bottleneck: text(20, TEXT_MAX.bottleneck),
    necessity: text(20, TEXT_MAX.necessity),
    purpose: text(10, TEXT_MAX.purpose),
    content: text(20, TEXT_MAX.content),
    scope: text(5, TEXT_MAX.scope),
    executors: text(5, TEXT_MAX.executors),
    startDate: isoDay,
    endDate: isoDay,
    milestones: z.array(milestoneSchema).max(ROWS_MAX.milestones, { message: "tooMany" }),
    budgetVnd: moneySchema,
    people: z.string().trim().regex(/^\d{1,5}$/, { message: "integer" }),
    equipment: z.string().trim().max(TEXT_MAX.equipment, { message: "tooLong" }),
    feasibility: text(10, TEXT_MAX.feasibility),
    impactPositive: text(10, TEXT_MAX.impactPositive),
    impactNegative: text(5, TEXT_MAX.impactNegative),
    effectiveness: text(10, TEXT_MAX.effectiveness),
    kpis: z.array(kpiSchema).min(1, { message: "atLeastOneKpi" }).max(ROWS_MAX.kpis, { message: "tooMany" }),
    risks: z.array(riskSchema).max(ROWS_MAX.risks, { message: "tooMany" }),
    coAuthorIds: z.array(z.string().min(1)).max(ROWS_MAX.coAuthorIds, { message: "tooMany" }),
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
 * may be half filled, only sizes are bounded so a draft cannot grow without limit. PostgreSQL
 * cannot store the NUL character, so it is refused here with a message (not a failed save).
 */
const loose = (max: number) =>
  z
    .string()
    .max(max, { message: "tooLong" })
    .refine((s) => !s.includes("\u0000"), { message: "invalidCharacter" })
    .optional();
export const planDraftSchema = z.object({
  title: loose(TEXT_MAX.title),
  field: z.union([z.enum(FIELDS), z.literal("")]).optional(),
  bottleneckKind: z.union([z.enum(BOTTLENECK_KINDS), z.literal("")]).optional(),
  bottleneck: loose(TEXT_MAX.bottleneck),
  necessity: loose(TEXT_MAX.necessity),
  purpose: loose(TEXT_MAX.purpose),
  content: loose(TEXT_MAX.content),
  scope: loose(TEXT_MAX.scope),
  executors: loose(TEXT_MAX.executors),
  startDate: loose(10),
  endDate: loose(10),
  milestones: z.array(z.object({ title: loose(ROW_TEXT_MAX.milestoneTitle), date: loose(10) })).max(ROWS_MAX.milestones, { message: "tooMany" }).optional(),
  budgetVnd: loose(BUDGET_INPUT_MAX),
  people: loose(PEOPLE_INPUT_MAX),
  equipment: loose(TEXT_MAX.equipment),
  feasibility: loose(TEXT_MAX.feasibility),
  impactPositive: loose(TEXT_MAX.impactPositive),
  impactNegative: loose(TEXT_MAX.impactNegative),
  effectiveness: loose(TEXT_MAX.effectiveness),
  kpis: z
    .array(
      z.object({
        name: loose(ROW_TEXT_MAX.kpiName),
        unit: loose(ROW_TEXT_MAX.kpiUnit),
        baseline: loose(ROW_TEXT_MAX.kpiValue),
        target: loose(ROW_TEXT_MAX.kpiValue),
        method: loose(ROW_TEXT_MAX.kpiMethod),
      }),
    )
    .max(ROWS_MAX.kpis, { message: "tooMany" })
    .optional(),
  risks: z
    .array(
      z.object({
        description: loose(ROW_TEXT_MAX.riskText),
        likelihood: z.union([z.enum(LEVELS), z.literal("")]).optional(),
        impact: z.union([z.enum(LEVELS), z.literal("")]).optional(),
        mitigation: loose(ROW_TEXT_MAX.riskText),
      }),
    )
    .max(ROWS_MAX.risks, { message: "tooMany" })
    .optional(),
  coAuthorIds: z.array(z.string().max(40)).max(ROWS_MAX.coAuthorIds, { message: "tooMany" }).optional(),
  declaration: z.boolean().optional(),
});
export type PlanDraft = z.infer<typeof planDraftSchema>;

/**
 * Whether a draft holds anything the user typed or chose. An empty draft gets no proposal number
 * (DX-…) and its proposer may delete it; the first save with content numbers it.
 */
export function draftHasContent(draft: unknown): boolean {
  const filled = (v: unknown): boolean => {
    if (typeof v === "string") return v.trim().length > 0;
    if (typeof v === "boolean") return v;
    if (Array.isArray(v)) return v.length > 0;
    if (v && typeof v === "object") return Object.values(v).some(filled);
    return false;
  };
  return filled(draft);
}

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

/** Shortest co-author search answered: two letters match half the country; three narrow it to people. */
export const COLLEAGUE_QUERY_MIN = 3;

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
  "invalidCharacter",
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

export type DraftIssue = { path: string; message: string };

/**
 * Splits what the form sent into what can be saved and what is refused (issue 13.12): a field
 * that breaks a limit keeps its previously saved value (or is left out) and is reported with its
 * path and message key, and every other field is saved. Autosave never fails as a whole because of
 * one field.
 */
export function splitDraft(raw: unknown, previous: unknown): { draft: PlanDraft; refused: DraftIssue[] } {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const input: Record<string, unknown> = isObject(raw) ? { ...raw } : {};
  const prev = isObject(previous) ? previous : {};
  const shape = planDraftSchema.shape as Record<string, z.ZodType>;
  const refused = new Map<string, string>();
  for (let round = 0; round < 3; round++) {
    const r = planDraftSchema.safeParse(input);
    if (r.success) return { draft: r.data, refused: [...refused].map(([path, message]) => ({ path, message })) };
    for (const issue of r.error.issues) {
      const path = issue.path.map(String).join(".");
      if (!refused.has(path)) refused.set(path, issueMessageKey(issue));
      const head = String(issue.path[0] ?? "");
      if (head in shape && shape[head].safeParse(prev[head]).success) input[head] = prev[head];
      else delete input[head];
    }
  }
  return { draft: {}, refused: [...refused].map(([path, message]) => ({ path, message })) };
}
