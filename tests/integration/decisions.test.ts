import { beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, addWorkingDays, toVietnamDate } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { deadlineStanding } from "@/domain/deadlines";
import { parseRegulationProfile } from "@/domain/regulation";
import { respondToInvitation } from "@/server/proposals/coauthors";
import { sweepDeadlines } from "@/server/jobs/deadline-sweep";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal, withdrawProposal } from "@/server/proposals/submit";
import { approveProposal, rejectProposal, returnProposal } from "@/server/reviews/decide";
import { reviewPageData } from "@/server/reviews/page";
import { annulMeeting, answerPartyOpinion, castVote, closeMeeting, recordMeeting, requestPartyOpinion, saveChecklist } from "@/server/reviews/steps";
import { loadCalendar, profileForUnit } from "@/server/rules";
import { seedUnit, seedUser } from "../support/factories";
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

  it("Art. 8.1: a tie is won by the head's side; the pilot approval records everything and creates the pilot", async () => {
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
    // KL 14 §2.4: the first progress report opens when execution starts, not at approval.
    expect(row.deadlines.find((d) => d.kind === "PROGRESS_REPORT")).toBeUndefined();
    // The authors learn the outcome, the monitor their assignment (issue 12.11).
    const approvedFor = await db.notification.findMany({ where: { proposalId: p.id, kind: "proposal.approved" } });
    expect(approvedFor.map((n) => [n.userId, (n.params as { kind?: string }).kind])).toEqual([[org.proposerA.id, "PILOT"]]);
    const monitorFor = await db.notification.findMany({ where: { proposalId: p.id, kind: "pilot.monitorAssigned" } });
    expect(monitorFor.map((n) => n.userId)).toEqual([monitor.id]);
  });

  it("Art. 8.1: a deputy who co-authored the plan is excluded from the vote automatically", async () => {
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

  it("Art. 8.1: after a failed vote the head may approve alone, only with a written rationale", async () => {
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

  it("not approving needs reasons and a failed vote; a deputy may not decide (403); another unit's head sees nothing (404)", async () => {
    const p = await submitted();
    await meeting(p.id, [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "AGAINST" }]);
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
      statusOf(approveProposal(await actorOf(coHead), approval(p.id, v, { number: "126/QĐ-SKHCN" }))),
      statusOf(approveProposal(await actorOf(org.headA), approval(p.id, v, { kind: "IMPLEMENT" }))),
    ]);
    await db.membership.deleteMany({ where: { userId: coHead.id } });
    expect(results.filter((s) => s === 200)).toHaveLength(1);
    expect(results.filter((s) => s === 409)).toHaveLength(2);
    expect(await db.decision.count({ where: { proposalId: p.id } })).toBe(1);
    expect(await db.pilot.count({ where: { proposalId: p.id } })).toBeLessThanOrEqual(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});

describe("deadlines and escalation (Art. 6, Art. 8.1 NĐ 73/2023)", () => {
  it("Art. 6: an overdue decision notifies the head, then, once overdue by more than the grace period, escalates to the superior unit's head — once", async () => {
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

    // Overdue by exactly the grace period: not yet (the domain's deadlineStanding says OVERDUE too).
    const atGrace = addWorkingDays(due, DECREE_73_PROFILE.escalationGraceWorkingDays, cal);
    await sweepDeadlines(new Date(`${atGrace}T03:00:00Z`));
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "deadline.escalated" } })).toBe(0);
    expect(deadlineStanding(due, new Date(`${atGrace}T03:00:00Z`), DECREE_73_PROFILE, cal).status).toBe("OVERDUE");

    const afterGrace = addWorkingDays(due, DECREE_73_PROFILE.escalationGraceWorkingDays + 1, cal);
    expect(deadlineStanding(due, new Date(`${afterGrace}T03:00:00Z`), DECREE_73_PROFILE, cal).status).toBe("ESCALATED");
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
    await meeting(p.id, [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "AGAINST" }]);
    await rejectProposal(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id), reasons: "Không còn phù hợp với định hướng." });
    expect((await db.deadline.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("MISSED");
    // The computed due day for a fresh one follows the profile: 7 working days.
    const cal = await loadCalendar(db, 2026);
    expect(addWorkingDays("2026-11-26", DECREE_73_PROFILE.decisionWorkingDays, cal)).toBe("2026-12-07");
  });
});

/** The code of a refusal: a validation issue's code, or a conflict's reason. */
async function refusal(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
    return ["OK"];
  } catch (e) {
    const err = e as { issues?: { code?: string }[]; reason?: string; code?: string };
    return err.issues?.map((i) => i.code ?? "") ?? [err.reason ?? err.code ?? "?"];
  }
}

const SOLE = "Cấp thiết để giảm thủ tục cho người dân và doanh nghiệp; tôi chịu trách nhiệm cá nhân trước cấp trên.";

/** A department of its own with a head, two deputies, a Party committee member and a proposer. */
async function fullDept(name: string) {
  const unit = await seedUnit(db, { name, parent: org.province });
  const head = await seedUser(db, { unit, role: "HEAD", fullName: `Giám đốc ${name}` });
  const deputy1 = await seedUser(db, { unit, role: "DEPUTY", fullName: `Phó Giám đốc một ${name}` });
  const deputy2 = await seedUser(db, { unit, role: "DEPUTY", fullName: `Phó Giám đốc hai ${name}` });
  const partyMember = await seedUser(db, { unit, role: "PARTY_COMMITTEE", fullName: `Bí thư ${name}` });
  const proposer = await seedUser(db, { unit, role: "PROPOSER", fullName: `Chuyên viên ${name}` });
  return { unit, head, deputy1, deputy2, partyMember, proposer };
}

describe("the decision stage as the law has it (issue 8)", () => {
  it("khoản 1 Điều 8 (Art. 8.1): the vote binds — head against, two deputies for: passed, so 'not approved' and a return are refused; approval goes through", async () => {
    const d = await fullDept("Sở Giao thông");
    const p = await submitted(d.proposer);
    const head = await actorOf(d.head);
    await requestPartyOpinion(head, { proposalId: p.id, version: await version(p.id) });
    const opinion = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: p.id, answeredAt: null } });
    await answerPartyOpinion(await actorOf(d.partyMember), { opinionId: opinion.id, stance: "AGREE", content: "Đảng ủy nhất trí." });
    const m = await recordMeeting(head, {
      proposalId: p.id,
      version: await version(p.id),
      heldOn: toVietnamDate(new Date()),
      presentIds: [d.head.id, d.deputy1.id, d.deputy2.id],
      votes: [
        { userId: d.head.id, choice: "AGAINST" },
        { userId: d.deputy1.id, choice: "FOR" },
        { userId: d.deputy2.id, choice: "FOR" },
      ],
    });
    expect((await closeMeeting(head, { meetingId: m.meetingId })).tally.passed).toBe(true);
    expect(await refusal(rejectProposal(head, { proposalId: p.id, version: await version(p.id), reasons: "Người đứng đầu không đồng ý với tập thể." }))).toEqual(["VOTE_BINDS"]);
    expect(await statusOf(rejectProposal(head, { proposalId: p.id, version: await version(p.id), reasons: "Người đứng đầu không đồng ý với tập thể." }))).toBe(422);
    expect(await refusal(returnProposal(head, { proposalId: p.id, version: await version(p.id), comments: "Trả lại dù tập thể đã thông qua." }))).toEqual(["VOTE_BINDS"]);
    await approveProposal(head, approval(p.id, await version(p.id)));
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("APPROVED");
  });

  it("khoản 1 Điều 8 (Art. 8.1): 'not approved' with no meeting at all is refused; a return needs no vote", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    expect(await refusal(rejectProposal(head, { proposalId: p.id, version: await version(p.id), reasons: "Không phê duyệt khi chưa họp." }))).toEqual(["VOTE_REQUIRED"]);
    await returnProposal(head, { proposalId: p.id, version: await version(p.id), comments: "Đề nghị bổ sung dự toán chi tiết." });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("RETURNED");
  });

  it("Art. 4, khoản 1 Điều 8: the opinion and the vote on revision 1 do not count for revision 2; the decision cites those of revision 2", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    await partyAgrees(p.id);
    await meeting(p.id, [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "AGAINST" }]);
    await returnProposal(head, { proposalId: p.id, version: await version(p.id), comments: "Đề nghị bổ sung dự toán chi tiết." });
    await submitProposal(await actorOf(org.proposerA), { proposalId: p.id, version: await version(p.id) });
    const rev2 = await db.proposalRevision.findFirstOrThrow({ where: { proposalId: p.id, number: 2 } });

    // Revision 2 "approved at once" on revision 1's opinion and vote: refused.
    const refused = await refusal(approveProposal(head, approval(p.id, await version(p.id), { basis: "HEAD_ALONE", rationale: SOLE })));
    expect(refused).toEqual(expect.arrayContaining(["PARTY_OPINION_REQUIRED", "VOTE_REQUIRED"]));
    const page = (await reviewPageData(head, p.id))!;
    expect(page.partyOpinions).toEqual([]);
    expect(page.meeting).toBeNull();
    expect(page.choices.options.filter((o) => o.open).map((o) => o.kind)).toEqual(["RETURNED"]);

    await partyAgrees(p.id);
    await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "FOR" }]);
    const r = await approveProposal(head, approval(p.id, await version(p.id)));
    const decision = await db.decision.findUniqueOrThrow({ where: { id: r.decisionId }, include: { meeting: true, partyOpinion: true } });
    expect(decision.revisionId).toBe(rev2.id);
    expect(decision.meeting?.revisionId).toBe(rev2.id);
    expect(decision.partyOpinion?.revisionId).toBe(rev2.id);
  });

  it("Art. 4: a request left pending on revision 1 cannot be answered once revision 2 is under review", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    await requestPartyOpinion(head, { proposalId: p.id, version: await version(p.id) });
    const old = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: p.id, answeredAt: null } });
    await returnProposal(head, { proposalId: p.id, version: await version(p.id), comments: "Đề nghị bổ sung dự toán chi tiết." });
    await submitProposal(await actorOf(org.proposerA), { proposalId: p.id, version: await version(p.id) });
    expect(await refusal(answerPartyOpinion(await actorOf(party), { opinionId: old.id, stance: "AGREE", content: "Trả lời muộn cho lần trình cũ." }))).toEqual(["OPINION_SUPERSEDED"]);
    // …and a new request on revision 2 is possible although revision 1's is still open.
    await requestPartyOpinion(head, { proposalId: p.id, version: await version(p.id) });
    expect(await db.partyOpinion.count({ where: { proposalId: p.id, answeredAt: null } })).toBe(2);
  });

  it("khoản 1 Điều 8: one decisive vote per revision — no second meeting after a closed one; an open one is annulled only with a reason, audited", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    const today = toVietnamDate(new Date());
    const first = await recordMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: today, presentIds: [org.headA.id, org.deputyA.id] });
    expect(await refusal(recordMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: today, presentIds: [org.headA.id] }))).toEqual(["MEETING_OPEN"]);
    expect(await statusOf(annulMeeting(head, { meetingId: first.meetingId, reason: "nhầm" }))).toBe(422);
    expect(await statusOf(annulMeeting(await actorOf(org.deputyA), { meetingId: first.meetingId, reason: "Phó không được hủy phiên họp." }))).toBe(403);
    expect(await statusOf(annulMeeting(await actorOf(org.headB), { meetingId: first.meetingId, reason: "Đơn vị khác không thấy phiên họp." }))).toBe(404);
    await annulMeeting(head, { meetingId: first.meetingId, reason: "Ghi nhầm danh sách thành viên có mặt." });
    expect(await refusal(castVote(head, { meetingId: first.meetingId, choice: "FOR" }))).toEqual(["MEETING_ANNULLED"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { proposalId: p.id, action: "meeting.annul" } });
    expect(audit.after).toMatchObject({ reason: "Ghi nhầm danh sách thành viên có mặt." });

    // The right meeting: the vote fails; a second vote that would pass is refused.
    const tally = await meeting(p.id, [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "FOR" }]);
    expect(tally.passed).toBe(false);
    expect(await refusal(recordMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: today, presentIds: [org.headA.id, org.deputyA.id] }))).toEqual(["MEETING_HELD"]);
    expect(await statusOf(recordMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: today, presentIds: [org.headA.id, org.deputyA.id] }))).toBe(409);
    const closed = await db.meeting.findFirstOrThrow({ where: { proposalId: p.id, closedAt: { not: null } } });
    expect(await refusal(annulMeeting(head, { meetingId: closed.id, reason: "Muốn biểu quyết lại cho thông qua." }))).toEqual(["MEETING_CLOSED"]);
    // So the head still answers personally for an approval.
    await partyAgrees(p.id);
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id))))).toEqual(["VOTE_FAILED"]);
  });

  it("dates (Asia/Ho_Chi_Minh): no meeting in the future or before receipt; no decision before the meeting or in the future", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    const today = toVietnamDate(new Date());
    const rec = (heldOn: string) => recordMeeting(head, { proposalId: p.id, version: 0, heldOn, presentIds: [org.headA.id, org.deputyA.id] });
    expect(await refusal(rec("2030-01-01"))).toEqual(["DATE_IN_FUTURE"]);
    expect(await refusal(rec(addCalendarDays(today, -1)))).toEqual(["MEETING_BEFORE_RECEIPT"]);
    expect(await refusal(rec("2026-02-30"))).toEqual(["CUSTOM"]);
    await partyAgrees(p.id);
    await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "FOR" }]);
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id), { signedOn: "2020-01-01" })))).toEqual(["SIGNED_BEFORE_MEETING"]);
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id), { signedOn: addCalendarDays(today, 1) })))).toEqual(["DATE_IN_FUTURE"]);
    await approveProposal(head, approval(p.id, await version(p.id), { signedOn: today }));
  });

  it("khoản 1 Điều 8: the head alone needs reasons of substance, and the superior unit's head is told of every sole approval", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    await partyAgrees(p.id);
    await meeting(p.id, [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "AGAINST" }]);
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id), { basis: "HEAD_ALONE", rationale: "." })))).toEqual(["RATIONALE_TOO_SHORT"]);
    await approveProposal(head, approval(p.id, await version(p.id), { basis: "HEAD_ALONE", rationale: SOLE }));
    const told = await db.notification.findMany({ where: { proposalId: p.id, kind: "proposal.soleApproval" } });
    expect(told.map((n) => n.userId)).toEqual([org.provinceHead.id]);
    expect(told[0].params).toMatchObject({ unit: org.deptA.name });
  });

  it("Art. 4, 5.1: every reviewer's findings are shown to the leadership; a 'not met' blocks approval unless the decision states why it is overridden", async () => {
    const p = await submitted();
    const head = await actorOf(org.headA);
    await saveChecklist(await actorOf(org.deputyA), {
      proposalId: p.id,
      version: await version(p.id),
      findings: [
        { condition: "LAWFUL", finding: "NOT_MET", note: "Trái Luật Ngân sách nhà nước." },
        { condition: "NOT_YET_REGULATED", finding: "UNCLEAR", note: "Đã có quy định nhưng không phù hợp." },
      ],
    });
    await saveChecklist(head, { proposalId: p.id, version: await version(p.id), findings: [{ condition: "LAWFUL", finding: "MET" }] });
    const page = (await reviewPageData(head, p.id))!;
    expect(page.findings.map((f) => f.reviewer).sort()).toEqual([org.deputyA.fullName, org.headA.fullName].sort());
    expect(page.conditionsNotMet).toEqual(["LAWFUL"]);
    const asDeputy = (await reviewPageData(await actorOf(org.deputyA), p.id))!;
    expect(asDeputy.findings.find((f) => !f.mine)?.findings).toEqual([{ condition: "LAWFUL", finding: "MET", note: null }]);
    // The proposer follows the file but does not read the leadership's findings.
    expect((await reviewPageData(await actorOf(org.proposerA), p.id))!.findings).toEqual([]);

    await partyAgrees(p.id);
    await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "FOR" }]);
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id))))).toEqual(["CONDITION_NOT_MET"]);
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id), { overrideReason: "Cần thiết." })))).toEqual(["OVERRIDE_TOO_SHORT"]);
    const reason = "Sở Tài chính đã xác nhận nguồn kinh phí hợp pháp; điều kiện về tính hợp pháp được bảo đảm khi triển khai.";
    const r = await approveProposal(head, approval(p.id, await version(p.id), { overrideReason: reason }));
    expect((await db.decision.findUniqueOrThrow({ where: { id: r.decisionId } })).overrideReason).toBe(reason);
  });

  it("profile floors (Art. 4, khoản 1 Điều 8): a unit's profile that loosens the law is refused, naming the article, and the Decree governs", async () => {
    const loose = { ...DECREE_73_PROFILE, code: "LOOSE-1", name: "Quy định nới lỏng", partyOpinionRequiredBeforeDecision: false, vote: { ...DECREE_73_PROFILE.vote, tieBreak: "FAILS" } };
    const parsed = parseRegulationProfile(loose);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.message).join(" ")).toMatch(/Điều 4 .*khoản 1 Điều 8/s);
    const profile = await db.regulationProfile.create({ data: { code: loose.code, name: loose.name, rules: loose } });
    const d = await fullDept("Sở Xây dựng");
    await db.unit.update({ where: { id: d.unit.id }, data: { regulationProfileId: profile.id } });
    expect((await profileForUnit(db, (await db.unit.findUniqueOrThrow({ where: { id: d.unit.id } })).path)).code).toBe(DECREE_73_PROFILE.code);
    const p = await submitted(d.proposer);
    const head = await actorOf(d.head);
    await recordMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: toVietnamDate(new Date()), presentIds: [d.head.id, d.deputy1.id, d.deputy2.id], votes: [{ userId: d.head.id, choice: "FOR" }, { userId: d.deputy1.id, choice: "FOR" }] });
    const m = await db.meeting.findFirstOrThrow({ where: { proposalId: p.id } });
    await closeMeeting(head, { meetingId: m.id });
    // The loosened profile would let this through without the Party committee: the Decree does not.
    expect(await refusal(approveProposal(head, approval(p.id, await version(p.id))))).toEqual(["PARTY_OPINION_REQUIRED"]);
  });

  it("khoản 1 Điều 8: the vote base and the rule are shown beside the tally", async () => {
    const p = await submitted();
    await meeting(p.id, [{ userId: org.headA.id, choice: "FOR" }, { userId: org.deputyA.id, choice: "ABSTAIN" }]);
    const page = (await reviewPageData(await actorOf(org.headA), p.id))!;
    expect(page.meeting?.tally).toMatchObject({ eligible: 2, for: 1, abstain: 1, passed: true, decidedBy: "TIE_HEAD_SIDE" });
    expect(page.meeting?.rule).toEqual({ percent: "50", strictlyGreater: true, needed: 2, eligible: 2, tieToHeadSide: true });
  });
});
