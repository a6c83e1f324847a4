/**
 * The steps before the evaluation decision (Art. 18 with Art. 4 and Art. 8.1): the Party
 * committee's opinion on the result report, then the collective meeting with the same
 * membership, exclusion and tally rules as the decision (src/domain/vote.ts). Each step is tied
 * to the result report it concerns.
 */
import { toVietnamDate } from "@/domain/calendar";
import { ConflictError, ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import { castVoteSchema, closeMeetingSchema, meetingSchema, partyAnswerSchema, partyRequestSchema } from "@/domain/review";
import { exclusionOf, tallyVotes } from "@/domain/vote";
import { toJsonValue } from "../audit";
import type { SessionActor } from "../actor";
import type { Tx } from "../db";
import { toProposalResource } from "../proposals/resource";
import { headsOf } from "../proposals/routing";
import { collectiveOf, partyCommitteeOf } from "../reviews/load";
import { dateToDay, dayToDate, profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { authorIdsOf, loadForOutcome, type OutcomeRow } from "./load";

function currentReport(p: OutcomeRow) {
  const report = p.resultReports[0];
  if (!report) throw new ConflictError("RESULT_REPORT_REQUIRED");
  return report;
}

/** Bumps the proposal's version so an evaluation racing with this step conflicts. */
async function touch(ctx: UseCaseContext, p: OutcomeRow, version: number) {
  const r = await ctx.tx.proposal.updateMany({ where: { id: p.id, version }, data: { version: { increment: 1 } } });
  ctx.assertUpdated(r.count);
  return version + 1;
}

const href = (id: string) => `/proposals/${id}/evaluation`;

export const requestEvaluationOpinion = defineUseCase({
  name: "party.request.evaluation",
  input: partyRequestSchema,
  load: (tx, actor, input) => loadForOutcome(tx, actor, input.proposalId),
  // The head who will sign the evaluation asks the Party committee first (Art. 4).
  authorize: (actor, p) => assertCan(actor, "evaluation.decide", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const report = currentReport(p);
    if (report.partyOpinions.some((o) => !o.answeredAt)) throw new ConflictError("PARTY_OPINION_PENDING");
    if (report.partyOpinions.some((o) => o.answeredAt)) throw new ConflictError("PARTY_OPINION_ANSWERED");
    const version = await touch(ctx, p, input.version);
    const opinion = await ctx.tx.partyOpinion.create({
      data: { proposalId: p.id, stage: "EVALUATION", resultReportId: report.id, requestedById: ctx.actor.userId, requestedAt: ctx.now },
      select: { id: true },
    });
    const committee = await partyCommitteeOf(ctx.tx, p.decidingUnitId);
    ctx.notify({ userIds: committee, kind: "party.requested", params: { code: p.code, title: p.title }, proposalId: p.id, href: href(p.id) });
    ctx.audit({
      action: "party.request",
      targetType: "PartyOpinion",
      targetId: opinion.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      after: { stage: "EVALUATION", resultReportId: report.id },
      meta: input.note ? { note: input.note } : undefined,
    });
    return { version, opinionId: opinion.id };
  },
});

export const answerEvaluationOpinion = defineUseCase({
  name: "party.opine.evaluation",
  input: partyAnswerSchema,
  load: async (tx, actor, input) => {
    const o = await tx.partyOpinion.findFirst({
      where: { id: input.opinionId, stage: "EVALUATION", proposal: proposalScope(actor) },
      select: { id: true, proposalId: true, resultReportId: true },
    });
    if (!o) return null;
    const p = await loadForOutcome(tx, actor, o.proposalId);
    return p ? { opinion: o, proposal: p } : null;
  },
  authorize: (actor, l) => assertCan(actor, "party.opine", toProposalResource(l.proposal)),
  execute: async (ctx, { opinion, proposal: p }, input) => {
    // Only the opinion on the current report may be answered (an older one is history).
    if (opinion.resultReportId !== currentReport(p).id) throw new ConflictError("STALE_OPINION");
    const r = await ctx.tx.partyOpinion.updateMany({
      where: { id: opinion.id, answeredAt: null },
      data: { answeredAt: ctx.now, answeredById: ctx.actor.userId, stance: input.stance, content: input.content, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new ConflictError("ALREADY_ANSWERED");
    const heads = await headsOf(ctx.tx, p.decidingUnitId);
    ctx.notify({ userIds: heads, kind: "party.answered", params: { code: p.code, title: p.title }, proposalId: p.id, href: href(p.id) });
    ctx.audit({
      action: "party.opine",
      targetType: "PartyOpinion",
      targetId: opinion.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      after: { stage: "EVALUATION", stance: input.stance, content: input.content },
    });
    return { ok: true };
  },
});

/**
 * The evaluation meeting: the head and deputies of the deciding unit, a member who wrote or
 * co-wrote the plan excluded (Art. 8.1), after the Party committee has answered. A failed vote may
 * be followed by another meeting on an amended evaluation; once a vote has passed it is final.
 */
export const recordEvaluationMeeting = defineUseCase({
  name: "meeting.record.evaluation",
  input: meetingSchema,
  load: (tx, actor, input) => loadForOutcome(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "meeting.record", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const report = currentReport(p);
    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    if (profile.partyOpinionRequiredBeforeEvaluation && !report.partyOpinions.some((o) => o.answeredAt)) {
      throw new ValidationError([{ path: "partyOpinion", code: "EVALUATION_PARTY_OPINION_REQUIRED", message: "EVALUATION_PARTY_OPINION_REQUIRED" }]);
    }
    const last = report.meetings[0];
    if (last && !last.closedAt) throw new ConflictError("MEETING_OPEN");
    if (last && (last.tally as { passed?: boolean } | null)?.passed) throw new ConflictError("MEETING_CLOSED");
    // Held on or after the day of the report, and not in the future.
    const today = toVietnamDate(ctx.now);
    if (input.heldOn > today || input.heldOn < toVietnamDate(report.submittedAt)) {
      throw new ValidationError([{ path: "heldOn", code: "MEETING_DATE", message: "meetingDate" }]);
    }
    const collective = await collectiveOf(ctx.tx, p.decidingUnitId);
    const memberIds = new Set(collective.map((m) => m.userId));
    if (input.presentIds.some((id) => !memberIds.has(id))) throw new ValidationError([{ path: "presentIds", code: "NOT_A_MEMBER", message: "notAMember" }]);
    const authors = { proposerId: p.authorId, coAuthorIds: p.coAuthors.map((c) => c.userId) };
    const version = await touch(ctx, p, input.version);
    const meeting = await ctx.tx.meeting.create({
      data: {
        proposalId: p.id,
        purpose: "EVALUATION",
        resultReportId: report.id,
        heldOn: dayToDate(input.heldOn),
        chairId: ctx.actor.userId,
        minutes: input.minutes || null,
        members: {
          create: collective.map((m) => {
            const reason = exclusionOf(m, authors, profile.vote);
            return { userId: m.userId, isHead: m.isHead, present: input.presentIds.includes(m.userId), excluded: reason !== null, exclusionReason: reason };
          }),
        },
      },
      select: { id: true, members: { select: { userId: true, excluded: true } } },
    });
    const eligible = new Set(meeting.members.filter((m) => !m.excluded).map((m) => m.userId));
    const votes = (input.votes ?? []).filter((v) => eligible.has(v.userId) && input.presentIds.includes(v.userId));
    if (votes.length) {
      await ctx.tx.vote.createMany({ data: votes.map((v) => ({ meetingId: meeting.id, voterId: v.userId, choice: v.choice, recordedById: ctx.actor.userId })) });
    }
    const others = [...eligible].filter((id) => input.presentIds.includes(id) && !authorIdsOf(p).includes(id));
    ctx.notify({ userIds: others, kind: "meeting.vote", params: { code: p.code, title: p.title }, proposalId: p.id, href: href(p.id) });
    ctx.audit({
      action: "meeting.record",
      targetType: "Meeting",
      targetId: meeting.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      after: { purpose: "EVALUATION", resultReportId: report.id, heldOn: input.heldOn, present: input.presentIds, votesFromMinutes: votes, minutes: input.minutes ?? null },
    });
    return { version, meetingId: meeting.id };
  },
});

async function loadEvaluationMeeting(tx: Tx, actor: SessionActor, meetingId: string) {
  const m = await tx.meeting.findFirst({
    where: { id: meetingId, purpose: "EVALUATION", proposal: proposalScope(actor) },
    select: { id: true, closedAt: true, proposalId: true, resultReportId: true, heldOn: true, members: true, votes: { select: { voterId: true, choice: true } } },
  });
  if (!m) return null;
  const p = await loadForOutcome(tx, actor, m.proposalId);
  return p ? { meeting: m, proposal: p } : null;
}

export const castEvaluationVote = defineUseCase({
  name: "vote.cast.evaluation",
  input: castVoteSchema,
  load: (tx, actor, input) => loadEvaluationMeeting(tx, actor, input.meetingId),
  authorize: (actor, l) => assertCan(actor, "vote.cast", toProposalResource(l.proposal)),
  execute: async (ctx, { meeting, proposal: p }, input) => {
    if (meeting.closedAt) throw new ConflictError("MEETING_CLOSED");
    const me = meeting.members.find((m) => m.userId === ctx.actor.userId);
    if (!me || me.excluded) throw new ValidationError([{ path: "choice", code: "NOT_ELIGIBLE", message: "notEligible" }]);
    await ctx.tx.vote.upsert({
      where: { meetingId_voterId: { meetingId: meeting.id, voterId: ctx.actor.userId } },
      create: { meetingId: meeting.id, voterId: ctx.actor.userId, choice: input.choice, recordedById: ctx.actor.userId },
      update: { choice: input.choice, recordedById: ctx.actor.userId },
    });
    if (!me.present) await ctx.tx.meetingMember.update({ where: { meetingId_userId: { meetingId: meeting.id, userId: me.userId } }, data: { present: true } });
    ctx.audit({ action: "vote.cast", targetType: "Meeting", targetId: meeting.id, proposalId: p.id, unitId: p.decidingUnitId, after: { purpose: "EVALUATION", choice: input.choice } });
    return { ok: true };
  },
});

/** Closing freezes the tally (Art. 8.1 rules) that the evaluation decision relies on. */
export const closeEvaluationMeeting = defineUseCase({
  name: "meeting.close.evaluation",
  input: closeMeetingSchema,
  load: (tx, actor, input) => loadEvaluationMeeting(tx, actor, input.meetingId),
  authorize: (actor, l) => assertCan(actor, "meeting.record", toProposalResource(l.proposal)),
  execute: async (ctx, { meeting, proposal: p }) => {
    if (meeting.closedAt) throw new ConflictError("MEETING_CLOSED");
    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    const tally = tallyVotes(
      {
        members: meeting.members.map((m) => ({ userId: m.userId, isHead: m.isHead, excluded: m.excluded && m.exclusionReason === "EXCLUDED_BY_UNIT" })),
        votes: meeting.votes.map((v) => ({ userId: v.voterId, choice: v.choice })),
        proposerId: p.authorId,
        coAuthorIds: p.coAuthors.map((c) => c.userId),
      },
      profile.vote,
    );
    const r = await ctx.tx.meeting.updateMany({ where: { id: meeting.id, closedAt: null }, data: { closedAt: ctx.now, tally: toJsonValue(tally), version: { increment: 1 } } });
    if (r.count !== 1) throw new ConflictError("MEETING_CLOSED");
    ctx.audit({
      action: "meeting.close",
      targetType: "Meeting",
      targetId: meeting.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      after: { purpose: "EVALUATION", heldOn: dateToDay(meeting.heldOn), tally },
    });
    return { tally };
  },
});
