/**
 * The written decision (Art. 8 NĐ 73/2023; KL 14 §2.3): approve for implementation or as a pilot,
 * not approve (reasons required) or return for revision (comments required). Approvals check the
 * Party committee's opinion (Art. 4, when the profile requires it) and the collective's closed
 * vote, or the head's sole approval with a written rationale (Art. 8.3). The decision points at
 * the exact revision it approves; the pilot and its first progress-report deadline are created
 * with it. Two heads deciding at the same moment: the version check lets exactly one through.
 */
import { addCalendarDays, toVietnamDate } from "@/domain/calendar";
import { approvalIssues } from "@/domain/decision";
import { ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import type { Plan } from "@/domain/plan";
import { approvalSchema, rejectionSchema, returnSchema } from "@/domain/review";
import type { VoteTally } from "@/domain/vote";
import { assertNext, type WorkflowEvent } from "@/domain/workflow";
import { claimDecisionNumber } from "../admin/registers";
import { toJsonValue } from "../audit";
import { settleDeadlines } from "../deadlines";
import { toProposalResource } from "../proposals/resource";
import { dayToDate, profileForUnit } from "../rules";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { authorsOf, loadForReview, type ReviewRow } from "./load";

async function moveTo(ctx: UseCaseContext, p: ReviewRow, version: number, event: WorkflowEvent) {
  const t = assertNext(p.status, event);
  const r = await ctx.tx.proposal.updateMany({
    where: { id: p.id, version },
    data: { status: t.to, version: { increment: 1 }, decidedAt: ctx.now },
  });
  ctx.assertUpdated(r.count);
  await settleDeadlines(ctx, p.id, ["DECISION"]);
  return t.to;
}

function currentRevision(p: ReviewRow) {
  const r = p.revisions[0];
  if (!r) throw new ValidationError([{ path: "revision", code: "NO_REVISION", message: "required" }]);
  return r;
}

export const approveProposal = defineUseCase({
  name: "proposal.decide",
  input: approvalSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "proposal.decide", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    const meeting = p.meetings[0];
    const tally = meeting?.closedAt ? (meeting.tally as unknown as VoteTally) : null;
    const issues = approvalIssues(
      { basis: input.basis, tally, partyOpinionRecorded: p.partyOpinions.some((o) => o.answeredAt), rationale: input.rationale },
      profile,
    );
    if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, message: i.code ?? i.message })));
    const monitor = await ctx.tx.user.count({ where: { id: input.monitorId, active: true } });
    if (!monitor) throw new ValidationError([{ path: "monitorId", code: "UNKNOWN_USER", message: "unknownUser" }]);

    const revision = currentRevision(p);
    const status = await moveTo(ctx, p, input.version, "approve");
    const decision = await ctx.tx.decision.create({
      data: {
        proposalId: p.id,
        revisionId: revision.id,
        kind: input.kind,
        basis: input.basis,
        number: input.number,
        signedOn: dayToDate(input.signedOn),
        signerId: ctx.actor.userId,
        scope: input.scope,
        participatingUnits: input.participatingUnits || null,
        startDate: dayToDate(input.startDate),
        endDate: dayToDate(input.endDate),
        budgetVnd: BigInt(input.budgetVnd),
        people: Number(input.people),
        equipment: input.equipment || null,
        targets: toJsonValue(input.targets),
        monitorId: input.monitorId,
        reportEveryDays: input.reportEveryDays,
        profileCode: profile.code,
        rationale: input.basis === "HEAD_ALONE" ? input.rationale ?? null : null,
      },
      select: { id: true },
    });
    await claimDecisionNumber(ctx, { unitId: p.decidingUnitId, number: input.number, signedOn: input.signedOn, decisionId: decision.id });
    const plan = revision.plan as unknown as Plan;
    await ctx.tx.pilot.create({
      data: {
        proposalId: p.id,
        decisionId: decision.id,
        isPilot: input.kind === "PILOT",
        startDate: dayToDate(input.startDate),
        endDate: dayToDate(input.endDate),
        monitorId: input.monitorId,
        reportEveryDays: input.reportEveryDays,
        kpis: { create: input.targets.map((k) => ({ name: k.name, unitOfMeasure: k.unit, baseline: k.baseline, target: k.target, method: k.method || null })) },
        milestones: { create: (plan.milestones ?? []).map((m) => ({ title: m.title, dueDate: dayToDate(m.date) })) },
      },
    });
    // The first progress report falls due one reporting period after the start (calendar days).
    await ctx.tx.deadline.create({
      data: {
        proposalId: p.id,
        kind: "PROGRESS_REPORT",
        unitId: p.unitId,
        assigneeId: p.authorId,
        openedAt: ctx.now,
        dueOn: dayToDate(addCalendarDays(input.startDate, input.reportEveryDays)),
        workingDays: 0,
      },
    });
    ctx.notify({ userIds: [...authorsOf(p), input.monitorId], kind: "proposal.decided", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({
      action: "proposal.decide",
      targetType: "Decision",
      targetId: decision.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      before: { status: p.status },
      after: { status, kind: input.kind, basis: input.basis, number: input.number, revision: revision.number, tally, rationale: input.rationale ?? null },
    });
    return { decisionId: decision.id, version: input.version + 1 };
  },
});

export const rejectProposal = defineUseCase({
  name: "proposal.decide",
  input: rejectionSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "proposal.decide", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const revision = currentRevision(p);
    const status = await moveTo(ctx, p, input.version, "reject");
    const decision = await ctx.tx.decision.create({
      data: { proposalId: p.id, revisionId: revision.id, kind: "NOT_APPROVED", signerId: ctx.actor.userId, reasons: input.reasons, number: input.number || null, signedOn: dayToDate(toVietnamDate(ctx.now)) },
      select: { id: true },
    });
    await claimDecisionNumber(ctx, { unitId: p.decidingUnitId, number: input.number, signedOn: toVietnamDate(ctx.now), decisionId: decision.id });
    ctx.notify({ userIds: authorsOf(p), kind: "proposal.decided", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({ action: "proposal.decide", targetType: "Decision", targetId: decision.id, proposalId: p.id, unitId: p.decidingUnitId, before: { status: p.status }, after: { status, kind: "NOT_APPROVED", reasons: input.reasons } });
    return { decisionId: decision.id, version: input.version + 1 };
  },
});

export const returnProposal = defineUseCase({
  name: "proposal.return",
  input: returnSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "proposal.return", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const revision = currentRevision(p);
    const status = await moveTo(ctx, p, input.version, "returnForRevision");
    const decision = await ctx.tx.decision.create({
      data: { proposalId: p.id, revisionId: revision.id, kind: "RETURNED", signerId: ctx.actor.userId, comments: input.comments },
      select: { id: true },
    });
    ctx.notify({ userIds: authorsOf(p), kind: "proposal.returned", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}/edit` });
    ctx.audit({ action: "proposal.return", targetType: "Decision", targetId: decision.id, proposalId: p.id, unitId: p.decidingUnitId, before: { status: p.status }, after: { status, comments: input.comments, revision: revision.number } });
    return { decisionId: decision.id, version: input.version + 1 };
  },
});
