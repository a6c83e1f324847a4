/**
 * Co-author invitations. Naming someone in the plan invites them when the plan is submitted; they
 * count (coauthor-rule.ts) only after accepting — and, when they work outside the deciding unit's
 * subtree, after the deciding unit's head accepted them as well.
 */
import { z } from "zod";
import { NotFoundError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import type { SessionActor } from "../actor";
import { db, type Tx } from "../db";
import { proposalScope } from "../scope";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { proposalResourceSelect, toProposalResource } from "./resource";

/**
 * At submission: invites the newly named, forgets those no longer named (declined ones stay
 * declined while still named, so a proposer cannot re-invite someone who said no).
 */
export async function syncInvitations(
  ctx: UseCaseContext,
  p: { id: string; code: string; title: string },
  named: string[],
  decidingUnitPath: string,
): Promise<string[]> {
  await ctx.tx.proposalCoAuthor.deleteMany({ where: { proposalId: p.id, userId: { notIn: named } } });
  const existing = await ctx.tx.proposalCoAuthor.findMany({ where: { proposalId: p.id }, select: { userId: true } });
  const known = new Set(existing.map((e) => e.userId));
  const fresh = named.filter((id) => !known.has(id));
  if (fresh.length === 0) return [];
  const inside = await ctx.tx.membership.findMany({
    where: { userId: { in: fresh }, unit: { path: { startsWith: decidingUnitPath } } },
    select: { userId: true },
  });
  const insideIds = new Set(inside.map((m) => m.userId));
  await ctx.tx.proposalCoAuthor.createMany({
    data: fresh.map((userId) => ({ proposalId: p.id, userId, status: "INVITED" as const, invitedAt: ctx.now, outsideUnit: !insideIds.has(userId) })),
    skipDuplicates: true,
  });
  ctx.notify({ userIds: fresh, kind: "coauthor.invited", params: { code: p.code, title: p.title }, proposalId: p.id, href: "/invitations" });
  return fresh;
}

/** The invitee accepts or declines. Only their own pending invitation is found (else 404). */
export const respondToInvitation = defineUseCase({
  name: "coauthor.respond",
  input: z.object({ proposalId: z.string().min(1).max(64), accept: z.boolean() }),
  load: (tx, actor, input) =>
    tx.proposalCoAuthor.findFirst({
      where: { proposalId: input.proposalId, userId: actor.userId, status: "INVITED" },
      select: { proposalId: true, userId: true, outsideUnit: true, proposal: { select: { code: true, title: true, authorId: true, unitId: true, decidingUnitId: true } } },
    }),
  // The invitation is addressed to the actor (the load is scoped to it): nobody else can answer it.
  authorize: (actor, invitation) => {
    if (invitation.userId !== actor.userId) throw new NotFoundError();
  },
  execute: async (ctx, inv, input) => {
    const status = input.accept ? ("ACCEPTED" as const) : ("DECLINED" as const);
    const r = await ctx.tx.proposalCoAuthor.updateMany({
      where: { proposalId: inv.proposalId, userId: inv.userId, status: "INVITED" },
      data: { status, respondedAt: ctx.now },
    });
    ctx.assertUpdated(r.count);
    const p = inv.proposal;
    const heads = input.accept && inv.outsideUnit ? await headIds(ctx.tx, p.decidingUnitId) : [];
    ctx.notify({ userIds: [p.authorId], kind: input.accept ? "coauthor.accepted" : "coauthor.declined", params: { code: p.code, title: p.title }, proposalId: inv.proposalId, href: `/proposals/${inv.proposalId}` });
    if (heads.length) ctx.notify({ userIds: heads, kind: "coauthor.approval", params: { code: p.code, title: p.title }, proposalId: inv.proposalId, href: "/invitations" });
    ctx.audit({ action: input.accept ? "coauthor.accept" : "coauthor.decline", targetType: "ProposalCoAuthor", targetId: `${inv.proposalId}:${inv.userId}`, proposalId: inv.proposalId, unitId: p.unitId, after: { status } });
    return { status, awaitingHead: input.accept && inv.outsideUnit };
  },
});

/** The deciding unit's head accepts a co-author from outside its subtree (who already accepted). */
export const approveOutsideCoAuthor = defineUseCase({
  name: "coauthor.approve",
  input: z.object({ proposalId: z.string().min(1).max(64), userId: z.string().min(1).max(64), version: z.number().int().min(0) }),
  load: async (tx, actor, input) => {
    const p = await tx.proposal.findFirst({ where: { id: input.proposalId, ...proposalScope(actor) }, select: proposalResourceSelect });
    if (!p) return null;
    const row = await tx.proposalCoAuthor.findFirst({
      where: { proposalId: p.id, userId: input.userId, status: "ACCEPTED", outsideUnit: true, headApprovedAt: null },
      select: { userId: true },
    });
    return row ? { p, row } : null;
  },
  authorize: (actor, { p }) => assertCan(actor, "coauthor.approve", toProposalResource(p)),
  execute: async (ctx, { p, row }) => {
    await ctx.tx.proposalCoAuthor.update({
      where: { proposalId_userId: { proposalId: p.id, userId: row.userId } },
      data: { headApprovedAt: ctx.now, headApprovedById: ctx.actor.userId },
    });
    ctx.notify({ userIds: [p.authorId, row.userId], kind: "coauthor.approved", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({ action: "coauthor.approve", targetType: "ProposalCoAuthor", targetId: `${p.id}:${row.userId}`, proposalId: p.id, unitId: p.decidingUnitId, after: { headApprovedAt: ctx.now.toISOString() } });
    return { ok: true };
  },
});

async function headIds(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { unitId, role: "HEAD", user: { active: true } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** What /invitations lists: the actor's pending invitations, and co-authors awaiting the actor as head. */
export async function invitationsFor(actor: SessionActor) {
  const headUnits = actor.memberships.filter((m) => m.role === "HEAD").map((m) => m.unitId);
  const [mine, awaitingMe] = await Promise.all([
    db.proposalCoAuthor.findMany({
      where: { userId: actor.userId, status: "INVITED" },
      orderBy: { invitedAt: "desc" },
      take: 50,
      select: { proposalId: true, invitedAt: true, proposal: { select: { code: true, title: true, status: true, author: { select: { fullName: true } }, unit: { select: { name: true } } } } },
    }),
    headUnits.length
      ? db.proposalCoAuthor.findMany({
          where: { status: "ACCEPTED", outsideUnit: true, headApprovedAt: null, proposal: { decidingUnitId: { in: headUnits }, status: { notIn: ["DRAFT", "WITHDRAWN"] } } },
          orderBy: { respondedAt: "desc" },
          take: 50,
          select: {
            proposalId: true,
            userId: true,
            user: { select: { fullName: true, memberships: { take: 1, select: { unit: { select: { name: true } } } } } },
            proposal: { select: { code: true, title: true, version: true, author: { select: { fullName: true } } } },
          },
        })
      : Promise.resolve([]),
  ]);
  return { mine, awaitingMe };
}
