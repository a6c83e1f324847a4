/**
 * The steps before the decision: the reviewers' checklist of qualifying conditions (Art. 4, 5.1),
 * the Party committee's opinion (Art. 4), and the collective meeting with its vote (khoản 1 Điều
 * 8). Each is one use-case through defineUseCase (scoped load → can() → transaction with audit).
 * An opinion and a meeting belong to the revision under review: a resubmitted plan needs its own
 * (LEGAL.md "Decision"), and on one revision there is one decisive vote.
 */
import { toVietnamDate } from "@/domain/calendar";
import { meetingDateIssues } from "@/domain/decision";
import { ConflictError, NotFoundError, ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import { annulMeetingSchema, castVoteSchema, checklistSchema, closeMeetingSchema, meetingSchema, partyAnswerSchema, partyRequestSchema } from "@/domain/review";
import { exclusionOf, tallyVotes } from "@/domain/vote";
import { assertNext } from "@/domain/workflow";
import { toJsonValue } from "../audit";
import { profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { headsOf } from "../proposals/routing";
import { toProposalResource } from "../proposals/resource";
import { authorsOf, collectiveOf, loadForReview, partyCommitteeOf, type ReviewRow } from "./load";
import { dayToDate } from "../rules";

/**
 * Bumps the proposal's version (so a decision racing with this step conflicts) and moves a
 * freshly SUBMITTED plan into IN_REVIEW: the unit has started to act on it.
 */
async function touchProposal(ctx: UseCaseContext, p: ReviewRow, version: number) {
  const to = p.status === "SUBMITTED" ? assertNext(p.status, "startReview").to : p.status;
  const r = await ctx.tx.proposal.updateMany({ where: { id: p.id, version }, data: { status: to, version: { increment: 1 } } });
  ctx.assertUpdated(r.count);
  if (to !== p.status) {
    ctx.audit({ action: "proposal.review.start", targetType: "Proposal", targetId: p.id, proposalId: p.id, unitId: p.unitId, before: { status: p.status }, after: { status: to } });
  }
  return version + 1;
}

export const saveChecklist = defineUseCase({
  name: "proposal.review",
  input: checklistSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "proposal.review", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const revision = p.revision;
    if (!revision) throw new NotFoundError("ProposalRevision");
    const newVersion = await touchProposal(ctx, p, input.version);
    const review =
      (await ctx.tx.review.findFirst({ where: { proposalId: p.id, revisionId: revision.id, reviewerId: ctx.actor.userId }, select: { id: true } })) ??
      (await ctx.tx.review.create({ data: { proposalId: p.id, revisionId: revision.id, reviewerId: ctx.actor.userId }, select: { id: true } }));
    for (const f of input.findings) {
      await ctx.tx.reviewFinding.upsert({
        where: { reviewId_condition: { reviewId: review.id, condition: f.condition } },
        create: { reviewId: review.id, condition: f.condition, finding: f.finding, note: f.note || null },
        update: { finding: f.finding, note: f.note || null },
      });
    }
    ctx.audit({ action: "proposal.review.checklist", targetType: "Review", targetId: review.id, proposalId: p.id, unitId: p.decidingUnitId, after: { revision: revision.number, findings: input.findings } });
    return { version: newVersion };
  },
});

export const requestPartyOpinion = defineUseCase({
  name: "party.request",
  input: partyRequestSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "proposal.review", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    if (!p.revision) throw new NotFoundError("ProposalRevision");
    if (p.partyOpinions.some((o) => !o.answeredAt)) throw new ConflictError("PARTY_OPINION_PENDING");
    const newVersion = await touchProposal(ctx, p, input.version);
    // Art. 4: the opinion concerns the revision under review; a resubmission asks again.
    const opinion = await ctx.tx.partyOpinion.create({
      data: { proposalId: p.id, stage: "DECISION", revisionId: p.revision.id, requestedById: ctx.actor.userId, content: null },
      select: { id: true },
    });
    const committee = await partyCommitteeOf(ctx.tx, p.decidingUnitId);
    ctx.notify({ userIds: committee, kind: "party.requested", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}/review` });
    ctx.audit({
      action: "party.request",
      targetType: "PartyOpinion",
      targetId: opinion.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      after: { revision: p.revision.number },
      meta: input.note ? { note: input.note } : undefined,
    });
    return { version: newVersion, opinionId: opinion.id };
  },
});

export const answerPartyOpinion = defineUseCase({
  name: "party.opine",
  input: partyAnswerSchema,
  load: async (tx, actor, input) => {
    const o = await tx.partyOpinion.findFirst({
      where: { id: input.opinionId, proposal: proposalScope(actor) },
      select: { id: true, answeredAt: true, version: true, stage: true, proposalId: true, revisionId: true },
    });
    if (!o) return null;
    const p = await loadForReview(tx, actor, o.proposalId);
    return p ? { opinion: o, proposal: p } : null;
  },
  authorize: (actor, l) => assertCan(actor, "party.opine", toProposalResource(l.proposal)),
  execute: async (ctx, { opinion, proposal: p }, input) => {
    // A request on an earlier revision is answered by none: the plan it asked about was replaced.
    if (opinion.stage === "DECISION" && opinion.revisionId !== p.revision?.id) throw new ConflictError("OPINION_SUPERSEDED");
    const r = await ctx.tx.partyOpinion.updateMany({
      where: { id: opinion.id, answeredAt: null },
      data: { answeredAt: ctx.now, answeredById: ctx.actor.userId, stance: input.stance, content: input.content, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new ConflictError("ALREADY_ANSWERED");
    const heads = await headsOf(ctx.tx, p.decidingUnitId);
    ctx.notify({ userIds: heads, kind: "party.answered", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}/review` });
    ctx.audit({ action: "party.opine", targetType: "PartyOpinion", targetId: opinion.id, proposalId: p.id, unitId: p.decidingUnitId, after: { stance: input.stance, content: input.content } });
    return { ok: true };
  },
});

/**
 * The collective meeting (khoản 1 Điều 8): members are the head and deputies of the deciding unit;
 * a member who wrote or co-wrote the plan is excluded automatically. Votes may be entered here from
 * the written minutes, or cast by each member in the app until the head closes it. The meeting
 * votes on the revision under review, held on or after its receipt and not in the future; once a
 * meeting on a revision is closed, another is refused (one decisive vote per revision).
 */
export const recordMeeting = defineUseCase({
  name: "meeting.record",
  input: meetingSchema,
  load: (tx, actor, input) => loadForReview(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "meeting.record", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const revision = p.revision;
    if (!revision) throw new NotFoundError("ProposalRevision");
    if (p.meeting) throw new ConflictError(p.meeting.closedAt ? "MEETING_HELD" : "MEETING_OPEN");
    const dateIssues = meetingDateIssues(input.heldOn, toVietnamDate(revision.createdAt), toVietnamDate(ctx.now));
    if (dateIssues.length) throw new ValidationError(dateIssues);
    const collective = await collectiveOf(ctx.tx, p.decidingUnitId);
    const memberIds = new Set(collective.map((m) => m.userId));
    const strangers = input.presentIds.filter((id) => !memberIds.has(id));
    if (strangers.length) throw new ValidationError([{ path: "presentIds", code: "NOT_A_MEMBER", message: "notAMember" }]);
    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    const authors = { proposerId: p.authorId, coAuthorIds: p.coAuthors.map((c) => c.userId) };
    const newVersion = await touchProposal(ctx, p, input.version);
    const meeting = await ctx.tx.meeting.create({
      data: {
        proposalId: p.id,
        purpose: "DECISION",
        revisionId: revision.id,
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
      select: { id: true },
    });
    const votes = (input.votes ?? []).filter((v) => memberIds.has(v.userId));
    if (votes.length) {
      await ctx.tx.vote.createMany({ data: votes.map((v) => ({ meetingId: meeting.id, voterId: v.userId, choice: v.choice, recordedById: ctx.actor.userId })) });
    }
    const others = collective.map((m) => m.userId).filter((id) => input.presentIds.includes(id) && !authorsOf(p).includes(id));
    ctx.notify({ userIds: others, kind: "meeting.vote", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}/review` });
    ctx.audit({
      action: "meeting.record",
      targetType: "Meeting",
      targetId: meeting.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      after: { heldOn: input.heldOn, revision: revision.number, present: input.presentIds, votesFromMinutes: votes },
    });
    return { version: newVersion, meetingId: meeting.id };
  },
});

/**
 * A meeting recorded by mistake (wrong date, wrong members) is annulled before it is closed, with a
 * reason, audited; the head may then record the right one. A closed meeting is the revision's
 * decisive vote and cannot be annulled (otherwise a unit could re-vote until it passes).
 */
export const annulMeeting = defineUseCase({
  name: "meeting.annul",
  input: annulMeetingSchema,
  load: (tx, actor, input) => loadMeeting(tx, actor, input.meetingId),
  authorize: (actor, l) => assertCan(actor, "meeting.record", toProposalResource(l.proposal)),
  execute: async (ctx, { meeting, proposal: p }, input) => {
    assertLive(meeting, p);
    const r = await ctx.tx.meeting.updateMany({
      where: { id: meeting.id, closedAt: null, annulledAt: null },
      data: { annulledAt: ctx.now, annulledById: ctx.actor.userId, annulReason: input.reason, version: { increment: 1 } },
    });
    if (r.count !== 1) throw new ConflictError("MEETING_CLOSED");
    const members = meeting.members.filter((m) => m.present && !m.excluded).map((m) => m.userId);
    ctx.notify({ userIds: members, kind: "meeting.annulled", params: { code: p.code, title: p.title, reason: input.reason }, proposalId: p.id, href: `/proposals/${p.id}/review` });
    ctx.audit({
      action: "meeting.annul",
      targetType: "Meeting",
      targetId: meeting.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      before: { heldOn: meeting.heldOn.toISOString().slice(0, 10), votes: meeting.votes },
      after: { annulled: true, reason: input.reason },
    });
    return { ok: true };
  },
});

async function loadMeeting(tx: Parameters<typeof loadForReview>[0], actor: Parameters<typeof loadForReview>[1], meetingId: string) {
  const m = await tx.meeting.findFirst({
    where: { id: meetingId, proposal: proposalScope(actor) },
    select: {
      id: true,
      heldOn: true,
      closedAt: true,
      annulledAt: true,
      revisionId: true,
      purpose: true,
      proposalId: true,
      members: true,
      votes: { select: { voterId: true, choice: true } },
    },
  });
  if (!m) return null;
  const p = await loadForReview(tx, actor, m.proposalId);
  return p ? { meeting: m, proposal: p } : null;
}

/** An open meeting on the revision under review; anything else is a conflict with a named reason. */
function assertLive(
  meeting: { closedAt: Date | null; annulledAt: Date | null; revisionId: string | null; purpose: string },
  p: { revision: { id: string } | null },
) {
  if (meeting.annulledAt) throw new ConflictError("MEETING_ANNULLED");
  if (meeting.closedAt) throw new ConflictError("MEETING_CLOSED");
  if (meeting.purpose === "DECISION" && meeting.revisionId !== p.revision?.id) throw new ConflictError("MEETING_SUPERSEDED");
}

export const castVote = defineUseCase({
  name: "vote.cast",
  input: castVoteSchema,
  load: (tx, actor, input) => loadMeeting(tx, actor, input.meetingId),
  authorize: (actor, l) => assertCan(actor, "vote.cast", toProposalResource(l.proposal)),
  execute: async (ctx, { meeting, proposal: p }, input) => {
    assertLive(meeting, p);
    const me = meeting.members.find((m) => m.userId === ctx.actor.userId);
    if (!me || me.excluded) throw new ValidationError([{ path: "choice", code: "NOT_ELIGIBLE", message: "notEligible" }]);
    await ctx.tx.vote.upsert({
      where: { meetingId_voterId: { meetingId: meeting.id, voterId: ctx.actor.userId } },
      create: { meetingId: meeting.id, voterId: ctx.actor.userId, choice: input.choice, recordedById: ctx.actor.userId },
      update: { choice: input.choice, recordedById: ctx.actor.userId },
    });
    // A member who votes was there.
    if (!me.present) await ctx.tx.meetingMember.update({ where: { meetingId_userId: { meetingId: meeting.id, userId: me.userId } }, data: { present: true } });
    ctx.audit({ action: "vote.cast", targetType: "Meeting", targetId: meeting.id, proposalId: p.id, unitId: p.decidingUnitId, after: { choice: input.choice } });
    return { ok: true };
  },
});

/** Closing the meeting freezes the tally (khoản 1 Điều 8) that the decision on its revision relies on. */
export const closeMeeting = defineUseCase({
  name: "meeting.close",
  input: closeMeetingSchema,
  load: (tx, actor, input) => loadMeeting(tx, actor, input.meetingId),
  authorize: (actor, l) => assertCan(actor, "meeting.record", toProposalResource(l.proposal)),
  execute: async (ctx, { meeting, proposal: p }) => {
    assertLive(meeting, p);
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
    ctx.audit({ action: "meeting.close", targetType: "Meeting", targetId: meeting.id, proposalId: p.id, unitId: p.decidingUnitId, after: { tally } });
    return { tally };
  },
});
