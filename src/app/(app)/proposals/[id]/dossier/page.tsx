import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DossierDocument } from "@/components/documents/DossierDocument";
import { PrintToolbar } from "@/components/documents/PrintToolbar";
import { requireActor } from "@/server/auth";
import { loadDossierDocument } from "@/server/dossier/document";

type Params = Promise<{ id: string }>;
const load = cache(async (id: string) => loadDossierDocument(await requireActor(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const doc = await load((await params).id);
  return { title: doc ? `${(await getTranslations("dossier"))("title")} · ${doc.model.subtitle}` : undefined, robots: { index: false } };
}

/** Hồ sơ bảo vệ cán bộ: anyone who may read the proposal may print or download it (Art. 11; KL 14 §2.4). */
export default async function DossierPage({ params }: { params: Params }) {
  const doc = await load((await params).id);
  if (!doc) notFound();
  return (
    <div className="-mx-4 bg-slate-100 pb-8 print:m-0 print:bg-white sm:mx-0">
      <PrintToolbar backHref={`/proposals/${encodeURIComponent(doc.proposalId)}`} pdfHref={`/api/proposals/${encodeURIComponent(doc.proposalId)}/dossier/pdf`} revisions={[]} />
      <DossierDocument model={doc.model} qr={doc.qr} />
    </div>
  );
}
