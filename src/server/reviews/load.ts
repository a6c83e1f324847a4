import type { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import type { Tx } from "../db";
import { proposalResourceSelect } from "../proposals/resource";
import { proposalScope } from "../scope";

/** Everything the decision steps read, loaded inside the use-case's transaction. */
export const reviewSelect = {
  ...proposalResourceSelect,
  submittedAt: true,
  decidingUnit: { select: { path: true, name: true } },
  revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, plan: true } },
  partyOpinions: { where: { stage: "DECISION" }, orderBy: { requestedAt: "desc" }, select: { id: true, answeredAt: true, stance: true } },
  meetings: {
    where: { purpose: "DECISION" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { id: true, closedAt: true, tally: true },
  },
} satisfies Prisma.ProposalSelect;

export type ReviewRow = Prisma.ProposalGetPayload<{ select: typeof reviewSelect }>;

export function loadForReview(tx: Tx, actor: SessionActor, proposalId: string) {
  // Scoped by what the actor may read; the use-case then asks can() for the specific action.
  return tx.proposal.findFirst({ where: { id: proposalId, ...proposalScope(actor) }, select: reviewSelect });
}

/** Leadership collective of a unit (Art. 8): its head and deputies, active users only. */
export async function collectiveOf(tx: Tx, unitId: string) {
  const rows = await tx.membership.findMany({
    where: { unitId, role: { in: ["HEAD", "DEPUTY"] }, user: { active: true } },
    select: { userId: true, role: true },
  });
  const byUser = new Map<string, boolean>();
  for (const r of rows) byUser.set(r.userId, (byUser.get(r.userId) ?? false) || r.role === "HEAD");
  return [...byUser.entries()].map(([userId, isHead]) => ({ userId, isHead }));
}

export async function partyCommitteeOf(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { unitId, role: "PARTY_COMMITTEE", user: { active: true } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

export function authorsOf(p: ReviewRow): string[] {
  return [p.authorId, ...p.coAuthors.map((c) => c.userId)];
}
