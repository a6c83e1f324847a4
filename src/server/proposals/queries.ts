/**
 * Read side of proposals. Every query is scoped in its `where` (proposalScope) and paginated.
 */
import type { Actor } from "@/domain/permissions";
import { can } from "@/domain/permissions";
import { foldVietnamese } from "@/domain/plan";
import type { Prisma, ProposalStatus } from "@/generated/prisma/client";
import { db } from "../db";
import { withWorkingDaysLeft } from "../deadlines";
import { profileForUnit } from "../rules";
import { proposalScope, reportScope } from "../scope";
import { likeLiteral } from "../search";
import { COUNTING_COAUTHOR } from "./coauthor-rule";
import { proposalResourceSelect, toProposalResource } from "./resource";

export const PAGE_SIZE = 20;
/** Vietnamese years start at 00:00 UTC+7. */
const VN_OFFSET_MS = 7 * 3600 * 1000;

const listSelect = {
  id: true,
  code: true,
  title: true,
  field: true,
  status: true,
  updatedAt: true,
  submittedAt: true,
  currentRevision: true,
  unit: { select: { name: true } },
  author: { select: { fullName: true } },
  deadlines: {
    where: { status: "OPEN" },
    orderBy: { dueOn: "asc" },
    take: 1,
    select: { kind: true, dueOn: true, unit: { select: { name: true } }, assignee: { select: { fullName: true } } },
  },
} satisfies Prisma.ProposalSelect;
export type ProposalListItem = Prisma.ProposalGetPayload<{ select: typeof listSelect }>;

/** Cursor "<updatedAt ISO>_<id>" for keyset pagination on (updatedAt desc, id desc). */
function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const i = cursor.lastIndexOf("_");
  const at = new Date(cursor.slice(0, i));
  if (i < 0 || Number.isNaN(at.getTime())) return null;
  return { at, id: cursor.slice(i + 1) };
}

/**
 * "Mine" = written or co-written, as two index conditions: an OR with EXISTS(co-author) forces
 * PostgreSQL to scan every proposal (measured: 50 ms → 4.5 ms on 100,000 proposals, npm run bench).
 */
export async function ownProposalsWhere(userId: string): Promise<Prisma.ProposalWhereInput> {
  const co = await db.proposalCoAuthor.findMany({ where: { userId, ...COUNTING_COAUTHOR }, select: { proposalId: true } });
  return co.length ? { OR: [{ authorId: userId }, { id: { in: co.map((c) => c.proposalId) } }] } : { authorId: userId };
}

/** Adds the next open deadline with working days left (negative = overdue). */
export async function attachDue<T extends ProposalListItem>(items: T[]) {
  const firsts = items.map((p) => p.deadlines[0]).filter((d): d is NonNullable<typeof d> => !!d);
  const computed = await withWorkingDaysLeft(firsts);
  const byRef = new Map(firsts.map((d, i) => [d, computed[i]]));
  return items.map((p) => {
    const d = p.deadlines[0] ? byRef.get(p.deadlines[0]) : undefined;
    return {
      ...p,
      due: d ? { kind: d.kind, dueOn: d.dueOn, unitName: d.unit.name, assigneeName: d.assignee?.fullName ?? null, workingDaysLeft: d.workingDaysLeft } : null,
    };
  });
}

export async function listMyProposals(
  actor: Actor,
  opts: { cursor?: string; q?: string; status?: ProposalStatus; field?: string; year?: number; limit?: number } = {},
) {
  const limit = opts.limit ?? PAGE_SIZE;
  const after = decodeCursor(opts.cursor);
  const where: Prisma.ProposalWhereInput = {
    AND: [
      await ownProposalsWhere(actor.userId),
      opts.status ? { status: opts.status } : {},
      opts.field ? { field: opts.field } : {},
      opts.year ? { createdAt: { gte: new Date(Date.UTC(opts.year, 0, 1) - VN_OFFSET_MS), lt: new Date(Date.UTC(opts.year + 1, 0, 1) - VN_OFFSET_MS) } } : {},
      opts.q ? { searchText: { contains: likeLiteral(foldVietnamese(opts.q)) } } : {},
      after
        ? { OR: [{ updatedAt: { lt: after.at } }, { updatedAt: after.at, id: { lt: after.id } }] }
        : {},
    ],
  };
  const rows = await db.proposal.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: listSelect,
  });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: await attachDue(items),
    nextCursor: rows.length > limit && last ? `${last.updatedAt.toISOString()}_${last.id}` : null,
  };
}

/** Units where the actor may open a new proposal (proposal.create), for the "new" button. */
export async function creatableUnits(actor: Actor) {
  const ids = actor.memberships
    .filter((m) => can(actor, "proposal.create", { kind: "unit", unitId: m.unitId, unitPath: m.unitPath }))
    .map((m) => m.unitId);
  if (ids.length === 0) return [];
  return db.unit.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true }, orderBy: { depth: "asc" } });
}

/** Counts by status across the subtree the actor may report on (Organisation Commission, heads). */
export async function statusCounts(actor: Actor) {
  const groups = await db.proposal.groupBy({
    by: ["status"],
    where: reportScope(actor),
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<ProposalStatus, number>>;
}

export async function overdueCount(actor: Actor, todayUtcDate: Date) {
  return db.deadline.count({
    where: { status: "OPEN", dueOn: { lt: todayUtcDate }, proposal: reportScope(actor) },
  });
}

/** Full proposal page data, or null when the id is unknown or outside the actor's scope (→ 404). */
export async function getProposal(actor: Actor, id: string) {
  const p = await db.proposal.findFirst({
    where: { id, ...proposalScope(actor) },
    select: {
      ...proposalResourceSelect,
      field: true,
      draft: true,
      submittedAt: true,
      createdAt: true,
      updatedAt: true,
      unit: { select: { name: true, parent: { select: { name: true } } } },
      decidingUnit: { select: { name: true, path: true } },
      author: { select: { id: true, fullName: true, title: true } },
      coAuthors: { where: COUNTING_COAUTHOR, select: { userId: true, user: { select: { fullName: true } } } },
      revisions: { orderBy: { number: "desc" }, select: { id: true, number: true, title: true, createdAt: true, plan: true } },
      deadlines: { orderBy: { openedAt: "desc" }, select: { id: true, kind: true, dueOn: true, status: true, settledAt: true, workingDays: true } },
      decisions: { orderBy: { createdAt: "desc" }, select: { id: true, kind: true, basis: true, number: true, signedOn: true, reasons: true, comments: true } },
      pilot: { select: { id: true } },
      attachments: { where: { purpose: "plan" }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, mimeType: true, createdAt: true } },
      resultReports: { orderBy: { submittedAt: "desc" }, take: 1, select: { id: true, submittedAt: true } },
      evaluations: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, category: true, conclusion: true, number: true, decidedOn: true } },
    },
  });
  if (!p) return null;
  const resource = toProposalResource(p);
  if (!can(actor, "proposal.read", resource)) return null;
  return { ...p, resource };
}

/** Who did what and when, from the audit log (the record that protects the cadre). */
export async function proposalTimeline(proposalId: string, limit = 200) {
  const events = await db.auditEvent.findMany({
    // Autosaves are audited but are noise on a timeline; the submitted revisions carry the content.
    where: { proposalId, action: { not: "proposal.draft.save" } },
    orderBy: { seq: "asc" },
    take: limit,
    select: { seq: true, at: true, action: true, actorId: true, after: true, meta: true },
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, fullName: true } });
  const names = new Map(users.map((u) => [u.id, u.fullName]));
  return events.map((e) => {
    // Imported history (the demo seed, data migrations) records when the step really happened.
    const occurredAt = (e.meta as { occurredAt?: string } | null)?.occurredAt;
    const when = occurredAt && !Number.isNaN(Date.parse(occurredAt)) ? new Date(occurredAt) : e.at;
    return { seq: e.seq.toString(), at: when, action: e.action, actorName: e.actorId ? names.get(e.actorId) ?? "" : "" };
  });
}

/** The current version of a proposal the actor may see (the form re-bases an autosave on it). */
export async function draftVersion(actor: Actor, id: string): Promise<number | null> {
  const p = await db.proposal.findFirst({ where: { id, ...proposalScope(actor) }, select: { version: true } });
  return p?.version ?? null;
}

/** What the plan form needs: the draft, the version, the deciding unit, comments of a return. */
export async function proposalForEdit(actor: Actor, id: string) {
  const p = await db.proposal.findFirst({
    where: { id, ...proposalScope(actor) },
    select: {
      ...proposalResourceSelect,
      draft: true,
      decidingUnit: { select: { path: true, name: true } },
      decisions: { where: { kind: "RETURNED" }, orderBy: { createdAt: "desc" }, take: 1, select: { comments: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, mimeType: true, createdAt: true } },
    },
  });
  if (!p) return null;
  const resource = toProposalResource(p);
  const profile = await profileForUnit(db, p.decidingUnit.path);
  return {
    ...p,
    resource,
    canEdit: can(actor, "proposal.update", resource),
    decisionDays: profile.decisionWorkingDays,
    returnedComments: p.status === "RETURNED" ? p.decisions[0]?.comments ?? null : null,
  };
}
