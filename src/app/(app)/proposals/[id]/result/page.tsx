import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResultReportForm } from "@/components/evaluation/ResultReportForm";
import { ResultReportView } from "@/components/evaluation/ResultReportView";
import { Attachments } from "@/components/proposals/Attachments";
import { DueLabel } from "@/components/proposals/DueLabel";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { maxAttachmentBytes } from "@/server/files/config";
import { outcomePageData } from "@/server/outcomes/page";
import { submitResultReportAction } from "../evaluation/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outcome.report"))("title") };
}

/** Báo cáo kết quả (Art. 18): the form for those who carried out the plan, then the report itself. */
export default async function ResultPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const d = await outcomePageData(actor, (await params).id);
  if (!d) notFound();
  const t = await getTranslations();
  const canReport = d.actions.includes("result.report");
  const due = d.due.RESULT_REPORT;
  return (
    <>
      <PageHeader
        title={t("outcome.report.title")}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Link className="text-blue-800 underline" href={`/proposals/${d.id}`}>
              {d.code} · {d.title}
            </Link>
            <StatusBadge status={d.status} />
          </span>
        }
      />
      <p className="mb-4 text-sm text-slate-600">{t("outcome.report.intro", { days: d.profile.resultReportWorkingDays })}</p>
      {due ? (
        <div className="mb-4">
          <DueLabel dueOn={due.dueOn} workingDaysLeft={due.workingDaysLeft} />
        </div>
      ) : null}
      <div className="grid gap-6 *:min-w-0 lg:grid-cols-[1fr_20rem]">
        <Card title={t("outcome.report.title")}>
          {d.report ? (
            <ResultReportView report={d.report} />
          ) : canReport ? (
            <ResultReportForm proposalId={d.id} version={d.version} kpis={d.kpis} submit={submitResultReportAction} />
          ) : (
            <p className="text-sm text-slate-600">{t("outcome.report.notYet")}</p>
          )}
        </Card>
        <div className="space-y-6">
          <Card title={t("outcome.report.attachments")}>
            <Attachments proposalId={d.id} initial={d.attachments} editable={canReport} maxBytes={maxAttachmentBytes()} purpose="result" />
          </Card>
          {d.report ? (
            <Card title={t("outcome.next")}>
              <Link className="text-sm text-blue-800 underline" href={`/proposals/${d.id}/evaluation`}>
                {t("outcome.evaluation.open")}
              </Link>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
