import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { listNotifications } from "@/server/notifications";
import { markAllReadAction } from "./actions";
import { dateOptions } from "@/i18n/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [t, format, items, locale] = await Promise.all([getTranslations("notifications"), getFormatter(), listNotifications(actor), getLocale()]);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("unread", { count: unread })}
        actions={
          unread ? (
            <form action={async () => { "use server"; await markAllReadAction(); }}>
              <Button type="submit" variant="secondary">{t("markAllRead")}</Button>
            </form>
          ) : null
        }
      />
      {items.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((n) => {
            const params = (n.params ?? {}) as Record<string, string>;
            // Message keys cannot contain dots (next-intl reads them as nesting).
            const key = n.kind.replaceAll(".", "_");
            const text = t.has(key) ? t(key, params) : n.kind;
            // What the reader does next (issue 12.11); every kind has one.
            const next = t.has(`next.${key}`) ? t(`next.${key}`, params) : null;
            return (
              <li key={n.id} className={n.readAt ? "px-4 py-3" : "border-l-4 border-brand-600 bg-brand-50/40 px-4 py-3"}>
                {!n.readAt ? <span className="sr-only">{t("unreadMark")} </span> : null}
                {/* A plain link (never prefetched): opening marks the notification read, then goes on. */}
                <a href={`/notifications/${n.id}`} className={n.readAt ? "text-blue-800 hover:underline" : "font-medium text-blue-800 hover:underline"}>
                  {text}
                </a>
                {next ? <p className="mt-0.5 text-sm text-slate-700">{t("nextLabel")}: {next}</p> : null}
                <p className="mt-0.5 text-xs text-slate-600">{format.dateTime(n.createdAt, dateOptions(locale, "dayTime"))}</p>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
    </>
  );
}
