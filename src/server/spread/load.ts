/**
 * What the recognition, catalogue and institutionalisation use-cases read about a proposal: the
 * resource can() needs, its proposers, and its evaluations (the latest one decides "completed").
 */
import { latestOutcome } from "@/domain/spread";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import type { Tx } from "../db";
import { proposalResourceSelect } from "../proposals/resource";
import { proposalScope } from "../scope";

export const spreadSelect = {
  ...proposalResourceSelect,
  field: true,
  unit: { select: { name: true } },
  evaluations: { select: { category: true, decidedOn: true, createdAt: true } },
} satisfies Prisma.ProposalSelect;

export type SpreadRow = Prisma.ProposalGetPayload<{ select: typeof spreadSelect }>;

export function loadForSpread(tx: Tx, actor: SessionActor, proposalId: string) {
  // Scoped by what the actor may read (a foreign id is a 404); can() then decides the action.
  return tx.proposal.findFirst({ where: { id: proposalId, ...proposalScope(actor) }, select: spreadSelect });
}

export function proposersOf(p: { authorId: string; coAuthors: { userId: string }[] }): string[] {
  return [p.authorId, ...p.coAuthors.map((c) => c.userId)];
}

export function outcomeOf(p: SpreadRow) {
  return latestOutcome(p.evaluations);
}

/** The day of the latest evaluation ("YYYY-MM-DD"), or null. */
export function evaluatedOnOf(p: SpreadRow): string | null {
  const days = p.evaluations.map((e) => e.decidedOn.toISOString().slice(0, 10)).sort();
  return days.length ? days[days.length - 1] : null;
}

/** Heads of a unit (active): told when their unit's model is adopted elsewhere. */
export async function headsOf(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { unitId, role: "HEAD", user: { active: true } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}
