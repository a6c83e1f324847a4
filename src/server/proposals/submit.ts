import { z } from "zod";
import { assertCan } from "@/domain/permissions";
import { planSchema } from "@/domain/plan";
import { ValidationError } from "@/domain/errors";
import { next } from "@/domain/workflow";
import { InvalidTransitionError } from "@/domain/errors";
import { toJsonValue } from "../audit";
import { openDeadline, settleDeadlines } from "../deadlines";
import { profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { defineUseCase } from "../usecase";
import { codeFor, searchTextOf } from "./draft";
import { proposalResourceSelect, toProposalResource } from "./resource";
import { decidingUnitFor, headsOf } from "./routing";
import { syncInvitations } from "./coauthors";

/**
 * Submitting freezes an immutable revision and sends it to the head who decides (Art. 7.4), opening
 * the decision deadline of the regulation profile (Art. 8: 7 working days in NĐ 73/2023).
 */
export const submitProposal = defineUseCase({
  name: "proposal.submit",
  input: z.object({ proposalId: z.string().min(1), version: z.number().int().min(0) }),
  load: (tx, actor, input) =>
    tx.proposal.findFirst({
      where: { id: input.proposalId, ...proposalScope(actor) },
      select: { ...proposalResourceSelect, draft: true },
    }),
  authorize: (actor, p) => assertCan(actor, "proposal.submit", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const step = next(p.status, "submit");
    if (!step.ok) throw new InvalidTransitionError();
    const parsed = planSchema.safeParse(p.draft);
    if (!parsed.success) throw ValidationError.fromZod(parsed.error);
    const plan = parsed.data;

    const coAuthorIds = [...new Set(plan.coAuthorIds)].filter((id) => id !== p.authorId);
    const found = await ctx.tx.user.count({ where: { id: { in: coAuthorIds }, active: true } });
    if (found !== coAuthorIds.length) {
      throw new ValidationError([{ path: "coAuthorIds", message: "unknownUser" }]);
    }

    const decidingUnitId = await decidingUnitFor(ctx.tx, [p.authorId, ...coAuthorIds], p.unitId);
    // A plan submitted without an earlier save with content gets its number now.
    const code = await codeFor(ctx.tx, p, ctx.now);
    const number = p.currentRevision + 1;
    const revision = await ctx.tx.proposalRevision.create({
      data: { proposalId: p.id, number, title: plan.title, plan: toJsonValue(plan) ?? {}, createdById: ctx.actor.userId },
      select: { id: true },
    });
    const updated = await ctx.tx.proposal.updateMany({
      where: { id: p.id, version: input.version },
      data: {
        status: step.to,
        version: { increment: 1 },
        currentRevision: number,
        title: plan.title,
        field: plan.field,
        bottleneckKind: plan.bottleneckKind,
        decidingUnitId,
        code,
        searchText: searchTextOf({ code, title: plan.title, field: plan.field }),
        submittedAt: ctx.now,
      },
    });
    ctx.assertUpdated(updated.count);
    const decidingUnit = await ctx.tx.unit.findUniqueOrThrow({ where: { id: decidingUnitId }, select: { path: true } });
    // Named co-authors are invited; they count only once they accept (coauthors.ts).
    await syncInvitations(ctx, { id: p.id, code, title: plan.title }, coAuthorIds, decidingUnit.path);
    const profile = await profileForUnit(ctx.tx, decidingUnit.path);
    const heads = await headsOf(ctx.tx, decidingUnitId);
    await settleDeadlines(ctx, p.id, ["DECISION"], "CANCELLED");
    const deadline = await openDeadline(ctx, {
      proposalId: p.id,
      kind: "DECISION",
      unitId: decidingUnitId,
      assigneeId: heads[0] ?? null,
      workingDays: profile.decisionWorkingDays,
    });
    // The head decides; the co-authors only learn that the plan went out (issue 12.11).
    ctx.notify({
      userIds: heads,
      kind: "proposal.submitted",
      params: { code, title: plan.title },
      proposalId: p.id,
      href: `/proposals/${p.id}/review`,
    });
    ctx.notify({
      userIds: p.coAuthors.map((c) => c.userId),
      kind: "proposal.submittedCoAuthor",
      params: { code, title: plan.title },
      proposalId: p.id,
      href: `/proposals/${p.id}`,
    });
    ctx.audit({
      action: "proposal.submit",
      targetType: "Proposal",
      targetId: p.id,
      proposalId: p.id,
      unitId: p.unitId,
      before: { status: p.status },
      after: { status: step.to, revision: number, revisionId: revision.id, decidingUnitId, dueOn: deadline.dueOn },
    });
    return { revision: number, version: input.version + 1, dueOn: deadline.dueOn };
  },
});

/** The proposer may withdraw before a decision; open deadlines are cancelled. */
export const withdrawProposal = defineUseCase({
  name: "proposal.withdraw",
  input: z.object({ proposalId: z.string().min(1), version: z.number().int().min(0), reason: z.string().trim().max(2000).optional() }),
  load: (tx, actor, input) =>
    tx.proposal.findFirst({ where: { id: input.proposalId, ...proposalScope(actor) }, select: proposalResourceSelect }),
  authorize: (actor, p) => assertCan(actor, "proposal.withdraw", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const step = next(p.status, "withdraw");
    if (!step.ok) throw new InvalidTransitionError();
    const updated = await ctx.tx.proposal.updateMany({
      where: { id: p.id, version: input.version },
      data: { status: step.to, version: { increment: 1 } },
    });
    ctx.assertUpdated(updated.count);
    await settleDeadlines(ctx, p.id, ["DECISION"], "CANCELLED");
    const heads = p.status === "DRAFT" ? [] : await headsOf(ctx.tx, p.decidingUnitId);
    ctx.notify({ userIds: heads, kind: "proposal.withdrawn", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({
      action: "proposal.withdraw",
      targetType: "Proposal",
      targetId: p.id,
      proposalId: p.id,
      unitId: p.unitId,
      before: { status: p.status },
      after: { status: step.to },
      meta: input.reason ? { reason: input.reason } : undefined,
    });
    return { version: input.version + 1 };
  },
});
