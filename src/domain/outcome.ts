/**
 * Results and protection (Art. 5.2, 6.1, 11, 18 NĐ 73/2023; KL 14 §2.4): the result report, the
 * evaluation and the ONE rule that turns an evaluation's findings into a protection conclusion.
 * The form offers what `allowedConclusions` returns, the server refuses anything else through
 * `conclusionIssues`, the seeds go through it too, and a database CHECK repeats it.
 *
 *   abuse found (Art. 6.1)            → ABUSE: excluded from protection, whatever the category
 *   any of the three conditions unmet → NO_PROTECTION (ordinary rules apply)
 *   A completed                       → NOT_RESPONSIBLE
 *   B not or partly completed         → EXCLUDED (responsibility excluded)
 *   C as B, with damage               → EXCLUDED, EXEMPTED or REDUCED: the unit chooses (Art. 11)
 */
import { z } from "zod";
import { evaluationIssues } from "./decision";
import type { FieldIssue } from "./errors";
import type { RegulationProfile } from "./regulation";
import type { VoteTally } from "./vote";

/** Art. 5.2: what happened. The protection conclusion is a separate thing. */
export const OUTCOME_CATEGORIES = ["A", "B", "C"] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number];

export const CONCLUSIONS = ["NOT_RESPONSIBLE", "EXCLUDED", "EXEMPTED", "REDUCED", "NO_PROTECTION", "ABUSE"] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** Conclusions that protect the cadre from responsibility (counted as "protected" in reports). */
export const PROTECTIVE_CONCLUSIONS: readonly Conclusion[] = ["EXCLUDED", "EXEMPTED", "REDUCED"];

/** Art. 5.2: the three conditions of protection. */
export const PROTECTION_CONDITIONS = [
  "followedPolicy", // thực hiện đúng chủ trương
  "pureMotive", // động cơ trong sáng
  "commonInterest", // vì lợi ích chung
] as const;
export type ProtectionCondition = (typeof PROTECTION_CONDITIONS)[number];

/** Art. 6.1 NĐ 73/2023, KL 14 §2.4: using the policy for these is never protected. */
export const ABUSE_KINDS = ["CORRUPTION", "PROFITEERING", "SELF_INTEREST", "COVER_UP"] as const;
export type AbuseKind = (typeof ABUSE_KINDS)[number];

export type ConclusionInput = {
  readonly category: OutcomeCategory;
  readonly conditions: Readonly<Record<ProtectionCondition, boolean>>;
  readonly abuse: boolean;
};

/** Every conclusion the law allows for these findings; exactly one unless the unit must choose (C). */
export function allowedConclusions(input: ConclusionInput): readonly Conclusion[] {
  if (input.abuse) return ["ABUSE"];
  const allMet = PROTECTION_CONDITIONS.every((c) => input.conditions[c]);
  if (!allMet) return ["NO_PROTECTION"];
  switch (input.category) {
    case "A":
      return ["NOT_RESPONSIBLE"];
    case "B":
      return ["EXCLUDED"];
    case "C":
      return ["EXCLUDED", "EXEMPTED", "REDUCED"];
  }
}

/** The conclusion when the law leaves no choice; null when the unit must choose (category C). */
export function conclusionFor(input: ConclusionInput): Conclusion | null {
  const allowed = allowedConclusions(input);
  return allowed.length === 1 ? allowed[0] : null;
}

export function isProtected(conclusion: Conclusion): boolean {
  return PROTECTIVE_CONCLUSIONS.includes(conclusion);
}

export type OutcomeCheck = ConclusionInput & {
  readonly conclusion: string;
  /** Damage in đồng found by the evaluation (0 or null: none). */
  readonly damageVnd: bigint | null;
  readonly abuseKinds: readonly string[];
};

/** Issues that make an evaluation unlawful; empty when the combination is allowed. */
export function conclusionIssues(check: OutcomeCheck): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const damage = (check.damageVnd ?? 0n) > 0n;
  // Art. 5.2: C is "as B, and damage was caused"; A and B cause none.
  if (check.category === "C" && !damage) issues.push({ path: "damageVnd", code: "DAMAGE_REQUIRED_FOR_C", message: "DAMAGE_REQUIRED_FOR_C" });
  if (check.category !== "C" && damage) issues.push({ path: "category", code: "DAMAGE_MEANS_C", message: "DAMAGE_MEANS_C" });
  if (check.abuse && check.abuseKinds.length === 0) issues.push({ path: "abuseKinds", code: "ABUSE_KIND_REQUIRED", message: "ABUSE_KIND_REQUIRED" });
  if (!check.abuse && check.abuseKinds.length > 0) issues.push({ path: "abuse", code: "ABUSE_KINDS_WITHOUT_FINDING", message: "ABUSE_KINDS_WITHOUT_FINDING" });
  if (!(allowedConclusions(check) as readonly string[]).includes(check.conclusion)) {
    issues.push({ path: "conclusion", code: "CONCLUSION_NOT_ALLOWED", message: "CONCLUSION_NOT_ALLOWED" });
  }
  return issues;
}

/**
 * Money in đồng as people type it: "1500000000", "1.500.000.000" (Vietnamese thousands
 * separator), "1 500 000 000", "1,500,000,000", optionally followed by "đ", "đồng" or "VND".
 * Groups must be of three digits, so "1,5" (a decimal) is refused rather than read as 15.
 * Returns the amount as a digit string, or null when the text is not an amount.
 */
export function parseDong(text: string): string | null {
  const s = text.trim().replace(/\s*(đồng|đ|vnđ|vnd)$/i, "").trim();
  if (s === "") return null;
  const m = /^(\d{1,3})((?:([.,\s])\d{3})(?:\3\d{3})*)?$/.exec(s) ?? (/^\d+$/.test(s) ? [s, s] : null);
  if (m === null) return null;
  const digits = s.replace(/[.,\s]/g, "").replace(/^0+(?=\d)/, "");
  if (digits.length > 18) return null;
  return digits;
}

const id = z.string().min(1).max(40);
const version = z.number().int().min(0);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" });
const text = (min: number, max: number) =>
  z.string({ error: "required" }).trim().min(1, { message: "required" }).min(min, { message: "tooShort" }).max(max, { message: "tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { message: "tooLong" }).optional();
const decimal = z.string().trim().regex(/^-?\d+([.,]\d+)?$/, { message: "number" });
/** Optional money: empty is "none"; anything else must read as đồng. */
const dong = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === "") return null;
    const parsed = parseDong(v);
    if (parsed === null) {
      ctx.addIssue({ code: "custom", message: "dong" });
      return z.NEVER;
    }
    return parsed;
  });

/** The written result report (Art. 18): final KPI values, what was achieved, damage, causes. */
export const resultReportSchema = z
  .object({
    proposalId: id,
    version,
    achievements: text(10, 20000),
    kpiResults: z
      .array(z.object({ kpiId: id, achieved: decimal, note: optionalText(1000) }))
      .max(30),
    damageDescription: optionalText(10000),
    damageVnd: dong,
    objectiveCauses: text(5, 10000),
    subjectiveCauses: text(5, 10000),
  })
  .superRefine((d, ctx) => {
    const hasAmount = d.damageVnd !== null && d.damageVnd !== "0";
    if (hasAmount && !d.damageDescription) ctx.addIssue({ code: "custom", path: ["damageDescription"], message: "damageDescriptionRequired" });
  });
export type ResultReportInput = z.input<typeof resultReportSchema>;

/** What a link from a condition's finding may point at, inside the same proposal's record. */
export const EVIDENCE_KINDS = ["DECISION", "DIRECTIVE", "PROGRESS_REPORT", "MONITORING_NOTE", "RESULT_REPORT", "PARTY_OPINION", "ATTACHMENT"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const evidenceSchema = z.object({ kind: z.enum(EVIDENCE_KINDS), id });
export type Evidence = z.infer<typeof evidenceSchema>;

const conditionSchema = z.object({
  met: z.boolean({ error: "required" }),
  finding: text(5, 5000),
  evidence: z.array(evidenceSchema).max(20),
});

/** The written evaluation decision (Art. 11, 18). */
export const evaluationSchema = z.object({
  proposalId: id,
  version,
  category: z.enum(OUTCOME_CATEGORIES, { error: "required" }),
  objectiveCauses: text(5, 10000),
  subjectiveCauses: text(5, 10000),
  damageVnd: dong,
  conditions: z.object({ followedPolicy: conditionSchema, pureMotive: conditionSchema, commonInterest: conditionSchema }),
  abuse: z.boolean(),
  abuseKinds: z.array(z.enum(ABUSE_KINDS)).max(ABUSE_KINDS.length),
  abuseFindings: optionalText(10000),
  conclusion: z.enum(CONCLUSIONS, { error: "required" }),
  number: text(3, 60),
  decidedOn: isoDay,
});
export type EvaluationInput = z.input<typeof evaluationSchema>;
export type EvaluationParsed = z.output<typeof evaluationSchema>;

/** The evaluation's own checks beyond its fields' shapes: the rule, and abuse findings written down. */
export function evaluationIssuesOf(input: EvaluationParsed): FieldIssue[] {
  const issues = conclusionIssues({
    category: input.category,
    conditions: {
      followedPolicy: input.conditions.followedPolicy.met,
      pureMotive: input.conditions.pureMotive.met,
      commonInterest: input.conditions.commonInterest.met,
    },
    abuse: input.abuse,
    abuseKinds: input.abuseKinds,
    conclusion: input.conclusion,
    damageVnd: input.damageVnd === null ? null : BigInt(input.damageVnd),
  });
  if (input.abuse && !input.abuseFindings) issues.push({ path: "abuseFindings", code: "required", message: "required" });
  return issues;
}

export type EvaluationReadiness = {
  readonly resultReported: boolean;
  readonly partyOpinionRecorded: boolean;
  /** The tally frozen when the evaluation meeting closed; null when none has closed. */
  readonly tally: VoteTally | null;
};

/**
 * Art. 18 with Art. 4 and Art. 8.1: the unit evaluates after the written result report, after the
 * Party committee's opinion, and on the vote of its collective (same rules as the decision). Unlike
 * the decision, the head cannot evaluate alone: Art. 8.1's sole approval concerns plans only.
 */
export function evaluationReadinessIssues(check: EvaluationReadiness, profile: RegulationProfile): FieldIssue[] {
  if (!check.resultReported) return [{ path: "", code: "RESULT_REPORT_REQUIRED", message: "RESULT_REPORT_REQUIRED" }];
  // The decision stage's rule, under its own code: the message names the evaluation, not the approval.
  const issues = evaluationIssues({ partyOpinionRecorded: check.partyOpinionRecorded }, profile).map((i) => ({
    ...i,
    code: "EVALUATION_PARTY_OPINION_REQUIRED",
    message: "EVALUATION_PARTY_OPINION_REQUIRED",
  }));
  if (check.tally === null) issues.push({ path: "vote", code: "VOTE_REQUIRED", message: "VOTE_REQUIRED" });
  else if (!check.tally.passed) issues.push({ path: "vote", code: "EVALUATION_VOTE_FAILED", message: "EVALUATION_VOTE_FAILED" });
  return issues;
}
