/**
 * Loads what the printable evaluation decision shows (HTML page and PDF alike), scoped to the
 * actor: whoever may read the proposal may read its evaluation. Null (→ 404) when unknown or
 * outside the actor's scope.
 */
import { buildEvaluationDocumentModel, type EvaluationDocumentModel } from "@/components/documents/evaluation-document-model";
import { placeOfUnit } from "@/components/documents/official-document-model";
import { toVietnamDate } from "@/domain/calendar";
import type { Actor } from "@/domain/permissions";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import type { Locale } from "@/i18n/config";
import { db } from "../db";
import { readKpiResults } from "../outcomes/kpi-results";
import { dateToDay, profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { DOCUMENT_LOCALE, documentLanguage } from "./language";

export type EvaluationDocument = { evaluationId: string; proposalId: string; model: EvaluationDocumentModel };

const person = { select: { fullName: true, title: true } } as const;

export async function loadEvaluationDocument(actor: Actor, evaluationId: string, opts: { locale?: Locale } = {}): Promise<EvaluationDocument | null> {
  const e = await db.evaluation.findFirst({
    where: { id: evaluationId, proposal: proposalScope(actor) },
    select: {
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
      damageVnd: true,
      abuse: true,
      abuseKinds: true,
      abuseFindings: true,
      number: true,
      decidedOn: true,
      decidedById: true,
      meetingId: true,
      partyOpinionId: true,
      createdAt: true,
      resultReport: { select: { submittedAt: true, kpiResults: true } },
      proposal: {
        select: {
          id: true,
          code: true,
          title: true,
          author: person,
          coAuthors: { select: { user: { select: { fullName: true } } } },
          decidingUnit: { select: { name: true, path: true, governingBodyName: true, parent: { select: { name: true } } } },
          decisions: { where: { kind: { in: ["IMPLEMENT", "PILOT"] } }, orderBy: { createdAt: "desc" }, take: 1, select: { number: true, signedOn: true, kind: true } },
        },
      },
    },
  });
  if (!e) return null;
  const p = e.proposal;
  const pathIds = p.decidingUnit.path.split("/").filter(Boolean);
  const [chain, signer, opinion, meeting, profile] = await Promise.all([
    db.unit.findMany({ where: { id: { in: pathIds } }, select: { id: true, name: true, shortName: true, kind: true } }),
    db.user.findUnique({ where: { id: e.decidedById }, select: { fullName: true, title: true } }),
    e.partyOpinionId
      ? db.partyOpinion.findUnique({ where: { id: e.partyOpinionId }, select: { answeredAt: true, stance: true } })
      : db.partyOpinion.findFirst({ where: { proposalId: p.id, stage: "EVALUATION", answeredAt: { not: null, lte: e.createdAt } }, orderBy: { answeredAt: "desc" }, select: { answeredAt: true, stance: true } }),
    e.meetingId
      ? db.meeting.findUnique({ where: { id: e.meetingId }, select: { heldOn: true, tally: true } })
      : db.meeting.findFirst({ where: { proposalId: p.id, purpose: "EVALUATION", closedAt: { not: null, lte: e.createdAt } }, orderBy: { closedAt: "desc" }, select: { heldOn: true, tally: true } }),
    profileForUnit(db, p.decidingUnit.path),
  ]);
  const units = new Map(chain.map((u) => [u.id, u]));
  const tally = meeting?.tally as { eligible?: unknown; for?: unknown } | null | undefined;
  const approval = p.decisions[0];
  const model = buildEvaluationDocumentModel(
    {
      number: e.number,
      decidedOn: dateToDay(e.decidedOn),
      place: placeOfUnit(pathIds.map((id) => units.get(id)).filter((u) => u !== undefined)),
      issuingUnitName: p.decidingUnit.name,
      // The governing body as data, as on the approval decision ("" heads its own documents).
      superiorUnitName: p.decidingUnit.governingBodyName === null ? (p.decidingUnit.parent?.name ?? null) : p.decidingUnit.governingBodyName.trim() || null,
      proposal: { code: p.code ?? "", title: p.title },
      proposer: p.author,
      coAuthorNames: p.coAuthors.map((c) => c.user.fullName),
      signer: signer ?? { fullName: "", title: null },
      isDecree73: profile.code === DECREE_73_PROFILE.code,
      profileName: profile.name,
      approval: approval ? { number: approval.number, signedOn: approval.signedOn ? dateToDay(approval.signedOn) : null, kind: approval.kind as "IMPLEMENT" | "PILOT" } : null,
      report: { submittedOn: toVietnamDate(e.resultReport.submittedAt), kpis: readKpiResults(e.resultReport.kpiResults) },
      partyOpinion: opinion?.answeredAt && opinion.stance ? { answeredOn: toVietnamDate(opinion.answeredAt), stance: opinion.stance } : null,
      vote: meeting && typeof tally?.eligible === "number" && typeof tally.for === "number" ? { heldOn: dateToDay(meeting.heldOn), eligible: tally.eligible, for: tally.for } : null,
      category: e.category === "NONE" ? "B" : e.category,
      objectiveCauses: e.objectiveCauses,
      subjectiveCauses: e.subjectiveCauses,
      damageVnd: e.damageVnd,
      conditions: [
        { key: "followedPolicy", met: e.followedPolicy, finding: e.followedPolicyEvidence },
        { key: "pureMotive", met: e.pureMotive, finding: e.pureMotiveEvidence },
        { key: "commonInterest", met: e.commonInterest, finding: e.commonInterestEvidence },
      ],
      abuse: e.abuse ? { kinds: e.abuseKinds, findings: e.abuseFindings } : null,
      conclusion: e.conclusion,
    },
    documentLanguage(opts.locale ?? DOCUMENT_LOCALE),
  );
  return { evaluationId: e.id, proposalId: p.id, model };
}
