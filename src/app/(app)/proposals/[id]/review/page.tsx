import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DueLabel } from "@/components/proposals/DueLabel";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { ChecklistPanel, DecisionPanel, MeetingPanel, PartyPanel } from "@/components/review/ReviewPanels";
import { FindingsSummary } from "@/components/review/ReviewParts";
import { SignedDecision } from "@/components/review/SignedDecision";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { reviewPageData } from "@/server/reviews/page";
import {
  annulMeetingAction,
  answerPartyAction,
  approveAction,
  castVoteAction,
  closeMeetingAction,
  recordMeetingAction,
  rejectAction,
  requestPartyAction,
  returnAction,
  saveChecklistAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const d = await reviewPageData(actor, (await params).id);
  if (!d) notFound();
  const t = await getTranslations();
  const can = (a: string) => d.actions.includes(a as (typeof d.actions)[number]);
  const plan = d.revision?.plan;
  // Members who wrote or co-wrote the plan do not vote (khoản 1 Điều 8); the server enforces it too.
  const excludedIds = d.collective.filter((c) => d.authorIds.includes(c.userId)).map((c) => c.userId);
  // The written decision, once signed (a return for revision is not one: the plan goes back to its authors).
  const signed = d.decisions.find((x) => x.kind !== "RETURNED") ?? null;
  const anything = ["proposal.review", "party.opine", "meeting.record", "vote.cast", "proposal.decide", "proposal.return"].some(can);

  return (
    <>
      <PageHeader
        title={t("review.title")}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Link className="text-blue-800 underline" href={`/proposals/${d.id}`}>
              {d.code} · {d.title}
            </Link>
            <StatusBadge status={d.status} />
          </span>
        }
      />
      <p className="mb-4 text-sm text-slate-600">{t("review.intro")}</p>
      {d.revision && d.revision.number > 1 && anything ? (
        <p className="mb-4 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900">{t("review.newRevision", { number: d.revision.number })}</p>
      ) : null}
      {d.bottleneckKind === "UNFIT_REGULATION" && (can("proposal.decide") || can("proposal.review")) ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("review.unfitFlag")}</p>
      ) : null}
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        <Card>
          <p className="text-sm text-slate-600">{t("proposal.proposer")}</p>
          <p className="font-medium">{d.authorName}</p>
          <p className="text-sm text-slate-600">{d.unitName}</p>
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{d.revision ? t("review.revisionUnderReview", { number: d.revision.number }) : ""}</p>
          <Link className="text-sm text-blue-800 underline" href={`/proposals/${d.id}`}>
            {t("review.viewPlan")}
          </Link>
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{t("deadline.kind.DECISION")}</p>
          {d.due ? <DueLabel dueOn={d.due.dueOn} workingDaysLeft={d.due.workingDaysLeft} /> : <p>—</p>}
        </Card>
      </div>
      {signed ? (
        <div className="mb-6">
          <SignedDecision decision={{ ...signed, pilotId: signed.pilot?.id ?? null }} />
        </div>
      ) : null}
      {!anything && !signed ? <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm">{t("review.noAction")}</p> : null}
      <div className="grid gap-6 *:min-w-0 lg:grid-cols-2">
        <div className="space-y-6">
          <PartyPanel
            proposalId={d.id}
            version={d.version}
            opinions={d.partyOpinions}
            required={d.profile.partyOpinionRequired}
            canRequest={can("proposal.review")}
            canAnswer={can("party.opine")}
            request={requestPartyAction}
            answer={answerPartyAction}
          />
          {can("proposal.review") || d.myFindings.length ? (
            <ChecklistPanel proposalId={d.id} version={d.version} initial={d.myFindings} editable={can("proposal.review")} save={saveChecklistAction} />
          ) : null}
          {d.findings.length || can("proposal.decide") ? (
            <Card title={t("review.checklist.allTitle")}>
              <p className="mb-3 text-sm text-slate-600">
                {t("review.checklist.allHint")} {t("review.checklist.notMetCount", { count: d.conditionsNotMet.length })}
              </p>
              <FindingsSummary reviews={d.findings} />
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <MeetingPanel
            proposalId={d.id}
            version={d.version}
            meeting={d.meeting}
            annulled={d.annulledMeetings}
            collective={d.collective}
            excludedIds={excludedIds}
            today={d.today}
            receivedOn={d.revision?.receivedOn ?? d.today}
            calendar={d.calendar}
            me={d.me}
            canRecord={can("meeting.record")}
            canVote={can("vote.cast")}
            record={recordMeetingAction}
            vote={castVoteAction}
            close={closeMeetingAction}
            annul={annulMeetingAction}
          />
          {can("proposal.decide") || can("proposal.return") ? (
            <DecisionPanel
              proposalId={d.id}
              version={d.version}
              choices={d.choices}
              conditionsNotMet={d.conditionsNotMet}
              meetingDay={d.meeting?.closedAt ? d.meeting.heldOn : null}
              today={d.today}
              calendar={d.calendar}
              monitors={d.monitors}
              approve={approveAction}
              reject={rejectAction}
              giveBack={returnAction}
              defaults={{
                number: d.proposedNumber ?? "",
                signedOn: d.today,
                scope: plan?.scope ?? "",
                startDate: plan?.startDate ?? "",
                endDate: plan?.endDate ?? "",
                budgetVnd: plan?.budgetVnd ?? "",
                people: plan?.people ?? "",
                equipment: plan?.equipment ?? "",
                targets: (plan?.kpis ?? []).map((k) => ({ name: k.name, unit: k.unit, baseline: k.baseline, target: k.target, method: k.method })),
                reportEveryDays: d.profile.progressReportEveryDays,
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
