/**
 * What each role sees first. Each section is loaded only for the roles that need it, and every
 * query is scoped and bounded.
 */
import { toVietnamDate } from "@/domain/calendar";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { SessionActor } from "./actor";
import { db } from "./db";
import { inboxFor } from "./inbox";
import { listMyProposals, overdueCount, ownProposalsWhere, statusCounts } from "./proposals/queries";
import { watchList } from "./pilots/queries";
import { dayToDate } from "./rules";

export async function homeData(actor: SessionActor) {
  const roles = new Set(actor.memberships.map((m) => m.role));
  const has = (...r: (typeof actor.memberships)[number]["role"][]) => r.some((x) => roles.has(x));

  const [mine, myCounts, awaiting, pilots, overview, admin] = await Promise.all([
    has("PROPOSER", "HEAD", "DEPUTY") ? listMyProposals(actor, { limit: 5 }) : null,
    has("PROPOSER") ? myStatusCounts(actor.userId) : null,
    // "What needs me" at every stage (decide, opine, vote, report, acknowledge, answer, revise).
    has("PROPOSER", "HEAD", "DEPUTY", "PARTY_COMMITTEE") ? inboxFor(actor, 10) : null,
    // KL 14 §2.4: the monitor follows every pilot in scope from approval on, most urgent first.
    has("MONITOR") ? watchList(actor, { limit: 10 }) : null,
    has("COMMISSION", "HEAD") ? commissionOverview(actor) : null,
    has("ADMIN") ? adminOverview() : null,
  ]);
  // Heads and deputies see "my proposals" only when they have written some.
  const showMine = mine && (roles.has("PROPOSER") || mine.items.length > 0) ? mine : null;
  return { mine: showMine, myCounts, awaiting, pilots, overview, admin };
}

async function myStatusCounts(userId: string) {
  const groups = await db.proposal.groupBy({
    by: ["status"],
    where: await ownProposalsWhere(userId),
    _count: { _all: true },
  });
  return groups.map((g) => ({ status: g.status, count: g._count._all }));
}

async function commissionOverview(actor: SessionActor) {
  const today = dayToDate(toVietnamDate(new Date()));
  const [counts, overdue] = await Promise.all([statusCounts(actor), overdueCount(actor, today)]);
  const scopeUnits = actor.memberships
    .filter((m) => m.role === "COMMISSION" || m.role === "HEAD")
    .map((m) => m.unitId);
  const units = await db.unit.findMany({ where: { id: { in: scopeUnits } }, select: { name: true }, orderBy: { depth: "asc" } });
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const wholeTree = actor.memberships.some((m) => m.role === "COMMISSION");
  return { counts: counts as Partial<Record<ProposalStatus, number>>, overdue, total, wholeTree, scopeNames: units.map((u) => u.name) };
}

async function adminOverview() {
  const [units, users, auditEvents] = await Promise.all([db.unit.count(), db.user.count(), db.auditEvent.count()]);
  return { units, users, auditEvents };
}
