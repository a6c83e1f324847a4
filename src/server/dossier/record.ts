/**
 * THE one place that loads what a protection dossier assembles (Art. 11; KL 14 §2.4): the approved
 * plan revision, the decision with its Party opinion and vote, every directive, progress report,
 * inspection and support request, the result report with its papers, the evaluation. Each item
 * has a canonical `content` (what its digest covers) and `display` fields for the page. A new
 * kind of record (e.g. support requests of their own) is one more loader here.
 */
import type { DossierItemKind } from "@/domain/dossier";
import type { Db } from "../db";
import { dateToDay } from "../rules";

export type RecordItem = {
  kind: DossierItemKind;
  id: string;
  /** When it happened, for ordering and display. */
  at: Date;
  /** Exactly what the digest covers: the record's own columns, without versions or timestamps of later edits. */
  content: Record<string, unknown>;
  /** Whose ids in audit events' `after` point at this record (e.g. decisionId). */
  auditKeys: readonly string[];
  /** For the ordinal fallback on imported history: events of these actions, filtered by `auditFilter`. */
  auditActions: readonly string[];
  auditFilter?: (after: Record<string, unknown>) => boolean;
};

const day = (d: Date | null) => (d ? dateToDay(d) : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function loadDossierRecord(db: Db, proposalId: string): Promise<RecordItem[]> {
  const inPilot = { pilot: { proposalId } };
  const [decisions, opinions, meetings, directives, reports, notes, results, attachments, evaluations] = await Promise.all([
    db.decision.findMany({
      where: { proposalId, kind: { in: ["IMPLEMENT", "PILOT"] } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, kind: true, basis: true, number: true, signedOn: true, signerId: true, scope: true, startDate: true, endDate: true, budgetVnd: true,
        people: true, targets: true, rationale: true, createdAt: true,
        revision: { select: { id: true, number: true, title: true, plan: true, createdAt: true, createdById: true } },
      },
    }),
    db.partyOpinion.findMany({
      where: { proposalId, answeredAt: { not: null } },
      orderBy: { answeredAt: "asc" },
      select: { id: true, stage: true, requestedAt: true, answeredAt: true, answeredById: true, stance: true, content: true, resultReportId: true },
    }),
    db.meeting.findMany({
      where: { proposalId, closedAt: { not: null } },
      orderBy: { closedAt: "asc" },
      select: {
        id: true, purpose: true, heldOn: true, chairId: true, minutes: true, tally: true, closedAt: true, resultReportId: true,
        members: { orderBy: { userId: "asc" }, select: { userId: true, isHead: true, present: true, excluded: true, exclusionReason: true } },
        votes: { orderBy: { voterId: "asc" }, select: { voterId: true, choice: true } },
      },
    }),
    db.directive.findMany({ where: inPilot, orderBy: { issuedAt: "asc" }, select: { id: true, kind: true, reason: true, changes: true, issuedById: true, issuedAt: true } }),
    db.progressReport.findMany({
      where: inPilot,
      orderBy: { periodEnd: "asc" },
      select: {
        id: true, periodStart: true, periodEnd: true, authorId: true, summary: true, risks: true, supportRequested: true, submittedAt: true,
        measurements: { orderBy: { kpiId: "asc" }, select: { kpiId: true, value: true, note: true } },
      },
    }),
    db.monitoringNote.findMany({ where: inPilot, orderBy: { createdAt: "asc" }, select: { id: true, authorId: true, finding: true, severity: true, action: true, createdAt: true } }),
    db.resultReport.findMany({
      where: { proposalId },
      orderBy: { submittedAt: "asc" },
      select: { id: true, authorId: true, content: true, kpiResults: true, selfAssessment: true, damageDescription: true, damageVnd: true, objectiveCauses: true, subjectiveCauses: true, submittedAt: true },
    }),
    db.attachment.findMany({ where: { proposalId }, orderBy: { createdAt: "asc" }, select: { id: true, purpose: true, fileName: true, sha256: true, sizeBytes: true, createdAt: true } }),
    db.evaluation.findMany({
      where: { proposalId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, resultReportId: true, category: true, objectiveCauses: true, subjectiveCauses: true, followedPolicy: true, followedPolicyEvidence: true,
        pureMotive: true, pureMotiveEvidence: true, commonInterest: true, commonInterestEvidence: true, evidence: true, damageCaused: true, damageVnd: true,
        abuse: true, abuseKinds: true, abuseFindings: true, conclusion: true, number: true, decidedOn: true, decidedById: true, meetingId: true, partyOpinionId: true, createdAt: true,
      },
    }),
  ]);

  const items: RecordItem[] = [];
  const revisions = new Map(decisions.map((d) => [d.revision.id, d.revision]));
  for (const r of revisions.values()) {
    items.push({
      kind: "REVISION", id: r.id, at: r.createdAt,
      content: { number: r.number, title: r.title, plan: r.plan, createdById: r.createdById },
      auditKeys: ["revisionId"], auditActions: ["proposal.submit"], auditFilter: (a) => a.revision === r.number,
    });
  }
  for (const o of opinions) {
    items.push({
      kind: "PARTY_OPINION", id: o.id, at: o.answeredAt ?? o.requestedAt,
      content: { stage: o.stage, requestedAt: iso(o.requestedAt), answeredAt: iso(o.answeredAt), answeredById: o.answeredById, stance: o.stance, content: o.content, resultReportId: o.resultReportId },
      auditKeys: [], auditActions: ["party.opine"], auditFilter: (a) => a.stage === undefined || a.stage === o.stage,
    });
  }
  for (const m of meetings) {
    items.push({
      kind: "MEETING", id: m.id, at: m.closedAt ?? m.heldOn,
      content: { purpose: m.purpose, heldOn: day(m.heldOn), chairId: m.chairId, minutes: m.minutes, tally: m.tally, closedAt: iso(m.closedAt), resultReportId: m.resultReportId, members: m.members, votes: m.votes },
      auditKeys: ["meetingId"], auditActions: ["meeting.close", "meeting.record"], auditFilter: (a) => a.purpose === undefined || a.purpose === m.purpose,
    });
  }
  for (const d of decisions) {
    items.push({
      kind: "DECISION", id: d.id, at: d.createdAt,
      content: {
        kind: d.kind, basis: d.basis, number: d.number, signedOn: day(d.signedOn), signerId: d.signerId, revisionId: d.revision.id, scope: d.scope,
        startDate: day(d.startDate), endDate: day(d.endDate), budgetVnd: d.budgetVnd, people: d.people, targets: d.targets, rationale: d.rationale,
      },
      auditKeys: ["decisionId"], auditActions: ["proposal.decide"],
    });
  }
  for (const d of directives) {
    items.push({
      kind: "DIRECTIVE", id: d.id, at: d.issuedAt,
      content: { kind: d.kind, reason: d.reason, changes: d.changes, issuedById: d.issuedById, issuedAt: iso(d.issuedAt) },
      auditKeys: ["directiveId"], auditActions: ["pilot.direct"], auditFilter: (a) => a.directive === undefined || a.directive === d.kind,
    });
  }
  for (const r of reports) {
    items.push({
      kind: "PROGRESS_REPORT", id: r.id, at: r.submittedAt,
      content: {
        periodStart: day(r.periodStart), periodEnd: day(r.periodEnd), authorId: r.authorId, summary: r.summary, risks: r.risks, supportRequested: r.supportRequested,
        submittedAt: iso(r.submittedAt), measurements: r.measurements.map((m) => ({ kpiId: m.kpiId, value: m.value.toString(), note: m.note })),
      },
      auditKeys: ["progressReportId", "reportId"], auditActions: ["pilot.report"],
    });
  }
  for (const n of notes) {
    items.push({
      kind: "MONITORING_NOTE", id: n.id, at: n.createdAt,
      content: { authorId: n.authorId, finding: n.finding, severity: n.severity, action: n.action, createdAt: iso(n.createdAt) },
      auditKeys: ["noteId", "monitoringNoteId"], auditActions: ["pilot.monitor"],
    });
  }
  for (const r of results) {
    items.push({
      kind: "RESULT_REPORT", id: r.id, at: r.submittedAt,
      content: {
        authorId: r.authorId, content: r.content, kpiResults: r.kpiResults, selfAssessment: r.selfAssessment, damageDescription: r.damageDescription,
        damageVnd: r.damageVnd, objectiveCauses: r.objectiveCauses, subjectiveCauses: r.subjectiveCauses, submittedAt: iso(r.submittedAt),
      },
      auditKeys: ["resultReportId"], auditActions: ["result.report"],
    });
  }
  for (const a of attachments) {
    items.push({
      kind: "ATTACHMENT", id: a.id, at: a.createdAt,
      content: { purpose: a.purpose, fileName: a.fileName, sha256: a.sha256, sizeBytes: a.sizeBytes },
      auditKeys: ["attachmentId"], auditActions: ["attachment.upload"],
    });
  }
  for (const e of evaluations) {
    const { id, createdAt, decidedOn, ...rest } = e;
    items.push({
      kind: "EVALUATION", id, at: createdAt,
      content: { ...rest, decidedOn: day(decidedOn) },
      auditKeys: ["evaluationId"], auditActions: ["evaluation.decide"],
    });
  }
  return items;
}
