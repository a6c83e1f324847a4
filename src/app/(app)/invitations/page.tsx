import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { invitationsFor } from "@/server/proposals/coauthors";
import { approveAction, respondAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

async function respond(formData: FormData): Promise<void> {
  "use server";
  await respondAction(formData);
}
async function approve(formData: FormData): Promise<void> {
  "use server";
  await approveAction(formData);
}

/**
 * /invitations — co-authorship invitations: the invitee accepts or declines; the deciding unit's
 * head accepts co-authors from outside its subtree. Until then they have no rights on the plan.
 */
export default async function InvitationsPage() {
  const actor = await requireActor();
  const [{ mine, awaitingMe }, t, format] = await Promise.all([invitationsFor(actor), getTranslations("invitations"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        <Card title={t("mineTitle")}>
          {mine.length === 0 ? (
            <EmptyState title={t("mineEmpty")} />
          ) : (
            <ul className="divide-y divide-slate-200">
              {mine.map((i) => (
                <li key={i.proposalId} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-medium">
                      {i.proposal.code} · {i.proposal.title || t("untitled")}
                    </p>
                    <p className="text-sm text-slate-600">
                      {t("invitedBy", { name: i.proposal.author.fullName, unit: i.proposal.unit.name, date: format.dateTime(i.invitedAt, { dateStyle: "medium" }) })}
                    </p>
                  </div>
                  <form action={respond} className="flex gap-2">
                    <input type="hidden" name="proposalId" value={i.proposalId} />
                    <Button type="submit" name="answer" value="accept" size="sm">
                      {t("accept")}
                    </Button>
                    <Button type="submit" name="answer" value="decline" variant="secondary" size="sm">
                      {t("decline")}
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {awaitingMe.length ? (
          <Card title={t("headTitle")}>
            <p className="mb-3 text-sm text-slate-700">{t("headHint")}</p>
            <ul className="divide-y divide-slate-200">
              {awaitingMe.map((i) => (
                <li key={`${i.proposalId}:${i.userId}`} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-medium">
                      {i.user.fullName}
                      {i.user.memberships[0] ? <span className="font-normal text-slate-600"> — {i.user.memberships[0].unit.name}</span> : null}
                    </p>
                    <p className="text-sm text-slate-600">{t("onPlan", { code: i.proposal.code ?? "—", title: i.proposal.title, author: i.proposal.author.fullName })}</p>
                  </div>
                  <form action={approve}>
                    <input type="hidden" name="proposalId" value={i.proposalId} />
                    <input type="hidden" name="userId" value={i.userId} />
                    <input type="hidden" name="version" value={i.proposal.version} />
                    <Button type="submit" size="sm">
                      {t("approve")}
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
