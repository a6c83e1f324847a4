/**
 * Loading a pilot (the execution record of an approved plan) for a use-case: scoped in the `where`
 * to the proposals the actor may read during execution, so a foreign or unknown id is a 404 for
 * every role; the use-case then asks can() for its own action.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import type { Tx } from "../db";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { proposalScope } from "../scope";

export const pilotRowSelect = {
  id: true,
  version: true,
  decisionId: true,
  isPilot: true,
  startDate: true,
  endDate: true,
  startedOn: true,
  startedAt: true,
  reportEveryDays: true,
  monitorId: true,
  scope: true,
  budgetVnd: true,
  people: true,
  equipment: true,
  proposal: {
    select: {
      ...proposalResourceSelect,
      decidingUnit: { select: { path: true, name: true } },
    },
  },
} satisfies Prisma.PilotSelect;

export type PilotRow = Prisma.PilotGetPayload<{ select: typeof pilotRowSelect }>;

/** Every pilot the actor may see (pilot.read: the same people who read the proposal, once approved). */
export function pilotScope(actor: SessionActor): Prisma.PilotWhereInput {
  return { proposal: proposalScope(actor, "pilot.read") };
}

export function loadPilot(tx: Tx, actor: SessionActor, pilotId: string) {
  return tx.pilot.findFirst({ where: { AND: [{ id: pilotId }, pilotScope(actor)] }, select: pilotRowSelect });
}

export const resourceOf = (p: PilotRow) => toProposalResource(p.proposal);

export function authorsOfPilot(p: PilotRow): string[] {
  return [p.proposal.authorId, ...p.proposal.coAuthors.map((c) => c.userId)];
}

export const pilotHref = (pilotId: string) => `/pilots/${pilotId}`;

export function pilotNotice(p: PilotRow) {
  return { proposalId: p.proposal.id, href: pilotHref(p.id), params: { code: p.proposal.code, title: p.proposal.title } };
}
