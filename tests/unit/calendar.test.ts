import { describe, expect, it } from "vitest";

import {
  addCalendarDays,
  addWorkingDays,
  calendarFromEntries,
  compareDays,
  dayOfWeek,
  dueInstant,
  EMPTY_CALENDAR,
  isIsoDay,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  startOfVietnamDay,
  toVietnamDate,
  workingDaysBetween,
} from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { VIETNAM_CALENDAR } from "@/domain/holidays-vn";

describe("calendar: days", () => {
  it("validates ISO days, refusing impossible dates instead of rolling them over", () => {
    expect(isIsoDay("2025-02-28")).toBe(true);
    expect(isIsoDay("2024-02-29")).toBe(true);
    for (const bad of ["2025-02-29", "2025-02-30", "2025-13-01", "2025-2-3", "", "2025-02-28T00:00:00Z", 20250228]) {
      expect(isIsoDay(bad), String(bad)).toBe(false);
    }
    expect(() => addWorkingDays("2025-02-30", 1, EMPTY_CALENDAR)).toThrow(ValidationError);
    expect(() => addWorkingDays("2025-03-03", 1.5, EMPTY_CALENDAR)).toThrow(ValidationError);
  });

  it("knows the day of the week and adds calendar days across months and years", () => {
    expect(dayOfWeek("2025-03-03")).toBe(1); // Monday
    expect(addCalendarDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(compareDays("2025-01-02", "2025-01-10")).toBeLessThan(0);
    expect(compareDays("2025-01-10", "2025-01-10")).toBe(0);
  });
});

describe("calendar: working days", () => {
  it("weekends are skipped", () => {
    expect(isWorkingDay("2025-03-08", EMPTY_CALENDAR)).toBe(false); // Saturday
    expect(isWorkingDay("2025-03-09", EMPTY_CALENDAR)).toBe(false); // Sunday
    expect(isWorkingDay("2025-03-10", EMPTY_CALENDAR)).toBe(true);
    expect(addWorkingDays("2025-03-07", 1, EMPTY_CALENDAR)).toBe("2025-03-10"); // Friday + 1 = Monday
  });

  it("Art. 8.1 NĐ 73/2023 with BLDS Art. 147.2: a plan received on Monday is due on Wednesday of the next week (day of receipt not counted)", () => {
    expect(addWorkingDays("2025-03-03", 7, EMPTY_CALENDAR)).toBe("2025-03-12");
  });

  it("BLDS Art. 147.2: a plan received on a Saturday starts counting on Monday", () => {
    expect(addWorkingDays("2025-03-08", 7, EMPTY_CALENDAR)).toBe("2025-03-18");
    expect(addWorkingDays("2025-03-08", 1, EMPTY_CALENDAR)).toBe("2025-03-10");
  });

  it("Art. 8.1 NĐ 73/2023: decision due 7 working days after receipt, skipping Tết", () => {
    // Received Thursday 12/2/2026; Tết Bính Ngọ: 14–22/2 off (weekdays 16–20/2 are holidays).
    expect(addWorkingDays("2026-02-12", 7, VIETNAM_CALENDAR)).toBe("2026-03-02");
    expect(addWorkingDays("2026-02-12", 7, EMPTY_CALENDAR)).toBe("2026-02-23");
  });

  it("public holidays and swapped days off are skipped (30/4–4/5/2025)", () => {
    expect(isWorkingDay("2025-04-30", VIETNAM_CALENDAR)).toBe(false);
    expect(isWorkingDay("2025-05-02", VIETNAM_CALENDAR)).toBe(false); // Friday swapped
    expect(addWorkingDays("2025-04-29", 1, VIETNAM_CALENDAR)).toBe("2025-05-05");
  });

  it("a make-up Saturday is counted as a working day (26/4/2025, 10/1/2026)", () => {
    expect(isWorkingDay("2025-04-26", VIETNAM_CALENDAR)).toBe(true);
    expect(addWorkingDays("2025-04-24", 2, VIETNAM_CALENDAR)).toBe("2025-04-26");
    expect(isWorkingDay("2026-01-10", VIETNAM_CALENDAR)).toBe(true);
    expect(addWorkingDays("2026-01-09", 1, VIETNAM_CALENDAR)).toBe("2026-01-10");
  });

  it("a day listed both as a holiday and a make-up day counts as a holiday", () => {
    const cal = calendarFromEntries([
      { date: "2025-03-08", kind: "HOLIDAY" },
      { date: "2025-03-08", kind: "MAKEUP_WORKDAY" },
    ]);
    expect(isWorkingDay("2025-03-08", cal)).toBe(false);
  });

  it("n = 0 returns the day itself; a negative n counts backwards with the same rule", () => {
    expect(addWorkingDays("2025-03-08", 0, EMPTY_CALENDAR)).toBe("2025-03-08");
    expect(addWorkingDays("2025-03-10", -1, EMPTY_CALENDAR)).toBe("2025-03-07");
    expect(addWorkingDays("2025-05-05", -1, VIETNAM_CALENDAR)).toBe("2025-04-29");
    expect(addWorkingDays("2025-03-12", -7, EMPTY_CALENDAR)).toBe("2025-03-03");
  });

  it("BLDS Art. 148.5: a period ending on a day off ends on the next working day", () => {
    expect(nextWorkingDayOnOrAfter("2025-03-10", EMPTY_CALENDAR)).toBe("2025-03-10");
    expect(nextWorkingDayOnOrAfter("2025-03-08", EMPTY_CALENDAR)).toBe("2025-03-10");
    expect(nextWorkingDayOnOrAfter("2026-02-14", VIETNAM_CALENDAR)).toBe("2026-02-23");
  });

  it("a calendar with no working day at all is refused rather than looping", () => {
    const holidays = new Set<string>();
    for (let d = "2025-01-01"; d < "2036-01-01"; d = addCalendarDays(d, 1)) holidays.add(d);
    expect(() => addWorkingDays("2025-01-01", 1, { holidays, makeUpWorkdays: new Set() })).toThrow(ValidationError);
    expect(() => nextWorkingDayOnOrAfter("2025-01-01", { holidays, makeUpWorkdays: new Set() })).toThrow(ValidationError);
  });
});

describe("calendar: workingDaysBetween", () => {
  it("is signed: positive = days left, negative = days overdue, 0 on the same day", () => {
    expect(workingDaysBetween("2025-03-10", "2025-03-12", EMPTY_CALENDAR)).toBe(2); // "2 working days left"
    expect(workingDaysBetween("2025-03-12", "2025-03-10", EMPTY_CALENDAR)).toBe(-2); // "2 working days overdue"
    expect(workingDaysBetween("2025-03-12", "2025-03-12", EMPTY_CALENDAR)).toBe(0);
    expect(workingDaysBetween("2025-03-07", "2025-03-08", EMPTY_CALENDAR)).toBe(0); // Friday → Saturday
    expect(workingDaysBetween("2025-03-07", "2025-03-10", EMPTY_CALENDAR)).toBe(1); // Friday → Monday
    expect(workingDaysBetween("2026-02-13", "2026-02-23", VIETNAM_CALENDAR)).toBe(1); // across Tết
  });

  it("undoes addWorkingDays and is antisymmetric (every 9th day of 2025–2027, Vietnamese calendar)", () => {
    const days: string[] = [];
    for (let d = "2025-01-01"; d < "2028-01-01"; d = addCalendarDays(d, 9)) days.push(d);
    for (const from of days) {
      for (const n of [-9, -3, -1, 0, 1, 5, 7, 30]) {
        const to = addWorkingDays(from, n, VIETNAM_CALENDAR);
        if (n !== 0) expect(isWorkingDay(to, VIETNAM_CALENDAR)).toBe(true);
        if (n >= 0 || isWorkingDay(from, VIETNAM_CALENDAR)) {
          expect(workingDaysBetween(from, to, VIETNAM_CALENDAR), `${from} ${n}`).toBe(n);
        }
        expect(workingDaysBetween(to, from, VIETNAM_CALENDAR)).toBe(0 - workingDaysBetween(from, to, VIETNAM_CALENDAR));
      }
    }
  });

  it("counting backwards from a day off starts at the working day before it", () => {
    expect(addWorkingDays("2025-03-08", -1, EMPTY_CALENDAR)).toBe("2025-03-07"); // Saturday − 1 = Friday
    expect(workingDaysBetween("2025-03-08", "2025-03-07", EMPTY_CALENDAR)).toBe(0); // no working day has passed since Friday
  });
});

describe("calendar: Vietnamese time (UTC+7, no DST)", () => {
  it("toVietnamDate near midnight UTC", () => {
    expect(toVietnamDate(new Date("2025-12-31T16:59:59.999Z"))).toBe("2025-12-31");
    expect(toVietnamDate(new Date("2025-12-31T17:00:00.000Z"))).toBe("2026-01-01");
    expect(toVietnamDate(new Date("2026-01-01T00:00:00.000Z"))).toBe("2026-01-01");
    expect(toVietnamDate(new Date("2026-01-01T23:59:59.999Z"))).toBe("2026-01-02");
    expect(toVietnamDate(new Date("2026-06-30T18:30:00.000Z"))).toBe("2026-07-01"); // no summer time
    expect(() => toVietnamDate(new Date("not a date"))).toThrow(ValidationError);
  });

  it("BLDS Art. 148.6: a deadline passes at 24:00 Vietnamese time of its last day", () => {
    expect(dueInstant("2026-03-02").toISOString()).toBe("2026-03-02T16:59:59.999Z");
    expect(toVietnamDate(dueInstant("2026-03-02"))).toBe("2026-03-02");
    expect(startOfVietnamDay("2026-03-02").toISOString()).toBe("2026-03-01T17:00:00.000Z");
    expect(toVietnamDate(startOfVietnamDay("2026-03-02"))).toBe("2026-03-02");
  });
});
