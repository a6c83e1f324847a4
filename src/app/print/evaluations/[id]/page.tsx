import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfficialDecisionDocument } from "@/components/documents/OfficialDecisionDocument";
import { PrintToolbar } from "@/components/documents/PrintToolbar";
import { requireActor } from "@/server/auth";
import { loadEvaluationDocument } from "@/server/documents/evaluation-document";

type Params = Promise<{ id: string }>;

const load = cache(async (id: string) => loadEvaluationDocument(await requireActor(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const doc = await load((await params).id);
  if (!doc) return {};
  const t = await getTranslations("documents.decision");
  return { title: t("pageTitle", { label: doc.model.info.number ?? doc.model.info.code }), robots: { index: false } };
}

/** The written evaluation decision (Art. 11, 18) as a printable official document, in the approval decision's layout. */
export default async function PrintEvaluationPage({ params }: { params: Params }) {
  const doc = await load((await params).id);
  if (!doc) notFound();
  return (
    <main id="main" className="min-h-screen bg-slate-200 pb-8 print:bg-white print:p-0">
      <PrintToolbar backHref={`/proposals/${encodeURIComponent(doc.proposalId)}/evaluation`} pdfHref={`/api/evaluations/${encodeURIComponent(doc.evaluationId)}/pdf`} revisions={[]} />
      <OfficialDecisionDocument model={doc.model} />
    </main>
  );
}
