import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { AdoptForm } from "@/components/spread/AdoptForm";
import { ModelContact, ModelResults } from "@/components/spread/Catalogue";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { requireActor } from "@/server/auth";
import { getModel } from "@/server/spread/queries";
import { adoptModelAction } from "../actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const m = await getModel(await requireActor(), (await params).id);
  return { title: m?.title };
}

/** One published model: results, documents, contact, where it was replicated, and the adopt form. */
export default async function ModelPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const m = await getModel(actor, (await params).id);
  if (!m) notFound();
  const [t, ts, tf, format] = await Promise.all([getTranslations("catalogue"), getTranslations("spread"), getTranslations("fields"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  return (
    <>
      <p className="no-print mb-3">
        <Link className="text-sm text-blue-800 underline" href="/catalogue">← {t("back")}</Link>
      </p>
      <div className="mb-6">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <Badge tone="brand">{tf.has(m.field) ? tf(m.field) : m.field}</Badge>
          <span>{m.unit.name}</span>
          <span>· {t("publishedOn", { date: format.dateTime(m.publishedAt, { day: "2-digit", month: "2-digit", year: "numeric" }) })}</span>
        </div>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900">{m.title}</h1>
        {m.sourceProposal ? (
          <p className="mt-1 text-sm">
            {t("sourceProposal")}: <Link className="text-blue-800 underline" href={`/proposals/${m.sourceProposal.id}`}>{m.sourceProposal.code}</Link>
          </p>
        ) : null}
      </div>
      <div className="grid gap-6 *:min-w-0 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <Card title={t("summary")}>
            <p className="whitespace-pre-line text-sm text-slate-800">{m.summary}</p>
          </Card>
          <Card title={t("results")}>
            <ModelResults results={m.results} />
          </Card>
          <Card title={t("replicatedIn")}>
            {m.replications.length ? (
              <ul className="space-y-2 text-sm">
                {m.replications.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{ts("replicatedAt", { unit: r.unitName, date: day(r.adoptedOn) })}</span>
                    {r.status ? <StatusBadge status={r.status} /> : null}
                    {r.outcome ? <span>{ts("replicationOutcome", { outcome: ts(`outcomes.${r.outcome}`) })}</span> : null}
                    {r.proposalId ? <Link className="text-blue-800 underline" href={`/proposals/${r.proposalId}`}>{t("details")}</Link> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("noReplications")}</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("adopt")}>
            {m.adoptUnits.length ? <AdoptForm modelId={m.id} units={m.adoptUnits} adopt={adoptModelAction} /> : <p className="text-sm text-slate-600">{t("cannotAdopt")}</p>}
          </Card>
          <Card title={t("contact")}>
            <ModelContact m={m} />
          </Card>
          <Card title={t("documents")}>
            {m.documents.length ? (
              <ul className="space-y-1 text-sm">
                {m.documents.map((d) => (
                  <li key={d.id}>
                    <a className="text-blue-800 underline" href={`/api/models/${m.id}/documents/${d.id}`}>{d.fileName}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("noDocuments")}</p>
            )}
          </Card>
          <ButtonLink variant="secondary" href="/catalogue" className="no-print">{t("back")}</ButtonLink>
        </div>
      </div>
    </>
  );
}
