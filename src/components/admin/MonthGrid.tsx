import { useFormatter, useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { WorkCalendar } from "@/domain/calendar";
import { monthWeeks, type MonthCell } from "@/domain/calendar-admin";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** 1 January 2024 was a Monday: the long weekday names in the reader's language. */
const A_MONDAY_MS = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

type Status = MonthCell["status"];
/** Colour plus shape (filled / outlined), so the kinds differ without colour too. */
const STYLES: Record<Status, string> = {
  WORKDAY: "text-slate-900",
  WEEKEND: "bg-slate-100 text-slate-700",
  HOLIDAY: "bg-red-700 font-semibold text-white",
  MAKEUP_WORKDAY: "bg-blue-50 font-semibold text-blue-900 ring-2 ring-inset ring-blue-700",
};

/**
 * Twelve small month tables (a table per month, with weekday column headers), holidays and make-up
 * days coloured and named for screen readers. Monday first, as Vietnamese calendars are printed.
 */
export function MonthGrid({ year, calendar, names }: { year: number; calendar: WorkCalendar; names: Record<string, string> }) {
  const t = useTranslations("admin.calendar");
  const format = useFormatter();
  const locale = useLocale();
  // Intl writes "tháng 2 năm 2027" in running text; a caption starts with a capital.
  const monthCaption = (month: number) => {
    const text = format.dateTime(new Date(Date.UTC(year, month - 1, 1)), { month: "long", year: "numeric", timeZone: "UTC" });
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  };
  const longWeekday = (i: number) => format.dateTime(new Date(A_MONDAY_MS + i * DAY_MS), { weekday: "long", timeZone: "UTC" });
  return (
    <div className="space-y-4">
      <Legend />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <table key={month} className="w-full table-fixed border-collapse rounded-lg border border-slate-200 bg-white text-center text-sm">
            <caption className="px-1 pb-1 text-left font-semibold text-slate-900">
              {monthCaption(month)}
            </caption>
            <thead>
              <tr>
                {WEEKDAYS.map((w, i) => (
                  <th key={w} scope="col" className="relative py-1 text-xs font-semibold text-slate-700">
                    <span aria-hidden="true">{t(`weekdayShort.${w}`)}</span>
                    <span className="sr-only">{longWeekday(i)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthWeeks(year, month, calendar).map((week, w) => (
                <tr key={w}>
                  {week.map((cell, d) =>
                    cell ? (
                      <td key={cell.day} className="p-0.5">
                        <span
                          title={names[cell.day] ?? (cell.status === "WORKDAY" ? undefined : t(`status.${cell.status}`))}
                          className={cx("relative flex h-8 items-center justify-center rounded tabular-nums", STYLES[cell.status])}
                        >
                          {Number(cell.day.slice(8))}
                          {cell.status === "HOLIDAY" || cell.status === "MAKEUP_WORKDAY" ? (
                            <span className="sr-only">
                              {`: ${t(`status.${cell.status}`)}${names[cell.day] ? ` — ${names[cell.day]}` : ""}`}
                            </span>
                          ) : null}
                        </span>
                      </td>
                    ) : (
                      <td key={`pad-${d}`} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}

function Legend() {
  const t = useTranslations("admin.calendar");
  const items: Status[] = ["WORKDAY", "WEEKEND", "HOLIDAY", "MAKEUP_WORKDAY"];
  return (
    <div>
      <h3 id="calendar-legend" className="mb-1 text-sm font-semibold text-slate-800">
        {t("legendTitle")}
      </h3>
      <ul aria-labelledby="calendar-legend" className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-700">
        {items.map((s) => (
          <li key={s} className="flex items-center gap-2">
            <span aria-hidden="true" className={cx("inline-flex h-6 w-6 items-center justify-center rounded border border-slate-200 text-xs", STYLES[s])}>
              1
            </span>
            {t(`status.${s}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
