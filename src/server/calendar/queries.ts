/** What the administrators' calendar page reads: one year's entries, its working days, the years on file. */
import { yearSummary } from "@/domain/calendar-admin";
import type { Actor } from "@/domain/permissions";
import { db } from "../db";
import { loadCalendar } from "../rules";
import { CALENDAR_DAY_SELECT, snapshot } from "./day";
import { canAtRoot } from "./root";

export type CalendarYearView = Awaited<ReturnType<typeof loadCalendarYear>>;

/** null when the actor may not manage the calendar (the page answers 404). */
export async function calendarYearFor(actor: Actor, year: number) {
  if (!(await canAtRoot(actor, "holiday.manage"))) return null;
  return loadCalendarYear(year);
}

async function loadCalendarYear(year: number) {
  const [rows, calendar, dates] = await Promise.all([
    db.calendarDay.findMany({
      where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      orderBy: { date: "asc" },
      select: CALENDAR_DAY_SELECT,
    }),
    // The same loader deadlines use, so the count below is the one deadlines are computed with.
    loadCalendar(db, year),
    // A few dozen rows a year: reading the dates is cheaper than a DISTINCT over a function.
    db.calendarDay.findMany({ select: { date: true } }),
  ]);
  return {
    year,
    days: rows.map((r) => ({ id: r.id, ...snapshot(r) })),
    calendar,
    summary: yearSummary(year, calendar),
    yearsOnFile: [...new Set(dates.map((d) => d.date.getUTCFullYear()))].sort((a, b) => a - b),
  };
}
