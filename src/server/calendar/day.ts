/** What the calendar use-cases share: the audited shape of a day and the one-row-per-date rule. */
import { ConflictError } from "@/domain/errors";
import type { CalendarDayKind } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { dateToDay, dayToDate } from "../rules";

/** The reason of the 409 when a date already has a row (CalendarDay.date is unique). */
export const DATE_TAKEN = "DATE_TAKEN";

export const CALENDAR_DAY_SELECT = { id: true, date: true, kind: true, nameVi: true, nameEn: true } as const;

export type CalendarDayRow = { id: string; date: Date; kind: CalendarDayKind; nameVi: string; nameEn: string };

/** The day as the audit log and the UI see it: an ISO date instead of a Date at 00:00 UTC. */
export function snapshot(row: CalendarDayRow) {
  return { date: dateToDay(row.date), kind: row.kind, nameVi: row.nameVi, nameEn: row.nameEn };
}

/**
 * A date holds one entry: a second one would make the day both a holiday and a working day.
 * Checked first for a clear 409; the unique index still answers a concurrent insert (P2002 → 409).
 */
export async function assertDateFree(tx: Tx, day: string, exceptId?: string): Promise<void> {
  const existing = await tx.calendarDay.findUnique({ where: { date: dayToDate(day) }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new ConflictError(DATE_TAKEN, `The calendar already has an entry on ${day}`);
}
