import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProposalTable } from "@/components/proposals/ProposalTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { withWorkingDaysLeft } from "@/server/deadlines";
import { awaitingDecision, decisionDaysFor } from "@/server/proposals/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("inbox") };
}

export default async function InboxPage() {
  const actor = await requireActor();
  const [t, rows, days] = await Promise.all([getTranslations(), awaitingDecision(actor, 100).then((r) => withWorkingDaysLeft(r)), decisionDaysFor(actor)]);
  return (
    <>
      <PageHeader title={t("home.awaiting")} subtitle={t("home.awaitingHint", { days })} />
      {rows.length ? (
        <ProposalTable
          caption={t("home.awaiting")}
          show={{ unit: true, author: true, due: true }}
          rows={rows.map((p) => ({
            id: p.id,
            href: `/proposals/${p.id}/review`,
            code: p.code,
            title: p.title,
            status: p.status,
            unitName: p.unit.name,
            authorName: p.author.fullName,
            due: { dueOn: p.dueOn, workingDaysLeft: p.workingDaysLeft },
          }))}
        />
      ) : (
        <EmptyState title={t("home.noneAwaiting")}>{t("home.noneAwaitingHint")}</EmptyState>
      )}
    </>
  );
}
