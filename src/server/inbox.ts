/**
 * "What needs me": one list per person of everything waiting for them at any stage of a plan's
 * life — decide, answer a Party opinion request, vote, evaluate, record the start, file a progress
 * or result report, acknowledge a directive, answer a monitoring flag or a support request, revise
 * a returned plan. Each source is scoped by the permission that lets the person act on it (the
 * same table the server checks), bounded, and indexed; the menu shows the count.
 * Most urgent first: overdue, then by due day, then steps without a due day by the day they arrived.
 */
import { toVietnamDate, workingDaysBetween } from "@/domain/calendar";
import type { Actor } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "./db";
import { proposalScope } from "./scope";
import { dateToDay, loadCalendar } from "./rules";

export const INBOX_KINDS = [
  "DECIDE",
  "PARTY_OPINION",
  "VOTE",
  "EVALUATE",
  "START",
  "PROGRESS_REPORT",
  "RESULT_REPORT",
  "ACKNOWLEDGE",
  "ANSWER_FLAG",
  "ANSWER_SUPPORT",
  "REVISE",
] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

export type InboxItem = {
  key: string;
  kind: InboxKind;
  proposal: { id: string; code: string | null; title: string; status: string; unitName: string; authorName: string };
  href: string;
  /** The legal or product due day, when the step has one. */
  dueOn: Date | null;
  workingDaysLeft: number | null;
  /** When it arrived (sorting key for steps without a due day). */
  since: Date;
};

const proposalSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  unit: { select: { name: true } },
  author: { select: { fullName: true } },
  pilot: { select: { id: true } },
} satisfies Prisma.ProposalSelect;
type P = Prisma.ProposalGetPayload<{ select: typeof proposalSelect }>;

const summary = (p: P) => ({ id: p.id, code: p.code, title: p.title, status: p.status, unitName: p.unit.name, authorName: p.author.fullName });
const pilotHref = (p: P, anchor: string) => (p.pilot ? `/pilots/${p.pilot.id}#${anchor}` : `/proposals/${p.id}`);

/** Written or co-written by the actor (for the steps only a proposer takes). */
const mine = (userId: string): Prisma.ProposalWhereInput => ({ OR: [{ authorId: userId }, { coAuthors: { some: { userId } } }] });

type Source = (actor: Actor, take: number) => Promise<Omit<InboxItem, "workingDaysLeft">[]>;

function deadlineSource(kind: InboxKind, deadlineKind: "DECISION" | "EVALUATION" | "PROGRESS_REPORT" | "RESULT_REPORT", action: Parameters<typeof proposalScope>[1], href: (p: P) => string): Source {
  return async (actor, take) => {
    const rows = await db.deadline.findMany({
      where: { kind: deadlineKind, status: "OPEN", proposal: proposalScope(actor, action) },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take,
      select: { id: true, dueOn: true, openedAt: true, proposal: { select: proposalSelect } },
    });
    return rows.map((d) => ({ key: `${kind}:${d.id}`, kind, proposal: summary(d.proposal), href: href(d.proposal), dueOn: d.dueOn, since: d.openedAt }));
  };
}

/** Where the collective's steps happen: the review page before the decision, the evaluation page after the result report. */
const stageHref = (proposalId: string, stage: "DECISION" | "EVALUATION") =>
  stage === "DECISION" ? `/proposals/${proposalId}/review` : `/proposals/${proposalId}/evaluation`;

const SOURCES: Readonly<Record<InboxKind, Source>> = {
  DECIDE: deadlineSource("DECIDE", "DECISION", "proposal.review", (p) => `/proposals/${p.id}/review`),
  EVALUATE: deadlineSource("EVALUATE", "EVALUATION", "evaluation.decide", (p) => `/proposals/${p.id}/evaluation`),
  PROGRESS_REPORT: deadlineSource("PROGRESS_REPORT", "PROGRESS_REPORT", "pilot.report", (p) => pilotHref(p, "report")),
  RESULT_REPORT: deadlineSource("RESULT_REPORT", "RESULT_REPORT", "result.report", (p) => `/proposals/${p.id}/result`),
  PARTY_OPINION: async (actor, take) => {
    const rows = await db.partyOpinion.findMany({
      where: { answeredAt: null, proposal: proposalScope(actor, "party.opine") },
      orderBy: { requestedAt: "asc" },
      take: take * 2,
      select: {
        id: true,
        stage: true,
        requestedAt: true,
        revision: { select: { number: true } },
        proposal: { select: { ...proposalSelect, currentRevision: true, deadlines: { where: { status: "OPEN", kind: { in: ["DECISION", "EVALUATION"] } }, take: 1, select: { dueOn: true } } } },
      },
    });
    // The opinion is needed before the collective decides: it shares the decision's due day. A
    // decision-stage request on a revision since replaced is no longer answerable (Art. 4).
    return rows
      .filter((o) => o.stage !== "DECISION" || !o.revision || o.revision.number === o.proposal.currentRevision)
      .slice(0, take)
      .map((o) => ({ key: `PARTY_OPINION:${o.id}`, kind: "PARTY_OPINION", proposal: summary(o.proposal), href: stageHref(o.proposal.id, o.stage), dueOn: o.proposal.deadlines[0]?.dueOn ?? null, since: o.requestedAt }));
  },
  VOTE: async (actor, take) => {
    const rows = await db.meeting.findMany({
      where: {
        closedAt: null,
        members: { some: { userId: actor.userId, excluded: false } },
        votes: { none: { voterId: actor.userId } },
        proposal: proposalScope(actor, "vote.cast"),
      },
      orderBy: { createdAt: "asc" },
      take,
      select: { id: true, purpose: true, createdAt: true, proposal: { select: { ...proposalSelect, deadlines: { where: { status: "OPEN", kind: { in: ["DECISION", "EVALUATION"] } }, take: 1, select: { dueOn: true } } } } },
    });
    return rows.map((m) => ({ key: `VOTE:${m.id}`, kind: "VOTE", proposal: summary(m.proposal), href: stageHref(m.proposal.id, m.purpose), dueOn: m.proposal.deadlines[0]?.dueOn ?? null, since: m.createdAt }));
  },
  START: async (actor, take) => {
    const rows = await db.pilot.findMany({
      where: { startedAt: null, proposal: { AND: [proposalScope(actor, "pilot.start"), mine(actor.userId)] } },
      orderBy: { startDate: "asc" },
      take,
      select: { id: true, startDate: true, createdAt: true, proposal: { select: proposalSelect } },
    });
    return rows.map((p) => ({ key: `START:${p.id}`, kind: "START", proposal: summary(p.proposal), href: `/pilots/${p.id}#start`, dueOn: p.startDate, since: p.createdAt }));
  },
  ACKNOWLEDGE: async (actor, take) => {
    const rows = await db.directive.findMany({
      where: { acknowledgedAt: null, pilot: { proposal: proposalScope(actor, "pilot.acknowledge") } },
      orderBy: { issuedAt: "asc" },
      take,
      select: { id: true, issuedAt: true, ackDueOn: true, pilot: { select: { id: true, proposal: { select: proposalSelect } } } },
    });
    return rows.map((d) => ({ key: `ACKNOWLEDGE:${d.id}`, kind: "ACKNOWLEDGE", proposal: summary(d.pilot.proposal), href: `/pilots/${d.pilot.id}#directive-${d.id}`, dueOn: d.ackDueOn, since: d.issuedAt }));
  },
  ANSWER_FLAG: async (actor, take) => {
    const rows = await db.monitoringNote.findMany({
      where: { flag: { not: null }, answeredAt: null, pilot: { proposal: proposalScope(actor, "pilot.respond") } },
      orderBy: { createdAt: "asc" },
      take,
      select: { id: true, createdAt: true, pilot: { select: { id: true, proposal: { select: proposalSelect } } } },
    });
    return rows.map((n) => ({ key: `ANSWER_FLAG:${n.id}`, kind: "ANSWER_FLAG", proposal: summary(n.pilot.proposal), href: `/pilots/${n.pilot.id}#note-${n.id}`, dueOn: null, since: n.createdAt }));
  },
  ANSWER_SUPPORT: async (actor, take) => {
    const rows = await db.supportRequest.findMany({
      where: { status: "OPEN", pilot: { proposal: proposalScope(actor, "pilot.respond") } },
      orderBy: { createdAt: "asc" },
      take,
      select: { id: true, createdAt: true, pilot: { select: { id: true, proposal: { select: proposalSelect } } } },
    });
    return rows.map((s) => ({ key: `ANSWER_SUPPORT:${s.id}`, kind: "ANSWER_SUPPORT", proposal: summary(s.pilot.proposal), href: `/pilots/${s.pilot.id}#support-${s.id}`, dueOn: null, since: s.createdAt }));
  },
  REVISE: async (actor, take) => {
    const rows = await db.proposal.findMany({
      where: { AND: [proposalScope(actor, "proposal.update"), { status: "RETURNED" }] },
      orderBy: { updatedAt: "asc" },
      take,
      select: { ...proposalSelect, updatedAt: true },
    });
    return rows.map((p) => ({ key: `REVISE:${p.id}`, kind: "REVISE", proposal: summary(p), href: `/proposals/${p.id}/edit`, dueOn: null, since: p.updatedAt }));
  },
};

/** Sort key: the due day, else the day the step arrived. */
const urgencyDay = (i: Pick<InboxItem, "dueOn" | "since">) => (i.dueOn ? dateToDay(i.dueOn) : toVietnamDate(i.since));

/** Everything waiting for the actor, most urgent first (overdue first), at most `limit` items. */
export async function inboxFor(actor: Actor, limit = 100, now = new Date()): Promise<{ items: InboxItem[]; total: number }> {
  const lists = await Promise.all(INBOX_KINDS.map((k) => SOURCES[k](actor, limit)));
  const today = toVietnamDate(now);
  // Overdue steps first (longest overdue first), then steps with a due day (soonest first), then
  // those without one (oldest first).
  const group = (i: Pick<InboxItem, "dueOn">) => (!i.dueOn ? 2 : dateToDay(i.dueOn) < today ? 0 : 1);
  const all = lists.flat().sort((a, b) => group(a) - group(b) || urgencyDay(a).localeCompare(urgencyDay(b)) || a.since.getTime() - b.since.getTime());
  const items = all.slice(0, limit);
  const cal = items.some((i) => i.dueOn) ? await loadCalendar(db, Number(today.slice(0, 4))) : null;
  return {
    total: all.length < limit ? all.length : await inboxCount(actor),
    items: items.map((i) => ({ ...i, workingDaysLeft: i.dueOn && cal ? workingDaysBetween(today, dateToDay(i.dueOn), cal) : null })),
  };
}

/** How many steps wait for the actor (the menu's badge): counts only, one bounded query per source. */
export async function inboxCount(actor: Actor): Promise<number> {
  const counts = await Promise.all([
    db.deadline.count({ where: { kind: "DECISION", status: "OPEN", proposal: proposalScope(actor, "proposal.review") } }),
    db.deadline.count({ where: { kind: "EVALUATION", status: "OPEN", proposal: proposalScope(actor, "evaluation.decide") } }),
    db.deadline.count({ where: { kind: "PROGRESS_REPORT", status: "OPEN", proposal: proposalScope(actor, "pilot.report") } }),
    db.deadline.count({ where: { kind: "RESULT_REPORT", status: "OPEN", proposal: proposalScope(actor, "result.report") } }),
    db.partyOpinion.count({ where: { answeredAt: null, proposal: proposalScope(actor, "party.opine") } }),
    db.meeting.count({
      where: { closedAt: null, members: { some: { userId: actor.userId, excluded: false } }, votes: { none: { voterId: actor.userId } }, proposal: proposalScope(actor, "vote.cast") },
    }),
    db.pilot.count({ where: { startedAt: null, proposal: { AND: [proposalScope(actor, "pilot.start"), mine(actor.userId)] } } }),
    db.directive.count({ where: { acknowledgedAt: null, pilot: { proposal: proposalScope(actor, "pilot.acknowledge") } } }),
    db.monitoringNote.count({ where: { flag: { not: null }, answeredAt: null, pilot: { proposal: proposalScope(actor, "pilot.respond") } } }),
    db.supportRequest.count({ where: { status: "OPEN", pilot: { proposal: proposalScope(actor, "pilot.respond") } } }),
    db.proposal.count({ where: { AND: [proposalScope(actor, "proposal.update"), { status: "RETURNED" }] } }),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
