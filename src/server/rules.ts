/**
 * Loads the rules-as-data the domain needs: the regulation profile that governs a unit (its own,
 * else the nearest ancestor's, else the default) and the working-day calendar.
 */
import type { WorkCalendar } from "@/domain/calendar";
import { DECREE_73_PROFILE, parseRegulationProfile, type RegulationProfile } from "@/domain/regulation";
import type { Tx } from "./db";
import { db } from "./db";

type Client = Tx | typeof db;

export async function profileForUnit(client: Client, unitPath: string): Promise<RegulationProfile> {
  const ancestorIds = unitPath.split("/").filter(Boolean);
  const units = await client.unit.findMany({
    where: { id: { in: ancestorIds }, regulationProfileId: { not: null } },
    select: { depth: true, regulationProfile: { select: { rules: true } } },
    orderBy: { depth: "desc" },
    take: 1,
  });
  const rules =
    units[0]?.regulationProfile?.rules ??
    (await client.regulationProfile.findFirst({ where: { isDefault: true }, select: { rules: true } }))?.rules;
  if (!rules) return DECREE_73_PROFILE;
  const parsed = parseRegulationProfile(rules);
  // A broken profile in the database must not stop the work; fall back to the law's defaults.
  return parsed.ok ? parsed.profile : DECREE_73_PROFILE;
}

/** The holiday calendar is small (a few dozen rows a year); load the window around `aroundYear`. */
export async function loadCalendar(client: Client, aroundYear: number): Promise<WorkCalendar> {
  const rows = await client.calendarDay.findMany({
    where: {
      date: { gte: new Date(Date.UTC(aroundYear - 1, 0, 1)), lt: new Date(Date.UTC(aroundYear + 2, 0, 1)) },
    },
    select: { date: true, kind: true },
  });
  const holidays = new Set<string>();
  const makeUpWorkdays = new Set<string>();
  for (const r of rows) {
    const day = r.date.toISOString().slice(0, 10);
    (r.kind === "HOLIDAY" ? holidays : makeUpWorkdays).add(day);
  }
  return { holidays, makeUpWorkdays };
}

/** A @db.Date column value for a Vietnamese local day "YYYY-MM-DD". */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
