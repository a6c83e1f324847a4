/**
 * Rules as data (docs/domain.md): the working-day calendar and the default regulation profile. Both the
 * demo seed and the test factories write them here and read them back the way src/server does.
 */
import { calendarFromEntries, EMPTY_CALENDAR, type WorkCalendar } from "@/domain/calendar";
import { VIETNAM_HOLIDAYS } from "@/domain/holidays-vn";
import { DECREE_73_PROFILE, parseRegulationProfile, type RegulationProfile } from "@/domain/regulation";
import type { PrismaClient } from "@/generated/prisma/client";
import { toJsonValue } from "@/server/audit";
import type { Tx } from "@/server/db";
import { dbDay } from "./story";

export type Client = PrismaClient | Tx;

/** The known holidays and make-up working days (2025–2027), skipping days already present. */
export async function seedCalendar(db: Client): Promise<number> {
  const r = await db.calendarDay.createMany({
    data: VIETNAM_HOLIDAYS.map((h) => ({ date: dbDay(h.date), kind: h.kind, nameVi: h.name_vi, nameEn: h.name_en })),
    skipDuplicates: true,
  });
  return r.count;
}

/** The default profile (Nghị định 73/2023/NĐ-CP), unless a default exists already. */
export async function seedRegulationProfile(db: Client) {
  const existing = await db.regulationProfile.findFirst({ where: { isDefault: true } });
  if (existing) return existing;
  return db.regulationProfile.create({
    data: {
      code: DECREE_73_PROFILE.code,
      name: DECREE_73_PROFILE.name,
      rules: toJsonValue(DECREE_73_PROFILE) ?? {},
      isDefault: true,
    },
  });
}

/** The calendar as the server reads it (CalendarDay rows; none → weekends only). */
export async function loadCalendarRows(db: Client): Promise<WorkCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true } });
  if (rows.length === 0) return EMPTY_CALENDAR;
  return calendarFromEntries(rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), kind: r.kind })));
}

/** The default profile as the server reads it (src/server/rules.ts falls back to Decree 73 the same way). */
export async function loadDefaultProfile(db: Client): Promise<RegulationProfile> {
  const row = await db.regulationProfile.findFirst({ where: { isDefault: true }, select: { rules: true } });
  if (!row) return DECREE_73_PROFILE;
  const parsed = parseRegulationProfile(row.rules);
  return parsed.ok ? parsed.profile : DECREE_73_PROFILE;
}
