/**
 * When each deadline opened by a transition (workflow.ts) falls due, and how it
 * stands at a given moment. Periods come from the regulation profile; days are
 * counted with calendar.ts (the day of the event is not counted).
 * Silence is a prohibited act (Art. 6 NĐ 73/2023: "né tránh, đùn đẩy trách nhiệm"),
 * so an overdue step is flagged, then escalated to the superior unit.
 */
import {
  addCalendarDays,
  addWorkingDays,
  dueInstant,
  type IsoDay,
  nextWorkingDayOnOrAfter,
  toVietnamDate,
  type WorkCalendar,
  workingDaysBetween,
} from "./calendar";
import type { RegulationProfile } from "./regulation";
import type { Role } from "./roles";
import type { DeadlineKind } from "./workflow";

/** Who must act before the deadline. */
export const DEADLINE_RESPONSIBLE: Readonly<Record<DeadlineKind, Role>> = {
  DECISION: "HEAD", // khoản 1 Điều 8, head of the deciding unit
  RESULT_REPORT: "PROPOSER", // Art. 18
  EVALUATION: "HEAD", // Art. 18
  PROGRESS_REPORT: "PROPOSER", // [product]
  DIRECTIVE_ACK: "PROPOSER", // Art. 6: ignoring a directive is prohibited
};

/**
 * The last day of the period opened on `openedDay`. Working-day periods (khoản 1 Điều 8,
 * Art. 18) start the day after; a progress report is due every
 * `progressReportEveryDays` calendar days after execution started (`occurrence` 1, 2, …
 * counted from the start so dates do not drift), moved to the next working day when
 * it falls on a day off (BLDS 2015 Art. 148.5).
 */
export function deadlineDueDay(
  kind: DeadlineKind,
  openedDay: IsoDay,
  profile: RegulationProfile,
  cal: WorkCalendar,
  occurrence = 1,
): IsoDay {
  switch (kind) {
    case "DECISION":
      return addWorkingDays(openedDay, profile.decisionWorkingDays, cal);
    case "RESULT_REPORT":
      return addWorkingDays(openedDay, profile.resultReportWorkingDays, cal);
    case "EVALUATION":
      return addWorkingDays(openedDay, profile.evaluationWorkingDays, cal);
    case "PROGRESS_REPORT":
      return nextWorkingDayOnOrAfter(addCalendarDays(openedDay, profile.progressReportEveryDays * occurrence), cal);
    case "DIRECTIVE_ACK":
      return addWorkingDays(openedDay, profile.directiveAckWorkingDays, cal);
  }
}

/** The due day and the instant it passes (end of that Vietnamese day) of a deadline opened at `openedAt`. */
export function deadlineDue(
  kind: DeadlineKind,
  openedAt: Date,
  profile: RegulationProfile,
  cal: WorkCalendar,
  occurrence = 1,
): { readonly dueDay: IsoDay; readonly dueAt: Date } {
  const dueDay = deadlineDueDay(kind, toVietnamDate(openedAt), profile, cal, occurrence);
  return { dueDay, dueAt: dueInstant(dueDay) };
}

export type DeadlineStanding =
  | { readonly status: "UPCOMING" | "DUE_SOON"; readonly workingDaysLeft: number }
  | { readonly status: "OVERDUE" | "ESCALATED"; readonly workingDaysOverdue: number };

/**
 * The one escalation rule, used by `deadlineStanding` and by the deadline sweep: a step is
 * escalated to the superior unit once it is overdue by MORE than the profile's grace period.
 */
export function escalationDue(workingDaysOverdue: number, profile: RegulationProfile): boolean {
  return workingDaysOverdue > profile.escalationGraceWorkingDays;
}

/**
 * How an open deadline stands at `now`:
 * - DUE_SOON when at most `reminderBeforeWorkingDays` working days are left (0 = due today);
 * - OVERDUE once the due day has ended;
 * - ESCALATED when more than `escalationGraceWorkingDays` working days have passed since.
 */
export function deadlineStanding(
  dueDay: IsoDay,
  now: Date,
  profile: RegulationProfile,
  cal: WorkCalendar,
): DeadlineStanding {
  const today = toVietnamDate(now);
  if (now.getTime() > dueInstant(dueDay).getTime()) {
    const workingDaysOverdue = workingDaysBetween(dueDay, today, cal);
    return {
      status: escalationDue(workingDaysOverdue, profile) ? "ESCALATED" : "OVERDUE",
      workingDaysOverdue,
    };
  }
  const workingDaysLeft = workingDaysBetween(today, dueDay, cal);
  return { status: workingDaysLeft <= profile.reminderBeforeWorkingDays ? "DUE_SOON" : "UPCOMING", workingDaysLeft };
}
