import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, toVietnamDate, workingDaysBetween } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { inboxFor } from "@/server/inbox";
import { sweepDeadlines } from "@/server/jobs/deadline-sweep";
import { acknowledgeDirective, issueDirective } from "@/server/pilots/directives";
import { finishPilot } from "@/server/pilots/finish";
import { importKpiValues, previewKpiImport } from "@/server/pilots/import";
import { answerFlag, answerSupport, recordInspection } from "@/server/pilots/monitor";
import { pilotPage, watchList } from "@/server/pilots/queries";
import { fileProgressReport } from "@/server/pilots/report";
import { autoStartPilots, startPilot } from "@/server/pilots/start";
import { dateToDay, dayToDate, loadCalendar } from "@/server/rules";
import { seedProposal, seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
let monitor: { id: string };
let monitorB: { id: string };
let partyA: { id: string };
const today = toVietnamDate(new Date());

beforeAll(async () => {
  org = await smallOrg();
  monitor = await seedUser(db, { unit: org.province, role: "MONITOR", fullName: "Thanh tra tỉnh" });
  monitorB = await seedUser(db, { unit: org.deptB, role: "MONITOR", fullName: "Thanh tra Sở Y tế" });
  partyA = await seedUser(db, { unit: org.deptA, role: "PARTY_COMMITTEE", fullName: "Đảng ủy Sở" });
});

/** An approved plan of proposerA (decided by headA) and its execution record. */
async function approvedPilot(opts: { coAuthor?: boolean } = {}) {
  const p = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "APPROVED", coAuthors: opts.coAuthor ? [org.coAuthorA] : [] });
  const pilot = await db.pilot.findUniqueOrThrow({ where: { proposalId: p.id }, include: { kpis: { orderBy: { id: "asc" } }, milestones: true } });
  return { proposal: p, pilot };
}

const versionOf = async (proposalId: string) => (await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).version;

async function started() {
  const a = await approvedPilot({ coAuthor: true });
  await startPilot(await actorOf(org.proposerA), { pilotId: a.pilot.id, version: a.proposal.version, startedOn: dateToDay(a.pilot.startDate) });
  return a;
}

function reportInput(a: Awaited<ReturnType<typeof approvedPilot>>, version: number, extra: Record<string, unknown> = {}) {
  return {
    pilotId: a.pilot.id,
    version,
    summary: "Đã triển khai các nhiệm vụ trong kỳ theo kế hoạch.",
    kpiValues: a.pilot.kpis.map((k, i) => ({ kpiId: k.id, value: i === 0 ? "12,5" : "3" })),
    ...extra,
  };
}

const csv = (rows: string[]) => new TextEncoder().encode(`\uFEFFNgày,Chỉ tiêu,Giá trị,Ghi chú\n${rows.join("\n")}\n`);

describe("start of execution (KL 14 §2.3; the first progress report opens at the start)", () => {
  it("no progress-report deadline exists at approval; the start opens period 1, due on a working day", async () => {
    const a = await approvedPilot();
    expect(await db.deadline.count({ where: { proposalId: a.proposal.id, kind: "PROGRESS_REPORT" } })).toBe(0);
    const r = await startPilot(await actorOf(org.proposerA), { pilotId: a.pilot.id, version: a.proposal.version, startedOn: today });
    const d = await db.deadline.findFirstOrThrow({ where: { proposalId: a.proposal.id, kind: "PROGRESS_REPORT", status: "OPEN" } });
    expect(d.sequence).toBe(1);
    expect(dateToDay(d.dueOn)).toBe(r.firstReportDue);
    expect(d.workingDays).toBeGreaterThan(0);
    const cal = await loadCalendar(db, Number(today.slice(0, 4)));
    expect(workingDaysBetween(addWorkingDays(dateToDay(d.dueOn), -1, cal), dateToDay(d.dueOn), cal)).toBe(1);
    const row = await db.pilot.findUniqueOrThrow({ where: { id: a.pilot.id } });
    expect(row.startedOn && dateToDay(row.startedOn)).toBe(today);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: a.proposal.id } })).status).toBe("IN_PROGRESS");
  });

  it("refuses a start before the decision's start date or in the future (422)", async () => {
    const a = await approvedPilot();
    const future = addWorkingDays(today, 5, await loadCalendar(db, Number(today.slice(0, 4))));
    await db.pilot.update({ where: { id: a.pilot.id }, data: { startDate: dayToDate(future) } });
    const err = await startPilot(await actorOf(org.proposerA), { pilotId: a.pilot.id, version: a.proposal.version, startedOn: today }).catch((e) => e);
    expect(err.httpStatus).toBe(422);
    expect(err.issues[0].code).toBe("START_BEFORE_DECISION");
    await db.pilot.update({ where: { id: a.pilot.id }, data: { startDate: a.pilot.startDate } });
    const later = await startPilot(await actorOf(org.proposerA), { pilotId: a.pilot.id, version: a.proposal.version, startedOn: future }).catch((e) => e);
    expect(later.issues[0].code).toBe("START_IN_FUTURE");
  });

  it("the job worker starts an approved plan nobody started on its decision's start date, and says so", async () => {
    const a = await approvedPilot();
    await autoStartPilots();
    const row = await db.pilot.findUniqueOrThrow({ where: { id: a.pilot.id }, include: { proposal: true } });
    expect(row.proposal.status).toBe("IN_PROGRESS");
    expect(row.autoStarted).toBe(true);
    expect(dateToDay(row.startedOn!)).toBe(dateToDay(a.pilot.startDate));
    const notes = await db.notification.findMany({ where: { proposalId: a.proposal.id, kind: "pilot.autoStarted" } });
    expect(notes.map((n) => n.userId)).toEqual(expect.arrayContaining([org.proposerA.id, org.headA.id]));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { proposalId: a.proposal.id, action: "pilot.start" }, orderBy: { seq: "desc" } });
    expect(audit.actorId).toBeNull();
    expect(audit.after).toMatchObject({ automatic: true });
    // Running again changes nothing.
    await autoStartPilots();
    expect(await db.deadline.count({ where: { proposalId: a.proposal.id, kind: "PROGRESS_REPORT" } })).toBe(1);
  });
});

describe("progress reports (KL 14 §2.4)", () => {
  it("a report settles its deadline, opens the next period, records values, risks and support requests", async () => {
    const a = await started();
    const r = await fileProgressReport(
      await actorOf(org.coAuthorA),
      reportInput(a, await versionOf(a.proposal.id), {
        risks: [{ description: "Nhà cung cấp chậm bàn giao phần mềm", level: "HIGH" }],
        support: [{ kind: "BUDGET", description: "Bổ sung kinh phí thuê chuyên gia", amountVnd: "50.000.000" }],
        milestones: [{ milestoneId: a.pilot.milestones[0].id, doneOn: today }],
      }),
    );
    const deadlines = await db.deadline.findMany({ where: { proposalId: a.proposal.id, kind: "PROGRESS_REPORT" }, orderBy: { sequence: "asc" } });
    expect(deadlines.map((d) => [d.sequence, d.status])).toEqual([
      [1, "MET"],
      [2, "OPEN"],
    ]);
    const report = await db.progressReport.findUniqueOrThrow({ where: { id: r.reportId }, include: { measurements: true, riskItems: true, supportRequests: true } });
    expect(report.period).toBe(1);
    expect(report.measurements.map((m) => Number(m.value))).toContain(12.5);
    expect(report.riskItems[0]).toMatchObject({ level: "HIGH" });
    expect(report.supportRequests[0]).toMatchObject({ status: "OPEN", amountVnd: 50_000_000n });
    expect((await db.milestone.findUniqueOrThrow({ where: { id: a.pilot.milestones[0].id } })).doneOn).not.toBeNull();
  });

  it("every target needs a value; a stale form conflicts (409)", async () => {
    const a = await started();
    const v = await versionOf(a.proposal.id);
    const missing = await fileProgressReport(await actorOf(org.proposerA), { ...reportInput(a, v), kpiValues: [] }).catch((e) => e);
    expect(missing.httpStatus).toBe(422);
    expect(missing.issues.map((i: { code: string }) => i.code)).toContain("KPI_VALUE_REQUIRED");
    await fileProgressReport(await actorOf(org.proposerA), reportInput(a, v));
    expect(await statusOf(fileProgressReport(await actorOf(org.proposerA), reportInput(a, v)))).toBe(409);
  });

  it("Art. 6: no report while suspended; resuming opens the next deadline and reports are accepted again", async () => {
    const a = await started();
    const head = await actorOf(org.headA);
    await issueDirective(head, { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "SUSPEND", reason: "Tạm dừng để rà soát an toàn dữ liệu." });
    expect(await db.deadline.count({ where: { proposalId: a.proposal.id, kind: "PROGRESS_REPORT", status: "OPEN" } })).toBe(0);
    expect(await statusOf(fileProgressReport(await actorOf(org.proposerA), reportInput(a, await versionOf(a.proposal.id))))).toBe(409);
    expect(await db.progressReport.count({ where: { pilotId: a.pilot.id } })).toBe(0);
    await issueDirective(head, { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "RESUME" });
    const open = await db.deadline.findFirstOrThrow({ where: { proposalId: a.proposal.id, kind: "PROGRESS_REPORT", status: "OPEN" } });
    expect(dateToDay(open.dueOn) > today).toBe(true);
    await fileProgressReport(await actorOf(org.proposerA), reportInput(a, await versionOf(a.proposal.id)));
    expect(await db.progressReport.count({ where: { pilotId: a.pilot.id } })).toBe(1);
  });
});

describe("CSV and XLSX import of target values (all or nothing)", () => {
  it("a file with one bad row saves nothing and names each row's problem", async () => {
    const a = await started();
    const [k1] = a.pilot.kpis;
    const bytes = csv([`${today.split("-").reverse().join("/")},${k1.name},10`, `31/02/2027,${k1.name},5`, `${today.split("-").reverse().join("/")},Không có chỉ tiêu này,abc`]);
    const preview = await previewKpiImport(await actorOf(org.proposerA), { pilotId: a.pilot.id, fileName: "so-lieu.csv", bytes });
    expect(preview.ok).toBe(false);
    expect(preview.rows.map((r) => [r.line, [...r.errors]])).toEqual([
      [2, []],
      [3, ["DATE_INVALID"]],
      [4, ["KPI_UNKNOWN", "VALUE_INVALID"]],
    ]);
    const err = await importKpiValues(await actorOf(org.proposerA), { pilotId: a.pilot.id, fileName: "so-lieu.csv", bytes }).catch((e) => e);
    expect(err.httpStatus).toBe(422);
    expect(err.issues.map((i: { path: string; code: string }) => `${i.path}:${i.code}`)).toEqual(["rows.3:DATE_INVALID", "rows.4:KPI_UNKNOWN", "rows.4:VALUE_INVALID"]);
    expect(await db.kpiMeasurement.count({ where: { pilotId: a.pilot.id } })).toBe(0);
  });

  it("a valid file for several periods is imported in one go; importing it again is refused row by row", async () => {
    const a = await started();
    const start = dateToDay(a.pilot.startDate);
    const vi = (d: string) => d.split("-").reverse().join("/");
    const mid = new Date((Date.parse(start) + Date.parse(today)) / 2).toISOString().slice(0, 10);
    const bytes = csv([`${vi(start)},1,"1.234,5"`, `${vi(mid)},1,"1.300"`, `${vi(today)},${a.pilot.kpis[0].name.toUpperCase()},7`]);
    const r = await importKpiValues(await actorOf(org.proposerA), { pilotId: a.pilot.id, fileName: "so-lieu.csv", bytes });
    expect(r.imported).toBe(3);
    const values = await db.kpiMeasurement.findMany({ where: { pilotId: a.pilot.id }, orderBy: { measuredOn: "asc" } });
    expect(values.map((v) => Number(v.value))).toEqual([1234.5, 1300, 7]);
    expect(values.every((v) => v.source === "IMPORT")).toBe(true);
    const again = await previewKpiImport(await actorOf(org.proposerA), { pilotId: a.pilot.id, fileName: "so-lieu.csv", bytes });
    expect(again.rows.every((row) => row.errors.includes("ALREADY_RECORDED"))).toBe(true);
  });

  it("reads an XLSX workbook with date cells", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const a = await started();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Số liệu");
    ws.addRow(["Ngày", "Chỉ tiêu", "Giá trị"]);
    ws.addRow([new Date(`${today}T00:00:00Z`), a.pilot.kpis[0].name, 42]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await importKpiValues(await actorOf(org.proposerA), { pilotId: a.pilot.id, fileName: "so-lieu.xlsx", bytes });
    expect(r.imported).toBe(1);
  });

  it("a file that is not a table is refused with a file-level reason", async () => {
    const a = await started();
    const preview = await previewKpiImport(await actorOf(org.proposerA), { pilotId: a.pilot.id, fileName: "x.csv", bytes: new TextEncoder().encode("a,b\n1,2\n") });
    expect(preview).toMatchObject({ ok: false, fileError: "MISSING_COLUMNS" });
  });
});

describe("monitoring, flags and support (KL 14 §2.4; Art. 10)", () => {
  it("a flag stays open in the head's inbox until the head answers it, once", async () => {
    const a = await started();
    const { noteId } = await recordInspection(await actorOf(monitor), {
      pilotId: a.pilot.id,
      inspectedOn: today,
      kind: "SITE_VISIT",
      finding: "Hệ thống lưu dữ liệu cá nhân quá thời hạn đã công bố.",
      severity: "HIGH",
      flag: "VIOLATION",
    });
    const inbox = await inboxFor(await actorOf(org.headA));
    expect(inbox.items.some((i) => i.kind === "ANSWER_FLAG" && i.href.endsWith(`#note-${noteId}`))).toBe(true);
    const page = await pilotPage(await actorOf(org.headA), a.pilot.id);
    expect(page?.health.state).toBe("AT_RISK");
    expect(page?.health.reasons.map((r) => r.code)).toContain("HIGH_FLAG_OPEN");
    expect(await statusOf(answerFlag(await actorOf(monitor), { noteId, answer: "Người theo dõi không trả lời thay." }))).toBe(403);
    await answerFlag(await actorOf(org.headA), { noteId, answer: "Đã yêu cầu xóa dữ liệu quá hạn trong 3 ngày." });
    expect((await inboxFor(await actorOf(org.headA))).items.some((i) => i.key === `ANSWER_FLAG:${noteId}`)).toBe(false);
    expect(await statusOf(answerFlag(await actorOf(org.headA), { noteId, answer: "Trả lời lần hai." }))).toBe(409);
  });

  it("a support request is answered granted, partly or refused, and its status is kept", async () => {
    const a = await started();
    await fileProgressReport(await actorOf(org.proposerA), reportInput(a, await versionOf(a.proposal.id), { support: [{ kind: "PEOPLE", description: "Cần thêm 02 chuyên viên công nghệ thông tin" }] }));
    const req = await db.supportRequest.findFirstOrThrow({ where: { pilotId: a.pilot.id } });
    expect((await inboxFor(await actorOf(org.headA))).items.some((i) => i.key === `ANSWER_SUPPORT:${req.id}`)).toBe(true);
    await answerSupport(await actorOf(org.headA), { requestId: req.id, status: "PARTLY_GRANTED", answer: "Điều động 01 chuyên viên từ Văn phòng Sở.", grantedPeople: "1" });
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: req.id } })).toMatchObject({ status: "PARTLY_GRANTED", grantedPeople: 1 });
    expect(await statusOf(answerSupport(await actorOf(org.headA), { requestId: req.id, status: "REFUSED", answer: "Không hỗ trợ thêm." }))).toBe(409);
  });

  it("the monitor's list holds every pilot in scope from approval, most urgent first", async () => {
    const a = await approvedPilot();
    const list = await watchList(await actorOf(monitor), { limit: 500 });
    expect(list.items.some((i) => i.pilotId === a.pilot.id && i.health.state === "NOT_STARTED")).toBe(true);
    const ranks = list.items.map((i) => ["REPORT_OVERDUE", "STOPPED", "AT_RISK", "SUSPENDED", "NOT_STARTED", "ON_TRACK", "FINISHED"].indexOf(i.health.state));
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    expect((await watchList(await actorOf(monitorB))).items.some((i) => i.pilotId === a.pilot.id)).toBe(false);
  });
});

describe("directives (Art. 6): acknowledgement, amendments, stop", () => {
  it("each directive must be acknowledged within the profile's period; silence is flagged by the sweep", async () => {
    const a = await started();
    const { directiveId } = await issueDirective(await actorOf(org.headA), { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "CONTINUE", reason: "" });
    const d = await db.deadline.findFirstOrThrow({ where: { proposalId: a.proposal.id, kind: "DIRECTIVE_ACK", subjectId: directiveId } });
    const cal = await loadCalendar(db, Number(today.slice(0, 4)));
    expect(dateToDay(d.dueOn)).toBe(addWorkingDays(today, DECREE_73_PROFILE.directiveAckWorkingDays, cal));
    expect((await inboxFor(await actorOf(org.proposerA))).items.some((i) => i.key === `ACKNOWLEDGE:${directiveId}`)).toBe(true);
    // Three working days after the due day: flagged overdue to the proposer and the head.
    const later = new Date(`${addWorkingDays(dateToDay(d.dueOn), 1, cal)}T03:00:00Z`);
    await sweepDeadlines(later);
    const flagged = await db.deadline.findUniqueOrThrow({ where: { id: d.id } });
    expect(flagged.overdueNotifiedAt).not.toBeNull();
    const notified = await db.notification.findMany({ where: { proposalId: a.proposal.id, kind: "deadline.overdue" } });
    expect(notified.map((n) => n.userId)).toEqual(expect.arrayContaining([org.proposerA.id, org.headA.id]));
    // A late acknowledgement is not a late progress report: the health rule reads the report's deadline.
    await db.deadline.update({ where: { id: d.id }, data: { dueOn: dayToDate(addWorkingDays(today, -1, cal)) } });
    expect((await pilotPage(await actorOf(org.headA), a.pilot.id))?.health.state).not.toBe("REPORT_OVERDUE");
    await db.deadline.update({ where: { id: d.id }, data: { dueOn: flagged.dueOn } });
    await acknowledgeDirective(await actorOf(org.proposerA), { directiveId });
    expect((await db.deadline.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("MET");
    expect(await statusOf(acknowledgeDirective(await actorOf(org.proposerA), { directiveId }))).toBe(409);
    expect(await statusOf(acknowledgeDirective(await actorOf(org.headA), { directiveId }))).toBe(403);
  });

  it("adjustments are numbered amendments of the decision with from/to history", async () => {
    const a = await started();
    const head = await actorOf(org.headA);
    const kpi = a.pilot.kpis[0];
    const newEnd = addWorkingDays(dateToDay(a.pilot.endDate), 40, await loadCalendar(db, Number(today.slice(0, 4))));
    const first = await issueDirective(head, {
      pilotId: a.pilot.id,
      version: await versionOf(a.proposal.id),
      kind: "ADJUST",
      reason: "Gia hạn để hoàn thành kết nối dữ liệu.",
      adjustment: { endDate: newEnd, targets: [{ kpiId: kpi.id, target: "9" }] },
    });
    const second = await issueDirective(head, {
      pilotId: a.pilot.id,
      version: await versionOf(a.proposal.id),
      kind: "ADJUST",
      reason: "Bổ sung kinh phí theo đề nghị.",
      adjustment: { budgetVnd: "400.000.000" },
    });
    expect([first.amendment, second.amendment]).toEqual([1, 2]);
    const amendments = await db.decisionAmendment.findMany({ where: { decisionId: a.pilot.decisionId }, orderBy: { number: "asc" } });
    expect(amendments[0].changes).toMatchObject({ endDate: { from: dateToDay(a.pilot.endDate), to: newEnd }, targets: [{ kpiId: kpi.id, from: kpi.target.toString(), to: "9" }] });
    expect(amendments[1].changes).toMatchObject({ budgetVnd: { to: "400000000" } });
    const pilot = await db.pilot.findUniqueOrThrow({ where: { id: a.pilot.id }, include: { kpis: true } });
    expect(dateToDay(pilot.endDate)).toBe(newEnd);
    expect(pilot.budgetVnd).toBe(400_000_000n);
    expect(Number(pilot.kpis.find((k) => k.id === kpi.id)!.target)).toBe(9);
    const none = await issueDirective(head, { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "ADJUST", reason: "Không đổi gì cả.", adjustment: {} }).catch((e) => e);
    expect(none.issues[0].code).toBe("NO_CHANGE");
    expect((await db.decision.findUniqueOrThrow({ where: { id: a.pilot.decisionId } })).endDate).toEqual(a.pilot.endDate);
  });

  it("directives fit the state: no resume while running, a reason to suspend, never by an author", async () => {
    const a = await started();
    const head = await actorOf(org.headA);
    expect(await statusOf(issueDirective(head, { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "RESUME" }))).toBe(409);
    expect(await statusOf(issueDirective(head, { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "SUSPEND", reason: "" }))).toBe(422);
    expect(await statusOf(issueDirective(await actorOf(org.proposerA), { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "CONTINUE" }))).toBe(403);
  });

  it("a stopped pilot goes to result reporting (Art. 18)", async () => {
    const a = await started();
    await issueDirective(await actorOf(org.headA), { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "STOP", reason: "Không bảo đảm điều kiện an toàn." });
    const p = await db.proposal.findUniqueOrThrow({ where: { id: a.proposal.id }, include: { deadlines: true } });
    expect(p.status).toBe("STOPPED");
    expect(p.deadlines.find((d) => d.kind === "RESULT_REPORT")).toMatchObject({ status: "OPEN", workingDays: DECREE_73_PROFILE.resultReportWorkingDays });
    expect(p.deadlines.filter((d) => d.kind === "PROGRESS_REPORT").every((d) => d.status !== "OPEN")).toBe(true);
  });
});

describe("finishing (Art. 18: result report within the profile's working days)", () => {
  it("the proposer finishes; the RESULT_REPORT deadline opens and the progress report is no longer owed", async () => {
    const a = await started();
    const r = await finishPilot(await actorOf(org.proposerA), { pilotId: a.pilot.id, version: await versionOf(a.proposal.id) });
    const cal = await loadCalendar(db, Number(today.slice(0, 4)));
    expect(r.resultReportDue).toBe(addWorkingDays(today, DECREE_73_PROFILE.resultReportWorkingDays, cal));
    const deadlines = await db.deadline.findMany({ where: { proposalId: a.proposal.id } });
    expect(deadlines.find((d) => d.kind === "RESULT_REPORT")?.status).toBe("OPEN");
    expect(deadlines.find((d) => d.kind === "PROGRESS_REPORT")?.status).toBe("CANCELLED");
    expect((await inboxFor(await actorOf(org.proposerA))).items.some((i) => i.kind === "RESULT_REPORT" && i.proposal.id === a.proposal.id)).toBe(true);
  });
});

describe("the deadline sweep", () => {
  it("never reminds or escalates a deadline that is not yet open", async () => {
    const a = await started();
    const now = new Date();
    const d = await db.deadline.create({
      data: {
        proposalId: a.proposal.id,
        kind: "PROGRESS_REPORT",
        unitId: org.deptA.id,
        assigneeId: org.proposerA.id,
        openedAt: new Date(now.getTime() + 30 * 86_400_000),
        dueOn: dayToDate(addWorkingDays(today, -10, await loadCalendar(db, Number(today.slice(0, 4))))),
        workingDays: 0,
      },
    });
    await sweepDeadlines(now);
    expect(await db.deadline.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ remindedAt: null, overdueNotifiedAt: null, escalatedAt: null });
    await db.deadline.update({ where: { id: d.id }, data: { status: "CANCELLED" } });
  });
});

describe("foreign or unknown pilot ids → 404 for every role", () => {
  it("every use-case and the page answer 404 outside the actor's sight", async () => {
    const a = await started();
    const { noteId } = await recordInspection(await actorOf(monitor), { pilotId: a.pilot.id, inspectedOn: today, kind: "MEETING", finding: "Làm việc với tổ triển khai.", severity: "LOW", flag: "PROBLEM" });
    const { directiveId } = await issueDirective(await actorOf(org.headA), { pilotId: a.pilot.id, version: await versionOf(a.proposal.id), kind: "CONTINUE" });
    await fileProgressReport(await actorOf(org.proposerA), reportInput(a, await versionOf(a.proposal.id), { support: [{ kind: "OTHER", description: "Đề nghị hướng dẫn nghiệp vụ" }] }));
    const requestId = (await db.supportRequest.findFirstOrThrow({ where: { pilotId: a.pilot.id } })).id;
    const v = await versionOf(a.proposal.id);
    const strangers = { headB: org.headB, proposerB: org.proposerB, monitorB, officeHead: org.officeHead };
    const file = csv(["01/01/2027,1,1"]);
    for (const [who, user] of Object.entries(strangers)) {
      const actor = await actorOf(user);
      for (const pilotId of [a.pilot.id, "khong-ton-tai"]) {
        const calls: [string, () => Promise<unknown>][] = [
          ["start", () => startPilot(actor, { pilotId, version: v, startedOn: today })],
          ["report", () => fileProgressReport(actor, { ...reportInput(a, v), pilotId })],
          ["preview", () => previewKpiImport(actor, { pilotId, fileName: "a.csv", bytes: file })],
          ["import", () => importKpiValues(actor, { pilotId, fileName: "a.csv", bytes: file })],
          ["inspect", () => recordInspection(actor, { pilotId, inspectedOn: today, kind: "MEETING", finding: "Thử truy cập trái phép.", severity: "LOW" })],
          ["direct", () => issueDirective(actor, { pilotId, version: v, kind: "CONTINUE" })],
          ["finish", () => finishPilot(actor, { pilotId, version: v })],
        ];
        const label = `${who} ${pilotId === a.pilot.id ? "foreign" : "unknown"}`;
        for (const [name, call] of calls) expect(`${label} ${name} → ${await statusOf(call())}`).toBe(`${label} ${name} → 404`);
        expect(await pilotPage(actor, pilotId)).toBeNull();
      }
      for (const [name, call] of [
        ["flag", () => answerFlag(actor, { noteId, answer: "Thử trả lời trái phép." })],
        ["support", () => answerSupport(actor, { requestId, status: "GRANTED", answer: "Thử trả lời trái phép." })],
        ["ack", () => acknowledgeDirective(actor, { directiveId })],
      ] as const) {
        expect(`${who} ${name} → ${await statusOf(call())}`).toBe(`${who} ${name} → 404`);
      }
    }
    // Those in sight read the page; the Party committee of the deciding unit too.
    for (const user of [org.proposerA, org.coAuthorA, org.headA, org.deputyA, monitor, partyA, org.commission, org.provinceHead]) {
      expect(await pilotPage(await actorOf(user), a.pilot.id), `${user.id}`).not.toBeNull();
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
