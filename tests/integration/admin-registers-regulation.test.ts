import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, toVietnamDate } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { createRegister, proposedNumber } from "@/server/admin/registers";
import { editRegulationProfile, regulationHistoryFor } from "@/server/admin/regulation";
import { addCalendarDay } from "@/server/calendar/add";
import { db } from "@/server/db";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal } from "@/server/proposals/submit";
import { rejectProposal } from "@/server/reviews/decide";
import { closeMeeting, recordMeeting } from "@/server/reviews/steps";
import { dateToDay, loadCalendar, profileForUnit } from "@/server/rules";
import { seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
let admin: Awaited<ReturnType<typeof actorOf>>;
let deptAdmin: Awaited<ReturnType<typeof actorOf>>;
const year = Number(toVietnamDate(new Date()).slice(0, 4));

beforeAll(async () => {
  org = await smallOrg();
  admin = await actorOf(await seedUser(db, { unit: org.province, role: "ADMIN" }));
  deptAdmin = await actorOf(await seedUser(db, { unit: org.deptA, role: "ADMIN" }));
});

async function submitted(author = org.proposerA) {
  const actor = await actorOf(author);
  const d = await createDraft(actor, {});
  const s = await saveDraft(actor, { proposalId: d.id, version: d.version, draft: org.validPlan() });
  await submitProposal(actor, { proposalId: d.id, version: s.version });
  return d.id;
}
const version = async (id: string) => (await db.proposal.findUniqueOrThrow({ where: { id } })).version;

/** Art. 8.1: "not approved" follows a failed vote. */
async function failedVote(id: string) {
  const head = await actorOf(org.headA);
  const m = await recordMeeting(head, {
    proposalId: id,
    version: await version(id),
    heldOn: toVietnamDate(new Date()),
    presentIds: [org.headA.id, org.deputyA.id],
    votes: [{ userId: org.headA.id, choice: "AGAINST" }, { userId: org.deputyA.id, choice: "AGAINST" }],
  });
  await closeMeeting(head, { meetingId: m.meetingId });
}

describe("document registers (sổ văn bản)", () => {
  it("a register per unit, year and kind proposes the next number and refuses a duplicate decision number", async () => {
    expect(await proposedNumber(db, org.deptA.id, year)).toBeNull(); // no register: numbers stay free
    await createRegister(deptAdmin, { unitId: org.deptA.id, year, kind: "DECISION", suffix: "QĐ-SKHCN" });
    expect(await statusOf(createRegister(deptAdmin, { unitId: org.deptA.id, year, kind: "DECISION", suffix: "QĐ-KHAC" }))).toBe(409);
    expect(await statusOf(createRegister(deptAdmin, { unitId: org.deptB.id, year, kind: "DECISION", suffix: "QĐ-SYT" }))).toBe(404);
    expect(await proposedNumber(db, org.deptA.id, year)).toBe("1/QĐ-SKHCN");

    const first = await submitted();
    await failedVote(first);
    await rejectProposal(await actorOf(org.headA), { proposalId: first, version: await version(first), reasons: "Chưa đủ cơ sở pháp lý để thí điểm.", number: "1/QĐ-SKHCN" });
    expect(await proposedNumber(db, org.deptA.id, year)).toBe("2/QĐ-SKHCN");

    const second = await submitted();
    await failedVote(second);
    const err = await rejectProposal(await actorOf(org.headA), { proposalId: second, version: await version(second), reasons: "Chưa đủ cơ sở pháp lý để thí điểm.", number: " 1 / QĐ-SKHCN" }).catch((e) => e);
    expect(err.httpStatus).toBe(422);
    expect(err.issues).toEqual([{ path: "number", code: "NUMBER_TAKEN", message: "numberTaken" }]);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: second } })).status).toBe("IN_REVIEW"); // nothing decided
    await rejectProposal(await actorOf(org.headA), { proposalId: second, version: await version(second), reasons: "Chưa đủ cơ sở pháp lý để thí điểm.", number: "2/QĐ-SKHCN" });
    const register = await db.documentRegister.findFirstOrThrow({ where: { unitId: org.deptA.id }, include: { entries: true } });
    expect(register.lastNumber).toBe(2);
    expect(register.entries.map((e) => e.number).sort()).toEqual(["1/QĐ-SKHCN", "2/QĐ-SKHCN"]);
  });
});

const edit = (v: number, changes: Record<string, number> = {}) => ({
  version: v,
  decisionWorkingDays: 7,
  resultReportWorkingDays: 5,
  evaluationWorkingDays: 7,
  progressReportEveryDays: 30,
  escalationGraceWorkingDays: 2,
  reminderBeforeWorkingDays: 2,
  ...changes,
});

describe("the regulation profile: edits within the law's floors, versioned", () => {
  it.each([
    ["khoản 1 Điều 8: a decision period longer than 7 working days", { decisionWorkingDays: 8 }, "decisionWorkingDays", "floorDecisionDays"],
    ["Art. 18: a result report period longer than 5 working days", { resultReportWorkingDays: 6 }, "resultReportWorkingDays", "floorResultReportDays"],
    ["Art. 18: an evaluation period longer than 7 working days", { evaluationWorkingDays: 10 }, "evaluationWorkingDays", "floorEvaluationDays"],
  ])("refuses a profile that loosens the law — %s", async (_label, changes, path, message) => {
    const v = (await db.regulationProfile.findFirstOrThrow({ where: { isDefault: true } })).version;
    const err = await editRegulationProfile(admin, edit(v, changes)).catch((e) => e);
    expect(err.httpStatus).toBe(422);
    expect(err.issues).toEqual([{ path, code: "LOOSENS_LAW", message }]);
  });

  it("only the root's administrator edits it; out-of-range numbers are 422", async () => {
    expect(await statusOf(editRegulationProfile(deptAdmin, edit(0)))).toBe(403);
    expect(await statusOf(editRegulationProfile(admin, edit(0, { decisionWorkingDays: 0 })))).toBe(422);
  });

  it("a deadline keeps the rule in force when it was opened; a new one follows the new rule; history has who and when", async () => {
    const before = await submitted();
    const oldDeadline = await db.deadline.findFirstOrThrow({ where: { proposalId: before, kind: "DECISION" } });
    expect(oldDeadline.workingDays).toBe(DECREE_73_PROFILE.decisionWorkingDays);

    const v = (await db.regulationProfile.findFirstOrThrow({ where: { isDefault: true } })).version;
    const r = await editRegulationProfile(admin, edit(v, { decisionWorkingDays: 5, reminderBeforeWorkingDays: 1 }));
    expect(r.version).toBe(v + 1);
    expect(await statusOf(editRegulationProfile(admin, edit(v, { decisionWorkingDays: 6 })))).toBe(409); // stale form
    expect(await profileForUnit(db, org.deptA.path)).toMatchObject({ decisionWorkingDays: 5, reminderBeforeWorkingDays: 1, vote: DECREE_73_PROFILE.vote });

    // A holiday added now does not move the deadline opened before it either.
    const today = toVietnamDate(new Date());
    const calendar = await loadCalendar(db, Number(today.slice(0, 4)));
    const tomorrowWorking = addWorkingDays(today, 1, calendar);
    await addCalendarDay(admin, { date: tomorrowWorking, kind: "HOLIDAY", nameVi: "Ngày nghỉ đột xuất" });

    const after = await submitted(org.proposerB);
    const newDeadline = await db.deadline.findFirstOrThrow({ where: { proposalId: after, kind: "DECISION" } });
    const stillOld = await db.deadline.findUniqueOrThrow({ where: { id: oldDeadline.id } });
    expect(dateToDay(stillOld.dueOn)).toBe(dateToDay(oldDeadline.dueOn));
    expect(stillOld.workingDays).toBe(7);
    expect(newDeadline.workingDays).toBe(5);
    expect(dateToDay(newDeadline.dueOn)).toBe(addWorkingDays(today, 5, await loadCalendar(db, Number(today.slice(0, 4)))));

    const history = await regulationHistoryFor(admin);
    expect(history?.map((h) => [h.version, h.by, h.profile?.decisionWorkingDays])).toEqual([
      [v + 1, (await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).fullName, 5],
      [v, null, 7],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "regulation.edit" } });
    expect(audit).toMatchObject({ actorId: admin.userId, before: { decisionWorkingDays: 7 }, after: { decisionWorkingDays: 5, version: v + 1 } });
    expect(await regulationHistoryFor(deptAdmin)).toBeNull();
  });
});
