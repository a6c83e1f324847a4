/**
 * The written decision (khoản 1 Điều 8 NĐ 73/2023; KL 14 §2.3): approve for implementation or as a
 * pilot, not approve (reasons required) or return for revision (comments required). The vote
 * binds: a plan the collective passed is approved; "not approved" only follows a failed vote; after
 * a failed vote the head may approve alone, with reasons of substance, and the superior unit's head
 * is told. Everything is read on the revision being decided: the Party committee's answer (Art. 4,
 * when the profile requires it), the closed meeting and its tally, the reviewers' findings on the
 * conditions (Art. 4, 5.1; a "not met" needs a stated override). The decision points at the exact
 * revision, meeting and opinion it rests on; the pilot (execution record) is created with it, and its
 * first progress-report deadline opens when execution starts. Two heads deciding at the same moment: the version check lets exactly one through.
 */
import { toVietnamDate } from "@/domain/calendar";
import { approvalIssues, rejectionIssues, returnIssues, signingDateIssues } from "@/domain/decision";
import type { FieldIssue } from "@/domain/errors";
import { ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import type { Plan } from "@/domain/plan";
import { approvalSchema, rejectionSchema, returnSchema } from "@/domain/review";
import { assertNext, type WorkflowEvent } from "@/domain/workflow";
import { claimDecisionNumber } from "../admin/registers";
import { toJsonValue } from "../audit";
import { settleDeadlines } from "../deadlines";
import { headsOf } from "../proposals/routing";
import { toProposalResource } from "../proposals/resource";
import { dateToDay, dayToDate, profileForUnit } from "../rules";
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
  const r = p.revision;
  if (!r) throw new ValidationError([{ path: "revision", code: "NO_REVISION", message: "required" }]);
  return r;
}

/** Rule issues carry their code as the message key the form translates. */
function refuse(issues: readonly FieldIssue[]) {
  if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, message: i.code ?? i.message })));
}

export const approveProposal = defineUseCase({
  name: "proposal.decide",
  input: approvalSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "proposal.decide", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const revision = currentRevision(p);
    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    const tally = p.tally;
    const meetingDay = p.meeting?.closedAt ? dateToDay(p.meeting.heldOn) : null;
    refuse([
      ...approvalIssues(
        {
          basis: input.basis,
          tally,
          partyOpinionRecorded: p.answeredOpinion !== null,
          rationale: input.rationale,
          conditionsNotMet: p.conditionsNotMet,
          overrideReason: input.overrideReason,
        },
        profile,
      ),
      ...signingDateIssues(input.signedOn, meetingDay, toVietnamDate(ctx.now)),
    ]);
    const monitor = await ctx.tx.user.count({ where: { id: input.monitorId, active: true } });
    if (!monitor) throw new ValidationError([{ path: "monitorId", code: "UNKNOWN_USER", message: "unknownUser" }]);
    const overrideReason = p.conditionsNotMet.length ? (input.overrideReason ?? null) : null;

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
        overrideReason,
        meetingId: p.meeting?.id ?? null,
        partyOpinionId: p.answeredOpinion?.id ?? null,
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
        scope: input.scope,
        budgetVnd: BigInt(input.budgetVnd),
        people: Number(input.people),
        equipment: input.equipment || null,
        kpis: { create: input.targets.map((k) => ({ name: k.name, unitOfMeasure: k.unit, baseline: k.baseline, target: k.target, method: k.method || null })) },
        milestones: { create: (plan.milestones ?? []).map((m) => ({ title: m.title, dueDate: dayToDate(m.date) })) },
      },
    });
    // No progress report is owed yet: the first one opens when execution starts (server/pilots/start).
    // Each notification says the outcome and what its reader does next.
    ctx.notify({ userIds: authorsOf(p), kind: "proposal.approved", params: { code: p.code, title: p.title, kind: input.kind }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.notify({ userIds: [input.monitorId], kind: "pilot.monitorAssigned", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    if (input.basis === "HEAD_ALONE" && p.decidingUnit.parentId) {
      // khoản 1 Điều 8: the head answers to the superior unit for a sole approval, so its head is told.
      const superiors = await headsOf(ctx.tx, p.decidingUnit.parentId);
      ctx.notify({ userIds: superiors, kind: "proposal.soleApproval", params: { code: p.code, title: p.title, unit: p.decidingUnit.name }, proposalId: p.id, href: `/proposals/${p.id}` });
    }
    ctx.audit({
      action: "proposal.decide",
      targetType: "Decision",
      targetId: decision.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      before: { status: p.status },
      after: {
        status,
        kind: input.kind,
        basis: input.basis,
        number: input.number,
        signedOn: input.signedOn,
        revision: revision.number,
        meetingId: p.meeting?.id ?? null,
        partyOpinionId: p.answeredOpinion?.id ?? null,
        tally,
        rationale: input.rationale ?? null,
        conditionsNotMet: p.conditionsNotMet,
        overrideReason,
      },
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
    // khoản 1 Điều 8: "not approved" follows the collective's failed vote on this revision.
    refuse(rejectionIssues(p.tally));
    const status = await moveTo(ctx, p, input.version, "reject");
    const decision = await ctx.tx.decision.create({
      data: {
        proposalId: p.id,
        revisionId: revision.id,
        kind: "NOT_APPROVED",
        basis: "VOTE",
        signerId: ctx.actor.userId,
        reasons: input.reasons,
        number: input.number || null,
        signedOn: dayToDate(toVietnamDate(ctx.now)),
        meetingId: p.meeting?.id ?? null,
        partyOpinionId: p.answeredOpinion?.id ?? null,
      },
      select: { id: true },
    });
    await claimDecisionNumber(ctx, { unitId: p.decidingUnitId, number: input.number, signedOn: toVietnamDate(ctx.now), decisionId: decision.id });
    ctx.notify({ userIds: authorsOf(p), kind: "proposal.notApproved", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({ action: "proposal.decide", targetType: "Decision", targetId: decision.id, proposalId: p.id, unitId: p.decidingUnitId, before: { status: p.status }, after: { status, kind: "NOT_APPROVED", revision: revision.number, tally: p.tally, reasons: input.reasons } });
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
    // No vote is needed to send a plan back, but a plan the collective passed is approved instead.
    refuse(returnIssues(p.tally));
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
