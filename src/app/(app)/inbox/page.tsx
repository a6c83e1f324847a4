import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AwaitingTable } from "@/components/proposals/AwaitingTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { inboxFor } from "@/server/inbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("inbox") };
}

export default async function InboxPage() {
  const actor = await requireActor();
  const [t, inbox] = await Promise.all([getTranslations("inbox"), inboxFor(actor, 100)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("hint", { count: inbox.total })} />
      <AwaitingTable rows={inbox.items} />
      {inbox.total > inbox.items.length ? <p className="mt-3 text-sm text-slate-600">{t("more", { shown: inbox.items.length, total: inbox.total })}</p> : null}
    </>
  );
}
