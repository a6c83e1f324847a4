import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, toVietnamDate } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal, withdrawProposal } from "@/server/proposals/submit";
import { loadCalendar } from "@/server/rules";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

async function draftWithPlan(user: { id: string }, plan = org.validPlan()) {
  const actor = await actorOf(user);
  const created = await createDraft(actor, {});
  const saved = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: plan });
  return { id: created.id, version: saved.version, actor };
}

describe("use-case wrapper: validation, scoping, versions", () => {
  it("rejects malformed input with 422 before touching data", async () => {
    const actor = await actorOf(org.proposerA);
    expect(await statusOf(submitProposal(actor, { proposalId: 42 }))).toBe(422);
    expect(await statusOf(saveDraft(actor, { proposalId: "x", version: -1, draft: {} }))).toBe(422);
  });

  it("answers 404 for an unknown id and for another unit's proposal (no leak of existence)", async () => {
    const { id, version } = await draftWithPlan(org.proposerA);
    const stranger = await actorOf(org.proposerB);
    expect(await statusOf(submitProposal(stranger, { proposalId: "does-not-exist", version: 0 }))).toBe(404);
    expect(await statusOf(submitProposal(stranger, { proposalId: id, version }))).toBe(404);
    expect(await statusOf(saveDraft(stranger, { proposalId: id, version, draft: { title: "chiếm quyền" } }))).toBe(404);
  });

  it("answers 409 on a stale version and keeps the newer draft", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA);
    await saveDraft(actor, { proposalId: id, version, draft: { title: "Bản mới hơn" } });
    expect(await statusOf(saveDraft(actor, { proposalId: id, version, draft: { title: "Bản cũ" } }))).toBe(409);
    const row = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe("Bản mới hơn");
  });

  it("two simultaneous saves of the same version: exactly one wins, the other gets 409", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA);
    const results = await Promise.all(
      ["A", "B", "C"].map((s) => statusOf(saveDraft(actor, { proposalId: id, version, draft: { title: `Bản ${s}` } }))),
    );
    expect(results.filter((s) => s === 200)).toHaveLength(1);
    expect(results.filter((s) => s === 409)).toHaveLength(2);
  });

  it("refuses to submit an incomplete plan with field-level issues (422)", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, { draft: { title: "Ngắn" } });
    const err = await submitProposal(actor, { proposalId: created.id, version: created.version }).catch((e) => e);
    expect(err.httpStatus).toBe(422);
    const paths = err.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "necessity", "kpis", "declaration"]));
  });
});

describe("submitting a plan (Art. 7, Art. 8 NĐ 73/2023)", () => {
  it("Art. 7.3/8.1: freezes revision 1, routes to the unit head, opens the 7-working-day decision deadline, notifies, audits", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA, org.validPlan({ coAuthorIds: [org.coAuthorA.id] }));
    const auditBefore = await db.auditEvent.count();
    const result = await submitProposal(actor, { proposalId: id, version });
    expect(result.revision).toBe(1);

    const p = await db.proposal.findUniqueOrThrow({ where: { id }, include: { revisions: true, deadlines: true, coAuthors: true } });
    expect(p.status).toBe("SUBMITTED");
    expect(p.decidingUnitId).toBe(org.deptA.id);
    expect(p.revisions).toHaveLength(1);
    expect(p.coAuthors.map((c) => c.userId)).toEqual([org.coAuthorA.id]);

    const today = toVietnamDate(new Date());
    const cal = await loadCalendar(db, Number(today.slice(0, 4)));
    const expected = addWorkingDays(today, DECREE_73_PROFILE.decisionWorkingDays, cal);
    expect(p.deadlines).toHaveLength(1);
    expect(p.deadlines[0]).toMatchObject({ kind: "DECISION", status: "OPEN", unitId: org.deptA.id, assigneeId: org.headA.id, workingDays: 7 });
    expect(p.deadlines[0].dueOn.toISOString().slice(0, 10)).toBe(expected);

    // The head is asked to decide (issue 12.11); the named co-author is invited and counts once they
    // accept (tests/security/coauthors.test.ts), so nobody else hears of it yet.
    const notes = await db.notification.findMany({ where: { proposalId: id }, select: { userId: true, kind: true, href: true } });
    expect(notes.filter((n) => n.kind === "proposal.submitted").map((n) => [n.userId, n.href])).toEqual([[org.headA.id, `/proposals/${id}/review`]]);
    expect(notes.filter((n) => n.kind === "coauthor.invited").map((n) => n.userId)).toEqual([org.coAuthorA.id]);
    expect(notes.filter((n) => n.kind === "proposal.submittedCoAuthor")).toEqual([]);

    const events = await db.auditEvent.findMany({ where: { proposalId: id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toContain("proposal.submit");
    expect(await db.auditEvent.count()).toBeGreaterThan(auditBefore);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("Art. 7.4: a unit head's own plan goes to the head of the superior unit", async () => {
    const { id, version, actor } = await draftWithPlan(org.officeHead);
    await submitProposal(actor, { proposalId: id, version });
    const p = await db.proposal.findUniqueOrThrow({ where: { id }, include: { deadlines: true } });
    expect(p.unitId).toBe(org.office.id);
    expect(p.decidingUnitId).toBe(org.deptA.id);
    expect(p.deadlines[0].assigneeId).toBe(org.headA.id);
  });

  it("a submitted revision is immutable: later draft edits are refused and the revision keeps its content", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA);
    const r = await submitProposal(actor, { proposalId: id, version });
    expect(await statusOf(saveDraft(actor, { proposalId: id, version: r.version, draft: { title: "Sửa sau khi gửi" } }))).toBe(409);
    const rev = await db.proposalRevision.findFirstOrThrow({ where: { proposalId: id } });
    expect(rev.title).not.toBe("Sửa sau khi gửi");
  });

  it("a co-author sees the proposal; the head of another unit does not", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA, org.validPlan({ coAuthorIds: [org.coAuthorA.id] }));
    await submitProposal(actor, { proposalId: id, version });
    const { getProposal } = await import("@/server/proposals/queries");
    const { respondToInvitation } = await import("@/server/proposals/coauthors");
    expect(await getProposal(await actorOf(org.coAuthorA), id)).toBeNull();
    await respondToInvitation(await actorOf(org.coAuthorA), { proposalId: id, accept: true });
    expect(await getProposal(await actorOf(org.coAuthorA), id)).not.toBeNull();
    expect(await getProposal(await actorOf(org.headA), id)).not.toBeNull();
    expect(await getProposal(await actorOf(org.headB), id)).toBeNull();
    expect(await getProposal(await actorOf(org.commission), id)).not.toBeNull();
  });

  it("a withdrawn proposal cannot be submitted again (409) and its deadline is cancelled", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA);
    const s = await submitProposal(actor, { proposalId: id, version });
    const w = await withdrawProposal(actor, { proposalId: id, version: s.version, reason: "Rút để hoàn thiện" });
    expect(await statusOf(submitProposal(actor, { proposalId: id, version: w.version }))).toBe(409);
    const d = await db.deadline.findFirstOrThrow({ where: { proposalId: id } });
    expect(d.status).toBe("CANCELLED");
  });

  it("only the author may submit: a head of the same unit gets 403", async () => {
    const { id, version } = await draftWithPlan(org.proposerA);
    // Drafts are visible to their authors only, so for the head it does not even exist.
    expect(await statusOf(submitProposal(await actorOf(org.headA), { proposalId: id, version }))).toBe(404);
  });
});

describe("revisions are immutable at the database level", () => {
  it("Art. 8: the revision a decision approves cannot be updated, even by direct SQL", async () => {
    const { id, version, actor } = await draftWithPlan(org.proposerA);
    await submitProposal(actor, { proposalId: id, version });
    await expect(db.$executeRawUnsafe(`update "ProposalRevision" set title = 'đổi' where "proposalId" = '${id}'`)).rejects.toThrow(/immutable/);
  });
});

describe("the head's inbox (Art. 8.1: the unit decides within the profile's working days)", () => {
  it("lists what awaits the actor's unit, most urgent first, and nothing of other units or of the actor's own plans", async () => {
    const { inboxFor } = await import("@/server/inbox");
    const awaitingDecision = async (a: Awaited<ReturnType<typeof actorOf>>) =>
      (await inboxFor(a)).items.filter((i) => i.kind === "DECIDE").map((i) => ({ id: i.proposal.id, dueOn: i.dueOn! }));
    const first = await draftWithPlan(org.proposerA);
    await submitProposal(first.actor, { proposalId: first.id, version: first.version });
    const own = await draftWithPlan(org.officeHead);
    await submitProposal(own.actor, { proposalId: own.id, version: own.version });
    const inboxA = await awaitingDecision(await actorOf(org.headA));
    expect(inboxA.map((p) => p.id)).toEqual(expect.arrayContaining([first.id, own.id]));
    const due = inboxA.map((p) => p.dueOn.getTime());
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect((await awaitingDecision(await actorOf(org.headB))).map((p) => p.id)).not.toContain(first.id);
    // The office head's own plan goes up to the department (Art. 7.4), never into the office head's inbox.
    expect((await awaitingDecision(await actorOf(org.officeHead))).map((p) => p.id)).not.toContain(own.id);
  });
});
