import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfficialPlanDocument } from "@/components/documents/OfficialPlanDocument";
import { PrintToolbar } from "@/components/documents/PrintToolbar";
import { requireActor } from "@/server/auth";
import { loadPlanDocument } from "@/server/documents/plan-document";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ revision?: string | string[] }>;

// Metadata and page share one load per request.
const load = cache(async (id: string, revision: string | undefined) => loadPlanDocument(await requireActor(), id, revision));
const revisionOf = (sp: Awaited<SearchParams>) => (Array.isArray(sp.revision) ? sp.revision[0] : sp.revision);

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const doc = await load((await params).id, revisionOf(await searchParams));
  if (!doc) return {};
  const t = await getTranslations("documents");
  return { title: t("pageTitle", { code: doc.model.info.code }), robots: { index: false } };
}

/** The plan as a printable official document, outside the app shell (nothing else gets printed). */
export default async function PrintProposalPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const doc = await load(id, revisionOf(await searchParams));
  if (!doc) notFound();
  const { revision } = doc.model.info;
  const base = `/print/proposals/${encodeURIComponent(doc.proposalId)}`;
  const pdfHref = `/api/proposals/${encodeURIComponent(doc.proposalId)}/pdf${revision === null ? "" : `?revision=${revision}`}`;

  return (
    <main id="main" className="min-h-screen bg-slate-200 pb-8 print:bg-white print:p-0">
      <PrintToolbar
        backHref={`/proposals/${encodeURIComponent(doc.proposalId)}`}
        pdfHref={pdfHref}
        revisions={doc.revisions.map((n) => ({ number: n, href: `${base}?revision=${n}`, current: n === revision }))}
      />
      <OfficialPlanDocument model={doc.model} />
    </main>
  );
}
