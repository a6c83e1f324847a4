/** Everything the review page shows, scoped to the actor; null → 404. */
import { toVietnamDate } from "@/domain/calendar";
import { decisionChoices } from "@/domain/decision";
import { allowedActions } from "@/domain/permissions";
import type { Plan } from "@/domain/plan";
import { CONDITIONS } from "@/domain/review";
import { readVoteTally, voteRuleSummary } from "@/domain/vote";
import type { SessionActor } from "../actor";
import { proposedNumber } from "../admin/registers";
import { db } from "../db";
import { withWorkingDaysLeft } from "../deadlines";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { dateToDay, loadCalendar, profileForUnit } from "../rules";
import { proposalScope } from "../scope";

/** Who sees every reviewer's findings: the leadership and the Party committee of the deciding unit. */
const LEADERSHIP_ACTIONS = ["proposal.review", "proposal.decide", "proposal.return", "meeting.record", "vote.cast", "party.opine"] as const;

export async function reviewPageData(actor: SessionActor, id: string) {
  const p = await db.proposal.findFirst({
    where: { id, ...proposalScope(actor) },
    select: {
      ...proposalResourceSelect,
      submittedAt: true,
      bottleneckKind: true,
      unit: { select: { name: true } },
      author: { select: { fullName: true } },
      decidingUnit: { select: { id: true, name: true, path: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, plan: true, createdAt: true } },
      deadlines: { where: { kind: "DECISION", status: "OPEN" }, take: 1, select: { id: true, dueOn: true } },
      decisions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, kind: true, basis: true, number: true, signedOn: true, reasons: true, comments: true, rationale: true, startDate: true, endDate: true, pilot: { select: { id: true } } },
      },
    },
  });
  if (!p) return null;
  const resource = toProposalResource(p);
  const actions = allowedActions(actor, resource);
  const profile = await profileForUnit(db, p.decidingUnit.path);
  const revision = p.revisions[0] ?? null;
  const revisionId = revision?.id ?? "";
  const leadership = LEADERSHIP_ACTIONS.some((a) => (actions as readonly string[]).includes(a));

  // The decision stage of the revision under review: its Party opinions, its meetings (the live one
  // and any annulled by mistake) and every reviewer's findings on its conditions.
  const [partyOpinions, meetings, reviews] = await Promise.all([
    db.partyOpinion.findMany({
      where: { proposalId: p.id, stage: "DECISION", revisionId },
      orderBy: { requestedAt: "desc" },
      select: { id: true, requestedAt: true, answeredAt: true, stance: true, content: true, requestedById: true, answeredById: true },
    }),
    db.meeting.findMany({
      where: { proposalId: p.id, purpose: "DECISION", revisionId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        heldOn: true,
        closedAt: true,
        annulledAt: true,
        annulReason: true,
        tally: true,
        minutes: true,
        members: { select: { userId: true, isHead: true, present: true, excluded: true, exclusionReason: true } },
        votes: { select: { voterId: true, choice: true } },
      },
    }),
    db.review.findMany({
      where: { proposalId: p.id, revisionId },
      orderBy: { createdAt: "asc" },
      select: { reviewerId: true, findings: { select: { condition: true, finding: true, note: true } } },
    }),
  ]);
  const meeting = meetings.find((m) => m.annulledAt === null) ?? null;
  const annulled = meetings.filter((m) => m.annulledAt !== null);

  // Names for everyone the page mentions, in one query.
  const collective = await db.membership.findMany({
    where: { unitId: p.decidingUnitId, role: { in: ["HEAD", "DEPUTY"] }, user: { active: true } },
    select: { role: true, user: { select: { id: true, fullName: true, title: true } } },
  });
  const ids = new Set<string>([
    ...partyOpinions.flatMap((o) => [o.requestedById, o.answeredById].filter((x): x is string => !!x)),
    ...(meeting?.members.map((m) => m.userId) ?? []),
    ...reviews.map((r) => r.reviewerId),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, fullName: true } });
  const names = Object.fromEntries([...people.map((u) => [u.id, u.fullName]), ...collective.map((c) => [c.user.id, c.user.fullName])]);

  // Monitors who can follow this unit: MONITOR members of the deciding unit or any unit above it.
  const ancestorIds = p.decidingUnit.path.split("/").filter(Boolean);
  const monitors = actions.includes("proposal.decide")
    ? await db.membership.findMany({
        where: { role: "MONITOR", unitId: { in: ancestorIds }, user: { active: true } },
        select: { user: { select: { id: true, fullName: true } }, unit: { select: { name: true } } },
        take: 50,
      })
    : [];

  const [due] = await withWorkingDaysLeft(p.deadlines);
  const today = toVietnamDate(new Date());
  const calendar = await loadCalendar(db, Number(today.slice(0, 4)));
  const tally = meeting?.closedAt ? readVoteTally(meeting.tally) : null;
  const order = (c: string) => (CONDITIONS as readonly string[]).indexOf(c);
  const findings = reviews.map((r) => ({
    reviewer: names[r.reviewerId] ?? "",
    mine: r.reviewerId === actor.userId,
    findings: [...r.findings].sort((a, b) => order(a.condition) - order(b.condition)),
  }));
  const conditionsNotMet = CONDITIONS.filter((c) => reviews.some((r) => r.findings.some((f) => f.condition === c && f.finding === "NOT_MET")));
  const partyOpinionRecorded = partyOpinions.some((o) => o.answeredAt !== null);
  const choices = decisionChoices(
    { tally, partyOpinionRecorded, canDecide: actions.includes("proposal.decide"), canReturn: actions.includes("proposal.return") },
    profile,
  );
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    status: p.status,
    version: p.version,
    bottleneckKind: p.bottleneckKind,
    unitName: p.unit.name,
    authorName: p.author.fullName,
    decidingUnitName: p.decidingUnit.name,
    submittedAt: p.submittedAt,
    revision: revision ? { number: revision.number, plan: revision.plan as unknown as Plan, receivedOn: toVietnamDate(revision.createdAt) } : null,
    due: due ?? null,
    actions,
    profile: { partyOpinionRequired: profile.partyOpinionRequiredBeforeDecision, decisionWorkingDays: profile.decisionWorkingDays, progressReportEveryDays: profile.progressReportEveryDays },
    partyOpinions: partyOpinions.map((o) => ({ ...o, requestedBy: names[o.requestedById] ?? "", answeredBy: o.answeredById ? names[o.answeredById] ?? "" : null })),
    partyOpinionRecorded,
    meeting: meeting
      ? {
          id: meeting.id,
          heldOn: dateToDay(meeting.heldOn),
          closedAt: meeting.closedAt,
          minutes: meeting.minutes,
          tally,
          rule: tally ? voteRuleSummary(tally.eligible, profile.vote) : null,
          members: meeting.members.map((m) => ({ ...m, name: names[m.userId] ?? "", vote: meeting.votes.find((v) => v.voterId === m.userId)?.choice ?? null })),
        }
      : null,
    annulledMeetings: annulled.map((m) => ({ id: m.id, heldOn: dateToDay(m.heldOn), annulledAt: m.annulledAt!, reason: m.annulReason ?? "" })),
    collective: collective.map((c) => ({ userId: c.user.id, name: c.user.fullName, title: c.user.title, isHead: c.role === "HEAD" })),
    monitors: monitors.map((m) => ({ id: m.user.id, name: `${m.user.fullName} — ${m.unit.name}` })),
    myFindings: findings.find((f) => f.mine)?.findings ?? [],
    /** Every reviewer's findings on this revision, for the leadership (Art. 4, 5.1); empty for others. */
    findings: leadership ? findings : [],
    conditionsNotMet,
    choices,
    decisions: p.decisions,
    authorIds: [p.authorId, ...p.coAuthors.map((c) => c.userId)],
    today,
    /** Days off and make-up working days around today, for the non-working-day hint on dates. */
    calendar: { holidays: [...calendar.holidays], makeUpWorkdays: [...calendar.makeUpWorkdays] },
    /** The next number of the deciding unit's register (sổ văn bản) this year, when it keeps one. */
    proposedNumber: await proposedNumber(db, p.decidingUnitId, Number(today.slice(0, 4))),
    me: actor.userId,
  };
}
export type ReviewPageData = NonNullable<Awaited<ReturnType<typeof reviewPageData>>>;
