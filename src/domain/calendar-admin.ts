/**
 * The holiday calendar as administrators maintain it (docs/domain.md "Working days"): the input of the
 * add / edit / delete use-cases, shared by the form and the server, and the year summary the
 * calendar page shows. Issue messages are message keys under "admin.calendar.errors".
 */
import { z } from "zod";

import {
  addCalendarDays,
  dayOfWeek,
  isIsoDay,
  isWeekend,
  isWorkingDay,
  workingDaysBetween,
  type CalendarEntryKind,
  type IsoDay,
  type WorkCalendar,
} from "./calendar";

export const CALENDAR_ENTRY_KINDS = ["HOLIDAY", "MAKEUP_WORKDAY"] as const satisfies readonly CalendarEntryKind[];

/** Years the calendar accepts: the deadlines of this system never reach outside them. */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR;
}

const NAME_MAX = 200;

const calendarDayFields = z.object({
  date: z
    .string()
    .trim()
    .refine(isIsoDay, { message: "invalidDate" })
    .refine((d) => !isIsoDay(d) || isCalendarYear(Number(d.slice(0, 4))), { message: "yearOutOfRange" }),
  kind: z.enum(CALENDAR_ENTRY_KINDS),
  nameVi: z.string().trim().min(1, { message: "nameViRequired" }).max(NAME_MAX),
  /** Optional: an empty English name takes the Vietnamese one. */
  nameEn: z.string().trim().max(NAME_MAX).optional(),
});

type Fields = z.output<typeof calendarDayFields>;

/**
 * A make-up working day ("ngày làm việc bù") only makes sense on a Saturday or Sunday: a weekday is
 * a working day already. A holiday on a weekend is allowed (it is listed so the calendar shows it;
 * the compensatory day off is a separate HOLIDAY row, BLLĐ 2019 Art. 111.3).
 */
function checkKindFitsDay(value: Pick<Fields, "date" | "kind">, ctx: z.RefinementCtx) {
  if (value.kind === "MAKEUP_WORKDAY" && isIsoDay(value.date) && !isWeekend(value.date)) {
    ctx.addIssue({ code: "custom", path: ["date"], message: "makeUpNotWeekend" });
  }
}

function withDefaultEnglishName<T extends Fields>(value: T): T & { nameEn: string } {
  return { ...value, nameEn: value.nameEn ? value.nameEn : value.nameVi };
}

export const addCalendarDayInput = calendarDayFields.strict().superRefine(checkKindFitsDay).transform(withDefaultEnglishName);

export const updateCalendarDayInput = calendarDayFields
  .extend({ id: z.string().min(1).max(64) })
  .strict()
  .superRefine(checkKindFitsDay)
  .transform(withDefaultEnglishName);

export const deleteCalendarDayInput = z.object({ id: z.string().min(1).max(64) }).strict();

export type AddCalendarDayInput = z.input<typeof addCalendarDayInput>;
export type UpdateCalendarDayInput = z.input<typeof updateCalendarDayInput>;

/** True when the form should say "this holiday falls on a weekend: it changes no deadline; add the compensatory day off". */
export function isWeekendHoliday(date: IsoDay, kind: CalendarEntryKind): boolean {
  return kind === "HOLIDAY" && isIsoDay(date) && isWeekend(date);
}

export type YearSummary = {
  readonly year: number;
  /** Working days of the year by the domain calendar (`workingDaysBetween` over 1/1–31/12). */
  readonly workingDays: number;
  /** Monday–Friday days of the year. */
  readonly weekdays: number;
  /** Holidays that fall on a Monday–Friday (the ones that remove a working day). */
  readonly weekdayHolidays: number;
  /** Make-up Saturdays and Sundays that are not also holidays (the ones that add a working day). */
  readonly makeUpDays: number;
};

/** How many days of `year` are worked, and why: weekdays − weekday holidays + make-up days. */
export function yearSummary(year: number, cal: WorkCalendar): YearSummary {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const last = `${String(year).padStart(4, "0")}-12-31`;
  let weekdays = 0;
  let weekdayHolidays = 0;
  let makeUpDays = 0;
  for (let day = first; day <= last; day = addCalendarDays(day, 1)) {
    const weekend = isWeekend(day);
    if (!weekend) weekdays += 1;
    if (!weekend && cal.holidays.has(day)) weekdayHolidays += 1;
    if (weekend && isWorkingDay(day, cal)) makeUpDays += 1;
  }
  return { year, workingDays: workingDaysBetween(addCalendarDays(first, -1), last, cal), weekdays, weekdayHolidays, makeUpDays };
}

export type MonthCell = {
  readonly day: IsoDay;
  /** What the day is for deadlines; a day both holiday and make-up counts as a holiday (calendar.ts). */
  readonly status: "WORKDAY" | "WEEKEND" | "HOLIDAY" | "MAKEUP_WORKDAY";
};

/**
 * The weeks of a month for a mini calendar, Monday first (Vietnamese weeks start on Thứ Hai);
 * null pads the days before the 1st and after the last day.
 */
export function monthWeeks(year: number, month: number, cal: WorkCalendar): (MonthCell | null)[][] {
  const first = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
  const lead = (dayOfWeek(first) + 6) % 7;
  const cells: (MonthCell | null)[] = Array.from({ length: lead }, () => null);
  for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addCalendarDays(day, 1)) {
    cells.push({ day, status: dayStatus(day, cal) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export function dayStatus(day: IsoDay, cal: WorkCalendar): MonthCell["status"] {
  if (cal.holidays.has(day)) return "HOLIDAY";
  if (cal.makeUpWorkdays.has(day) && isWeekend(day)) return "MAKEUP_WORKDAY";
  return isWeekend(day) ? "WEEKEND" : "WORKDAY";
}
