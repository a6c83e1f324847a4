/**
 * What people record while a plan is carried out (KL 14 §2.3–2.4; NĐ 73/2023 Art. 6, 10): the
 * start, progress reports, inspections and flags, answers to flags and support requests,
 * directives and their acknowledgement, the end of execution. One zod schema per form, shared by
 * the browser and the server; messages are keys under `errors`.
 */
import { z } from "zod";
import { DIRECTIVE_KINDS } from "./execution";

const id = z.string().min(1).max(40);
const version = z.number().int().min(0);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" });
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(1, { message: "required" }).min(min, { message: "tooShort" }).max(max, { message: "tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { message: "tooLong" }).optional();

/** "1.500.000.000", "1 500 000 000" and "1500000000" are the same amount of đồng. */
export function parseMoney(raw: string): string | null {
  const compact = raw.trim().replace(/[.\s\u00a0]/g, "");
  return /^\d{1,15}$/.test(compact) ? compact : null;
}
const optionalMoney = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined || s.trim() === "") return undefined;
    const m = parseMoney(s);
    if (m === null) ctx.addIssue({ code: "custom", message: "money" });
    return m ?? undefined;
  });

/**
 * A decimal as people type it in Vietnamese ("12,5", "1.234,5") or in English ("12.5"). A single
 * separator followed by exactly three digits is ambiguous; it is read as thousands when it is a dot
 * ("1.500" = 1500) and as a decimal comma when it is a comma ("1,500" = 1.5), as Vietnamese writes.
 */
export function parseDecimal(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0]/g, "");
  if (!/^-?[\d.,]+$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots && commas) s = s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replaceAll(".", "").replace(",", ".") : s.replaceAll(",", "");
  else if (commas === 1) s = s.replace(",", ".");
  else if (commas > 1) s = s.replaceAll(",", "");
  else if (dots > 1 || (dots === 1 && /^-?\d{1,3}\.\d{3}$/.test(s))) s = s.replaceAll(".", "");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) < 1e14 ? n : null;
}
const decimal = z.string().transform((s, ctx) => {
  const n = parseDecimal(s);
  if (n === null) ctx.addIssue({ code: "custom", message: "number" });
  return n ?? 0;
});

export const startSchema = z.object({ pilotId: id, version, startedOn: isoDay });

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export const SUPPORT_KINDS = ["BUDGET", "PEOPLE", "EQUIPMENT", "GUIDANCE", "OTHER"] as const;

export const progressReportSchema = z.object({
  pilotId: id,
  version,
  summary: text(10, 20000),
  budgetSpentVnd: optionalMoney,
  kpiValues: z.array(z.object({ kpiId: id, value: decimal, note: optionalText(1000) })).max(50),
  milestones: z.array(z.object({ milestoneId: id, doneOn: isoDay, note: optionalText(1000) })).max(100).default([]),
  risks: z.array(z.object({ description: text(3, 2000), level: z.enum(RISK_LEVELS, { error: "required" }), mitigation: optionalText(2000) })).max(20).default([]),
  support: z
    .array(z.object({ kind: z.enum(SUPPORT_KINDS, { error: "required" }), description: text(5, 4000), amountVnd: optionalMoney }))
    .max(10)
    .default([]),
  /** Files uploaded beforehand through the attachment route (purpose "progress-report"). */
  attachmentIds: z.array(id).max(20).default([]),
});
export type ProgressReportInput = z.input<typeof progressReportSchema>;

export const INSPECTION_KINDS = ["REPORT_REVIEW", "SITE_VISIT", "MEETING"] as const;
export const FLAG_KINDS = ["PROBLEM", "VIOLATION"] as const;

export const inspectionSchema = z.object({
  pilotId: id,
  inspectedOn: isoDay,
  kind: z.enum(INSPECTION_KINDS, { error: "required" }),
  finding: text(5, 10000),
  severity: z.enum(RISK_LEVELS, { error: "required" }),
  action: optionalText(4000),
  /** A problem or violation the head must answer; absent for a plain note. */
  flag: z.enum(FLAG_KINDS).optional(),
});

export const flagAnswerSchema = z.object({ noteId: id, answer: text(5, 10000) });

export const SUPPORT_ANSWERS = ["GRANTED", "PARTLY_GRANTED", "REFUSED"] as const;
export const supportAnswerSchema = z.object({
  requestId: id,
  status: z.enum(SUPPORT_ANSWERS, { error: "required" }),
  answer: text(5, 10000),
  grantedBudgetVnd: optionalMoney,
  grantedPeople: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === "") return undefined;
      if (!/^\d{1,6}$/.test(s.trim())) ctx.addIssue({ code: "custom", message: "integer" });
      return Number(s.trim()) || 0;
    }),
  grantedEquipment: optionalText(2000),
});

/** ADJUST amends the decision: any of scope, end date, targets, resources (blank = unchanged). */
export const adjustmentSchema = z.object({
  scope: optionalText(10000),
  endDate: isoDay.optional().or(z.literal("").transform(() => undefined)),
  budgetVnd: optionalMoney,
  people: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === "") return undefined;
      if (!/^\d{1,6}$/.test(s.trim())) ctx.addIssue({ code: "custom", message: "integer" });
      return Number(s.trim()) || 0;
    }),
  equipment: optionalText(2000),
  targets: z.array(z.object({ kpiId: id, target: decimal })).max(50).default([]),
});
export type AdjustmentInput = z.input<typeof adjustmentSchema>;

export const directiveSchema = z.object({
  pilotId: id,
  version,
  kind: z.enum(DIRECTIVE_KINDS, { error: "required" }),
  /** The head alone, or the leadership collective (recorded in its meeting). */
  basis: z.enum(["HEAD", "COLLECTIVE"]).default("HEAD"),
  reason: z.string().trim().max(10000, { message: "tooLong" }).default(""),
  adjustment: adjustmentSchema.optional(),
});
export type DirectiveInput = z.input<typeof directiveSchema>;

export const acknowledgeSchema = z.object({ directiveId: id });

export const finishSchema = z.object({ pilotId: id, version, note: optionalText(4000) });

export const importSchema = z.object({ pilotId: id, fileName: z.string().min(1).max(300), bytes: z.instanceof(Uint8Array) });

/** Largest KPI import accepted (rows); a pilot reports a few targets over a few years. */
export const IMPORT_MAX_ROWS = 2000;
