/**
 * Vietnamese public holidays and make-up working days, 2025–2027: the seed of the
 * `Holiday` table that administrators maintain (docs/domain.md "Working days").
 *
 * Rules applied (Bộ luật Lao động 2019):
 * - Art. 112.1: Tết Dương lịch 1/1; Tết Âm lịch 5 days; 30/4; 1/5; Quốc khánh 2/9 and one
 *   adjacent day; Giỗ Tổ Hùng Vương 10/3 lunar — 11 days a year.
 * - Art. 112.3: the Prime Minister fixes the Tết Âm lịch days and the National Day's
 *   adjacent day each year.
 * - Art. 111.3: a holiday falling on the weekly rest day is compensated on the next
 *   working day ("nghỉ bù").
 * - Swaps ("hoán đổi") of a working day with a Saturday are decided each year for
 *   public servants; the Saturday becomes a make-up working day.
 *
 * Only days that change whether a day is worked matter for deadlines; weekend days
 * inside a long break are not listed, except a statutory holiday that itself falls
 * on a weekend (listed so the calendar shows it; it changes nothing).
 *
 * Sources and assumptions, per year:
 * - 2025: Thông báo 6150/TB-LĐTBXH (12/2024) for public servants: Tết 25/1–2/2 with the
 *   weekdays 27/1–31/1 off; 30/4–4/5 with Friday 2/5 swapped for Saturday 26/4;
 *   Giỗ Tổ Monday 7/4; Quốc khánh Monday 1/9 and Tuesday 2/9.
 * - 2026: Tết Dương lịch 1/1–4/1 with Friday 2/1 swapped for Saturday 10/1
 *   (văn bản 12729/VPCP-KGVX, 25/12/2025); Tết 14/2–22/2 with the weekdays 16/2–20/2 off
 *   (29 tháng Chạp Ất Tỵ to mùng 4 Bính Ngọ); Giỗ Tổ falls on Sunday 26/4, compensated
 *   Monday 27/4; 30/4 and 1/5 are Thursday and Friday. ASSUMPTION to verify against the
 *   Ministry of Home Affairs notice: Quốc khánh with Tuesday 1/9 as the adjacent day.
 * - 2027: NOT YET ANNOUNCED when this was written; statutory rule applied. Tết
 *   (mùng 1 = Saturday 6/2/2027): the last day of the lunar year (Friday 5/2) and
 *   mùng 1–4 (6/2–9/2), the weekend ones compensated on Wednesday 10/2 and Thursday 11/2;
 *   1/5 falls on Saturday, compensated Monday 3/5; Quốc khánh with Friday 3/9 as the
 *   adjacent day (assumed). Replace with the official schedule once published.
 */
import type { CalendarEntryKind, IsoDay, WorkCalendar } from "./calendar";
import { calendarFromEntries } from "./calendar";

export type HolidayEntry = {
  readonly date: IsoDay;
  readonly name_vi: string;
  readonly name_en: string;
  readonly kind: CalendarEntryKind;
};

const NEW_YEAR = { name_vi: "Tết Dương lịch", name_en: "New Year's Day" } as const;
const TET = { name_vi: "Tết Nguyên đán", name_en: "Lunar New Year (Tết)" } as const;
const HUNG_KINGS = { name_vi: "Giỗ Tổ Hùng Vương", name_en: "Hung Kings' Commemoration Day" } as const;
const REUNIFICATION = { name_vi: "Ngày Chiến thắng (30/4)", name_en: "Reunification Day" } as const;
const LABOUR = { name_vi: "Ngày Quốc tế Lao động", name_en: "International Labour Day" } as const;
const NATIONAL_DAY = { name_vi: "Quốc khánh", name_en: "National Day" } as const;

function holiday(date: IsoDay, names: { readonly name_vi: string; readonly name_en: string }): HolidayEntry {
  return { date, ...names, kind: "HOLIDAY" };
}

function compensatory(date: IsoDay, forNames: { readonly name_vi: string; readonly name_en: string }): HolidayEntry {
  return {
    date,
    name_vi: `Nghỉ bù ${forNames.name_vi}`,
    name_en: `Compensatory day off (${forNames.name_en})`,
    kind: "HOLIDAY",
  };
}

function swappedDayOff(date: IsoDay, makeUp: IsoDay, forNames: { readonly name_vi: string; readonly name_en: string }): HolidayEntry {
  return {
    date,
    name_vi: `Nghỉ hoán đổi dịp ${forNames.name_vi} (làm bù ${makeUp})`,
    name_en: `Swapped day off for ${forNames.name_en} (worked on ${makeUp})`,
    kind: "HOLIDAY",
  };
}

function makeUpWorkday(date: IsoDay, swappedWith: IsoDay): HolidayEntry {
  return {
    date,
    name_vi: `Làm bù cho ngày nghỉ ${swappedWith}`,
    name_en: `Make-up working day for ${swappedWith}`,
    kind: "MAKEUP_WORKDAY",
  };
}

export const VIETNAM_HOLIDAYS: readonly HolidayEntry[] = Object.freeze([
  // 2025
  holiday("2025-01-01", NEW_YEAR),
  holiday("2025-01-27", TET),
  holiday("2025-01-28", TET),
  holiday("2025-01-29", TET),
  holiday("2025-01-30", TET),
  holiday("2025-01-31", TET),
  holiday("2025-04-07", HUNG_KINGS),
  makeUpWorkday("2025-04-26", "2025-05-02"),
  holiday("2025-04-30", REUNIFICATION),
  holiday("2025-05-01", LABOUR),
  swappedDayOff("2025-05-02", "2025-04-26", REUNIFICATION),
  holiday("2025-09-01", NATIONAL_DAY),
  holiday("2025-09-02", NATIONAL_DAY),

  // 2026
  holiday("2026-01-01", NEW_YEAR),
  swappedDayOff("2026-01-02", "2026-01-10", NEW_YEAR),
  makeUpWorkday("2026-01-10", "2026-01-02"),
  holiday("2026-02-16", TET),
  holiday("2026-02-17", TET),
  holiday("2026-02-18", TET),
  holiday("2026-02-19", TET),
  holiday("2026-02-20", TET),
  holiday("2026-04-26", HUNG_KINGS),
  compensatory("2026-04-27", HUNG_KINGS),
  holiday("2026-04-30", REUNIFICATION),
  holiday("2026-05-01", LABOUR),
  holiday("2026-09-01", NATIONAL_DAY),
  holiday("2026-09-02", NATIONAL_DAY),

  // 2027 (statutory rule, not yet announced)
  holiday("2027-01-01", NEW_YEAR),
  holiday("2027-02-05", TET),
  holiday("2027-02-06", TET),
  holiday("2027-02-07", TET),
  holiday("2027-02-08", TET),
  holiday("2027-02-09", TET),
  compensatory("2027-02-10", TET),
  compensatory("2027-02-11", TET),
  holiday("2027-04-16", HUNG_KINGS),
  holiday("2027-04-30", REUNIFICATION),
  holiday("2027-05-01", LABOUR),
  compensatory("2027-05-03", LABOUR),
  holiday("2027-09-02", NATIONAL_DAY),
  holiday("2027-09-03", NATIONAL_DAY),
].map((entry) => Object.freeze(entry)));

/** The seeded calendar; production reads the administrators' `Holiday` table instead. */
export const VIETNAM_CALENDAR: WorkCalendar = calendarFromEntries(VIETNAM_HOLIDAYS);

/** Years this seed covers; deadlines beyond them count weekends only until an administrator adds the year. */
export const VIETNAM_HOLIDAY_YEARS: readonly number[] = [2025, 2026, 2027];
