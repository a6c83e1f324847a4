import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EvaluationForm } from "@/components/evaluation/EvaluationForm";
import { EvaluationMeetingPanel, EvaluationPartyPanel } from "@/components/evaluation/EvaluationSteps";
import { EvaluationView } from "@/components/evaluation/EvaluationView";
import { ResultReportView } from "@/components/evaluation/ResultReportView";
import { DueLabel } from "@/components/proposals/DueLabel";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { outcomePageData } from "@/server/outcomes/page";
import {
  answerEvaluationOpinionAction,
  castEvaluationVoteAction,
  closeEvaluationMeetingAction,
  decideEvaluationAction,
  recordEvaluationMeetingAction,
  requestEvaluationOpinionAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outcome.evaluation"))("title") };
}

/** Đánh giá kết quả (Art. 4, 5.2, 6.1, 11, 18): Party opinion, collective vote, written decision. */
export default async function EvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const d = await outcomePageData(actor, (await params).id);
  if (!d) notFound();
  const t = await getTranslations();
  const can = (a: string) => d.actions.includes(a as (typeof d.actions)[number]);
  const partyAnswered = d.partyOpinions.some((o) => o.answeredAt);
  const passed = !!d.meeting?.closedAt && !!d.meeting.tally?.passed;
  const ready = [
    ...(d.profile.partyOpinionRequired && !partyAnswered ? [t("outcome.evaluation.waitParty")] : []),
    ...(!passed ? [t("outcome.evaluation.waitVote")] : []),
  ];
  const due = d.due.EVALUATION;
  return (
    <>
      <PageHeader
        title={t("outcome.evaluation.title")}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Link className="text-blue-800 underline" href={`/proposals/${d.id}`}>
              {d.code} · {d.title}
            </Link>
            <StatusBadge status={d.status} />
          </span>
        }
      />
      <p className="mb-4 text-sm text-slate-600">{t("outcome.evaluation.intro", { days: d.profile.evaluationWorkingDays })}</p>
      {due ? (
        <div className="mb-4">
          <DueLabel dueOn={due.dueOn} workingDaysLeft={due.workingDaysLeft} />
        </div>
      ) : null}
      {!d.report ? (
        <Card>
          <p className="text-sm text-slate-600">{t("outcome.evaluation.noReport")}</p>
        </Card>
      ) : (
        <div className="grid gap-6 *:min-w-0 lg:grid-cols-2">
          <div className="space-y-6">
            {d.evaluation ? (
              <Card title={t("outcome.evaluation.decision")}>
                <EvaluationView evaluation={d.evaluation} proposalId={d.id} evidenceHref={() => `/proposals/${d.id}/dossier`} />
              </Card>
            ) : null}
            <Card title={t("outcome.report.title")}>
              <ResultReportView report={d.report} />
            </Card>
          </div>
          <div className="space-y-6">
            <EvaluationPartyPanel
              proposalId={d.id}
              version={d.version}
              opinions={d.partyOpinions}
              required={d.profile.partyOpinionRequired}
              canRequest={can("evaluation.decide")}
              canAnswer={can("party.opine")}
              request={requestEvaluationOpinionAction}
              answer={answerEvaluationOpinionAction}
            />
            <EvaluationMeetingPanel
              proposalId={d.id}
              version={d.version}
              meeting={d.meeting}
              collective={d.collective}
              authorIds={d.authorIds}
              partyAnswered={partyAnswered || !d.profile.partyOpinionRequired}
              today={d.today}
              me={d.me}
              canRecord={can("meeting.record")}
              canVote={can("vote.cast")}
              record={recordEvaluationMeetingAction}
              vote={castEvaluationVoteAction}
              close={closeEvaluationMeetingAction}
            />
            {can("evaluation.decide") && !d.evaluation ? (
              <Card title={t("outcome.evaluation.decision")}>
                <EvaluationForm proposalId={d.id} version={d.version} today={d.today} reportedDamage={d.report.damageVnd} evidence={d.evidenceOptions} ready={ready} decide={decideEvaluationAction} />
              </Card>
            ) : null}
          </div>
        </div>
      )}
    </>
  );
}
