/**
 * Working days in Vietnam. A day is an ISO date string "YYYY-MM-DD" meaning the
 * local date in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving time).
 * Instants are stored in UTC; the server converts with `toVietnamDate` and never
 * reads the clock here (the current time is always passed in).
 *
 * Conventions (used by every deadline of the regulation profile):
 * - Counting starts the day AFTER the event: Bộ luật Dân sự 2015 Art. 147.2
 *   ("ngày đầu tiên của thời hạn không được tính"). So a plan received on a Monday
 *   with a 7-working-day period (Art. 8.1 NĐ 73/2023) is due on the Wednesday of the
 *   next week when there is no holiday in between. The same holds when receipt
 *   happens on a weekend or holiday: the first following working day is day 1.
 * - A period ends at the end of its last day, 24:00 local time (BLDS Art. 148.1, 148.6);
 *   `dueInstant` gives that moment in UTC.
 * - A period counted in calendar days whose last day is not a working day ends at
 *   the end of the next working day (BLDS Art. 148.5); see `nextWorkingDayOnOrAfter`.
 */
import { ValidationError } from "./errors";

export type IsoDay = string;

export type WorkCalendar = {
  /** Days off that would otherwise be working days (public holidays, compensatory and swapped days). */
  readonly holidays: ReadonlySet<IsoDay>;
  /** Saturdays or Sundays the Government declared working days to swap with a day off. */
  readonly makeUpWorkdays: ReadonlySet<IsoDay>;
};

export type CalendarEntryKind = "HOLIDAY" | "MAKEUP_WORKDAY";

export const EMPTY_CALENDAR: WorkCalendar = Object.freeze({
  holidays: new Set<IsoDay>(),
  makeUpWorkdays: new Set<IsoDay>(),
});

const DAY_MS = 86_400_000;
/** Asia/Ho_Chi_Minh has been UTC+7 without daylight saving time since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** A guard against a calendar that declares every day a holiday (would loop forever). */
const MAX_SCAN_DAYS = 3_660;
const ISO_DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of 00:00 UTC of the day; throws a ValidationError when it is not a real date. */
function dayToUtcMs(day: IsoDay): number {
  const match = ISO_DAY_PATTERN.exec(day);
  if (match !== null) {
    const [, y, m, d] = match;
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
    // Date.UTC rolls over ("2025-02-30" → March 2): reject instead of guessing.
    if (new Date(ms).toISOString().slice(0, 10) === day) return ms;
  }
  throw new ValidationError([{ path: "day", code: "INVALID_DAY", message: `Not a YYYY-MM-DD date: ${day}` }]);
}

function utcMsToDay(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== "string") return false;
  try {
    dayToUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: IsoDay): number {
  return new Date(dayToUtcMs(day)).getUTCDay();
}

export function isWeekend(day: IsoDay): boolean {
  const dow = dayOfWeek(day);
  return dow === 0 || dow === 6;
}

export function addCalendarDays(day: IsoDay, n: number): IsoDay {
  return utcMsToDay(dayToUtcMs(day) + n * DAY_MS);
}

/** Negative when a is before b, 0 when equal. ISO days compare as strings. */
export function compareDays(a: IsoDay, b: IsoDay): number {
  dayToUtcMs(a);
  dayToUtcMs(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Monday–Friday, minus holidays, plus make-up working days. A day listed both as a
 * holiday and a make-up day counts as a holiday: it can only come from a data error,
 * and the longer deadline is the one that cannot wrong the person who must act.
 */
export function isWorkingDay(day: IsoDay, cal: WorkCalendar): boolean {
  if (cal.holidays.has(day)) return false;
  if (cal.makeUpWorkdays.has(day)) return true;
  return !isWeekend(day);
}

/**
 * The day on which a period of `n` working days that starts after `day` ends.
 * `day` itself is not counted (BLDS 2015 Art. 147.2), so Monday + 7 = Wednesday of
 * the next week without holidays. n = 0 returns `day`. A negative n counts backwards
 * ("2 working days before the due date") with the same rule.
 */
export function addWorkingDays(day: IsoDay, n: number, cal: WorkCalendar): IsoDay {
  if (!Number.isInteger(n)) {
    throw new ValidationError([{ path: "n", code: "NOT_AN_INTEGER", message: `Working days must be an integer: ${n}` }]);
  }
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let ms = dayToUtcMs(day);
  let scanned = 0;
  while (remaining > 0) {
    ms += step * DAY_MS;
    if (isWorkingDay(utcMsToDay(ms), cal)) remaining -= 1;
    scanned += 1;
    if (scanned > MAX_SCAN_DAYS + Math.abs(n)) throw noWorkingDayError(day);
  }
  return utcMsToDay(ms);
}

/**
 * Signed number of working days from `from` to `to`: the working days in (from, to]
 * when to is later, minus those in (to, from] when to is earlier, 0 when equal.
 * `workingDaysBetween(today, due)` = 3 reads "3 working days left"; -2 reads
 * "2 working days overdue". It is antisymmetric, and undoes `addWorkingDays`:
 * `workingDaysBetween(from, addWorkingDays(from, n, cal), cal) === n` for n ≥ 0, and
 * for n < 0 when `from` is a working day.
 */
export function workingDaysBetween(from: IsoDay, to: IsoDay, cal: WorkCalendar): number {
  const fromMs = dayToUtcMs(from);
  const toMs = dayToUtcMs(to);
  if (fromMs === toMs) return 0;
  const sign = toMs > fromMs ? 1 : -1;
  const [lo, hi] = sign > 0 ? [fromMs, toMs] : [toMs, fromMs];
  let count = 0;
  for (let ms = lo + DAY_MS; ms <= hi; ms += DAY_MS) {
    if (isWorkingDay(utcMsToDay(ms), cal)) count += 1;
  }
  // `|| 0` turns -0 into 0: "0 days overdue" must equal "0 days left".
  return sign * count || 0;
}

/** `day` when it is a working day, else the next working day (BLDS 2015 Art. 148.5). */
export function nextWorkingDayOnOrAfter(day: IsoDay, cal: WorkCalendar): IsoDay {
  let current = day;
  for (let scanned = 0; scanned <= MAX_SCAN_DAYS; scanned += 1) {
    if (isWorkingDay(current, cal)) return current;
    current = addCalendarDays(current, 1);
  }
  throw noWorkingDayError(day);
}

/** The Vietnamese local date of a UTC instant. */
export function toVietnamDate(instant: Date): IsoDay {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new ValidationError([{ path: "instant", code: "INVALID_DATE", message: "Invalid Date" }]);
  }
  return utcMsToDay(ms + VIETNAM_OFFSET_MS);
}

/** 00:00:00.000 Vietnamese time of `day`, as a UTC instant. */
export function startOfVietnamDay(day: IsoDay): Date {
  return new Date(dayToUtcMs(day) - VIETNAM_OFFSET_MS);
}

/** 23:59:59.999 Vietnamese time of `day` as a UTC instant: a period ends at 24:00 of its last day (BLDS Art. 148.6). */
export function dueInstant(day: IsoDay): Date {
  return new Date(dayToUtcMs(day) + DAY_MS - 1 - VIETNAM_OFFSET_MS);
}

/** Builds a calendar from rows such as the `Holiday` table or `VIETNAM_HOLIDAYS`. */
export function calendarFromEntries(
  entries: readonly { readonly date: IsoDay; readonly kind: CalendarEntryKind }[],
): WorkCalendar {
  const holidays = new Set<IsoDay>();
  const makeUpWorkdays = new Set<IsoDay>();
  for (const entry of entries) {
    dayToUtcMs(entry.date);
    (entry.kind === "HOLIDAY" ? holidays : makeUpWorkdays).add(entry.date);
  }
  return { holidays, makeUpWorkdays };
}

function noWorkingDayError(day: IsoDay): ValidationError {
  return new ValidationError([
    { path: "calendar", code: "NO_WORKING_DAY", message: `No working day within ${MAX_SCAN_DAYS} days of ${day}` },
  ]);
}
