/**
 * What the result-report and evaluation steps read (Art. 18), loaded inside the use-case's
 * transaction and scoped to what the actor may read. The evaluation-stage Party opinion and the
 * evaluation meeting are tied to the result report they concern (`resultReportId`).
 */
import type { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import type { Db, Tx } from "../db";
import { proposalResourceSelect } from "../proposals/resource";
import { proposalScope } from "../scope";

export const outcomeSelect = {
  ...proposalResourceSelect,
  finishedAt: true,
  decidingUnit: { select: { path: true, name: true } },
  pilot: {
    select: {
      id: true,
      endDate: true,
      kpis: { orderBy: { id: "asc" }, select: { id: true, name: true, unitOfMeasure: true, baseline: true, target: true } },
    },
  },
  resultReports: {
    orderBy: { submittedAt: "desc" },
    take: 1,
    select: {
      id: true,
      submittedAt: true,
      damageVnd: true,
      partyOpinions: { where: { stage: "EVALUATION" }, orderBy: { requestedAt: "desc" }, select: { id: true, answeredAt: true, stance: true } },
      meetings: {
        where: { purpose: "EVALUATION" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, closedAt: true, tally: true, heldOn: true },
      },
    },
  },
} satisfies Prisma.ProposalSelect;

export type OutcomeRow = Prisma.ProposalGetPayload<{ select: typeof outcomeSelect }>;

export function loadForOutcome(tx: Tx | Db, actor: SessionActor, proposalId: string) {
  return tx.proposal.findFirst({ where: { id: proposalId, ...proposalScope(actor) }, select: outcomeSelect });
}

export function authorIdsOf(p: { authorId: string; coAuthors: { userId: string }[] }): string[] {
  return [p.authorId, ...p.coAuthors.map((c) => c.userId)];
}
