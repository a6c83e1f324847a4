import { useFormatter, useLocale, useTranslations } from "next-intl";
import { dateOptions } from "@/i18n/dates";

/** Message keys cannot contain dots (next-intl reads them as nesting): "proposal.submit" → "proposal_submit". */
const messageKey = (action: string) => action.replaceAll(".", "_");

export type TimelineEvent = { seq: string; at: Date; action: string; actorName: string };

/** Who did what and when, straight from the hash-chained audit log. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {events.map((e) => (
        <li key={e.seq} className="relative">
          <span aria-hidden="true" className="absolute -left-[1.6rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-600 ring-4 ring-white" />
          <p className="text-sm font-medium text-slate-900">{t.has(messageKey(e.action)) ? t(messageKey(e.action)) : t("other")}</p>
          <p className="text-xs text-slate-600">
            {e.actorName ? `${e.actorName} · ` : ""}
            <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, dateOptions(locale, "dayTime"))}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
