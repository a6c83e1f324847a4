/**
 * What a condition's finding may cite as evidence (Art. 5.2): the records of the same proposal —
 * its decisions, directives, progress reports, inspections, Party opinions, result report and
 * attached papers. The form lists these; the server accepts only these.
 */
import type { Evidence, EvidenceKind } from "@/domain/outcome";
import type { Db, Tx } from "../db";

export type EvidenceOption = { kind: EvidenceKind; id: string; on: Date; label: string };

export async function evidenceOptions(client: Db | Tx, proposalId: string): Promise<EvidenceOption[]> {
  const inPilot = { pilot: { proposalId } };
  const [decisions, directives, reports, notes, opinions, results, attachments] = await Promise.all([
    client.decision.findMany({ where: { proposalId, kind: { in: ["IMPLEMENT", "PILOT"] } }, select: { id: true, number: true, createdAt: true, kind: true } }),
    client.directive.findMany({ where: inPilot, orderBy: { issuedAt: "asc" }, select: { id: true, kind: true, issuedAt: true, reason: true } }),
    client.progressReport.findMany({ where: inPilot, orderBy: { periodEnd: "asc" }, select: { id: true, periodEnd: true, submittedAt: true } }),
    client.monitoringNote.findMany({ where: inPilot, orderBy: { createdAt: "asc" }, select: { id: true, severity: true, createdAt: true, finding: true } }),
    client.partyOpinion.findMany({ where: { proposalId, answeredAt: { not: null } }, select: { id: true, stage: true, answeredAt: true } }),
    client.resultReport.findMany({ where: { proposalId }, select: { id: true, submittedAt: true } }),
    client.attachment.findMany({ where: { proposalId }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, createdAt: true } }),
  ]);
  const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  return [
    ...decisions.map((d) => ({ kind: "DECISION" as const, id: d.id, on: d.createdAt, label: d.number ?? d.kind })),
    ...directives.map((d) => ({ kind: "DIRECTIVE" as const, id: d.id, on: d.issuedAt, label: `${d.kind}: ${short(d.reason)}` })),
    ...reports.map((r) => ({ kind: "PROGRESS_REPORT" as const, id: r.id, on: r.submittedAt, label: r.periodEnd.toISOString().slice(0, 10) })),
    ...notes.map((n) => ({ kind: "MONITORING_NOTE" as const, id: n.id, on: n.createdAt, label: `${n.severity}: ${short(n.finding)}` })),
    ...opinions.map((o) => ({ kind: "PARTY_OPINION" as const, id: o.id, on: o.answeredAt ?? new Date(0), label: o.stage })),
    ...results.map((r) => ({ kind: "RESULT_REPORT" as const, id: r.id, on: r.submittedAt, label: "" })),
    ...attachments.map((a) => ({ kind: "ATTACHMENT" as const, id: a.id, on: a.createdAt, label: a.fileName })),
  ];
}

/** Paths of links that do not point into this proposal's record. */
export function foreignEvidence(options: readonly EvidenceOption[], links: Record<string, readonly Evidence[]>): string[] {
  const known = new Set(options.map((o) => `${o.kind}:${o.id}`));
  return Object.entries(links).flatMap(([condition, list]) =>
    list.flatMap((e, i) => (known.has(`${e.kind}:${e.id}`) ? [] : [`conditions.${condition}.evidence.${i}`])),
  );
}
