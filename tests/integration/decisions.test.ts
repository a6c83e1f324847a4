import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, toVietnamDate } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { respondToInvitation } from "@/server/proposals/coauthors";
import { sweepDeadlines } from "@/server/jobs/deadline-sweep";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal, withdrawProposal } from "@/server/proposals/submit";
import { approveProposal, rejectProposal, returnProposal } from "@/server/reviews/decide";
import { answerPartyOpinion, castVote, closeMeeting, recordMeeting, requestPartyOpinion } from "@/server/reviews/steps";
import { loadCalendar } from "@/server/rules";
import { seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
let party: { id: string };
let monitor: { id: string };
beforeAll(async () => {
  org = await smallOrg();
  party = await seedUser(db, { unit: org.deptA, role: "PARTY_COMMITTEE", fullName: "Bí thư Đảng ủy Sở" });
  monitor = await seedUser(db, { unit: org.province, role: "MONITOR", fullName: "Thanh tra tỉnh" });
});

async function submitted(author = org.proposerA, coAuthorIds: string[] = []) {
  const actor = await actorOf(author);
  const d = await createDraft(actor, {});
  const s = await saveDraft(actor, { proposalId: d.id, version: d.version, draft: org.validPlan({ coAuthorIds }) });
  const r = await submitProposal(actor, { proposalId: d.id, version: s.version });
  return { id: d.id, version: r.version };
}

const version = async (id: string) => (await db.proposal.findUniqueOrThrow({ where: { id } })).version;

async function partyAgrees(id: string) {
  const head = await actorOf(org.headA);
  await requestPartyOpinion(head, { proposalId: id, version: await version(id) });
  const opinion = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: id, answeredAt: null } });
  await answerPartyOpinion(await actorOf(party), { opinionId: opinion.id, stance: "AGREE", content: "Ban Thường vụ Đảng ủy nhất trí." });
}

async function meeting(id: string, votes: { userId: string; choice: "FOR" | "AGAINST" | "ABSTAIN" }[]) {
  const head = await actorOf(org.headA);
  const m = await recordMeeting(head, { proposalId: id, version: await version(id), heldOn: toVietnamDate(new Date()), presentIds: [org.headA.id, org.deputyA.id], votes });
  const closed = await closeMeeting(head, { meetingId: m.meetingId });
  return closed.tally;
}

function approval(id: string, v: number, extra: Record<string, unknown> = {}) {
  return {
    proposalId: id,
    version: v,
    kind: "PILOT",
    basis: "VOTE",
    number: "125/QĐ-SKHCN",
    signedOn: toVietnamDate(new Date()),
    scope: "Thí điểm tại ba xã của tỉnh",
    startDate: "2027-01-04",
    endDate: "2027-12-31",
    budgetVnd: "350000000",
    people: "6",
    targets: [{ name: "Thời gian xử lý hồ sơ", unit: "ngày", baseline: "15", target: "7", method: "Phần mềm một cửa" }],
    monitorId: monitor.id,
    reportEveryDays: 30,
    ...extra,
  };
}

describe("the decision (Art. 4, Art. 8 NĐ 73/2023)", () => {
  it("Art. 4: approval is blocked until the Party committee has given its opinion", async () => {
    const p = await submitted();
    await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "FOR" }]);
    const err = await approveProposal(await actorOf(org.headA), approval(p.id, await version(p.id))).catch((e) => e);
    expect(err.httpStatus).toBe(422);
    expect(err.issues.map((i: { code: string }) => i.code)).toContain("PARTY_OPINION_REQUIRED");
  });

  it("Art. 4: only the Party committee answers its request, once", async () => {
    const p = await submitted();
    await requestPartyOpinion(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id) });
    const opinion = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: p.id } });
    expect(await statusOf(answerPartyOpinion(await actorOf(org.headA), { opinionId: opinion.id, stance: "AGREE", content: "Tự trả lời" }))).toBe(403);
    expect(await statusOf(answerPartyOpinion(await actorOf(org.headB), { opinionId: opinion.id, stance: "AGREE", content: "Đơn vị khác" }))).toBe(404);
    await answerPartyOpinion(await actorOf(party), { opinionId: opinion.id, stance: "COMMENTS", content: "Đề nghị làm rõ nguồn kinh phí." });
    expect(await statusOf(answerPartyOpinion(await actorOf(party), { opinionId: opinion.id, stance: "AGREE", content: "Lần hai" }))).toBe(409);
  });

  it("Art. 8.2: a tie is won by the head's side; the pilot approval records everything and creates the pilot", async () => {
    const p = await submitted();
    await partyAgrees(p.id);
    const tally = await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "AGAINST" }]);
    expect(tally).toMatchObject({ eligible: 2, for: 1, against: 1, passed: true, decidedBy: "TIE_HEAD_SIDE" });

    const r = await approveProposal(await actorOf(org.headA), approval(p.id, await version(p.id)));
    const row = await db.proposal.findUniqueOrThrow({
      where: { id: p.id },
      include: { decisions: true, pilot: { include: { kpis: true, milestones: true } }, deadlines: true, revisions: true },
    });
    expect(row.status).toBe("APPROVED");
    const decision = row.decisions.find((d) => d.id === r.decisionId)!;
    expect(decision).toMatchObject({ kind: "PILOT", basis: "VOTE", number: "125/QĐ-SKHCN", budgetVnd: 350000000n, profileCode: DECREE_73_PROFILE.code });
    expect(decision.revisionId).toBe(row.revisions[0].id);
    expect(row.pilot?.isPilot).toBe(true);
    expect(row.pilot?.kpis.map((k) => k.name)).toEqual(["Thời gian xử lý hồ sơ"]);
    expect(row.deadlines.find((d) => d.kind === "DECISION")?.status).toBe("MET");
    expect(row.deadlines.find((d) => d.kind === "PROGRESS_REPORT")?.status).toBe("OPEN");
    const notified = await db.notification.findMany({ where: { proposalId: p.id, kind: "proposal.decided" } });
    expect(notified.map((n) => n.userId).sort()).toEqual([org.proposerA.id, monitor.id].sort());
  });

  it("Art. 8.2: a deputy who co-authored the plan is excluded from the vote automatically", async () => {
    const p = await submitted(org.proposerA, [org.deputyA.id]);
    // A named co-author counts once they accept the invitation (tests/security/coauthors.test.ts).
    await respondToInvitation(await actorOf(org.deputyA), { proposalId: p.id, accept: true });
    await partyAgrees(p.id);
    const tally = await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "FOR" }]);
    expect(tally.eligible).toBe(1);
    expect(tally.excluded).toEqual([{ userId: org.deputyA.id, reason: "CO_AUTHOR" }]);
    const member = await db.meetingMember.findFirstOrThrow({ where: { userId: org.deputyA.id, meeting: { proposalId: p.id } } });
    expect(member).toMatchObject({ excluded: true, exclusionReason: "CO_AUTHOR" });
    // …and cannot vote in the app either.
    expect(await statusOf(castVote(await actorOf(org.deputyA), { meetingId: member.meetingId, choice: "FOR" }))).toBeGreaterThanOrEqual(403);
  });

  it("Art. 8.3: after a failed vote the head may approve alone, only with a written rationale", async () => {
    const p = await submitted();
    await partyAgrees(p.id);
    const tally = await meeting(p.id, [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "AGAINST" }]);
    expect(tally.passed).toBe(false);
    const head = await actorOf(org.headA);
    const asVote = await approveProposal(head, approval(p.id, await version(p.id))).catch((e) => e);
    expect(asVote.issues.map((i: { code: string }) => i.code)).toContain("VOTE_FAILED");
    const noReason = await approveProposal(head, approval(p.id, await version(p.id), { basis: "HEAD_ALONE" })).catch((e) => e);
    expect(noReason.issues.map((i: { code: string }) => i.code)).toContain("RATIONALE_REQUIRED");
    await approveProposal(head, approval(p.id, await version(p.id), { basis: "HEAD_ALONE", kind: "IMPLEMENT", rationale: "Cấp thiết để giảm thủ tục cho người dân; tôi chịu trách nhiệm cá nhân." }));
    const d = await db.decision.findFirstOrThrow({ where: { proposalId: p.id } });
    expect(d).toMatchObject({ basis: "HEAD_ALONE", kind: "IMPLEMENT" });
    expect(d.rationale).toMatch(/chịu trách nhiệm/);
  });

  it("members vote in the app; the head closes the meeting and the tally counts all eligible members", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    const m = await recordMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: toVietnamDate(new Date()), presentIds: [org.headA.id, org.deputyA.id] });
    await castVote(head, { meetingId: m.meetingId, choice: "FOR" });
    await castVote(await actorOf(org.deputyA), { meetingId: m.meetingId, choice: "FOR" });
    const { tally } = await closeMeeting(head, { meetingId: m.meetingId });
    expect(tally).toMatchObject({ for: 2, eligible: 2, passed: true, decidedBy: "MAJORITY" });
    expect(await statusOf(castVote(await actorOf(org.deputyA), { meetingId: m.meetingId, choice: "AGAINST" }))).toBe(409);
  });

  it("returning for revision needs comments, notifies the author, and the resubmission opens a new decision deadline", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    expect(await statusOf(returnProposal(head, { proposalId: p.id, version: await version(p.id), comments: "" }))).toBe(422);
    await returnProposal(head, { proposalId: p.id, version: await version(p.id), comments: "Đề nghị bổ sung dự toán chi tiết." });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("RETURNED");
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "proposal.returned", userId: org.proposerA.id } })).toBe(1);
    const again = await submitProposal(await actorOf(org.proposerA), { proposalId: p.id, version: await version(p.id) });
    expect(again.revision).toBe(2);
    const open = await db.deadline.findMany({ where: { proposalId: p.id, kind: "DECISION", status: "OPEN" } });
    expect(open).toHaveLength(1);
  });

  it("not approving needs reasons; a deputy may not decide (403); another unit's head sees nothing (404)", async () => {
    const p = await submitted();
    expect(await statusOf(rejectProposal(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id), reasons: "" }))).toBe(422);
    expect(await statusOf(rejectProposal(await actorOf(org.deputyA), { proposalId: p.id, version: await version(p.id), reasons: "Phó không có quyền ký" }))).toBe(403);
    expect(await statusOf(rejectProposal(await actorOf(org.headB), { proposalId: p.id, version: await version(p.id), reasons: "Đơn vị khác quyết" }))).toBe(404);
    await rejectProposal(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id), reasons: "Nội dung vượt thẩm quyền của Sở." });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("NOT_APPROVED");
  });

  it("a withdrawn proposal cannot be decided (409)", async () => {
    const p = await submitted();
    await withdrawProposal(await actorOf(org.proposerA), { proposalId: p.id, version: p.version });
    expect(await statusOf(rejectProposal(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id), reasons: "Quyết định sau khi rút" }))).toBe(409);
    expect(await statusOf(approveProposal(await actorOf(org.headA), approval(p.id, await version(p.id))))).toBe(409);
  });

  it("two heads deciding at the same moment produce exactly one decision; the other gets a conflict", async () => {
    const p = await submitted();
    await partyAgrees(p.id);
    await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "FOR" }]);
    const coHead = await seedUser(db, { unit: org.deptA, role: "HEAD", fullName: "Giám đốc thứ hai" });
    const v = await version(p.id);
    const results = await Promise.all([
      statusOf(approveProposal(await actorOf(org.headA), approval(p.id, v))),
      statusOf(rejectProposal(await actorOf(coHead), { proposalId: p.id, version: v, reasons: "Không phù hợp thời điểm hiện nay." })),
      statusOf(approveProposal(await actorOf(org.headA), approval(p.id, v, { kind: "IMPLEMENT" }))),
    ]);
    expect(results.filter((s) => s === 200)).toHaveLength(1);
    expect(results.filter((s) => s === 409)).toHaveLength(2);
    expect(await db.decision.count({ where: { proposalId: p.id } })).toBe(1);
    expect(await db.pilot.count({ where: { proposalId: p.id } })).toBeLessThanOrEqual(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe("deadlines and escalation (Art. 6, Art. 8.1 NĐ 73/2023)", () => {
  it("Art. 6: an overdue decision notifies the head, then after the grace period escalates to the superior unit's head — once", async () => {
    const p = await submitted();
    const d = await db.deadline.findFirstOrThrow({ where: { proposalId: p.id, kind: "DECISION", status: "OPEN" } });
    const cal = await loadCalendar(db, d.dueOn.getUTCFullYear());
    const due = d.dueOn.toISOString().slice(0, 10);

    const beforeDue = addWorkingDays(due, -1, cal);
    await sweepDeadlines(new Date(`${beforeDue}T03:00:00Z`));
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "deadline.reminder", userId: org.headA.id } })).toBe(1);

    const dayAfter = addWorkingDays(due, 1, cal);
    await sweepDeadlines(new Date(`${dayAfter}T03:00:00Z`));
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "deadline.overdue", userId: org.headA.id } })).toBe(1);
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "deadline.escalated" } })).toBe(0);

    const afterGrace = addWorkingDays(due, DECREE_73_PROFILE.escalationGraceWorkingDays, cal);
    await sweepDeadlines(new Date(`${afterGrace}T03:00:00Z`));
    await sweepDeadlines(new Date(`${afterGrace}T04:00:00Z`));
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "deadline.escalated", userId: org.provinceHead.id } })).toBe(1);
    const after = await db.deadline.findUniqueOrThrow({ where: { id: d.id } });
    expect(after.escalatedToUnitId).toBe(org.province.id);
    expect(await db.auditEvent.count({ where: { proposalId: p.id, action: "deadline.escalate" } })).toBe(1);
  });

  it("Art. 8.1: a decision after the due day settles the deadline as MISSED", async () => {
    const p = await submitted();
    const d = await db.deadline.findFirstOrThrow({ where: { proposalId: p.id, kind: "DECISION", status: "OPEN" } });
    // Move the due day into the past, as if the plan had been received long ago.
    await db.deadline.update({ where: { id: d.id }, data: { dueOn: new Date("2025-01-02T00:00:00Z") } });
    await rejectProposal(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id), reasons: "Không còn phù hợp với định hướng." });
    expect((await db.deadline.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("MISSED");
    // The computed due day for a fresh one follows the profile: 7 working days.
    const cal = await loadCalendar(db, 2026);
    expect(addWorkingDays("2026-11-26", DECREE_73_PROFILE.decisionWorkingDays, cal)).toBe("2026-12-07");
  });
});
