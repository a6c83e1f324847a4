/**
 * What each role sees first. Each section is loaded only for the roles that need it, and every
 * query is scoped and bounded.
 */
import { NotFoundError } from "@/domain/errors";
import { zeroCounts } from "@/domain/report-tree";
import { MEASURES } from "@/domain/reports";
import type { ProposalStatus } from "@/generated/prisma/client";
import type { SessionActor } from "./actor";
import { db } from "./db";
import { inboxFor } from "./inbox";
import { watchList } from "./pilots/queries";
import { listMyProposals, ownProposalsWhere, statusCounts } from "./proposals/queries";
import { resolveReport } from "./reports/context";
import { countsByUnit } from "./reports/queries";

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

/**
 * The overview of heads and the Commission. Its numbers are the report's (one definition, issue
 * 12.13): the same measures, period (this year) and scope as the dashboard's cards, so the home
 * page and /reports agree by construction. The status breakdown below them is a snapshot of all
 * proposals ever received and says so.
 */
async function commissionOverview(actor: SessionActor) {
  const ctx = await resolveReport(actor, {}).catch((e) => {
    if (e instanceof NotFoundError) return null;
    throw e;
  });
  const [counts, report] = await Promise.all([statusCounts(actor), ctx ? countsByUnit(ctx) : null]);
  const measures = zeroCounts();
  if (report) for (const c of report.byUnit.values()) for (const m of MEASURES) measures[m] += c[m];
  const scopeUnits = actor.memberships
    .filter((m) => m.role === "COMMISSION" || m.role === "HEAD")
    .map((m) => m.unitId);
  const units = await db.unit.findMany({ where: { id: { in: scopeUnits } }, select: { name: true }, orderBy: { depth: "asc" } });
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const wholeTree = actor.memberships.some((m) => m.role === "COMMISSION");
  return {
    counts: counts as Partial<Record<ProposalStatus, number>>,
    total,
    wholeTree,
    scopeNames: units.map((u) => u.name),
    report: ctx ? { measures, root: { id: ctx.root.id, name: ctx.root.name }, period: ctx.period, detail: ctx.detail } : null,
  };
}

/** Counts for the administrator: units, users, audit events (home page and /admin). */
export async function adminOverview() {
  const [units, users, auditEvents] = await Promise.all([db.unit.count(), db.user.count(), db.auditEvent.count()]);
  return { units, users, auditEvents };
}
