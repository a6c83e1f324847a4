import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { Attachments } from "@/components/proposals/Attachments";
import { PlanForm } from "@/components/proposals/form/PlanForm";
import { maxAttachmentBytes } from "@/server/files/config";
import { PageHeader } from "@/components/ui/PageHeader";
import type { PlanDraft } from "@/domain/plan";
import { requireActor } from "@/server/auth";
import { usersByIds } from "@/server/proposals/colleagues";
import { proposalForEdit } from "@/server/proposals/queries";
import { currentVersionAction, deleteDraftAction, findColleaguesAction, saveDraftAction, submitAction } from "../../actions";


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("form"))("editTitle") };
}

export default async function EditProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const p = await proposalForEdit(actor, id);
  if (!p) notFound();
  if (!p.canEdit) redirect(`/proposals/${p.id}`);
  const draft = (p.draft ?? {}) as PlanDraft;
  const [t, colleagues] = await Promise.all([getTranslations(), usersByIds(draft.coAuthorIds ?? [])]);
  return (
    <>
      <PageHeader title={t("form.editTitle")} subtitle={[p.code ?? t("proposals.noCode"), p.title].filter(Boolean).join(" · ")} />
      <PlanForm
        proposalId={p.id}
        initialDraft={draft}
        initialVersion={p.version}
        initialColleagues={colleagues}
        decidingUnitName={p.decidingUnit.name}
        decisionDays={p.decisionDays}
        returnedComments={p.returnedComments}
        attachments={<Attachments proposalId={p.id} initial={p.attachments} editable maxBytes={maxAttachmentBytes()} />}
        actions={{
          save: saveDraftAction,
          submit: submitAction,
          findColleagues: findColleaguesAction,
          currentVersion: currentVersionAction,
          deleteDraft: p.status === "DRAFT" && p.currentRevision === 0 && p.attachments.length === 0 && p.authorId === actor.userId ? deleteDraftAction : undefined,
        }}
      />
    </>
  );
}
