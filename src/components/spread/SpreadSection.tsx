/**
 * The proposal page's "recognition and spread" section (Art. 10; KL 14 §2.5): recognitions, the
 * published model and where it was replicated, the model this proposal adopts, institutionalisation
 * recommendations — and the forms for whoever may record them (the page passes the permissions).
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/components/forms/useActionForm";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { Badge } from "@/components/ui/Badge";
import { Card } from "@/components/ui/Card";
import type { ModelResult, InstitutionalisationStatusValue } from "@/domain/spread";
import type { State } from "@/domain/workflow";
import { InstitutionalisationStatusForm, RecommendForm } from "./InstitutionalisationForms";
import { PublishModelForm, WithdrawModelButton } from "./PublishModelForm";
import { RecognitionForm } from "./RecognitionForm";

type Act = (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;
type Outcome = "A" | "B" | "C" | "NONE";

export type SpreadView = {
  outcome: Outcome | null;
  completed: boolean;
  recognitions: { kind: string; form: string | null; level: string | null; decidingBody: string | null; number: string | null; decidedOn: Date; note: string | null; people: string[] }[];
  model: { id: string; status: "PUBLISHED" | "WITHDRAWN"; version: number; publishedAt: Date } | null;
  replications: { id: string; adoptedOn: Date; unitName: string; proposal: { id: string; code: string | null; title: string; status: State; readable: boolean } | null; outcome: Outcome | null }[];
  adoptedFrom: { id: string; adoptedOn: Date; unitName: string; code: string | null; title: string; proposalId: string | null; modelId: string | null }[];
  institutionalisations: {
    id: string;
    authority: string | null;
    targetDocument: string;
    content: string | null;
    status: InstitutionalisationStatusValue;
    recommendedOn: Date;
    issuedNumber: string | null;
    issuedOn: Date | null;
    note: string | null;
    version: number;
  }[];
  proposers: { id: string; name: string }[];
  defaultResults: ModelResult[];
  can: { recognise: boolean; publish: boolean; recommend: boolean; updateInstitutionalisation: boolean };
};

const DAY = { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" } as const;

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="no-print mt-4 rounded-md border border-slate-200 p-3 [&[open]>summary]:mb-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-800">{summary}</summary>
      {children}
    </details>
  );
}

export function AdoptedFromCard({ items }: { items: SpreadView["adoptedFrom"] }) {
  const t = useTranslations("spread");
  const format = useFormatter();
  if (!items.length) return null;
  return (
    <Card title={t("adoptedFrom")}>
      <ul className="space-y-2 text-sm">
        {items.map((r) => (
          <li key={r.id}>
            {t("adoptedFromLine", { code: r.code ?? "—", title: r.title, unit: r.unitName, date: format.dateTime(r.adoptedOn, DAY) })}
            {r.modelId ? (
              <>
                {" "}
                <Link className="text-blue-800 underline" href={`/catalogue/${r.modelId}`}>
                  {t("openModel")}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function SpreadSection({
  proposalId,
  view,
  attachments,
  today,
  actions,
}: {
  proposalId: string;
  view: SpreadView;
  attachments: { id: string; fileName: string }[];
  today: string;
  actions: { record: Act; publish: Act; withdraw: Act; recommend: Act; update: Act };
}) {
  const t = useTranslations("spread");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, DAY);
  return (
    <section aria-labelledby="spread-title" className="space-y-4">
      <div>
        <h2 id="spread-title" className="text-lg font-semibold text-slate-900">{t("title")}</h2>
        <p className="text-xs text-slate-600">{t("basis")}</p>
        {view.outcome ? (
          <p className="mt-2 text-sm">
            {t("outcome")}: <Badge tone={view.completed ? "success" : "warning"}>{t(`outcomes.${view.outcome}`)}</Badge>
          </p>
        ) : null}
        {!view.completed ? <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("notCompleted")}</p> : null}
      </div>

      <Card title={t("recognitions")}>
        {view.recognitions.length ? (
          <ul className="space-y-3 text-sm">
            {view.recognitions.map((r, i) => (
              <li key={i} className="border-l-2 border-brand-600 pl-3">
                <p className="font-medium">{t(`kinds.${r.kind}`)}{r.form ? ` — ${r.form}` : ""}</p>
                <p className="text-slate-700">{r.people.join(", ")}</p>
                <p className="text-slate-600">
                  {[r.level ? t(`levels.${r.level}`) : null, r.decidingBody, r.number ? t("by", { number: r.number }) : null, day(r.decidedOn)].filter(Boolean).join(" · ")}
                </p>
                {r.note ? <p className="mt-1 whitespace-pre-line text-slate-700">{r.note}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noRecognitions")}</p>
        )}
        {view.can.recognise && view.completed ? (
          <Disclosure summary={t("record")}>
            <RecognitionForm proposalId={proposalId} proposers={view.proposers} today={today} record={actions.record} />
          </Disclosure>
        ) : null}
      </Card>

      <Card title={t("model")}>
        {view.model?.status === "PUBLISHED" ? (
          <div className="space-y-2 text-sm">
            <p>{t("modelPublished", { date: day(view.model.publishedAt) })}</p>
            <p className="flex flex-wrap items-center gap-3">
              <Link className="text-blue-800 underline" href={`/catalogue/${view.model.id}`}>{t("openModel")}</Link>
            </p>
            {view.can.publish ? <WithdrawModelButton proposalId={proposalId} modelId={view.model.id} version={view.model.version} withdraw={actions.withdraw} /> : null}
          </div>
        ) : view.model?.status === "WITHDRAWN" ? (
          <p className="text-sm text-slate-600">{t("modelWithdrawn")}</p>
        ) : null}
        {view.can.publish && view.completed && view.model?.status !== "PUBLISHED" ? (
          <Disclosure summary={t("publish")}>
            <PublishModelForm proposalId={proposalId} defaultResults={view.defaultResults} attachments={attachments} publish={actions.publish} />
          </Disclosure>
        ) : null}
        <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">{t("replications")}</h3>
        {view.replications.length ? (
          <ul className="space-y-2 text-sm">
            {view.replications.map((r) => (
              <li key={r.id}>
                <p className="font-medium">{t("replicatedAt", { unit: r.unitName, date: day(r.adoptedOn) })}</p>
                {r.proposal ? (
                  <p className="flex flex-wrap items-center gap-2 text-slate-700">
                    {r.proposal.readable ? (
                      <Link className="text-blue-800 underline" href={`/proposals/${r.proposal.id}`}>{r.proposal.code}</Link>
                    ) : (
                      <span>{r.proposal.status === "DRAFT" ? t("draftPrivate") : r.proposal.code}</span>
                    )}
                    <StatusBadge status={r.proposal.status} />
                    {r.outcome ? <span>{t("replicationOutcome", { outcome: t(`outcomes.${r.outcome}`) })}</span> : null}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noReplications")}</p>
        )}
      </Card>

      <Card title={t("institutionalisation")}>
        {view.institutionalisations.length ? (
          <ul className="space-y-3 text-sm">
            {view.institutionalisations.map((i) => (
              <li key={i.id} className="rounded-md border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{i.targetDocument}</span>
                  <Badge tone={i.status === "ISSUED" ? "success" : i.status === "DECLINED" ? "danger" : "info"}>{t(`statuses.${i.status}`)}</Badge>
                </p>
                <p className="text-slate-600">{t("recommendedLine", { authority: i.authority ?? "", date: day(i.recommendedOn) })}</p>
                {i.content ? <p className="mt-1 whitespace-pre-line text-slate-700">{i.content}</p> : null}
                {i.issuedNumber && i.issuedOn ? <p className="mt-1 font-medium text-green-800">{t("issuedLine", { number: i.issuedNumber, date: day(i.issuedOn) })}</p> : null}
                {i.note ? <p className="mt-1 text-slate-600">{i.note}</p> : null}
                {view.can.updateInstitutionalisation ? <InstitutionalisationStatusForm proposalId={proposalId} row={i} today={today} update={actions.update} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noInstitutionalisation")}</p>
        )}
        {view.can.recommend && view.completed ? (
          <Disclosure summary={t("recommendNew")}>
            <RecommendForm proposalId={proposalId} today={today} recommend={actions.recommend} />
          </Disclosure>
        ) : null}
      </Card>
    </section>
  );
}
