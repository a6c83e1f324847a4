import { beforeAll, describe, expect, it } from "vitest";
import { toVietnamDate } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { db } from "@/server/db";
import { decideEvaluation } from "@/server/outcomes/evaluate";
import {
  answerEvaluationOpinion,
  castEvaluationVote,
  closeEvaluationMeeting,
  recordEvaluationMeeting,
  requestEvaluationOpinion,
} from "@/server/outcomes/evaluation-steps";
import { submitResultReport } from "@/server/outcomes/result-report";
import { addWorkingDays } from "@/domain/calendar";
import { loadCalendar } from "@/server/rules";
import { MINIMAL_STORIES, seedProposal, seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
let party: { id: string };
beforeAll(async () => {
  org = await smallOrg();
  party = await seedUser(db, { unit: org.deptA, role: "PARTY_COMMITTEE", fullName: "Bí thư Đảng ủy Sở" });
});

const today = () => toVietnamDate(new Date());
const version = async (id: string) => (await db.proposal.findUniqueOrThrow({ where: { id } })).version;

async function finished(status: "FINISHED" | "STOPPED" = "FINISHED") {
  return seedProposal(db, { unit: org.deptA, author: org.proposerA, status });
}

async function kpisOf(id: string) {
  return db.kpi.findMany({ where: { pilot: { proposalId: id } }, orderBy: { id: "asc" } });
}

async function report(id: string, extra: Record<string, unknown> = {}) {
  const kpis = await kpisOf(id);
  return submitResultReport(await actorOf(org.proposerA), {
    proposalId: id,
    version: await version(id),
    achievements: "Đã triển khai tại hai trong ba xã; rút ngắn thời gian xử lý hồ sơ 30%.",
    kpiResults: kpis.map((k) => ({ kpiId: k.id, achieved: "12,5" })),
    damageDescription: "Hỏng một phần thiết bị thử nghiệm do ngập lụt.",
    damageVnd: "1.500.000.000",
    objectiveCauses: "Bão số 3 làm gián đoạn triển khai hai tháng.",
    subjectiveCauses: "Dự báo nhu cầu chưa sát thực tế.",
    ...extra,
  });
}

async function partyAnswers(id: string) {
  const head = await actorOf(org.headA);
  await requestEvaluationOpinion(head, { proposalId: id, version: await version(id) });
  const o = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: id, stage: "EVALUATION", answeredAt: null } });
  await answerEvaluationOpinion(await actorOf(party), { opinionId: o.id, stance: "AGREE", content: "Đảng ủy Sở nhất trí với dự thảo đánh giá." });
}

async function meeting(id: string, close = true, votes = [{ userId: org.headA.id, choice: "FOR" as const }, { userId: org.deputyA.id, choice: "FOR" as const }]) {
  const head = await actorOf(org.headA);
  const m = await recordEvaluationMeeting(head, { proposalId: id, version: await version(id), heldOn: today(), presentIds: [org.headA.id, org.deputyA.id], votes });
  if (close) await closeEvaluationMeeting(head, { meetingId: m.meetingId });
  return m.meetingId;
}

const condition = (met = true) => ({ met, finding: "Đối chiếu quyết định phê duyệt và báo cáo định kỳ.", evidence: [] as { kind: string; id: string }[] });
async function evaluation(id: string, extra: Record<string, unknown> = {}) {
  return {
    proposalId: id,
    version: await version(id),
    category: "C",
    objectiveCauses: "Thiên tai ngoài khả năng dự liệu.",
    subjectiveCauses: "Dự báo nhu cầu chưa sát.",
    damageVnd: "1.500.000.000",
    conditions: { followedPolicy: condition(), pureMotive: condition(), commonInterest: condition() },
    abuse: false,
    abuseKinds: [],
    conclusion: "REDUCED",
    number: "15/QĐ-SKHCN",
    decidedOn: today(),
    ...extra,
  };
}

async function readyToEvaluate() {
  const p = await finished();
  await report(p.id);
  await partyAnswers(p.id);
  await meeting(p.id);
  return p;
}

describe("result report (Art. 18)", () => {
  it("Art. 18: the proposer reports final KPI values, damage in đồng typed with separators, causes; settles RESULT_REPORT and opens EVALUATION", async () => {
    const p = await finished();
    // Finished today: the report is within the Art. 18 period.
    await db.deadline.updateMany({ where: { proposalId: p.id, kind: "RESULT_REPORT" }, data: { dueOn: new Date(`${today()}T00:00:00Z`) } });
    const r = await report(p.id);
    const row = await db.resultReport.findUniqueOrThrow({ where: { id: r.resultReportId } });
    expect(row.damageVnd).toBe(1_500_000_000n);
    const kpis = row.kpiResults as { achieved: string; baseline: string; target: string }[];
    expect(kpis.length).toBeGreaterThan(0);
    expect(kpis[0].achieved).toBe("12.5");
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("RESULT_REPORTED");
    const deadlines = await db.deadline.findMany({ where: { proposalId: p.id, kind: { in: ["RESULT_REPORT", "EVALUATION"] } } });
    expect(deadlines.find((d) => d.kind === "RESULT_REPORT")?.status).toBe("MET");
    const evaluationDue = deadlines.find((d) => d.kind === "EVALUATION");
    expect(evaluationDue).toMatchObject({ status: "OPEN", workingDays: DECREE_73_PROFILE.evaluationWorkingDays, unitId: org.deptA.id });
    const cal = await loadCalendar(db, Number(today().slice(0, 4)));
    expect(evaluationDue!.dueOn.toISOString().slice(0, 10)).toBe(addWorkingDays(today(), DECREE_73_PROFILE.evaluationWorkingDays, cal));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: r.resultReportId, action: "result.report" } });
    expect((audit.after as { damageVnd: string }).damageVnd).toBe("1500000000");
    expect(await db.notification.count({ where: { userId: org.headA.id, proposalId: p.id, kind: "result.reported" } })).toBe(1);
  });

  it("Art. 18: a stopped plan reports too; a late report settles its deadline as missed", async () => {
    const p = await finished("STOPPED");
    await db.deadline.updateMany({ where: { proposalId: p.id, kind: "RESULT_REPORT" }, data: { dueOn: new Date("2020-01-02") } });
    await report(p.id, { damageVnd: "", damageDescription: "" });
    expect((await db.deadline.findFirstOrThrow({ where: { proposalId: p.id, kind: "RESULT_REPORT" } })).status).toBe("MISSED");
  });

  it.each([
    ["a head (not a proposer of this plan)", () => org.headA, 403],
    ["a proposer of another unit (foreign id)", () => org.proposerB, 404],
  ])("Art. 18: refused for %s", async (_name, who, status) => {
    const p = await finished();
    const kpis = await kpisOf(p.id);
    const input = { proposalId: p.id, version: await version(p.id), achievements: "Đã triển khai đầy đủ.", kpiResults: kpis.map((k) => ({ kpiId: k.id, achieved: "1" })), objectiveCauses: "Không có.", subjectiveCauses: "Không có." };
    expect(await statusOf(submitResultReport(await actorOf(who()), input))).toBe(status);
  });

  it("Art. 18: refused while the plan is still being carried out, or without every KPI's final value, or with a malformed amount", async () => {
    const running = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "IN_PROGRESS" });
    expect(await statusOf(report(running.id))).toBe(409);
    const p = await finished();
    expect(await statusOf(report(p.id, { kpiResults: [] }))).toBe(422);
    expect(await statusOf(report(p.id, { damageVnd: "1,5 tỷ" }))).toBe(422);
    expect(await statusOf(report(p.id, { kpiResults: [{ kpiId: "not-a-kpi", achieved: "1" }] }))).toBe(422);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("FINISHED");
  });
});

describe("evaluation (Art. 4, 5.2, 6.1, 11, 18)", () => {
  it("Art. 11: a C outcome with the three conditions met is REDUCED when the unit so chooses; EVALUATION settled, audited, notified", async () => {
    const p = await readyToEvaluate();
    const decision = await db.decision.findFirstOrThrow({ where: { proposalId: p.id, kind: "PILOT" } });
    const input = await evaluation(p.id);
    input.conditions.followedPolicy.evidence = [{ kind: "DECISION", id: decision.id }];
    const r = await decideEvaluation(await actorOf(org.headA), input);
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: r.evaluationId } });
    expect(row).toMatchObject({ category: "C", conclusion: "REDUCED", damageCaused: true, damageVnd: 1_500_000_000n, number: "15/QĐ-SKHCN", decidedById: org.headA.id });
    expect(row.meetingId).not.toBeNull();
    expect(row.partyOpinionId).not.toBeNull();
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("EVALUATED");
    expect((await db.deadline.findFirstOrThrow({ where: { proposalId: p.id, kind: "EVALUATION" } })).status).toBe("MET");
    expect(await db.auditEvent.count({ where: { targetId: r.evaluationId, action: "evaluation.decide" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: org.proposerA.id, proposalId: p.id, kind: "evaluation.decided" } })).toBe(1);
  });

  it("Art. 18: refused before the result report (the plan is not yet reported)", async () => {
    const p = await finished();
    expect(await statusOf(decideEvaluation(await actorOf(org.headA), await evaluation(p.id)))).toBe(409);
    expect(await statusOf(requestEvaluationOpinion(await actorOf(org.headA), { proposalId: p.id, version: await version(p.id) }))).toBe(409);
  });

  it("Art. 4: refused before the Party committee's opinion — neither a meeting nor the decision", async () => {
    const p = await finished();
    await report(p.id);
    const head = await actorOf(org.headA);
    expect(await statusOf(recordEvaluationMeeting(head, { proposalId: p.id, version: await version(p.id), heldOn: today(), presentIds: [org.headA.id] }))).toBe(422);
    const refused = await decideEvaluation(head, await evaluation(p.id)).catch((e: { issues?: { code?: string }[] }) => e);
    expect((refused as { issues: { code?: string }[] }).issues.map((i) => i.code)).toContain("EVALUATION_PARTY_OPINION_REQUIRED");
  });

  it("Art. 8.1: refused without a closed meeting, and after a failed vote", async () => {
    const p = await finished();
    await report(p.id);
    await partyAnswers(p.id);
    const head = await actorOf(org.headA);
    const open = await meeting(p.id, false);
    const codes = async () => ((await decideEvaluation(head, await evaluation(p.id)).catch((e: { issues: { code?: string }[] }) => e)) as { issues: { code?: string }[] }).issues.map((i) => i.code);
    expect(await codes()).toEqual(["VOTE_REQUIRED"]);
    // The deputy votes against and the head does not vote: 0 of 2 in favour.
    await castEvaluationVote(await actorOf(org.deputyA), { meetingId: open, choice: "AGAINST" });
    await db.vote.deleteMany({ where: { meetingId: open, voterId: org.headA.id } });
    await closeEvaluationMeeting(head, { meetingId: open });
    expect(await codes()).toEqual(["EVALUATION_VOTE_FAILED"]);
    // A new meeting on an amended evaluation may follow a failed vote; a passed one is final.
    await meeting(p.id);
    expect(await statusOf(meeting(p.id))).toBe(409);
  });

  it.each([
    ["B is never exempted (Art. 5.2 b)", { category: "B", damageVnd: "", conclusion: "EXEMPTED" }],
    ["A with an abuse finding is not 'not responsible' (Art. 6.1)", { category: "A", damageVnd: "", abuse: true, abuseKinds: ["PROFITEERING"], abuseFindings: "Trục lợi.", conclusion: "NOT_RESPONSIBLE" }],
    ["a condition not met gives no protection (Art. 5.2)", { category: "B", damageVnd: "", conditions: { followedPolicy: condition(false), pureMotive: condition(), commonInterest: condition() }, conclusion: "EXCLUDED" }],
    ["C needs damage (Art. 5.2 c)", { category: "C", damageVnd: "", conclusion: "REDUCED" }],
  ])("out-of-rule conclusion refused by the use-case: %s", async (_name, extra) => {
    const p = await readyToEvaluate();
    const r = await decideEvaluation(await actorOf(org.headA), await evaluation(p.id, extra)).catch((e: { httpStatus: number }) => e);
    expect((r as { httpStatus: number }).httpStatus).toBe(422);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("RESULT_REPORTED");
  });

  it("Art. 6.1: an abuse finding on an A outcome gives no protection", async () => {
    const p = await readyToEvaluate();
    const r = await decideEvaluation(
      await actorOf(org.headA),
      await evaluation(p.id, { category: "A", damageVnd: "", abuse: true, abuseKinds: ["COVER_UP"], abuseFindings: "Che giấu sai phạm trong báo cáo.", conclusion: "ABUSE" }),
    );
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: r.evaluationId } })).conclusion).toBe("ABUSE");
  });

  it("out-of-rule conclusions are refused by the database CHECK too (a direct write)", async () => {
    const p = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED" });
    const ev = await db.evaluation.findFirstOrThrow({ where: { proposalId: p.id } });
    expect(ev.conclusion).toBe("NOT_RESPONSIBLE");
    await expect(db.evaluation.update({ where: { id: ev.id }, data: { conclusion: "EXEMPTED" } })).rejects.toThrow();
    await expect(db.evaluation.update({ where: { id: ev.id }, data: { pureMotive: false } })).rejects.toThrow();
    await expect(db.evaluation.update({ where: { id: ev.id }, data: { abuse: true, abuseKinds: ["CORRUPTION"] } })).rejects.toThrow();
    await expect(db.evaluation.update({ where: { id: ev.id }, data: { category: "NONE" } })).rejects.toThrow();
  });

  it.each([
    ["B exempted (Art. 5.2 b)", { category: "B", conclusion: "EXEMPTED" }],
    ["A with an impure motive called 'not responsible' (Art. 5.2)", { category: "A", conclusion: "NOT_RESPONSIBLE", pureMotive: [false, "Có vụ lợi."] }],
    ["abuse called 'excluded' (Art. 6.1)", { category: "B", conclusion: "EXCLUDED", abuse: ["PROFITEERING"], abuseFindings: "Trục lợi." }],
  ])("out-of-rule conclusions are refused by the seeds too: %s", async (_name, change) => {
    const evaluated = MINIMAL_STORIES.EVALUATED;
    const last = evaluated[evaluated.length - 1];
    const story = [...evaluated.slice(0, -1), { ...last, ...change }] as typeof evaluated;
    await expect(seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED", story })).rejects.toThrow(/refused/);
  });

  it("foreign ids are 404: another unit's proposal, opinion and meeting; evidence from another proposal is refused", async () => {
    const p = await readyToEvaluate();
    const headB = await actorOf(org.headB);
    expect(await statusOf(decideEvaluation(headB, await evaluation(p.id)))).toBe(404);
    const m = await db.meeting.findFirstOrThrow({ where: { proposalId: p.id, purpose: "EVALUATION" } });
    expect(await statusOf(castEvaluationVote(headB, { meetingId: m.id, choice: "FOR" }))).toBe(404);
    const o = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: p.id, stage: "EVALUATION" } });
    expect(await statusOf(answerEvaluationOpinion(headB, { opinionId: o.id, stance: "AGREE", content: "Không liên quan." }))).toBe(404);
    const other = await seedProposal(db, { unit: org.deptB, author: org.proposerB, status: "APPROVED" });
    const foreignDecision = await db.decision.findFirstOrThrow({ where: { proposalId: other.id } });
    const input = await evaluation(p.id);
    input.conditions.pureMotive.evidence = [{ kind: "DECISION", id: foreignDecision.id }];
    const r = await decideEvaluation(await actorOf(org.headA), input).catch((e: { issues: { path: string; code?: string }[] }) => e);
    expect((r as { issues: { path: string; code?: string }[] }).issues).toEqual([expect.objectContaining({ path: "conditions.pureMotive.evidence.0", code: "UNKNOWN_EVIDENCE" })]);
  });

  it("Art. 8.1: the proposer cannot vote on or evaluate their own results", async () => {
    const p = await finished();
    await report(p.id);
    await partyAnswers(p.id);
    const m = await meeting(p.id, false);
    expect(await statusOf(castEvaluationVote(await actorOf(org.proposerA), { meetingId: m, choice: "FOR" }))).toBe(403);
  });
});
