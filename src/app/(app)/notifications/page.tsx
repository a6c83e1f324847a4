import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { listNotifications } from "@/server/notifications";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [t, format, items] = await Promise.all([getTranslations("notifications"), getFormatter(), listNotifications(actor)]);
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
            return (
              <li key={n.id} className={n.readAt ? "px-4 py-3" : "border-l-4 border-brand-600 bg-brand-50/40 px-4 py-3"}>
                {n.href ? (
                  <Link href={n.href} className="text-blue-800 hover:underline">{text}</Link>
                ) : (
                  <span>{text}</span>
                )}
                <p className="mt-0.5 text-xs text-slate-600">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
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
