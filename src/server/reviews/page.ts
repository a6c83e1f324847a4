/** Everything the review page shows, scoped to the actor; null → 404. */
import { toVietnamDate } from "@/domain/calendar";
import { allowedActions } from "@/domain/permissions";
import type { Plan } from "@/domain/plan";
import type { VoteTally } from "@/domain/vote";
import type { SessionActor } from "../actor";
import { proposedNumber } from "../admin/registers";
import { db } from "../db";
import { withWorkingDaysLeft } from "../deadlines";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { profileForUnit } from "../rules";
import { proposalScope } from "../scope";

export async function reviewPageData(actor: SessionActor, id: string) {
  const p = await db.proposal.findFirst({
    where: { id, ...proposalScope(actor) },
    select: {
      ...proposalResourceSelect,
      submittedAt: true,
      unit: { select: { name: true } },
      author: { select: { fullName: true } },
      decidingUnit: { select: { id: true, name: true, path: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, plan: true, createdAt: true } },
      deadlines: { where: { kind: "DECISION", status: "OPEN" }, take: 1, select: { id: true, dueOn: true } },
      partyOpinions: {
        where: { stage: "DECISION" },
        orderBy: { requestedAt: "desc" },
        select: { id: true, requestedAt: true, answeredAt: true, stance: true, content: true, requestedById: true, answeredById: true },
      },
      meetings: {
        where: { purpose: "DECISION" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          heldOn: true,
          closedAt: true,
          tally: true,
          minutes: true,
          members: { select: { userId: true, isHead: true, present: true, excluded: true, exclusionReason: true } },
          votes: { select: { voterId: true, choice: true } },
        },
      },
      reviews: {
        where: { reviewerId: actor.userId },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { revisionId: true, findings: { select: { condition: true, finding: true, note: true } } },
      },
      decisions: { orderBy: { createdAt: "desc" }, select: { id: true, kind: true, basis: true, number: true, signedOn: true, reasons: true, comments: true, rationale: true } },
    },
  });
  if (!p) return null;
  const resource = toProposalResource(p);
  const actions = allowedActions(actor, resource);
  const profile = await profileForUnit(db, p.decidingUnit.path);
  const revision = p.revisions[0] ?? null;

  // Names for everyone the page mentions, in one query.
  const collective = await db.membership.findMany({
    where: { unitId: p.decidingUnitId, role: { in: ["HEAD", "DEPUTY"] }, user: { active: true } },
    select: { role: true, user: { select: { id: true, fullName: true, title: true } } },
  });
  const meeting = p.meetings[0] ?? null;
  const ids = new Set<string>([
    ...p.partyOpinions.flatMap((o) => [o.requestedById, o.answeredById].filter((x): x is string => !!x)),
    ...(meeting?.members.map((m) => m.userId) ?? []),
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
  const myReview = p.reviews[0] && revision && p.reviews[0].revisionId === revision.id ? p.reviews[0].findings : [];
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    status: p.status,
    version: p.version,
    unitName: p.unit.name,
    authorName: p.author.fullName,
    decidingUnitName: p.decidingUnit.name,
    submittedAt: p.submittedAt,
    revision: revision ? { number: revision.number, plan: revision.plan as unknown as Plan } : null,
    due: due ?? null,
    actions,
    profile: { partyOpinionRequired: profile.partyOpinionRequiredBeforeDecision, decisionWorkingDays: profile.decisionWorkingDays, progressReportEveryDays: profile.progressReportEveryDays },
    partyOpinions: p.partyOpinions.map((o) => ({ ...o, requestedBy: names[o.requestedById] ?? "", answeredBy: o.answeredById ? names[o.answeredById] ?? "" : null })),
    meeting: meeting
      ? {
          id: meeting.id,
          heldOn: meeting.heldOn,
          closedAt: meeting.closedAt,
          minutes: meeting.minutes,
          tally: meeting.tally as unknown as VoteTally | null,
          members: meeting.members.map((m) => ({ ...m, name: names[m.userId] ?? "", vote: meeting.votes.find((v) => v.voterId === m.userId)?.choice ?? null })),
        }
      : null,
    collective: collective.map((c) => ({ userId: c.user.id, name: c.user.fullName, title: c.user.title, isHead: c.role === "HEAD" })),
    monitors: monitors.map((m) => ({ id: m.user.id, name: `${m.user.fullName} — ${m.unit.name}` })),
    myFindings: myReview,
    decisions: p.decisions,
    authorIds: [p.authorId, ...p.coAuthors.map((c) => c.userId)],
    today: toVietnamDate(new Date()),
    /** The next number of the deciding unit's register (sổ văn bản) this year, when it keeps one. */
    proposedNumber: await proposedNumber(db, p.decidingUnitId, Number(toVietnamDate(new Date()).slice(0, 4))),
    me: actor.userId,
  };
}
export type ReviewPageData = NonNullable<Awaited<ReturnType<typeof reviewPageData>>>;
