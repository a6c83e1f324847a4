/**
 * The pilot's page: plan against reality (milestones, targets, resources, the decision and its
 * amendments), health with its reasons, the actions the person may take now, and one timeline.
 * The outcome card (result report, evaluation, protection dossier; Art. 5.2, 11, 18) appears once
 * the work is finished or stopped; everything here reads `pilotPage`, scoped so a foreign id is a 404 for every role.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DirectiveForm } from "@/components/pilots/DirectiveForm";
import { OUTCOME_STATES, PilotOutcome } from "@/components/pilots/PilotOutcome";
import { ExecutionTimeline } from "@/components/pilots/ExecutionTimeline";
import { FinishForm } from "@/components/pilots/FinishForm";
import { HealthBadge, HealthReasons } from "@/components/pilots/HealthBadge";
import { InspectionForm } from "@/components/pilots/InspectionForm";
import { KpiCard } from "@/components/pilots/KpiCard";
import { KpiImport } from "@/components/pilots/KpiImport";
import { Milestones } from "@/components/pilots/Milestones";
import { ReportForm } from "@/components/pilots/ReportForm";
import { Resources } from "@/components/pilots/Resources";
import { StartForm } from "@/components/pilots/StartForm";
import { DueLabel } from "@/components/proposals/DueLabel";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { requireActor } from "@/server/auth";
import { pilotPage } from "@/server/pilots/queries";
import { directiveAction, finishAction, importCommitAction, importPreviewAction, inspectionAction, reportAction, startAction } from "./actions";
import { changeLines } from "@/components/pilots/amendment-lines";
import { timelineItems } from "./timeline";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  const d = await pilotPage(actor, (await params).id);
  const t = await getTranslations("pilots");
  return { title: d ? `${t("title")} · ${d.proposal.code}` : t("title") };
}

function Panel({ id, title, open, children }: { id: string; title: string; open?: boolean; children: React.ReactNode }) {
  return (
    <details id={id} open={open} className="group scroll-mt-20 rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-4 py-3 font-semibold text-slate-900">
        <span aria-hidden="true" className="text-slate-500 transition group-open:rotate-90">▸</span>
        {title}
      </summary>
      <div className="border-t border-slate-100 p-4">{children}</div>
    </details>
  );
}

export default async function PilotPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const d = await pilotPage(actor, (await params).id);
  if (!d) notFound();
  const [t, format] = await Promise.all([getTranslations("pilots"), getFormatter()]);
  const can = (a: string) => d.actions.includes(a as (typeof d.actions)[number]);
  const day = (s: string) => format.dateTime(new Date(`${s}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const reportDeadline = d.deadlines.find((x) => x.kind === "PROGRESS_REPORT") ?? null;
  const resultDeadline = d.deadlines.find((x) => x.kind === "RESULT_REPORT") ?? null;
  const periodLabel = reportDeadline?.sequence
    ? (() => {
        const every = d.reportEveryDays;
        const start = new Date(`${d.startDay}T00:00:00Z`).getTime() + every * (reportDeadline.sequence - 1) * 86_400_000;
        const end = start + (every - 1) * 86_400_000;
        return t("report.period", { number: reportDeadline.sequence, from: format.dateTime(start, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }), to: format.dateTime(end, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }) });
      })()
    : null;
  const openMilestones = d.milestones.filter((m) => !m.doneOn).map((m) => ({ id: m.id, title: m.title, dueDay: m.dueDay }));

  return (
    <>
      <div className="mb-6">
        <p className="font-mono text-sm text-slate-600">{d.proposal.code}</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{d.proposal.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StatusBadge status={d.proposal.status} />
          {/* Suspended, stopped and finished already read from the status badge. */}
          {["ON_TRACK", "AT_RISK", "REPORT_OVERDUE", "NOT_STARTED"].includes(d.health.state) ? <HealthBadge health={d.health} /> : null}
          <span>· {d.isPilot ? t("kindPilot") : t("kindImplement")}</span>
          <span>· {d.proposal.unitName}</span>
          <span>· {d.proposal.authorName}</span>
        </div>
        <div className="no-print mt-4 flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href={`/proposals/${d.proposal.id}`}>
            {t("links.proposal")}
          </ButtonLink>
          <ButtonLink variant="secondary" href={`/print/decisions/${d.decision.id}`}>
            {t("links.decision")}
          </ButtonLink>
        </div>
      </div>

      <div className="grid gap-6 *:min-w-0 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card title={t("health.title")}>
            <HealthReasons health={d.health} />
            <p className="mt-3 text-xs text-slate-600">{t("health.rule")}</p>
          </Card>

          {d.proposal.status === "SUSPENDED" && d.isAuthor ? (
            <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("suspendedNotice")}
            </p>
          ) : null}

          {can("pilot.start") ? (
            <Card title={t("start.title")}>
              <StartForm pilotId={d.id} version={d.version} decisionStart={d.start.decisionStart} today={d.today} start={startAction} />
            </Card>
          ) : null}

          {can("pilot.report") ? (
            <Panel id="report-panel" title={t("report.title")} open={!!reportDeadline && reportDeadline.workingDaysLeft <= 5}>
              {reportDeadline ? (
                <div className="mb-4">
                  <DueLabel dueOn={reportDeadline.dueOn} workingDaysLeft={reportDeadline.workingDaysLeft} />
                </div>
              ) : null}
              <ReportForm
                pilotId={d.id}
                proposalId={d.proposal.id}
                version={d.version}
                period={periodLabel ? { number: reportDeadline?.sequence ?? 0, label: periodLabel } : null}
                kpis={d.kpis.map((k) => ({ id: k.id, name: k.name, unit: k.unit, latest: k.latest?.value ?? null }))}
                openMilestones={openMilestones}
                today={d.today}
                report={reportAction}
              />
            </Panel>
          ) : null}

          {can("pilot.report") ? (
            <Panel id="import-panel" title={t("import.title")}>
              <KpiImport pilotId={d.id} kpiNames={d.kpis.map((k) => k.name)} preview={importPreviewAction} commit={importCommitAction} />
            </Panel>
          ) : null}

          {can("pilot.monitor") ? (
            <Panel id="inspect-panel" title={t("inspection.title")}>
              <InspectionForm pilotId={d.id} today={d.today} record={inspectionAction} />
            </Panel>
          ) : null}

          {d.directiveKinds.length ? (
            <Panel id="direct-panel" title={t("directive.title")}>
              <DirectiveForm
                pilotId={d.id}
                version={d.version}
                kinds={d.directiveKinds}
                current={{ scope: d.resources.scope ?? "", endDate: d.endDay, budgetVnd: d.resources.budgetVnd ?? "", people: d.resources.people?.toString() ?? "", equipment: d.resources.equipment ?? "" }}
                kpis={d.kpis.map((k) => ({ id: k.id, name: k.name, unit: k.unit, target: k.target }))}
                direct={directiveAction}
              />
            </Panel>
          ) : null}

          {can("pilot.finish") ? (
            <Panel id="finish-panel" title={t("finish.title")}>
              <FinishForm pilotId={d.id} version={d.version} resultDays={d.resultReportWorkingDays} finish={finishAction} />
            </Panel>
          ) : null}

          <section aria-labelledby="kpis-title">
            <h2 id="kpis-title" className="mb-3 text-lg font-semibold text-slate-900">
              {t("kpi.title")}
            </h2>
            <div className="grid gap-4 sm:grid-cols-2">
              {d.kpis.map((k) => (
                <KpiCard key={k.id} kpi={k} startDay={d.startDay} endDay={d.endDay} />
              ))}
            </div>
          </section>

          <Card title={t("milestones.title")}>
            <Milestones items={d.milestones} />
          </Card>

          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title" className="mb-3 text-lg font-semibold text-slate-900">
              {t("timeline.title")}
            </h2>
            <ExecutionTimeline items={timelineItems(d, t, format)} />
          </section>
        </div>

        <div className="space-y-6">
          <Card title={t("deadlines.title")}>
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-600">{t("deadlines.timeline")}</dt>
                <dd className="font-medium">
                  {d.start.startedOn ? day(d.start.startedOn) : t("deadlines.notStarted", { date: day(d.start.decisionStart) })} → {day(d.endDay)}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("deadlines.every")}</dt>
                <dd>{t("deadlines.everyDays", { days: d.reportEveryDays })}</dd>
              </div>
              {reportDeadline ? (
                <div>
                  <dt className="text-slate-600">{t("deadlines.nextReport")}</dt>
                  <dd>
                    <DueLabel dueOn={reportDeadline.dueOn} workingDaysLeft={reportDeadline.workingDaysLeft} />
                  </dd>
                </div>
              ) : null}
              {resultDeadline ? (
                <div>
                  <dt className="text-slate-600">{t("deadlines.resultReport", { days: d.resultReportWorkingDays })}</dt>
                  <dd>
                    <DueLabel dueOn={resultDeadline.dueOn} workingDaysLeft={resultDeadline.workingDaysLeft} />
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-slate-600">{t("deadlines.monitor")}</dt>
                <dd>{d.monitorName || "—"}</dd>
              </div>
            </dl>
          </Card>

          <Card title={t("resources.title")}>
            <Resources r={d.resources} />
          </Card>

          {OUTCOME_STATES.has(d.proposal.status) ? (
            <Card title={t("outcome.title")}>
              <PilotOutcome proposalId={d.proposal.id} status={d.proposal.status} outcome={d.outcome} />
            </Card>
          ) : null}

          <Card title={t("decision.title")}>
            <p className="text-sm">
              <span className="font-medium">{d.decision.number ?? "—"}</span>
              {d.decision.signedOn ? ` · ${format.dateTime(d.decision.signedOn, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })}` : ""}
            </p>
            <p className="no-print mt-2 flex flex-wrap gap-3 text-sm">
              <Link className="text-blue-800 underline" href={`/print/decisions/${d.decision.id}`}>
                {t("decision.print")}
              </Link>
              <a className="text-blue-800 underline" href={`/api/decisions/${d.decision.id}/pdf`}>
                {t("decision.pdf")}
              </a>
            </p>
            {d.decision.amendments.length ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold text-slate-900">{t("decision.amendments")}</h3>
                <ol className="mt-2 space-y-3 text-sm">
                  {d.decision.amendments.map((a) => (
                    <li key={a.id} className="rounded-md bg-slate-50 p-2">
                      <p className="font-medium">{t("decision.amendment", { number: a.number, date: format.dateTime(a.createdAt, { day: "2-digit", month: "2-digit", year: "numeric" }) })}</p>
                      <p className="whitespace-pre-line text-slate-700">{changeLines(a.changes, t, format).join("\n")}</p>
                      <p className="mt-1 text-xs text-slate-600">{a.reason}</p>
                    </li>
                  ))}
                </ol>
              </div>
            ) : (
              <p className="mt-3 text-xs text-slate-600">{t("decision.noAmendments")}</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
