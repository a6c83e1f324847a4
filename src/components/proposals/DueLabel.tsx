import { useFormatter, useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { dateOptions } from "@/i18n/dates";

/**
 * "Còn 3 ngày làm việc" / "Quá hạn 2 ngày làm việc", coloured by urgency. `workingDaysLeft` is
 * computed on the server with the holiday calendar (negative = overdue).
 */
export function DueLabel({ dueOn, workingDaysLeft }: { dueOn: Date; workingDaysLeft: number }) {
  const t = useTranslations("deadline");
  const format = useFormatter();
  const locale = useLocale();
  const overdue = workingDaysLeft < 0;
  return (
    <span className="inline-flex flex-col">
      <span
        className={cx(
          "text-sm font-medium",
          overdue ? "text-red-700" : workingDaysLeft <= 2 ? "text-amber-800" : "text-slate-800",
        )}
      >
        {overdue ? `⚠ ${t("overdue", { days: -workingDaysLeft })}` : t("left", { days: workingDaysLeft })}
      </span>
      <span className="text-xs text-slate-600">
        {t("due", { date: format.dateTime(dueOn, dateOptions(locale, "day", { timeZone: "UTC" })) })}
      </span>
    </span>
  );
}
