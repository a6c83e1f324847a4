import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AwaitingTable } from "@/components/proposals/AwaitingTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { decisionInbox } from "@/server/proposals/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("inbox") };
}

export default async function InboxPage() {
  const actor = await requireActor();
  const [t, inbox] = await Promise.all([getTranslations("home"), decisionInbox(actor, 100)]);
  return (
    <>
      <PageHeader title={t("awaiting")} subtitle={t("awaitingHint", { days: inbox.days })} />
      <AwaitingTable rows={inbox.rows} />
    </>
  );
}
