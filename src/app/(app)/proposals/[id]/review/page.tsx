import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DueLabel } from "@/components/proposals/DueLabel";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { ChecklistPanel, DecisionPanel, MeetingPanel, PartyPanel } from "@/components/review/ReviewPanels";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { reviewPageData } from "@/server/reviews/page";
import {
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
  // Members who wrote or co-wrote the plan do not vote (Art. 8.2); the server enforces it too.
  const excludedIds = d.collective.filter((c) => d.authorIds.includes(c.userId)).map((c) => c.userId);
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
      {!anything ? <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm">{t("review.noAction")}</p> : null}
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
        </div>
        <div className="space-y-6">
          <MeetingPanel
            proposalId={d.id}
            version={d.version}
            meeting={d.meeting}
            collective={d.collective}
            excludedIds={excludedIds}
            today={d.today}
            me={d.me}
            canRecord={can("meeting.record")}
            canVote={can("vote.cast")}
            record={recordMeetingAction}
            vote={castVoteAction}
            close={closeMeetingAction}
          />
          {can("proposal.decide") || can("proposal.return") ? (
            <DecisionPanel
              proposalId={d.id}
              version={d.version}
              tally={d.meeting?.closedAt ? d.meeting.tally : null}
              partyOk={!d.profile.partyOpinionRequired || d.partyOpinions.some((o) => o.answeredAt)}
              canDecide={can("proposal.decide")}
              canReturn={can("proposal.return")}
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
