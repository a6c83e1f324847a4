/**
 * The cadre's innovation record (Art. 10: the result counts in evaluation, planning, appointment
 * and rotation): their proposals with state, outcome and conclusion, and the recognitions they
 * received. Visible to the person, to the leadership of their units and to the Commission in scope
 * (profile.read on one of the person's units); anyone else gets null (→ 404, nothing leaks).
 * Drafts stay private to their authors; a proposal is linked only where the reader may open it.
 */
import { can, type Actor } from "@/domain/permissions";
import { db } from "../db";
import { proposalScope } from "../scope";

export const RECORD_PROPOSAL_LIMIT = 200;

/** Whether the actor may open the person's record. */
export async function canReadRecord(actor: Actor, userId: string): Promise<boolean> {
  if (actor.userId === userId) return true;
  const memberships = await db.membership.findMany({ where: { userId }, select: { unitId: true, unit: { select: { path: true } } } });
  return memberships.some((m) => can(actor, "profile.read", { kind: "unit", unitId: m.unitId, unitPath: m.unit.path }));
}

export async function personRecord(actor: Actor, userId: string) {
  if (!(await canReadRecord(actor, userId))) return null;
  const person = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, fullName: true, title: true, memberships: { select: { role: true, unit: { select: { id: true, name: true } } } } },
  });
  if (!person) return null;
  const self = actor.userId === userId;
  const [proposals, recognitions] = await Promise.all([
    db.proposal.findMany({
      where: {
        AND: [
          { OR: [{ authorId: userId }, { coAuthors: { some: { userId } } }] },
          // A draft is the author's private work (Art. 7): only the person sees their own.
          self ? {} : { status: { not: "DRAFT" } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECORD_PROPOSAL_LIMIT,
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        authorId: true,
        submittedAt: true,
        unit: { select: { name: true } },
        decisions: { where: { kind: { in: ["IMPLEMENT", "PILOT"] } }, orderBy: { createdAt: "desc" }, take: 1, select: { kind: true, number: true, signedOn: true } },
        evaluations: { orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }], take: 1, select: { category: true, conclusion: true, number: true, decidedOn: true } },
      },
    }),
    db.recognition.findMany({
      where: { userId },
      orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
      select: {
        id: true,
        kind: true,
        form: true,
        level: true,
        decidingBody: true,
        number: true,
        decidedOn: true,
        note: true,
        proposal: { select: { id: true, code: true, title: true } },
      },
    }),
  ]);
  const ids = [...new Set([...proposals.map((p) => p.id), ...recognitions.map((r) => r.proposal.id)])];
  const readable = new Set(
    ids.length ? (await db.proposal.findMany({ where: { AND: [{ id: { in: ids } }, proposalScope(actor)] }, select: { id: true } })).map((p) => p.id) : [],
  );
  const rows = proposals.map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
    status: p.status,
    role: p.authorId === userId ? ("AUTHOR" as const) : ("CO_AUTHOR" as const),
    unitName: p.unit.name,
    submittedAt: p.submittedAt,
    decision: p.decisions[0] ?? null,
    evaluation: p.evaluations[0] ?? null,
    readable: readable.has(p.id),
  }));
  return {
    person: { id: person.id, fullName: person.fullName, title: person.title, units: person.memberships.map((m) => ({ role: m.role, unitName: m.unit.name })) },
    self,
    proposals: rows,
    recognitions: recognitions.map((r) => ({ ...r, proposal: { ...r.proposal, readable: readable.has(r.proposal.id) } })),
    summary: {
      proposals: rows.filter((r) => r.status !== "DRAFT").length,
      approved: rows.filter((r) => r.decision !== null).length,
      completed: rows.filter((r) => r.evaluation?.category === "A").length,
      protectedCount: rows.filter((r) => r.evaluation && ["EXCLUDED", "EXEMPTED", "REDUCED"].includes(r.evaluation.conclusion)).length,
      recognitions: recognitions.length,
    },
  };
}
export type PersonRecord = NonNullable<Awaited<ReturnType<typeof personRecord>>>;
