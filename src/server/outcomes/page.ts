/**
 * What the result and evaluation pages show (Art. 18), scoped to the actor; null → 404. One
 * query for the proposal and its outcome records, one for the names it mentions.
 */
import { toVietnamDate } from "@/domain/calendar";
import { allowedActions } from "@/domain/permissions";
import type { VoteTally } from "@/domain/vote";
import { evidenceSchema, type Evidence } from "@/domain/outcome";
import { z } from "zod";
import type { SessionActor } from "../actor";
import { db } from "../db";
import { withWorkingDaysLeft } from "../deadlines";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { evidenceOptions } from "./evidence";
import { readKpiResults } from "./kpi-results";

const attachmentSelect = { id: true, fileName: true, sizeBytes: true, mimeType: true, createdAt: true } as const;

const evidenceLinksSchema = z.object({
  followedPolicy: z.array(evidenceSchema).default([]),
  pureMotive: z.array(evidenceSchema).default([]),
  commonInterest: z.array(evidenceSchema).default([]),
});
/** Evaluation.evidence, read through its schema (old rows have none). */
export function readEvidenceLinks(value: unknown): Record<"followedPolicy" | "pureMotive" | "commonInterest", Evidence[]> {
  const parsed = evidenceLinksSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { followedPolicy: [], pureMotive: [], commonInterest: [] };
}

export async function outcomePageData(actor: SessionActor, id: string) {
  const p = await db.proposal.findFirst({
    where: { id, ...proposalScope(actor) },
    select: {
      ...proposalResourceSelect,
      finishedAt: true,
      unit: { select: { name: true } },
      author: { select: { fullName: true } },
      decidingUnit: { select: { id: true, name: true, path: true } },
      pilot: { select: { startDate: true, endDate: true, kpis: { orderBy: { id: "asc" }, select: { id: true, name: true, unitOfMeasure: true, baseline: true, target: true } } } },
      deadlines: { where: { kind: { in: ["RESULT_REPORT", "EVALUATION"] }, status: "OPEN" }, select: { id: true, kind: true, dueOn: true } },
      attachments: { where: { purpose: "result" }, orderBy: { createdAt: "asc" }, select: attachmentSelect },
      resultReports: {
        orderBy: { submittedAt: "desc" },
        take: 1,
        select: {
          id: true,
          authorId: true,
          content: true,
          kpiResults: true,
          selfAssessment: true,
          damageDescription: true,
          damageVnd: true,
          objectiveCauses: true,
          subjectiveCauses: true,
          submittedAt: true,
          partyOpinions: {
            where: { stage: "EVALUATION" },
            orderBy: { requestedAt: "desc" },
            select: { id: true, requestedAt: true, answeredAt: true, stance: true, content: true, requestedById: true, answeredById: true },
          },
          meetings: {
            where: { purpose: "EVALUATION" },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: {
              id: true,
              heldOn: true,
              closedAt: true,
              tally: true,
              minutes: true,
              members: { select: { userId: true, isHead: true, present: true, excluded: true, exclusionReason: true } },
              votes: { select: { voterId: true, choice: true } },
            },
          },
          evaluations: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
        },
      },
      evaluations: { orderBy: { createdAt: "desc" }, take: 1, select: evaluationViewSelect },
    },
  });
  if (!p) return null;
  const resource = toProposalResource(p);
  const actions = allowedActions(actor, resource);
  const profile = await profileForUnit(db, p.decidingUnit.path);
  const report = p.resultReports[0] ?? null;
  const meeting = report?.meetings[0] ?? null;
  const evaluation = p.evaluations[0] ?? null;

  const collective = await db.membership.findMany({
    where: { unitId: p.decidingUnitId, role: { in: ["HEAD", "DEPUTY"] }, user: { active: true } },
    select: { role: true, user: { select: { id: true, fullName: true } } },
  });
  const ids = new Set<string>([
    ...(report?.partyOpinions.flatMap((o) => [o.requestedById, o.answeredById].filter((x): x is string => !!x)) ?? []),
    ...(meeting?.members.map((m) => m.userId) ?? []),
    ...(report ? [report.authorId] : []),
    ...(evaluation ? [evaluation.decidedById] : []),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, fullName: true, title: true } });
  const names: Record<string, string> = Object.fromEntries([...people.map((u) => [u.id, u.fullName]), ...collective.map((c) => [c.user.id, c.user.fullName])]);
  const deadlines = await withWorkingDaysLeft(p.deadlines);
  const mayEvaluate = actions.includes("evaluation.decide");

  return {
    id: p.id,
    code: p.code,
    title: p.title,
    status: p.status,
    version: p.version,
    unitName: p.unit.name,
    authorName: p.author.fullName,
    decidingUnitName: p.decidingUnit.name,
    actions,
    me: actor.userId,
    today: toVietnamDate(new Date()),
    profile: {
      resultReportWorkingDays: profile.resultReportWorkingDays,
      evaluationWorkingDays: profile.evaluationWorkingDays,
      partyOpinionRequired: profile.partyOpinionRequiredBeforeEvaluation,
    },
    due: Object.fromEntries(deadlines.map((d) => [d.kind, { dueOn: d.dueOn, workingDaysLeft: d.workingDaysLeft }])) as Partial<Record<"RESULT_REPORT" | "EVALUATION", { dueOn: Date; workingDaysLeft: number }>>,
    kpis: (p.pilot?.kpis ?? []).map((k) => ({ id: k.id, name: k.name, unit: k.unitOfMeasure, baseline: k.baseline.toString(), target: k.target.toString() })),
    attachments: p.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    report: report
      ? {
          id: report.id,
          authorName: names[report.authorId] ?? "",
          achievements: report.content,
          kpiResults: readKpiResults(report.kpiResults),
          selfAssessment: report.selfAssessment,
          damageDescription: report.damageDescription,
          damageVnd: report.damageVnd?.toString() ?? null,
          objectiveCauses: report.objectiveCauses,
          subjectiveCauses: report.subjectiveCauses,
          submittedAt: report.submittedAt,
        }
      : null,
    partyOpinions: (report?.partyOpinions ?? []).map((o) => ({
      id: o.id,
      requestedAt: o.requestedAt,
      answeredAt: o.answeredAt,
      stance: o.stance,
      content: o.content,
      requestedBy: names[o.requestedById] ?? "",
      answeredBy: o.answeredById ? (names[o.answeredById] ?? "") : null,
    })),
    meeting: meeting
      ? {
          id: meeting.id,
          heldOn: meeting.heldOn,
          closedAt: meeting.closedAt,
          minutes: meeting.minutes,
          tally: meeting.tally as unknown as VoteTally | null,
          members: meeting.members.map((m) => ({ ...m, name: names[m.userId] ?? "", vote: meeting.votes.find((v) => v.voterId === m.userId)?.choice ?? null })),
        }
      : null,
    collective: collective.map((c) => ({ userId: c.user.id, name: c.user.fullName, isHead: c.role === "HEAD" })),
    authorIds: [p.authorId, ...p.coAuthors.map((c) => c.userId)],
    evaluation: evaluation ? toEvaluationView(evaluation, names) : null,
    evidenceOptions: mayEvaluate && !evaluation ? (await evidenceOptions(db, p.id)).map((o) => ({ ...o, on: o.on.toISOString() })) : [],
  };
}
export type OutcomePageData = NonNullable<Awaited<ReturnType<typeof outcomePageData>>>;

export const evaluationViewSelect = {
  id: true,
  category: true,
  conclusion: true,
  objectiveCauses: true,
  subjectiveCauses: true,
  followedPolicy: true,
  followedPolicyEvidence: true,
  pureMotive: true,
  pureMotiveEvidence: true,
  commonInterest: true,
  commonInterestEvidence: true,
  evidence: true,
  damageVnd: true,
  abuse: true,
  abuseKinds: true,
  abuseFindings: true,
  number: true,
  decidedOn: true,
  decidedById: true,
} as const;

type EvaluationViewRow = {
  id: string;
  category: string;
  conclusion: string;
  objectiveCauses: string | null;
  subjectiveCauses: string | null;
  followedPolicy: boolean;
  followedPolicyEvidence: string | null;
  pureMotive: boolean;
  pureMotiveEvidence: string | null;
  commonInterest: boolean;
  commonInterestEvidence: string | null;
  evidence: unknown;
  damageVnd: bigint | null;
  abuse: boolean;
  abuseKinds: string[];
  abuseFindings: string | null;
  number: string | null;
  decidedOn: Date;
  decidedById: string;
};

export function toEvaluationView(e: EvaluationViewRow, names: Record<string, string>) {
  const links = readEvidenceLinks(e.evidence);
  return {
    id: e.id,
    category: e.category,
    conclusion: e.conclusion,
    objectiveCauses: e.objectiveCauses,
    subjectiveCauses: e.subjectiveCauses,
    conditions: [
      { key: "followedPolicy" as const, met: e.followedPolicy, finding: e.followedPolicyEvidence, evidence: links.followedPolicy },
      { key: "pureMotive" as const, met: e.pureMotive, finding: e.pureMotiveEvidence, evidence: links.pureMotive },
      { key: "commonInterest" as const, met: e.commonInterest, finding: e.commonInterestEvidence, evidence: links.commonInterest },
    ],
    damageVnd: e.damageVnd?.toString() ?? null,
    abuse: e.abuse,
    abuseKinds: e.abuseKinds,
    abuseFindings: e.abuseFindings,
    number: e.number,
    decidedOn: e.decidedOn,
    decidedBy: names[e.decidedById] ?? "",
  };
}
export type EvaluationView = ReturnType<typeof toEvaluationView>;
