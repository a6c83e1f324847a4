import { CONDITIONS } from "@/domain/review";
import { readVoteTally } from "@/domain/vote";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import type { Tx } from "../db";
import { proposalResourceSelect } from "../proposals/resource";
import { proposalScope } from "../scope";

/** Everything the decision steps read about the proposal, loaded inside the use-case's transaction. */
export const reviewSelect = {
  ...proposalResourceSelect,
  submittedAt: true,
  decidingUnit: { select: { path: true, name: true, parentId: true } },
  revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, plan: true, createdAt: true } },
} satisfies Prisma.ProposalSelect;

type ProposalRow = Prisma.ProposalGetPayload<{ select: typeof reviewSelect }>;

/**
 * What the decision on the current revision rests on (Art. 4, khoản 1 Điều 8): the Party opinions
 * asked on this revision, its one live (not annulled) meeting, and the conditions a reviewer
 * recorded as not met on it. Earlier revisions' opinions and votes do not count for this one.
 */
export async function revisionRecord(tx: Tx, proposalId: string, revisionId: string) {
  // One after another: these run on the use-case's transaction, which has one connection.
  const partyOpinions = await tx.partyOpinion.findMany({
    where: { proposalId, stage: "DECISION", revisionId },
    orderBy: { requestedAt: "desc" },
    select: { id: true, answeredAt: true, stance: true },
  });
  const meetings = await tx.meeting.findMany({
    where: { proposalId, purpose: "DECISION", revisionId, annulledAt: null },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { id: true, heldOn: true, closedAt: true, tally: true },
  });
  const notMet = await tx.reviewFinding.findMany({
    where: { finding: "NOT_MET", review: { proposalId, revisionId } },
    select: { condition: true },
    distinct: ["condition"],
  });
  const meeting = meetings[0] ? { ...meetings[0], tally: meetings[0].closedAt ? readVoteTally(meetings[0].tally) : null } : null;
  const answered = partyOpinions.find((o) => o.answeredAt !== null) ?? null;
  const order = (c: string) => (CONDITIONS as readonly string[]).indexOf(c);
  return {
    partyOpinions,
    answeredOpinion: answered,
    meeting,
    /** The closed meeting's tally on this revision; null before the vote is closed. */
    tally: meeting?.tally ?? null,
    conditionsNotMet: notMet.map((f) => f.condition).sort((a, b) => order(a) - order(b)),
  };
}

export type ReviewRow = ProposalRow & {
  revision: ProposalRow["revisions"][number] | null;
} & Awaited<ReturnType<typeof revisionRecord>>;

export async function loadForReview(tx: Tx, actor: SessionActor, proposalId: string): Promise<ReviewRow | null> {
  // Scoped by what the actor may read; the use-case then asks can() for the specific action.
  const p = await tx.proposal.findFirst({ where: { id: proposalId, ...proposalScope(actor) }, select: reviewSelect });
  if (!p) return null;
  const revision = p.revisions[0] ?? null;
  const record = revision
    ? await revisionRecord(tx, p.id, revision.id)
    : { partyOpinions: [], answeredOpinion: null, meeting: null, tally: null, conditionsNotMet: [] };
  return { ...p, revision, ...record };
}

/** Leadership collective of a unit (khoản 1 Điều 8): its head and deputies, active users only. */
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

export function authorsOf(p: { authorId: string; coAuthors: { userId: string }[] }): string[] {
  return [p.authorId, ...p.coAuthors.map((c) => c.userId)];
}
