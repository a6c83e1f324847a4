/**
 * Recognition and spread (Decree 73 Art. 10; KL 14 §2.5; docs/domain.md "Recognition and spread"):
 * what the unit may record once a proposal is evaluated as completed (category A) — praise,
 * commendation or reward, a proposal for an early salary step or a promotion, a note for the
 * cadre's evaluation, planning and appointment — the catalogue of effective models other units
 * adopt, and recommendations to turn a model into regulation. Pure rules and the zod schemas the
 * forms and the server share; messages are message keys ("errors.<key>").
 */
import { z } from "zod";
import type { FieldIssue } from "./errors";
import { FIELDS, type PlanDraft } from "./plan";
import { RECOGNITION_KINDS, type OutcomeCategoryValue } from "./reports";

export { RECOGNITION_KINDS } from "./reports";
export type { RecognitionKindValue } from "./reports";

// ───────────────────────────── Completed ─────────────────────────────

/** The outcome that counts: the latest evaluation's category (a re-evaluation supersedes). */
export function latestOutcome(
  evaluations: readonly { readonly category: OutcomeCategoryValue; readonly decidedOn: Date; readonly createdAt: Date }[],
): OutcomeCategoryValue | null {
  let latest: (typeof evaluations)[number] | null = null;
  for (const e of evaluations) {
    if (
      latest === null ||
      e.decidedOn.getTime() > latest.decidedOn.getTime() ||
      (e.decidedOn.getTime() === latest.decidedOn.getTime() && e.createdAt.getTime() > latest.createdAt.getTime())
    ) {
      latest = e;
    }
  }
  return latest?.category ?? null;
}

/**
 * Art. 10: praise, commendation, reward, early salary step and promotion are for a proposal
 * evaluated as completed — outcome category A (Art. 5.2) — and only for it. The catalogue and
 * institutionalisation build on the same reading: only a completed model is spread.
 */
export function isCompleted(outcome: OutcomeCategoryValue | null): boolean {
  return outcome === "A";
}

const NOT_COMPLETED: FieldIssue = { path: "", code: "OUTCOME_NOT_COMPLETED", message: "OUTCOME_NOT_COMPLETED" };

// ───────────────────────────── Shared pieces ─────────────────────────────

const id = z.string().min(1).max(40);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" });
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(1, { message: "required" }).min(min, { message: "tooShort" }).max(max, { message: "tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { message: "tooLong" }).optional();

// ───────────────────────────── Recognition (Art. 10) ─────────────────────────────

/** Cấp khen thưởng: cơ sở; bộ, ngành, tỉnh; nhà nước. Strings match the Prisma enum. */
export const RECOGNITION_LEVELS = ["UNIT", "PROVINCE_MINISTRY", "STATE"] as const;

/** What each kind must state (a written decision names its form, level, deciding body, number and date). */
export const RECOGNITION_REQUIRES: Readonly<
  Record<(typeof RECOGNITION_KINDS)[number], readonly ("form" | "level" | "decidingBody" | "number" | "note")[]>
> = {
  // Biểu dương trước tập thể: where and for what (the meeting or conference).
  PRAISE: ["note"],
  COMMENDATION: ["form", "level", "decidingBody", "number"],
  REWARD: ["form", "level", "decidingBody", "number"],
  // A proposal sent to the competent body: the written request's number and the body.
  EARLY_SALARY_STEP: ["decidingBody", "number"],
  PROMOTION: ["decidingBody", "number"],
  // Ghi nhận vào đánh giá, xếp loại hằng năm, quy hoạch, bổ nhiệm: what to record.
  EVALUATION_NOTE: ["note"],
};

export const recognitionSchema = z
  .object({
    proposalId: id,
    kind: z.enum(RECOGNITION_KINDS, { error: "required" }),
    /** The author and/or co-authors recognised. */
    userIds: z.array(id).min(1, { message: "atLeastOnePerson" }).max(21),
    form: optionalText(200),
    level: z.union([z.enum(RECOGNITION_LEVELS), z.literal("")]).optional(),
    decidingBody: optionalText(300),
    number: optionalText(60),
    decidedOn: isoDay,
    note: optionalText(2000),
  })
  .superRefine((r, ctx) => {
    for (const field of RECOGNITION_REQUIRES[r.kind]) {
      const value = r[field];
      if (value === undefined || value === "") ctx.addIssue({ code: "custom", path: [field], message: "required" });
    }
  });
export type RecognitionInput = z.infer<typeof recognitionSchema>;

/**
 * Art. 10 on one recognition: refused unless the proposal is completed (category A); the people
 * must be its proposers; the decision day cannot be in the future nor before the evaluation.
 */
export function recognitionIssues(
  input: Pick<RecognitionInput, "userIds" | "decidedOn">,
  ctx: { outcome: OutcomeCategoryValue | null; proposerIds: readonly string[]; evaluatedOn: string | null; today: string },
): FieldIssue[] {
  if (!isCompleted(ctx.outcome)) return [NOT_COMPLETED];
  const issues: FieldIssue[] = [];
  if (input.userIds.some((u) => !ctx.proposerIds.includes(u))) issues.push({ path: "userIds", code: "NOT_A_PROPOSER", message: "NOT_A_PROPOSER" });
  if (input.decidedOn > ctx.today) issues.push({ path: "decidedOn", code: "DATE_IN_FUTURE", message: "DATE_IN_FUTURE" });
  else if (ctx.evaluatedOn !== null && input.decidedOn < ctx.evaluatedOn)
    issues.push({ path: "decidedOn", code: "BEFORE_EVALUATION", message: "BEFORE_EVALUATION" });
  return issues;
}

// ───────────────────────────── The catalogue of effective models (KL 14 §2.5) ─────────────────────────────

const decimalOrBlank = z.string().trim().max(30, { message: "tooLong" }).regex(/^(-?\d+([.,]\d+)?)?$/, { message: "number" });

/** One result against its target: the indicator, its unit, the baseline, the target and what was achieved. */
export const modelResultSchema = z.object({
  indicator: text(1, 200),
  unit: text(1, 50),
  baseline: decimalOrBlank,
  target: decimalOrBlank,
  achieved: z.string().trim().min(1, { message: "required" }).max(30, { message: "tooLong" }).regex(/^-?\d+([.,]\d+)?$/, { message: "number" }),
});
export const modelResultsSchema = z.array(modelResultSchema).max(30);
export type ModelResult = z.infer<typeof modelResultSchema>;

/** Reads the JSON column `EffectiveModel.results` (rows that do not parse are not shown). */
export function readModelResults(json: unknown): ModelResult[] {
  const parsed = modelResultsSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}

export const publishModelSchema = z
  .object({
    proposalId: id,
    summary: text(30, 5000),
    results: z.array(modelResultSchema).min(1, { message: "atLeastOneResult" }).max(30, { message: "tooMany" }),
    contactName: text(3, 200),
    contactTitle: optionalText(200),
    contactEmail: z.union([z.literal(""), z.email({ message: "email" }).max(200, { message: "tooLong" })]).optional(),
    contactPhone: z
      .union([z.literal(""), z.string().trim().regex(/^[0-9 +().-]{8,20}$/, { message: "phone" })])
      .optional(),
    documentIds: z.array(id).max(20, { message: "tooMany" }).default([]),
  })
  .superRefine((m, ctx) => {
    if (!m.contactEmail && !m.contactPhone) ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "contactRequired" });
  });
export type PublishModelInput = z.infer<typeof publishModelSchema>;

/** Only a completed model is published, once. */
export function publicationIssues(ctx: { outcome: OutcomeCategoryValue | null; alreadyPublished: boolean }): FieldIssue[] {
  if (!isCompleted(ctx.outcome)) return [NOT_COMPLETED];
  if (ctx.alreadyPublished) return [{ path: "", code: "ALREADY_PUBLISHED", message: "ALREADY_PUBLISHED" }];
  return [];
}

export const withdrawModelSchema = z.object({ modelId: id, version: z.number().int().min(0) });

export const adoptModelSchema = z.object({ modelId: id, unitId: id });

/** KL 14 §2.5: a model is replicated in OTHER units; a unit does not adopt its own model. */
export function adoptionIssues(ctx: { published: boolean; sourceUnitId: string; targetUnitId: string }): FieldIssue[] {
  if (!ctx.published) return [{ path: "", code: "MODEL_NOT_PUBLISHED", message: "MODEL_NOT_PUBLISHED" }];
  if (ctx.sourceUnitId === ctx.targetUnitId) return [{ path: "unitId", code: "OWN_MODEL", message: "OWN_MODEL" }];
  return [];
}

/**
 * The draft an adopting unit starts from: the model's plan — the bottleneck, content, impact,
 * risks, KPIs with the targets the model reached as the new targets' starting point — without what
 * belongs to the original unit (dates, budget, people, executors, co-authors, the declaration,
 * which the new proposer makes themselves).
 */
export function draftFromModel(plan: PlanDraft, model: { title: string; results: readonly ModelResult[] }): PlanDraft {
  const achievedByName = new Map(model.results.map((r) => [r.indicator, r.achieved]));
  return {
    title: model.title,
    field: plan.field ?? "",
    bottleneckKind: plan.bottleneckKind ?? "",
    bottleneck: plan.bottleneck ?? "",
    necessity: plan.necessity ?? "",
    purpose: plan.purpose ?? "",
    content: plan.content ?? "",
    scope: "",
    executors: "",
    feasibility: plan.feasibility ?? "",
    impactPositive: plan.impactPositive ?? "",
    impactNegative: plan.impactNegative ?? "",
    effectiveness: plan.effectiveness ?? "",
    equipment: plan.equipment ?? "",
    milestones: (plan.milestones ?? []).map((m) => ({ title: m.title ?? "", date: "" })),
    kpis: (plan.kpis ?? []).map((k) => ({
      name: k.name ?? "",
      unit: k.unit ?? "",
      baseline: "",
      target: achievedByName.get(k.name ?? "")?.replace(",", ".") ?? k.target ?? "",
      method: k.method ?? "",
    })),
    risks: (plan.risks ?? []).map((r) => ({ ...r })),
    coAuthorIds: [],
  };
}

/** Catalogue filters (signed-in search and the public page). */
export const REPLICATION_FILTERS = ["REPLICATED", "REPLICATED_COMPLETED"] as const;
export const catalogueFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  field: z.enum(FIELDS).optional().catch(undefined),
  unitId: z.string().trim().min(1).max(40).optional().catch(undefined),
  /** The outcome where the model was replicated: replicated at all, or replicated and completed (A). */
  outcome: z.enum(REPLICATION_FILTERS).optional().catch(undefined),
  cursor: z.string().max(100).optional().catch(undefined),
});
export type CatalogueFilter = z.infer<typeof catalogueFilterSchema>;

// ───────────────────────────── Institutionalisation (KL 14 §2.5) ─────────────────────────────

/** Strings match the Prisma enum `InstitutionalisationStatus`. */
export const INSTITUTIONALISATION_STATUSES = ["RECOMMENDED", "DRAFTING", "ISSUED", "DECLINED"] as const;
export type InstitutionalisationStatusValue = (typeof INSTITUTIONALISATION_STATUSES)[number];

/** Where a recommendation may go next: issued and declined are final. */
export const INSTITUTIONALISATION_NEXT: Readonly<Record<InstitutionalisationStatusValue, readonly InstitutionalisationStatusValue[]>> = {
  RECOMMENDED: ["DRAFTING", "ISSUED", "DECLINED"],
  DRAFTING: ["ISSUED", "DECLINED"],
  ISSUED: [],
  DECLINED: [],
};

export const recommendSchema = z.object({
  proposalId: id,
  authority: text(3, 300),
  targetDocument: text(5, 500),
  content: text(20, 10000),
  recommendedOn: isoDay,
});

export const institutionalisationUpdateSchema = z
  .object({
    id,
    version: z.number().int().min(0),
    status: z.enum(INSTITUTIONALISATION_STATUSES, { error: "required" }),
    issuedNumber: optionalText(60),
    issuedOn: z.union([isoDay, z.literal("")]).optional(),
    note: optionalText(2000),
  })
  .superRefine((u, ctx) => {
    if (u.status === "ISSUED") {
      if (!u.issuedNumber) ctx.addIssue({ code: "custom", path: ["issuedNumber"], message: "required" });
      if (!u.issuedOn) ctx.addIssue({ code: "custom", path: ["issuedOn"], message: "required" });
    }
  });

export function recommendationIssues(ctx: { outcome: OutcomeCategoryValue | null; recommendedOn: string; today: string }): FieldIssue[] {
  if (!isCompleted(ctx.outcome)) return [NOT_COMPLETED];
  if (ctx.recommendedOn > ctx.today) return [{ path: "recommendedOn", code: "DATE_IN_FUTURE", message: "DATE_IN_FUTURE" }];
  return [];
}

export function institutionalisationUpdateIssues(ctx: {
  from: InstitutionalisationStatusValue;
  to: InstitutionalisationStatusValue;
  recommendedOn: string;
  issuedOn: string | null;
  today: string;
}): FieldIssue[] {
  if (!INSTITUTIONALISATION_NEXT[ctx.from].includes(ctx.to)) return [{ path: "status", code: "STATUS_FINAL", message: "STATUS_FINAL" }];
  if (ctx.issuedOn !== null) {
    if (ctx.issuedOn > ctx.today) return [{ path: "issuedOn", code: "DATE_IN_FUTURE", message: "DATE_IN_FUTURE" }];
    if (ctx.issuedOn < ctx.recommendedOn) return [{ path: "issuedOn", code: "BEFORE_RECOMMENDATION", message: "BEFORE_RECOMMENDATION" }];
  }
  return [];
}
