import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, isCalendarYear } from "@/domain/calendar-admin";

const hrefOf = (year: number) => `/admin/calendar?year=${year}`;

/** Previous / next year, the years already on file, and any year typed in (a plain GET form, no script needed). */
export function YearSwitcher({ year, yearsOnFile }: { year: number; yearsOnFile: number[] }) {
  const t = useTranslations("admin.calendar");
  const years = [...new Set([...yearsOnFile, year])].sort((a, b) => a - b);
  return (
    <nav aria-label={t("yearNav")} className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {isCalendarYear(year - 1) ? (
          <Link className={buttonClass("secondary", "sm")} href={hrefOf(year - 1)}>
            ← {t("prevYear", { year: year - 1 })}
          </Link>
        ) : null}
        <ul aria-label={t("yearsOnFile")} className="flex flex-wrap gap-1">
          {years.map((y) => (
            <li key={y}>
              <Link
                href={hrefOf(y)}
                aria-current={y === year ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium tabular-nums",
                  y === year ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100",
                )}
              >
                {y}
              </Link>
            </li>
          ))}
        </ul>
        {isCalendarYear(year + 1) ? (
          <Link className={buttonClass("secondary", "sm")} href={hrefOf(year + 1)}>
            {t("nextYear", { year: year + 1 })} →
          </Link>
        ) : null}
      </div>
      <form method="get" action="/admin/calendar" className="flex items-end gap-2">
        <label className="text-sm font-medium text-slate-800">
          {t("yearInput")}
          <input
            type="number"
            name="year"
            min={CALENDAR_MIN_YEAR}
            max={CALENDAR_MAX_YEAR}
            defaultValue={year}
            className="mt-1 block w-24 rounded-md border border-slate-300 px-3 py-2 text-base tabular-nums sm:text-sm"
          />
        </label>
        <Button type="submit" variant="secondary" size="sm">
          {t("go")}
        </Button>
      </form>
    </nav>
  );
}
