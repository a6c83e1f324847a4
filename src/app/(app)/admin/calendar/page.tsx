import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { CalendarDays } from "@/components/admin/CalendarDays";
import { MonthGrid } from "@/components/admin/MonthGrid";
import { YearSwitcher } from "@/components/admin/YearSwitcher";
import { Card, StatCard } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { toVietnamDate } from "@/domain/calendar";
import { isCalendarYear } from "@/domain/calendar-admin";
import { requireActor } from "@/server/auth";
import { calendarYearFor } from "@/server/calendar/queries";
import { addCalendarDayAction, deleteCalendarDayAction, updateCalendarDayAction } from "./actions";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.calendar"))("title") };
}

/** /admin/calendar?year=2027 — the national holiday calendar administrators maintain (docs/domain.md "Working days"). */
export default async function CalendarAdminPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const asked = Number([(await searchParams).year].flat()[0]);
  const year = isCalendarYear(asked) ? asked : Number(toVietnamDate(new Date()).slice(0, 4));
  const view = await calendarYearFor(actor, year);
  if (!view) notFound();
  const [t, locale] = await Promise.all([getTranslations("admin.calendar"), getLocale()]);
  const { summary } = view;
  const names = Object.fromEntries(view.days.map((d) => [d.date, locale.startsWith("en") ? d.nameEn : d.nameVi]));

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="calendar" />
      <div className="space-y-6">
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("notMoved")}
        </p>
        <YearSwitcher year={year} yearsOnFile={view.yearsOnFile} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <StatCard
            label={t("workingDays", { year })}
            value={summary.workingDays}
            hint={t("workingDaysBreakdown", { weekdays: summary.weekdays, holidays: summary.weekdayHolidays, makeUp: summary.makeUpDays })}
          />
          <StatCard label={t("holidayCount")} value={view.days.filter((d) => d.kind === "HOLIDAY").length} />
          <StatCard label={t("makeUpCount")} value={view.days.filter((d) => d.kind === "MAKEUP_WORKDAY").length} />
        </div>
        {view.days.length === 0 ? <EmptyState title={t("emptyTitle", { year })}>{t("emptyHint", { year })}</EmptyState> : null}
        <CalendarDays
          key={year}
          year={year}
          days={view.days}
          add={addCalendarDayAction}
          update={updateCalendarDayAction}
          remove={deleteCalendarDayAction}
        />
        <Card title={t("gridTitle", { year })}>
          <MonthGrid year={year} calendar={view.calendar} names={names} />
        </Card>
      </div>
    </>
  );
}
