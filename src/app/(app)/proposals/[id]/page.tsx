import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlanDocument } from "@/components/proposals/PlanDocument";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { Timeline } from "@/components/proposals/Timeline";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import type { PlanDraft } from "@/domain/plan";
import { requireActor } from "@/server/auth";
import { withWorkingDaysLeft } from "@/server/deadlines";
import { getProposal, proposalTimeline } from "@/server/proposals/queries";
import { DueLabel } from "@/components/proposals/DueLabel";
import { WithdrawButton } from "@/components/proposals/WithdrawButton";
import { ButtonLink } from "@/components/ui/Button";
import { allowedActions, can } from "@/domain/permissions";
import { Attachments } from "@/components/proposals/Attachments";
import { maxAttachmentBytes } from "@/server/files/config";
import { ConclusionBadge } from "@/components/evaluation/EvaluationView";
import { withdrawAction } from "../actions";
import { dateOptions } from "@/i18n/dates";
import { AdoptedFromCard, SpreadSection } from "@/components/spread/SpreadSection";
import { toVietnamDate } from "@/domain/calendar";
import { canReadRecord } from "@/server/people/record";
import { proposalOrigin, proposalSpread } from "@/server/spread/queries";
import { publishModelAction, recommendAction, recordRecognitionAction, updateInstitutionalisationAction, withdrawModelAction } from "./spread-actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  const p = await getProposal(actor, (await params).id);
  return { title: p ? [p.code, p.title].filter(Boolean).join(" · ") || undefined : undefined };
}

export default async function ProposalPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const { id } = await params;
  const p = await getProposal(actor, id);
  if (!p) notFound();
  // Art. 10, KL 14 §2.5: recognition and spread follow the evaluation.
  const showSpread = p.status === "EVALUATED" || p.status === "CLOSED";
  const [t, format, timeline, locale, spread, origin, authorRecord] = await Promise.all([
    getTranslations(),
    getFormatter(),
    proposalTimeline(p.id),
    getLocale(),
    showSpread ? proposalSpread(actor, { id: p.id, resource: p.resource, authorId: p.author.id, coAuthorIds: p.coAuthors.map((c) => c.userId) }) : null,
    showSpread ? null : proposalOrigin(actor, p.id),
    canReadRecord(actor, p.author.id),
  ]);
  const latest = p.revisions[0];
  const plan = (latest ? latest.plan : p.draft) as PlanDraft;
  const open = await withWorkingDaysLeft(p.deadlines.filter((d) => d.status === "OPEN"));
  const dateFmt = dateOptions(locale, "day", { timeZone: "UTC" });
  const canEdit = can(actor, "proposal.update", p.resource);
  const canWithdraw = can(actor, "proposal.withdraw", p.resource);
  const reviewActions = ["proposal.review", "party.opine", "meeting.record", "vote.cast", "proposal.decide", "proposal.return"];
  const canReview = allowedActions(actor, p.resource).some((a) => reviewActions.includes(a));
  const canReport = can(actor, "result.report", p.resource);
  const evaluation = p.evaluations[0] ?? null;
  const reported = p.resultReports.length > 0;
  const evaluationActions = ["evaluation.decide", "party.opine", "meeting.record", "vote.cast"];
  const canEvaluate = p.status === "RESULT_REPORTED" && allowedActions(actor, p.resource).some((a) => evaluationActions.includes(a));

  return (
    <>
      <div className="mb-6">
        <p className="font-mono text-sm text-slate-600">{p.code ?? t("proposals.noCode")}</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{p.title || t("proposals.untitled")}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StatusBadge status={p.status} />
          {latest ? <Badge>{t("proposal.revision", { number: latest.number })}</Badge> : null}
          <span>· {p.unit.name}</span>
          {p.submittedAt ? <span>· {t("proposal.submittedAt", { date: format.dateTime(p.submittedAt, dateOptions(locale)) })}</span> : null}
        </div>
        <div className="no-print mt-4 flex flex-wrap gap-2">
          {canReview ? <ButtonLink href={`/proposals/${p.id}/review`}>{t("review.open")}</ButtonLink> : null}
          {p.pilot && can(actor, "pilot.read", p.resource) ? <ButtonLink href={`/pilots/${p.pilot.id}`}>{t("pilots.open")}</ButtonLink> : null}
          {canEdit ? <ButtonLink href={`/proposals/${p.id}/edit`}>{t("form.edit")}</ButtonLink> : null}
          {canReport ? <ButtonLink href={`/proposals/${p.id}/result`}>{t("outcome.report.open")}</ButtonLink> : null}
          {canEvaluate ? <ButtonLink href={`/proposals/${p.id}/evaluation`}>{t("outcome.evaluation.open")}</ButtonLink> : null}
          <ButtonLink variant="secondary" href={`/print/proposals/${p.id}`}>{t("form.print")}</ButtonLink>
          <ButtonLink variant="secondary" href={`/api/proposals/${p.id}/pdf`} prefetch={false}>{t("form.pdf")}</ButtonLink>
          {p.revisions.length > 1 ? <ButtonLink variant="secondary" href={`/proposals/${p.id}/compare`}>{t("compare.compareLink")}</ButtonLink> : null}
          {canWithdraw ? <WithdrawButton proposalId={p.id} version={p.version} withdraw={withdrawAction} /> : null}
        </div>
      </div>
      <div className="grid gap-6 *:min-w-0 lg:grid-cols-[1fr_20rem]">
        <Card title={t("proposal.plan")}>
          {!latest ? <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("proposal.noRevision")}</p> : null}
          <PlanDocument plan={plan ?? {}} />
        </Card>
        <div className="space-y-6">
          <Card title={t("proposal.proposer")}>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-600">{t("proposal.proposer")}</dt>
                <dd className="font-medium">
                  {authorRecord ? (
                    <Link className="text-blue-800 underline" href={`/people/${p.author.id}`}>{p.author.fullName}</Link>
                  ) : (
                    p.author.fullName
                  )}
                  {p.author.title ? `, ${p.author.title}` : ""}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("proposal.coAuthors")}</dt>
                <dd>{p.coAuthors.length ? p.coAuthors.map((c) => c.user.fullName).join(", ") : t("common.none")}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("proposal.decidingUnit")}</dt>
                <dd>{p.decidingUnit.name}</dd>
              </div>
            </dl>
          </Card>
          <AdoptedFromCard items={spread?.adoptedFrom ?? origin ?? []} />
          {p.revisions.length ? (
            <Card title={t("proposal.revisions")}>
              <ol className="space-y-1 text-sm">
                {p.revisions.map((r) => (
                  <li key={r.id} className="flex justify-between gap-2">
                    <span>{t("proposal.revision", { number: r.number })}</span>
                    <span className="text-slate-600">{format.dateTime(r.createdAt, dateOptions(locale, "dayTime"))}</span>
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
          <Card title={t("proposal.deadlines")}>
            {p.deadlines.length ? (
              <ul className="space-y-3 text-sm">
                {p.deadlines.map((d) => {
                  const live = open.find((o) => o.id === d.id);
                  return (
                    <li key={d.id}>
                      <p className="font-medium">{t(`deadline.kind.${d.kind}`)} <span className="font-normal text-slate-600">({t("deadline.workingDays", { days: d.workingDays })})</span></p>
                      {live ? (
                        <DueLabel dueOn={live.dueOn} workingDaysLeft={live.workingDaysLeft} />
                      ) : (
                        <p className="text-slate-600">
                          {t(`deadline.status.${d.status}`)} · {t("deadline.due", { date: format.dateTime(d.dueOn, dateFmt) })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("common.none")}</p>
            )}
          </Card>
          {p.decisions.length ? (
            <Card title={t("proposal.decisions")}>
              <ul className="space-y-2 text-sm">
                {p.decisions.map((d) => (
                  <li key={d.id}>
                    <p className="font-medium">{t(`proposal.decisionKind.${d.kind}`)}</p>
                    {d.number ? <p className="text-slate-600">{d.number}{d.signedOn ? ` · ${format.dateTime(d.signedOn, dateFmt)}` : ""}</p> : null}
                    {d.basis === "HEAD_ALONE" ? <p className="text-xs font-medium text-red-800">{t("review.decision.soleTitle")}</p> : null}
                    {d.comments ? <p className="mt-1 whitespace-pre-line text-slate-700">{d.comments}</p> : null}
                    {d.reasons ? <p className="mt-1 whitespace-pre-line text-slate-700">{d.reasons}</p> : null}
                    {d.kind !== "RETURNED" ? (
                      <p className="no-print mt-1 flex gap-3">
                        <Link className="text-blue-800 underline" href={`/print/decisions/${d.id}`}>{t("review.decision.print")}</Link>
                        <a className="text-blue-800 underline" href={`/api/decisions/${d.id}/pdf`}>{t("review.decision.pdf")}</a>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {reported || evaluation ? (
            <Card title={t("outcome.evaluation.title")}>
              <div className="space-y-2 text-sm">
                {evaluation ? (
                  <>
                    <div className="flex flex-wrap gap-2">
                      <Badge tone="brand">{t(`outcome.evaluation.categories.${evaluation.category}`)}</Badge>
                      <ConclusionBadge conclusion={evaluation.conclusion} />
                    </div>
                    <p className="text-slate-600">{evaluation.number} · {format.dateTime(evaluation.decidedOn, dateFmt)}</p>
                    <p className="no-print flex flex-wrap gap-3">
                      <Link className="text-blue-800 underline" href={`/print/evaluations/${evaluation.id}`}>{t("outcome.evaluation.print")}</Link>
                      <a className="text-blue-800 underline" href={`/api/evaluations/${evaluation.id}/pdf`}>{t("outcome.evaluation.pdf")}</a>
                    </p>
                  </>
                ) : (
                  <p className="text-slate-600">{t("outcome.evaluation.waiting")}</p>
                )}
                <p className="no-print flex flex-wrap gap-3">
                  <Link className="text-blue-800 underline" href={`/proposals/${p.id}/result`}>{t("outcome.report.title")}</Link>
                  <Link className="text-blue-800 underline" href={`/proposals/${p.id}/evaluation`}>{t("outcome.evaluation.details")}</Link>
                  <Link className="text-blue-800 underline" href={`/proposals/${p.id}/dossier`}>{t("outcome.evaluation.dossier")}</Link>
                </p>
              </div>
            </Card>
          ) : null}
          <Card title={t("proposal.attachments")}>
            <Attachments proposalId={p.id} initial={p.attachments} editable={canEdit} maxBytes={maxAttachmentBytes()} />
          </Card>
          <Card title={t("proposal.timeline")}>
            <Timeline events={timeline} />
          </Card>
        </div>
      </div>
      {spread ? (
        <div className="mt-8">
          <SpreadSection
            proposalId={p.id}
            view={spread}
            attachments={p.attachments}
            today={toVietnamDate(new Date())}
            actions={{
              record: recordRecognitionAction,
              publish: publishModelAction,
              withdraw: withdrawModelAction,
              recommend: recommendAction,
              update: updateInstitutionalisationAction,
            }}
          />
        </div>
      ) : null}
    </>
  );
}
