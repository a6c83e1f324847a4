/**
 * Issue point 11: co-authors who consent. A named co-author counts — for reading the plan, for
 * exclusion from the vote (Art. 8.2) and as a proposer — only after accepting; one from outside the
 * deciding unit's subtree also needs the head's acceptance; withdrawal is the proposer's alone.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { toVietnamDate } from "@/domain/calendar";
import { db } from "@/server/db";
import { approveOutsideCoAuthor, invitationsFor, respondToInvitation } from "@/server/proposals/coauthors";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { getProposal } from "@/server/proposals/queries";
import { submitProposal, withdrawProposal } from "@/server/proposals/submit";
import { recordMeeting } from "@/server/reviews/steps";
import { actorOf, smallOrg, statusOf } from "../integration/helpers";
import { seedUser } from "../support/factories";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

const version = async (id: string) => (await db.proposal.findUniqueOrThrow({ where: { id } })).version;

async function submitted(author: { id: string }, coAuthorIds: string[]) {
  const actor = await actorOf(author);
  const created = await createDraft(actor, {});
  const saved = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { ...org.validPlan(), coAuthorIds } });
  await submitProposal(actor, { proposalId: created.id, version: saved.version });
  return created.id;
}

describe("11. co-authors who consent", () => {
  it("an invited co-author has no access until they accept, and never the power to withdraw", async () => {
    const id = await submitted(org.proposerA, [org.coAuthorA.id]);
    const co = await actorOf(org.coAuthorA);
    expect(await getProposal(co, id)).toBeNull();
    expect((await invitationsFor(co)).mine.map((i) => i.proposalId)).toContain(id);
    expect(await db.notification.count({ where: { userId: org.coAuthorA.id, kind: "coauthor.invited", proposalId: id } })).toBe(1);

    await respondToInvitation(co, { proposalId: id, accept: true });
    expect(await getProposal(co, id)).not.toBeNull();
    // Withdrawal is the proposer's alone.
    expect(await statusOf(withdrawProposal(co, { proposalId: id, version: await version(id) }))).toBe(403);
    expect(await statusOf(withdrawProposal(await actorOf(org.proposerA), { proposalId: id, version: await version(id) }))).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "coauthor.accept", proposalId: id } })).toBe(1);
  });

  it("only the invitee answers, once; a declined invitation grants nothing", async () => {
    const id = await submitted(org.proposerA, [org.coAuthorA.id]);
    expect(await statusOf(respondToInvitation(await actorOf(org.proposerA), { proposalId: id, accept: true }))).toBe(404);
    await respondToInvitation(await actorOf(org.coAuthorA), { proposalId: id, accept: false });
    expect(await statusOf(respondToInvitation(await actorOf(org.coAuthorA), { proposalId: id, accept: true }))).toBe(404);
    expect(await getProposal(await actorOf(org.coAuthorA), id)).toBeNull();
  });

  it("naming a deputy does not exclude them from the vote until they accept (Art. 8.2)", async () => {
    const id = await submitted(org.proposerA, [org.deputyA.id]);
    const head = await actorOf(org.headA);
    const first = await recordMeeting(head, { proposalId: id, version: await version(id), heldOn: toVietnamDate(new Date()), presentIds: [org.headA.id, org.deputyA.id] });
    const members = await db.meetingMember.findMany({ where: { meetingId: first.meetingId } });
    expect(members.find((m) => m.userId === org.deputyA.id)?.excluded).toBe(false);
  });

  it("an accepted deputy co-author is excluded from the vote", async () => {
    const id = await submitted(org.proposerA, [org.deputyA.id]);
    await respondToInvitation(await actorOf(org.deputyA), { proposalId: id, accept: true });
    const head = await actorOf(org.headA);
    await recordMeeting(head, { proposalId: id, version: await version(id), heldOn: toVietnamDate(new Date()), presentIds: [org.headA.id, org.deputyA.id] });
    const meeting = await db.meeting.findFirstOrThrow({ where: { proposalId: id }, include: { members: true } });
    expect(meeting.members.find((m) => m.userId === org.deputyA.id)).toMatchObject({ excluded: true, exclusionReason: "CO_AUTHOR" });
  });

  it("a co-author from another province also needs the deciding head's acceptance", async () => {
    const elsewhere = await seedUser(db, { unit: org.deptB, role: "PROPOSER", fullName: "Cán bộ Sở Y tế" });
    const id = await submitted(org.proposerA, [elsewhere.id]);
    const co = await actorOf(elsewhere);
    const r = await respondToInvitation(co, { proposalId: id, accept: true });
    expect(r).toMatchObject({ status: "ACCEPTED", awaitingHead: true });
    expect(await getProposal(co, id)).toBeNull();

    // Another unit's head cannot accept them; the deciding head can.
    expect(await statusOf(approveOutsideCoAuthor(await actorOf(org.headB), { proposalId: id, userId: elsewhere.id, version: 0 }))).toBe(404);
    expect(await statusOf(approveOutsideCoAuthor(await actorOf(org.deputyA), { proposalId: id, userId: elsewhere.id, version: 0 }))).toBe(403);
    const head = await actorOf(org.headA);
    expect((await invitationsFor(head)).awaitingMe.map((i) => i.userId)).toContain(elsewhere.id);
    await approveOutsideCoAuthor(head, { proposalId: id, userId: elsewhere.id, version: await version(id) });
    expect(await getProposal(co, id)).not.toBeNull();
  });
});
