import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays } from "@/domain/calendar";
import { ConflictError, ValidationError } from "@/domain/errors";
import { verifyAuditChain } from "@/server/audit";
import { addCalendarDay } from "@/server/calendar/add";
import { deleteCalendarDay } from "@/server/calendar/delete";
import { calendarYearFor } from "@/server/calendar/queries";
import { updateCalendarDay } from "@/server/calendar/update";
import { db } from "@/server/db";
import { loadCalendar } from "@/server/rules";
import { seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
let admin: Awaited<ReturnType<typeof actorOf>>;

beforeAll(async () => {
  org = await smallOrg(); // the province is the root of the tree (depth 0)
  admin = await actorOf(await seedUser(db, { unit: org.province, role: "ADMIN", fullName: "Quản trị hệ thống" }));
});

const auditOf = (targetId: string) =>
  db.auditEvent.findMany({ where: { targetType: "CalendarDay", targetId }, orderBy: { seq: "asc" }, select: { action: true, actorId: true, unitId: true, before: true, after: true } });

describe("calendar administration: add, update, delete, each audited", () => {
  it("adds a holiday (English name defaulting to the Vietnamese one), corrects it, deletes it; the audit keeps before and after", async () => {
    const added = await addCalendarDay(admin, { date: "2027-07-27", kind: "HOLIDAY", nameVi: "Ngày nghỉ thử nghiệm", nameEn: "" });
    expect(added).toMatchObject({ date: "2027-07-27", kind: "HOLIDAY", nameVi: "Ngày nghỉ thử nghiệm", nameEn: "Ngày nghỉ thử nghiệm" });

    const updated = await updateCalendarDay(admin, { id: added.id, date: "2027-07-28", kind: "HOLIDAY", nameVi: "Ngày nghỉ đã sửa", nameEn: "Corrected day off" });
    expect(updated).toMatchObject({ id: added.id, date: "2027-07-28", nameEn: "Corrected day off" });

    await deleteCalendarDay(admin, { id: added.id });
    expect(await db.calendarDay.findUnique({ where: { id: added.id } })).toBeNull();

    const first = { date: "2027-07-27", kind: "HOLIDAY", nameVi: "Ngày nghỉ thử nghiệm", nameEn: "Ngày nghỉ thử nghiệm" };
    const second = { date: "2027-07-28", kind: "HOLIDAY", nameVi: "Ngày nghỉ đã sửa", nameEn: "Corrected day off" };
    expect(await auditOf(added.id)).toEqual([
      { action: "calendar.add", actorId: admin.userId, unitId: org.province.id, before: null, after: first },
      { action: "calendar.update", actorId: admin.userId, unitId: org.province.id, before: first, after: second },
      { action: "calendar.delete", actorId: admin.userId, unitId: org.province.id, before: second, after: null },
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("accepts a make-up working day on a Saturday and a holiday on a weekend", async () => {
    const makeUp = await addCalendarDay(admin, { date: "2027-08-14", kind: "MAKEUP_WORKDAY", nameVi: "Làm bù cho ngày 2027-08-16" });
    const weekendHoliday = await addCalendarDay(admin, { date: "2027-08-15", kind: "HOLIDAY", nameVi: "Ngày lễ trùng Chủ nhật" });
    expect([makeUp.kind, weekendHoliday.kind]).toEqual(["MAKEUP_WORKDAY", "HOLIDAY"]);
  });
});

describe("calendar administration: refusals", () => {
  it("a date already in the calendar answers 409 (add, and update onto another row's date) and changes nothing", async () => {
    // 1/1/2027 is seeded (Tết Dương lịch).
    const err = await addCalendarDay(admin, { date: "2027-01-01", kind: "HOLIDAY", nameVi: "Trùng" }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ httpStatus: 409, reason: "DATE_TAKEN" });
    const other = await addCalendarDay(admin, { date: "2027-10-20", kind: "HOLIDAY", nameVi: "Ngày khác" });
    expect(await statusOf(updateCalendarDay(admin, { id: other.id, date: "2027-01-01", kind: "HOLIDAY", nameVi: "Trùng" }))).toBe(409);
    // Keeping its own date is not a conflict.
    expect(await statusOf(updateCalendarDay(admin, { id: other.id, date: "2027-10-20", kind: "HOLIDAY", nameVi: "Ngày khác (sửa tên)" }))).toBe(200);
    const newYear = await db.calendarDay.findMany({ where: { date: new Date("2027-01-01T00:00:00Z") } });
    expect(newYear.map((d) => d.nameVi)).toEqual(["Tết Dương lịch"]);
  });

  it.each([
    ["a make-up working day on a weekday (Wednesday)", { date: "2027-09-08", kind: "MAKEUP_WORKDAY", nameVi: "Làm bù" }, "date", "makeUpNotWeekend"],
    ["no Vietnamese name", { date: "2027-09-09", kind: "HOLIDAY", nameVi: "  " }, "nameVi", "nameViRequired"],
    ["a date that does not exist", { date: "2027-02-30", kind: "HOLIDAY", nameVi: "Ngày lạ" }, "date", "invalidDate"],
    ["a date in another format", { date: "09/09/2027", kind: "HOLIDAY", nameVi: "Ngày lạ" }, "date", "invalidDate"],
    ["an unknown kind", { date: "2027-09-09", kind: "HALF_DAY", nameVi: "Nửa ngày" }, "kind", undefined],
  ])("422 for %s", async (_label, input, path, message) => {
    const err = await addCalendarDay(admin, input).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.httpStatus).toBe(422);
    const issue = (err as ValidationError).issues.find((i) => i.path === path);
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it("unknown ids answer 404", async () => {
    expect(await statusOf(updateCalendarDay(admin, { id: "no-such-day", date: "2027-09-10", kind: "HOLIDAY", nameVi: "X" }))).toBe(404);
    expect(await statusOf(deleteCalendarDay(admin, { id: "no-such-day" }))).toBe(404);
  });

  /*
   * 403, not 404: the calendar is national and public (every deadline shown to every user is
   * counted with it), so it is outside no one's read scope and a refusal leaks nothing. 404 is
   * kept for records the actor may not see; here the actor sees the day but may not change it.
   */
  it("a non-admin, and an admin of a unit below the root, get 403 and change nothing", async () => {
    const day = await addCalendarDay(admin, { date: "2027-11-17", kind: "HOLIDAY", nameVi: "Ngày để thử quyền" });
    const subtreeAdmin = await actorOf(await seedUser(db, { unit: org.deptA, role: "ADMIN" }));
    const outsiders = [await actorOf(org.provinceHead), await actorOf(org.commission), await actorOf(org.proposerA), subtreeAdmin];
    for (const actor of outsiders) {
      expect(await statusOf(addCalendarDay(actor, { date: "2027-11-18", kind: "HOLIDAY", nameVi: "Không được" }))).toBe(403);
      expect(await statusOf(updateCalendarDay(actor, { id: day.id, date: "2027-11-17", kind: "HOLIDAY", nameVi: "Không được" }))).toBe(403);
      expect(await statusOf(deleteCalendarDay(actor, { id: day.id }))).toBe(403);
      expect(await calendarYearFor(actor, 2027)).toBeNull();
    }
    expect(await db.calendarDay.findUnique({ where: { id: day.id }, select: { nameVi: true } })).toEqual({ nameVi: "Ngày để thử quyền" });
    expect(await db.calendarDay.count({ where: { date: new Date("2027-11-18T00:00:00Z") } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetType: "CalendarDay", actorId: { in: outsiders.map((a) => a.userId) } } })).toBe(0);
  });
});

describe("the calendar counts deadlines", () => {
  it("a deadline computed after adding a holiday skips it (Monday + 7 working days moves from Wednesday to Thursday)", async () => {
    const receivedOn = "2027-06-07"; // a Monday; June 2027 has no public holiday
    expect(addWorkingDays(receivedOn, 7, await loadCalendar(db, 2027))).toBe("2027-06-16");
    await addCalendarDay(admin, { date: "2027-06-10", kind: "HOLIDAY", nameVi: "Ngày nghỉ đột xuất" });
    expect(addWorkingDays(receivedOn, 7, await loadCalendar(db, 2027))).toBe("2027-06-17");
  });

  it("the page's count of working days follows the calendar", async () => {
    const before = (await calendarYearFor(admin, 2026))!.summary;
    expect(before.workingDays).toBe(before.weekdays - before.weekdayHolidays + before.makeUpDays);
    const day = await addCalendarDay(admin, { date: "2026-12-30", kind: "HOLIDAY", nameVi: "Ngày nghỉ cuối năm" });
    expect((await calendarYearFor(admin, 2026))!.summary.workingDays).toBe(before.workingDays - 1);
    await deleteCalendarDay(admin, { id: day.id });
    expect((await calendarYearFor(admin, 2026))!.summary.workingDays).toBe(before.workingDays);
  });
});
